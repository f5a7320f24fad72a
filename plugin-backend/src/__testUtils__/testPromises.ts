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

/** The spec schema of the `appliance` Promise: every shape a generated Template must carry. */
const applianceSpecSchema = {
  type: 'object',
  required: ['tier'],
  properties: {
    tier: {
      type: 'string',
      description: 'How big the appliance is',
      enum: ['small', 'large'],
      default: 'small',
    },
    contact: {
      type: 'string',
      description: 'Who to call',
      pattern: '^[a-z]+@[a-z]+\\.[a-z]+$',
    },
    replicas: { type: 'integer', minimum: 1, maximum: 5, default: 1 },
    network: {
      type: 'object',
      properties: {
        cidr: { type: 'string', pattern: '^[0-9./]+$' },
        public: { type: 'boolean', default: false },
      },
    },
    servers: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string' },
          size: { type: 'string', enum: ['s', 'm'] },
          options: {
            type: 'object',
            'x-kubernetes-preserve-unknown-fields': true,
          },
        },
      },
    },
    labels: { type: 'object', additionalProperties: { type: 'string' } },
    extra: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
  },
};

/** A namespaced CustomResourceDefinition with one served, stored version `v1`. */
export const crdFor = (
  group: string,
  kind: string,
  plural: string,
  openAPIV3Schema: Record<string, unknown>,
) => ({
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: `${plural}.${group}` },
  spec: {
    group,
    scope: 'Namespaced',
    names: { kind, plural, singular: kind.toLowerCase() },
    versions: [
      { name: 'v1', served: true, storage: true, schema: { openAPIV3Schema } },
    ],
  },
});

/** A Promise whose API is `crd`. */
export const promiseWithApi = (
  name: string,
  crd: ReturnType<typeof crdFor>,
  annotations: Record<string, string> = {},
) => ({
  apiVersion: 'platform.kratix.io/v1alpha1',
  kind: 'Promise',
  metadata: { name, annotations },
  spec: { api: crd },
});

/**
 * A Promise (`appliance`, kind `Appliance` in `fixtures.kratix.io/v1`) whose
 * schema has nested objects, arrays of objects, enums, defaults, patterns,
 * a map and free-form objects.
 */
export const appliancePromise = promiseWithApi(
  'appliance',
  crdFor('fixtures.kratix.io', 'Appliance', 'appliances', {
    type: 'object',
    properties: { spec: applianceSpecSchema },
  }),
);
