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
