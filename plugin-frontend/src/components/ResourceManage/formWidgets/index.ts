import type { RegistryFieldsType, RegistryWidgetsType } from '@rjsf/utils';
import { CheckboxWidget } from './CheckboxWidget';
import { EnumWidget } from './EnumWidget';
import { NumberField } from './NumberField';
import { IntOrStringField } from './IntOrStringField';
import { KeyValueField } from './KeyValueField';
import { TextWidget } from './TextWidget';
import { YamlField } from './YamlField';

/** rjsf widgets drawn with @backstage/ui, so the form follows the app's theme. */
export const buiWidgets: RegistryWidgetsType = {
  TextWidget,
  TextareaWidget: TextWidget,
  EmailWidget: TextWidget,
  URLWidget: TextWidget,
  DateWidget: TextWidget,
  DateTimeWidget: TextWidget,
  TimeWidget: TextWidget,
  SelectWidget: EnumWidget,
  CheckboxWidget,
};

/** rjsf fields replaced for the widgets above. */
export const buiFields: RegistryFieldsType = {
  NumberField,
  KeyValueField,
  YamlField,
  IntOrStringField,
};
export { buiTemplates } from './buiTemplates';
export type { SpecFormContext } from './buiTemplates';
export { buildUiSchema, summariseItem } from './buildUiSchema';
