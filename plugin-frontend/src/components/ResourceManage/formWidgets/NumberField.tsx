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
