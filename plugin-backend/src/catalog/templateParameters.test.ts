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

import { specForm, YAML_FIELD_HELP } from './templateParameters';

describe('specForm', () => {
  it('carries titles, descriptions, enums, defaults, bounds and required fields', () => {
    const { schema, yamlFields } = specForm({
      type: 'object',
      required: ['teamId'],
      properties: {
        teamId: {
          type: 'string',
          description: 'Owning team',
          pattern: '^[a-z]+$',
          'x-kubernetes-validations': [{ rule: 'self.size() > 2' }],
        },
        env: { type: 'string', enum: ['dev', 'prod'], default: 'dev' },
        storageGb: {
          type: 'integer',
          title: 'Storage (GiB)',
          minimum: 1,
          maximum: 500,
          nullable: true,
        },
      },
    });
    expect(yamlFields).toEqual([]);
    expect(schema).toEqual({
      title: 'Spec',
      type: 'object',
      required: ['teamId'],
      properties: {
        teamId: {
          title: 'teamId',
          type: 'string',
          description: 'Owning team',
          pattern: '^[a-z]+$',
        },
        env: {
          title: 'env',
          type: 'string',
          enum: ['dev', 'prod'],
          default: 'dev',
        },
        storageGb: {
          title: 'Storage (GiB)',
          type: 'integer',
          minimum: 1,
          maximum: 500,
        },
      },
    });
  });

  it('keeps nested objects and arrays of objects', () => {
    const { schema } = specForm({
      type: 'object',
      properties: {
        resources: {
          type: 'object',
          required: ['cpu'],
          properties: { cpu: { type: 'string', default: '500m' } },
        },
        topics: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['name'],
            properties: {
              name: { type: 'string' },
              partitions: { type: 'integer' },
            },
          },
        },
      },
    });
    const properties = schema.properties as Record<string, any>;
    expect(properties.resources).toEqual({
      title: 'resources',
      type: 'object',
      required: ['cpu'],
      properties: { cpu: { title: 'cpu', type: 'string', default: '500m' } },
    });
    expect(properties.topics.type).toBe('array');
    expect(properties.topics.minItems).toBe(1);
    expect(properties.topics.items).toMatchObject({
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string' },
        partitions: { type: 'integer' },
      },
    });
  });

  it('turns free-form objects and maps into YAML text fields and lists their paths', () => {
    const { schema, yamlFields } = specForm({
      type: 'object',
      properties: {
        values: {
          type: 'object',
          description: 'Helm values',
          'x-kubernetes-preserve-unknown-fields': true,
          default: { replicas: 2 },
        },
        labels: { type: 'object', additionalProperties: { type: 'string' } },
        servers: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              options: {
                type: 'object',
                'x-kubernetes-preserve-unknown-fields': true,
              },
            },
          },
        },
      },
    });
    expect(yamlFields).toEqual([
      'spec.values',
      'spec.labels',
      'spec.servers.*.options',
    ]);
    const properties = schema.properties as Record<string, any>;
    expect(properties.values).toEqual({
      title: 'values',
      type: 'string',
      description: `Helm values ${YAML_FIELD_HELP}`,
      default: 'replicas: 2\n',
      'ui:widget': 'textarea',
      'ui:options': { rows: 6 },
    });
    expect(properties.labels.type).toBe('string');
    expect(properties.labels.description).toBe(YAML_FIELD_HELP);
    expect(properties.servers.items.properties.options.type).toBe('string');
  });

  it('treats int-or-string as text and keeps oneOf alternatives', () => {
    const { schema } = specForm({
      type: 'object',
      properties: {
        port: { 'x-kubernetes-int-or-string': true },
        size: {
          oneOf: [{ type: 'string', enum: ['s', 'm'] }, { type: 'integer' }],
        },
      },
    });
    const properties = schema.properties as Record<string, any>;
    expect(properties.port.type).toBe('string');
    expect(properties.size.oneOf).toEqual([
      { title: 'size option 1', type: 'string', enum: ['s', 'm'] },
      { title: 'size option 2', type: 'integer' },
    ]);
  });
});
