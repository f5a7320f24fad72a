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
 * The schema and one stored spec of the large fixture Promise (`data-platform`):
 * plain data with no imports, so the e2e platform simulator seeds the same
 * Promise the component tests render.
 */
const SECTIONS = 12;
const FIELDS_PER_SECTION = 25;

type Schema = Record<string, unknown>;

/** One section of a large Promise: strings, integers, booleans and an enum. */
function section(index: number): Schema {
  const properties: Record<string, Schema> = {};
  for (let f = 0; f < FIELDS_PER_SECTION; f++) {
    const name = `setting${f}`;
    if (f % 4 === 0)
      properties[name] = { type: 'integer', minimum: 0, maximum: 1000 };
    else if (f % 4 === 1) properties[name] = { type: 'boolean' };
    else if (f % 4 === 2)
      properties[name] = { type: 'string', enum: ['low', 'mid', 'high'] };
    else
      properties[name] = {
        type: 'string',
        description: `Setting ${f} of section ${index}`,
      };
  }
  return { type: 'object', properties };
}

/** Five levels of nesting, the innermost with required children. */
function nested(depth: number): Schema {
  if (depth === 5) {
    return {
      type: 'object',
      required: ['leafName'],
      properties: {
        leafName: { type: 'string' },
        leafSize: { type: 'integer' },
      },
    };
  }
  return {
    type: 'object',
    properties: {
      [`level${depth + 1}`]: nested(depth + 1),
      [`note${depth}`]: { type: 'string' },
    },
  };
}

function sectionSpec(index: number): Schema {
  return index % 3 === 0
    ? {
        setting0: index,
        setting1: true,
        setting2: 'mid',
        setting3: `value ${index}`,
      }
    : {};
}

/** The `spec` property's schema: 300 settings in 12 sections and a five-deep tree. */
export const largeCatalogSpecSchema: Schema = {
  type: 'object',
  required: ['section0'],
  properties: {
    ...Object.fromEntries(
      Array.from({ length: SECTIONS }, (_, i) => [`section${i}`, section(i)]),
    ),
    tree: nested(0),
  },
};

/** The stored spec of the one request: some sections filled, the deep leaf set. */
export const largeCatalogSpec: Schema = {
  ...Object.fromEntries(
    Array.from({ length: SECTIONS }, (_, i) => [
      `section${i}`,
      sectionSpec(i),
    ]).filter(([, v]) => Object.keys(v as Schema).length > 0),
  ),
  tree: {
    level1: {
      level2: { level3: { level4: { level5: { leafName: 'deep' } } } },
    },
  },
};
