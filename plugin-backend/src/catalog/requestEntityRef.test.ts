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

import { DEFAULT_CATALOG_SETTINGS } from './CatalogSettings';
import { requestEntityRef } from './requestEntityRef';

const request = {
  apiVersion: 'fixtures.kratix.io/v1',
  kind: 'Appliance',
  namespace: 'team-a',
  name: 'rack-1',
};

describe('requestEntityRef', () => {
  it('names the Component <kind>-<name> in the request namespace', () => {
    expect(requestEntityRef(request, DEFAULT_CATALOG_SETTINGS)).toBe(
      'component:team-a/appliance-rack-1',
    );
  });

  it('puts the namespace in the name when one catalog namespace holds every request', () => {
    expect(
      requestEntityRef(request, {
        ...DEFAULT_CATALOG_SETTINGS,
        resourceNamespace: 'kratix',
      }),
    ).toBe('component:kratix/appliance-team-a-rack-1');
  });

  it('cuts a name too long for an entity to 63 characters with a hash', () => {
    const ref = requestEntityRef(
      { ...request, name: 'r'.repeat(63) },
      DEFAULT_CATALOG_SETTINGS,
    );
    expect(ref).toMatch(/^component:team-a\/appliance-r+-[0-9a-f]{8}$/);
    expect(ref.length).toBe('component:team-a/'.length + 63);
  });
});
