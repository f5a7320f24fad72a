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

import type { JsonSchema } from '@syntasso/plugin-ske-common';
import YAML from 'yaml';

/** Keywords of a CRD schema that mean the same in a Template's form. */
const CARRIED_KEYWORDS = [
  'title',
  'description',
  'type',
  'enum',
  'default',
  'format',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
] as const;

/** The help a YAML text field carries. */
export const YAML_FIELD_HELP =
  'Free-form: enter YAML (a mapping); the request step parses it into an object.';

/** A form for one schema, and where it asks for YAML text instead of an object. */
export interface TemplateForm {
  schema: JsonSchema;
  /**
   * Dotted paths (from the manifest, e.g. `spec.config` or
   * `spec.servers.*.options`, `*` for every array item) of fields entered as
   * YAML text that the request step must parse.
   */
  yamlFields: string[];
}

const isRecord = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasProperties = (schema: JsonSchema) =>
  isRecord(schema.properties) && Object.keys(schema.properties).length > 0;

/**
 * An object whose keys the schema does not list: a map
 * (`additionalProperties`), `x-kubernetes-preserve-unknown-fields`, or a bare
 * `type: object`. A form cannot offer fields for it.
 */
const isFreeFormObject = (schema: JsonSchema) =>
  !hasProperties(schema) &&
  (schema.type === 'object' ||
    schema['x-kubernetes-preserve-unknown-fields'] === true);

function yamlTextField(schema: JsonSchema, title: string): JsonSchema {
  const description = [schema.description, YAML_FIELD_HELP]
    .filter(Boolean)
    .join(' ');
  return {
    title: typeof schema.title === 'string' ? schema.title : title,
    description,
    type: 'string',
    ...(schema.default !== undefined && {
      default: YAML.stringify(schema.default),
    }),
    'ui:widget': 'textarea',
    'ui:options': { rows: 6 },
  };
}

function convert(
  schema: JsonSchema,
  title: string,
  path: string[],
  yamlFields: string[],
): JsonSchema {
  if (isFreeFormObject(schema)) {
    yamlFields.push(path.join('.'));
    return yamlTextField(schema, title);
  }
  const out: JsonSchema = { title };
  for (const keyword of CARRIED_KEYWORDS) {
    if (schema[keyword] !== undefined) out[keyword] = schema[keyword];
  }
  if (schema['x-kubernetes-int-or-string'] === true && !schema.type) {
    out.type = 'string';
  }
  if (hasProperties(schema)) {
    out.type = 'object';
    out.properties = Object.fromEntries(
      Object.entries(schema.properties as Record<string, JsonSchema>).map(
        ([key, child]) => [
          key,
          convert(child, key, [...path, key], yamlFields),
        ],
      ),
    );
    if (Array.isArray(schema.required) && schema.required.length > 0) {
      out.required = schema.required;
    }
  }
  if (isRecord(schema.items)) {
    out.items = convert(
      schema.items,
      `${title} item`,
      [...path, '*'],
      yamlFields,
    );
  }
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    if (Array.isArray(schema[keyword])) {
      out[keyword] = (schema[keyword] as JsonSchema[]).map((option, i) =>
        convert(option, `${title} option ${i + 1}`, path, yamlFields),
      );
    }
  }
  return out;
}

/**
 * The Template form for a resource's `spec`, from the `spec` property of the
 * Promise's `openAPIV3Schema`: titles, descriptions, enums, defaults,
 * patterns, bounds, required fields, nested objects and arrays carry over;
 * `x-kubernetes-*` keywords and `nullable` are dropped; free-form objects and
 * maps become YAML text fields (listed in `yamlFields`).
 */
export function specForm(specSchema: JsonSchema): TemplateForm {
  const yamlFields: string[] = [];
  const schema = convert(specSchema, 'Spec', ['spec'], yamlFields);
  return { schema, yamlFields };
}
