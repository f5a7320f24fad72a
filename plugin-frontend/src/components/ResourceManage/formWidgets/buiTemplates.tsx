import type {
  FieldTemplateProps,
  IconButtonProps,
  TemplatesType,
} from '@rjsf/utils';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Button } from '@backstage/ui';
import { skeTranslationRef } from '../../../translation';

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

type ButtonMessage =
  | 'specForm.addItem'
  | 'specForm.remove'
  | 'specForm.moveUp'
  | 'specForm.moveDown'
  | 'specForm.copy';

function iconButton(message: ButtonMessage) {
  return function IconButton({
    onClick,
    disabled,
    className,
  }: IconButtonProps) {
    const { t } = useTranslationRef(skeTranslationRef);
    return (
      <Button
        size="small"
        variant="secondary"
        className={className}
        isDisabled={disabled}
        onPress={() => onClick?.({ preventDefault() {} } as never)}
      >
        {t(message)}
      </Button>
    );
  };
}

/** rjsf templates drawn with @backstage/ui. */
export const buiTemplates: Partial<TemplatesType> = {
  FieldTemplate,
  ButtonTemplates: {
    AddButton: iconButton('specForm.addItem'),
    RemoveButton: iconButton('specForm.remove'),
    MoveUpButton: iconButton('specForm.moveUp'),
    MoveDownButton: iconButton('specForm.moveDown'),
    CopyButton: iconButton('specForm.copy'),
  } as Partial<
    TemplatesType['ButtonTemplates']
  > as TemplatesType['ButtonTemplates'],
};
