import type { WidgetProps } from '@rjsf/utils';

/** The schema's description, shown under a widget's label. */
export const describeField = (props: WidgetProps) =>
  props.schema.description ?? undefined;
