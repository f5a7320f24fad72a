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

import {
  entityName,
  promiseComponentName,
  promiseTemplateName,
  resourceComponentName,
} from './entityNames';

const pg = {
  apiVersion: 'marketplace.kratix.io/v1alpha2',
  kind: 'postgresql',
  namespace: 'team-a',
  name: 'orders-db',
};
const VALID_NAME = /^([a-z0-9]+[-_.])*[a-z0-9]+$/;

describe('entity names', () => {
  it('names Promise entities as the generator does', () => {
    expect(promiseComponentName('postgresql')).toBe('postgresql-promise');
    expect(promiseTemplateName('postgresql')).toBe(
      'postgresql-promise-template',
    );
  });

  it('names a request <kind>-<name>, lowercased', () => {
    expect(
      resourceComponentName(
        { ...pg, kind: 'Kafka', name: 'orders' },
        { includeNamespace: false },
      ),
    ).toBe('kafka-orders');
  });

  it('puts the namespace in the name when all requests share one catalog namespace', () => {
    expect(resourceComponentName(pg, { includeNamespace: true })).toBe(
      'postgresql-team-a-orders-db',
    );
  });

  it('cuts a long name to 63 characters with a stable hash of the object', () => {
    const long = { ...pg, name: 'a'.repeat(70) };
    const name = resourceComponentName(long, { includeNamespace: false });
    expect(name).toHaveLength(63);
    expect(name).toMatch(VALID_NAME);
    expect(name).toMatch(/^postgresql-a+-[0-9a-f]{8}$/);
    expect(resourceComponentName(long, { includeNamespace: false })).toBe(name);
    const other = resourceComponentName(
      { ...long, namespace: 'team-b' },
      { includeNamespace: false },
    );
    expect(other).not.toBe(name);
    expect(other.slice(0, 54)).toBe(name.slice(0, 54));
  });

  it('keeps a name of exactly 63 characters as it is', () => {
    const name = `postgresql-${'b'.repeat(52)}`;
    expect(name).toHaveLength(63);
    expect(
      resourceComponentName(
        { ...pg, name: 'b'.repeat(52) },
        { includeNamespace: false },
      ),
    ).toBe(name);
  });

  it('adds the hash when asked to (a collision), and never ends the cut on a separator', () => {
    expect(entityName('kind-x', 'one', true)).toMatch(/^kind-x-[0-9a-f]{8}$/);
    expect(entityName('kind-x', 'one', true)).not.toBe(
      entityName('kind-x', 'two', true),
    );
    const cut = entityName(`${'c'.repeat(53)}-.${'d'.repeat(20)}`, 'id');
    expect(cut).toMatch(VALID_NAME);
  });
});
