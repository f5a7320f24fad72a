import type { FieldProps } from '@rjsf/utils';

/** The label rjsf would give a field: its uiSchema title, schema title, or name. */
export const fieldLabel = (props: FieldProps): string =>
  (props.uiSchema?.['ui:title'] as string | undefined) ??
  props.schema.title ??
  props.title ??
  props.name;
