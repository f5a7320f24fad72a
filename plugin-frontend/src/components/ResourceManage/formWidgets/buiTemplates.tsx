import type {
  FieldTemplateProps,
  IconButtonProps,
  TemplatesType,
} from '@rjsf/utils';
import { Button } from '@backstage/ui';

/** BUI's spacing token: a plain div here, since a form has one per field. */
const fieldSpacing = { marginBottom: 'var(--bui-space-3)' };

/** Widgets draw their own label and description; this adds only errors and help. */
function FieldTemplate({
  children,
  errors,
  help,
  hidden,
  classNames,
}: FieldTemplateProps) {
  if (hidden) {
    return <div hidden>{children}</div>;
  }
  return (
    <div className={classNames} style={fieldSpacing}>
      {children}
      {errors}
      {help}
    </div>
  );
}

function iconButton(label: string) {
  return function IconButton({
    onClick,
    disabled,
    className,
  }: IconButtonProps) {
    return (
      <Button
        size="small"
        variant="secondary"
        className={className}
        isDisabled={disabled}
        onPress={() => onClick?.({ preventDefault() {} } as never)}
      >
        {label}
      </Button>
    );
  };
}

/** rjsf templates drawn with @backstage/ui. */
export const buiTemplates: Partial<TemplatesType> = {
  FieldTemplate,
  ButtonTemplates: {
    AddButton: iconButton('Add item'),
    RemoveButton: iconButton('Remove'),
    MoveUpButton: iconButton('Move up'),
    MoveDownButton: iconButton('Move down'),
    CopyButton: iconButton('Copy'),
  } as Partial<
    TemplatesType['ButtonTemplates']
  > as TemplatesType['ButtonTemplates'],
};
