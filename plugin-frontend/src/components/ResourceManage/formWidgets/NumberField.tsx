import type { FieldProps } from '@rjsf/utils';

/**
 * Numbers and integers go straight to the StringField and its TextWidget,
 * which parses them (parseFieldText) and shows the text as typed while the
 * field has focus. rjsf's own NumberField does that job again with a
 * locale-aware separator it looks up (a new Intl.NumberFormat) on every
 * render of every number field; Kubernetes specs use '.'.
 */
export function NumberField(props: FieldProps) {
  const { StringField } = props.registry.fields;
  return <StringField {...props} />;
}
