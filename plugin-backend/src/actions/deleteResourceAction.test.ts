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

import { useActionHarness } from '../__testUtils__/actionHarness';
import {
  eventually,
  PG_API_VERSION,
  pgPlatformPath,
  writes,
} from '../__testUtils__/resourceHarness';

const refTo = (namespace: string, name: string) => ({
  apiVersion: PG_API_VERSION,
  kind: 'postgresql',
  namespace,
  name,
});

describe('ske:delete-resource on the simulated platform', () => {
  const h = useActionHarness();
  const remove = () => h.actionsFor().remove;

  it('deletes the resource request and outputs its id', async () => {
    await h.seed('team-a', 'sd-delete', { teamId: 'team-a' });
    const { outputs, calls } = await h.run(
      remove(),
      refTo('team-a', 'sd-delete'),
    );

    expect(outputs).toEqual({
      resourceId: `${PG_API_VERSION}/postgresql/team-a/sd-delete`,
    });
    expect(writes(calls)).toEqual([
      expect.objectContaining({
        method: 'DELETE',
        path: pgPlatformPath('team-a', 'sd-delete'),
      }),
    ]);
    expect(await eventually(() => !h.stored('team-a', 'sd-delete'))).toBe(true);
  });

  it('in a dry run, deletes nothing', async () => {
    await h.seed('team-a', 'sd-dry', { teamId: 'team-a' });
    await h.run(remove(), refTo('team-a', 'sd-dry'), { dryRun: true });

    const stored = h.stored('team-a', 'sd-dry');
    expect(stored?.metadata.name).toBe('sd-dry');
    expect(stored?.metadata.deletionTimestamp).toBeUndefined();
  });

  it('refuses a kind no Promise offers, before any platform write', async () => {
    const { error, calls } = await h.fail(remove(), {
      ...refTo('team-a', 'sd-unknown'),
      kind: 'mysql',
    });

    expect(error.message).toBe(
      "No Promise offers kind 'mysql' in API 'marketplace.kratix.io/v1alpha2'",
    );
    expect(writes(calls)).toEqual([]);
  });

  it('refuses names that are not Kubernetes names', async () => {
    const { error, calls } = await h.fail(
      remove(),
      refTo('team-a', '../escape'),
    );

    expect(error.message).toMatch(/^Invalid resource: name must be/);
    expect(calls).toEqual([]);
  });

  it('needs the delete permission of the user who runs the Template', async () => {
    await h.seed('team-a', 'sd-denied', { teamId: 'team-a' });
    h.denied.add('ske.resource.delete');
    const { error, calls } = await h.fail(
      remove(),
      refTo('team-a', 'sd-denied'),
    );

    expect(error.message).toBe("Permission 'ske.resource.delete' is required");
    expect(calls).toEqual([]);
    expect(h.stored('team-a', 'sd-denied')?.metadata.name).toBe('sd-denied');
  });
});
