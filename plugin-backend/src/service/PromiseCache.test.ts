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

import { NotFoundError } from '@backstage/errors';
import type { PromiseDetails } from '@syntasso/plugin-ske-common';
import { readKratixStatus } from '@syntasso/plugin-ske-common';
import { PromiseCache } from './PromiseCache';

const promise = (name: string, version = 'v1'): PromiseDetails => ({
  name,
  group: 'marketplace.kratix.io',
  version,
  plural: `${name}s`,
  status: readKratixStatus({}),
});

describe('PromiseCache', () => {
  it('loads a Promise once while it is fresh, and again when it is not', async () => {
    let now = 0;
    const cache = new PromiseCache(1000, () => now);
    const loads: string[] = [];
    const load = (version: string) => async () => {
      loads.push(version);
      return promise('postgresql', version);
    };
    expect((await cache.get('postgresql', load('v1'))).version).toBe('v1');
    now = 999;
    expect((await cache.get('postgresql', load('v2'))).version).toBe('v1');
    now = 1000;
    expect((await cache.get('postgresql', load('v2'))).version).toBe('v2');
    expect(loads).toEqual(['v1', 'v2']);
  });

  it('shares one load between callers that ask at the same time', async () => {
    const cache = new PromiseCache();
    let loads = 0;
    const load = async () => {
      loads++;
      return promise('redis');
    };
    const answers = await Promise.all([
      cache.get('redis', load),
      cache.get('redis', load),
      cache.get('redis', load),
    ]);
    expect(answers.map(p => p.name)).toEqual(['redis', 'redis', 'redis']);
    expect(loads).toBe(1);
  });

  it('keeps Promises apart by name', async () => {
    const cache = new PromiseCache();
    await cache.get('redis', async () => promise('redis'));
    expect(
      (await cache.get('kafka', async () => promise('kafka'))).plural,
    ).toBe('kafkas');
  });

  it('does not remember a failure', async () => {
    const cache = new PromiseCache();
    await expect(
      cache.get('nope', async () => {
        throw new NotFoundError('promises "nope" not found');
      }),
    ).rejects.toThrow('not found');
    expect((await cache.get('nope', async () => promise('nope'))).name).toBe(
      'nope',
    );
  });
});
