/*
 * Copyright 2026 The Kratix Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

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
