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

import type { Entity } from '@backstage/catalog-model';
import type {
  KratixStatus,
  PromiseDetails,
  ResourceDetails,
} from '@syntasso/plugin-ske-common';

export const reconciled: KratixStatus = {
  message: 'Resource provisioned',
  observedGeneration: 1,
  conditions: [
    {
      type: 'Reconciled',
      status: 'True',
      reason: 'Reconciled',
      message: 'Reconciled',
    },
  ],
  pipelines: [{ name: 'instance-configure', phase: 'Succeeded' }],
  extra: {},
};

export const postgresqlPromise: PromiseDetails = {
  name: 'postgresql',
  group: 'marketplace.kratix.io',
  kind: 'postgresql',
  version: 'v1alpha2',
  status: { status: 'Available', conditions: [], pipelines: [], extra: {} },
  schema: {
    type: 'object',
    properties: {
      spec: {
        type: 'object',
        required: ['teamId'],
        properties: {
          teamId: { type: 'string', description: 'Owning team' },
          env: { type: 'string', enum: ['dev', 'prod'], default: 'dev' },
          storageGb: { type: 'integer', minimum: 1, maximum: 500 },
          backupEnabled: { type: 'boolean' },
        },
        'x-kubernetes-preserve-unknown-fields': false,
      },
    },
  },
};

export const acidDb: ResourceDetails = {
  apiVersion: 'marketplace.kratix.io/v1alpha2',
  kind: 'postgresql',
  name: 'acid-db',
  namespace: 'team-a',
  promiseName: 'postgresql',
  resourceVersion: '1040',
  generation: 1,
  labels: {},
  spec: { teamId: 'team-a', env: 'prod', storageGb: 50, backupEnabled: true },
  status: reconciled,
};

export function resourceEntity(extra: Record<string, string> = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'acid-db',
      annotations: {
        'kratix.io/type': 'resource',
        'kratix.io/group': 'marketplace.kratix.io',
        'kratix.io/version': 'v1alpha2',
        'kratix.io/kind': 'postgresql',
        'kratix.io/name': 'acid-db',
        'kratix.io/namespace': 'team-a',
        'kratix.io/promise-name': 'postgresql',
        ...extra,
      },
    },
    spec: { type: 'kratix-resource' },
  };
}

/** The catalog entity of the postgresql Promise. */
export const promiseEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'postgresql-promise',
    annotations: { 'kratix.io/promise-name': 'postgresql' },
  },
  spec: { type: 'kratix-promise' },
};
