import type { RegistryWidgetsType, WidgetProps } from '@rjsf/utils';
import { Select, Switch, TextField } from '@backstage/ui';

const describe = (props: WidgetProps) => props.schema.description ?? undefined;

/** Strings and numbers: a BUI TextField that keeps numbers numeric. */
function TextWidget(props: WidgetProps) {
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
  return (
    <TextField
      id={id}
      name={id}
      label={label}
      description={describe(props)}
      isRequired={required}
      isDisabled={disabled}
      isReadOnly={readonly}
      isInvalid={Boolean(rawErrors?.length)}
      value={value === undefined || value === null ? '' : String(value)}
      inputMode={numeric ? 'numeric' : undefined}
      onChange={text => {
        if (text === '') onChange(undefined);
        else if (numeric && /^-?\d+(\.\d+)?$/.test(text))
          onChange(Number(text));
        else onChange(text);
      }}
      onBlur={() => onBlur(id, value)}
    />
  );
}

/** Enums: a BUI Select of the allowed values. */
function SelectWidget(props: WidgetProps) {
  const { id, value, onChange, label, required, disabled, readonly, options } =
    props;
  const enumOptions = (options.enumOptions ?? []) as {
    label: string;
    value: unknown;
  }[];
  return (
    <Select
      id={id}
      name={id}
      label={label}
      description={describe(props)}
      isRequired={required}
      isDisabled={disabled || readonly}
      options={enumOptions.map(o => ({
        value: String(o.value),
        label: o.label,
      }))}
      selectedKey={value === undefined || value === null ? null : String(value)}
      onSelectionChange={key => {
        const chosen = enumOptions.find(o => String(o.value) === String(key));
        onChange(chosen?.value);
      }}
    />
  );
}

/** Booleans: a BUI Switch. */
function CheckboxWidget(props: WidgetProps) {
  const { id, value, onChange, label, disabled, readonly } = props;
  return (
    <Switch
      id={id}
      name={id}
      label={label}
      isSelected={Boolean(value)}
      isDisabled={disabled || readonly}
      onChange={selected => onChange(selected)}
    />
  );
}

/** rjsf widgets drawn with @backstage/ui, so the form follows the app's theme. */
export const buiWidgets: RegistryWidgetsType = {
  TextWidget,
  SelectWidget,
  CheckboxWidget,
};
