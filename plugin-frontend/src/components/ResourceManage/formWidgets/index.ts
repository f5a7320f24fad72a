import type { RegistryFieldsType, RegistryWidgetsType } from '@rjsf/utils';
import { CheckboxWidget } from './CheckboxWidget';
import { EnumWidget } from './EnumWidget';
import { NumberField } from './NumberField';
import { TextWidget } from './TextWidget';

/** rjsf widgets drawn with @backstage/ui, so the form follows the app's theme. */
export const buiWidgets: RegistryWidgetsType = {
  TextWidget,
  SelectWidget: EnumWidget,
  CheckboxWidget,
};

/** rjsf fields replaced for the widgets above. */
export const buiFields: RegistryFieldsType = { NumberField };
export { buiTemplates } from './buiTemplates';
