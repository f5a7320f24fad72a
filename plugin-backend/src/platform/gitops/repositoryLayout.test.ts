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

import { RepositoryLayout, resourceNameOf } from './repositoryLayout';

describe('RepositoryLayout', () => {
  const layout = new RepositoryLayout('platform/requests', 'promises');

  it('puts a resource request at <path>/<namespace>/<promise>/<name>.yaml', () => {
    expect(
      layout.resourceFile({
        namespace: 'team-a',
        promise: 'postgresql',
        name: 'orders.db',
      }),
    ).toBe('platform/requests/team-a/postgresql/orders.db.yaml');
    expect(
      new RepositoryLayout('', 'promises').resourceFile({
        namespace: 'default',
        promise: 'redis',
        name: 'cache',
      }),
    ).toBe('default/redis/cache.yaml');
  });

  it.each([
    [
      { namespace: 'team-a', promise: 'postgresql', name: '../x' },
      "resource name '../x'",
    ],
    [
      { namespace: 'team-a', promise: 'postgresql', name: 'a/b' },
      "resource name 'a/b'",
    ],
    [{ namespace: '..', promise: 'postgresql', name: 'x' }, "namespace '..'"],
    [{ namespace: 'a.b', promise: 'postgresql', name: 'x' }, "namespace 'a.b'"],
    [
      { namespace: 'team-a', promise: '../../etc', name: 'x' },
      "Promise name '../../etc'",
    ],
    [
      { namespace: 'team-a', promise: 'postgresql', name: '' },
      "resource name ''",
    ],
  ])('refuses %j with a 400 naming the segment', (ref, what) => {
    expect(() => layout.resourceFile(ref)).toThrow(
      expect.objectContaining({
        name: 'InputError',
        message: expect.stringContaining(`Invalid ${what}`),
      }),
    );
  });

  it('reads resource names back only from valid <name>.yaml files', () => {
    expect(resourceNameOf('orders.db.yaml')).toBe('orders.db');
    expect(resourceNameOf('README.md')).toBeUndefined();
    expect(resourceNameOf('Bad_Name.yaml')).toBeUndefined();
  });
});
