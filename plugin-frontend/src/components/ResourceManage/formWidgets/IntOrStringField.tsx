import type { FieldProps } from '@rjsf/utils';
import { useMemo } from 'react';

/**
 * `x-kubernetes-int-or-string` values (ports, quantities): drawn by the
 * string field's TextWidget, which makes the text a number when it is one.
 * Validation still uses the schema as the Promise wrote it.
 */
export function IntOrStringField(props: FieldProps) {
  const { StringField } = props.registry.fields;
  const schema = useMemo(
    () => ({ ...props.schema, type: 'string' as const }),
    [props.schema],
  );
  return <StringField {...props} schema={schema} />;
}
