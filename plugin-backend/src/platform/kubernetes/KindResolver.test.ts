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
import { CustomObjectsApi, KubeConfig } from '@kubernetes/client-node';
import {
  platformCallsDuring,
  RunningPlatform,
  startSkePlatform,
} from '../../__testUtils__/startSkeTestBackend';
import { KindResolver } from './KindResolver';
import { kubeconfigFor } from '@syntasso/ske-platform-simulator';

const PG = 'marketplace.kratix.io/v1alpha2';

describe('KindResolver on the simulated platform', () => {
  let platform: RunningPlatform;
  let api: CustomObjectsApi;

  beforeAll(async () => {
    platform = await startSkePlatform();
    const kc = new KubeConfig();
    kc.loadFromString(kubeconfigFor(platform, platform.tokens.admin));
    api = kc.makeApiClient(CustomObjectsApi);
  }, 60_000);

  afterAll(() => platform?.stop());

  const discoveryCalls = async (fn: () => Promise<unknown>) =>
    (await platformCallsDuring(platform, fn)).calls.filter(
      c => c.path === `/apis/${PG}`,
    ).length;

  it('resolves a kind to its plural through discovery, once per group/version', async () => {
    const resolver = new KindResolver();
    let plurals: string[] = [];
    const calls = await discoveryCalls(async () => {
      plurals = [
        await resolver.plural(api, PG, 'postgresql'),
        await resolver.plural(api, PG, 'postgresql'),
        await resolver.plural(api, PG, 'postgresql'),
      ];
    });
    expect(plurals).toEqual(['postgresqls', 'postgresqls', 'postgresqls']);
    expect(calls).toBe(1);
  });

  it('discovers again when the cached answer is older than its time to live', async () => {
    let now = 0;
    const resolver = new KindResolver(1000, () => now);
    const calls = await discoveryCalls(async () => {
      await resolver.plural(api, PG, 'postgresql');
      now = 999;
      await resolver.plural(api, PG, 'postgresql');
      now = 1001;
      await resolver.plural(api, PG, 'postgresql');
    });
    expect(calls).toBe(2);
  });

  it('looks again before saying a kind does not exist, then says so', async () => {
    const resolver = new KindResolver();
    await resolver.plural(api, PG, 'postgresql');
    let error: unknown;
    const calls = await discoveryCalls(async () => {
      error = await resolver.plural(api, PG, 'mysql').catch(e => e);
    });
    expect(calls).toBe(1);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe(
      `the server has no kind 'mysql' in ${PG}`,
    );
  });

  it('never resolves a kind to a subresource', async () => {
    const resolver = new KindResolver();
    await expect(resolver.plural(api, PG, 'postgresql')).resolves.not.toMatch(
      /\//,
    );
  });
});
