import type { WidgetProps } from '@rjsf/utils';
import { TextField } from '@backstage/ui';
import { describeField } from './describeField';
import { parseFieldText } from './parseFieldText';
import { useTypedText } from './useTypedText';

const asText = (value: unknown) =>
  value === undefined || value === null ? '' : String(value);

/**
 * Strings and numbers: a BUI TextField that keeps numbers numeric. A
 * keystroke re-renders this field alone (see useTypedText); Enter applies
 * what was typed before the form submits.
 */
export function TextWidget(props: WidgetProps) {
  const {
    id,
    value,
    onChange,
    label,
    required,
    disabled,
    readonly,
    schema,
    onBlur,
    rawErrors,
  } = props;
  const numeric = schema.type === 'integer' || schema.type === 'number';
  const typed = useTypedText(asText(value), text =>
    onChange(parseFieldText(text, numeric)),
  );
  return (
    <TextField
      id={id}
      name={id}
      label={label}
      description={describeField(props)}
      isRequired={required}
      isDisabled={disabled}
      isReadOnly={readonly}
      isInvalid={Boolean(rawErrors?.length)}
      value={typed.text}
      inputMode={numeric ? 'decimal' : undefined}
      onChange={typed.type}
      onKeyDown={event => {
        if (event.key === 'Enter') typed.apply();
        event.continuePropagation();
      }}
      onBlur={() => {
        typed.leave();
        onBlur(id, value);
      }}
    />
  );
}
