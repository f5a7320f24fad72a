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

/**
 * An optional string extension config field, as a Standard Schema with a
 * JSON Schema (what `configSchema` of an extension accepts), so the plugin
 * needs no schema library.
 */
export const optionalStringSchema = {
  '~standard': {
    version: 1 as const,
    vendor: 'ske',
    validate(value: unknown) {
      return typeof value === 'string' || value === undefined
        ? { value: value as string | undefined }
        : { issues: [{ message: `Expected a string, got ${typeof value}` }] };
    },
    jsonSchema: {
      input: () => ({ type: 'string' }),
      output: () => ({ type: 'string' }),
    },
    types: undefined as unknown as {
      input: string | undefined;
      output: string | undefined;
    },
  },
};
