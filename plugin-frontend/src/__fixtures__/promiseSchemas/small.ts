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

import { promiseFixture } from './PromiseFixture';

/** A Promise whose kind has a hyphen, as some Promises name theirs. */
export const hyphenatedKind = promiseFixture({
  name: 'redis-cluster',
  kind: 'redis-cluster',
  schema: {
    type: 'object',
    properties: {
      spec: {
        type: 'object',
        properties: {
          size: { type: 'string', enum: ['small', 'large'], default: 'small' },
          'max-memory-mb': { type: 'integer', minimum: 64 },
        },
      },
    },
  },
  spec: { size: 'large', 'max-memory-mb': 512 },
});

/** A Promise whose API has no `spec`: nothing to edit. */
export const noSpec = promiseFixture({
  name: 'audit-log',
  kind: 'AuditLog',
  schema: {
    type: 'object',
    properties: { status: { type: 'object' } },
  },
  spec: {},
});
