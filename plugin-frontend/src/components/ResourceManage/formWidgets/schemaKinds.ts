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

import type { RJSFSchema } from '@rjsf/utils';

const isSchema = (value: unknown): value is RJSFSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasProperties = (schema: RJSFSchema) =>
  isSchema(schema.properties) && Object.keys(schema.properties).length > 0;

/** `{ type: object, additionalProperties: { type: string } }`: labels, annotations, env. */
export function isStringMap(schema: RJSFSchema): boolean {
  return (
    schema.type === 'object' &&
    !hasProperties(schema) &&
    isSchema(schema.additionalProperties) &&
    schema.additionalProperties.type === 'string' &&
    schema.additionalProperties.enum === undefined
  );
}

/**
 * An object the form cannot draw field by field: Kubernetes'
 * `x-kubernetes-preserve-unknown-fields`, `additionalProperties` of
 * anything but strings, or a property with no type at all.
 */
export function isFreeForm(schema: RJSFSchema): boolean {
  if (hasProperties(schema) || isStringMap(schema)) return false;
  if (schema['x-kubernetes-preserve-unknown-fields'] === true) return true;
  if (schema['x-kubernetes-int-or-string'] === true) return false;
  if (schema.type === 'object') return schema.additionalProperties !== false;
  return (
    schema.type === undefined &&
    schema.enum === undefined &&
    schema.anyOf === undefined &&
    schema.oneOf === undefined &&
    schema.allOf === undefined &&
    schema.$ref === undefined
  );
}

/** `format` values that name multi-line text. */
const MULTILINE_FORMATS = new Set([
  'textarea',
  'multiline',
  'multi-line',
  'pem',
  'certificate',
  'script',
  'yaml',
  'json',
]);

/**
 * A string schema that asks for a multi-line input: by `format`, by
 * `contentMediaType` (a document), or by an `x-multiline` /
 * `x-ske-multiline` hint, or a `ui:widget: textarea` hint.
 */
export function asksForMultiline(schema: RJSFSchema): boolean {
  if (schema.type !== 'string') return false;
  if (typeof schema.format === 'string' && MULTILINE_FORMATS.has(schema.format))
    return true;
  if (typeof schema.contentMediaType === 'string') return true;
  return (
    schema['x-multiline'] === true ||
    schema['x-ske-multiline'] === true ||
    schema['ui:widget'] === 'textarea'
  );
}
