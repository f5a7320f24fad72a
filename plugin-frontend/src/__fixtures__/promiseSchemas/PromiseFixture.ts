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
import type {
  PromiseDetails,
  ResourceDetails,
} from '@syntasso/plugin-ske-common';
import { reconciled } from '../../testing/fixtures';

/** A Promise of our own, one of its requests, and the entity annotations naming it. */
export interface PromiseFixture {
  promise: PromiseDetails;
  resource: ResourceDetails;
  annotations: Record<string, string>;
}

/** Builds a fixture from a Promise's `openAPIV3Schema` and one stored spec. */
export function promiseFixture(options: {
  name: string;
  kind: string;
  schema: JsonSchema;
  spec: Record<string, unknown>;
}): PromiseFixture {
  const group = 'fixtures.kratix.io';
  const version = 'v1';
  return {
    promise: {
      name: options.name,
      group,
      kind: options.kind,
      version,
      status: { status: 'Available', conditions: [], pipelines: [], extra: {} },
      schema: options.schema,
    },
    resource: {
      apiVersion: `${group}/${version}`,
      kind: options.kind,
      name: `${options.name}-one`,
      namespace: 'team-a',
      promiseName: options.name,
      resourceVersion: '7',
      generation: 1,
      labels: {},
      spec: options.spec,
      status: reconciled,
    },
    annotations: {
      'kratix.io/group': group,
      'kratix.io/version': version,
      'kratix.io/kind': options.kind,
      'kratix.io/name': `${options.name}-one`,
      'kratix.io/namespace': 'team-a',
      'kratix.io/promise-name': options.name,
    },
  };
}
