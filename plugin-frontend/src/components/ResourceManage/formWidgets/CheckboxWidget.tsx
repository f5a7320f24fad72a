import type { WidgetProps } from '@rjsf/utils';
import { Checkbox } from '@backstage/ui';

/**
 * Booleans: a BUI Checkbox. A checkbox, not a switch: nothing applies until
 * Update, and a checkbox costs less to render.
 */
export function CheckboxWidget(props: WidgetProps) {
  const { id, value, onChange, label, disabled, readonly } = props;
  return (
    <Checkbox
      id={id}
      name={id}
      isSelected={Boolean(value)}
      isDisabled={disabled || readonly}
      onChange={selected => onChange(selected)}
    >
      {label}
    </Checkbox>
  );
}
