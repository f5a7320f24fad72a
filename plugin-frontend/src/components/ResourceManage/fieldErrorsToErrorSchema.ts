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

import type { ErrorSchema } from '@rjsf/utils';
import type { FieldError } from '@syntasso/plugin-ske-common';

/**
 * Places server field errors (`spec.a.b[0].c`) on the form fields they name,
 * as rjsf `extraErrors`. Errors at the spec itself go on the form root.
 */
export function fieldErrorsToErrorSchema(errors: FieldError[]): ErrorSchema {
  const root: Record<string, any> = {};
  for (const { path, message } of errors) {
    const segments = path
      .replace(/^spec\.?/, '')
      .replace(/\[(\d+)\]/g, '.$1')
      .split('.')
      .filter(Boolean);
    let node = root;
    for (const segment of segments) {
      node[segment] = node[segment] ?? {};
      node = node[segment];
    }
    node.__errors = [...(node.__errors ?? []), message];
  }
  return root as ErrorSchema;
}
