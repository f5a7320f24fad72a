import type { WidgetProps } from '@rjsf/utils';

/** The schema's description, shown under a widget's label. */
export const describeField = (props: WidgetProps) =>
  props.schema.description ?? undefined;

/** What every BUI input of a widget is given: its id, label, help and marks. */
export const widgetFieldProps = (props: WidgetProps) => ({
  id: props.id,
  name: props.id,
  label: props.label,
  description: describeField(props),
  isRequired: props.required,
});
