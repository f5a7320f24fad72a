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
import type { KubeObject } from '@syntasso/ske-platform-simulator';
import {
  pgPlatformPath,
  pgRoute,
  postgresql,
  useResourceHarness,
} from '../__testUtils__/resourceHarness';

// Each test starts a backend and talks to a platform; on a loaded 2-core
// machine that takes longer than jest's 5 s default.
jest.setTimeout(60_000);

describe('day-two reads of a resource request', () => {
  const h = useResourceHarness();
  const { observe } = h;

  describe('GET /resources/…/manifest', () => {
    it('answers the request as the platform holds it, as the caller, without managedFields', async () => {
      // What a real API server adds on every write.
      h.platform.apply(
        postgresql(
          'team-a',
          'yaml-db',
          { teamId: 'team-a', storageGb: 5 },
          { managedFields: [{ manager: 'kubectl', operation: 'Apply' }] },
        ) as KubeObject,
      );
      expect(await h.settled('team-a', 'yaml-db')).toBe(true);
      expect(h.stored('team-a', 'yaml-db')?.metadata).toHaveProperty(
        'managedFields',
      );

      const { res, calls } = await observe(
        'get',
        `${pgRoute('team-a', 'yaml-db')}/manifest`,
        { as: 'alice' },
      );
      expect(res.status).toBe(200);
      const { manifest } = res.body;
      expect(manifest).toMatchObject({
        apiVersion: 'marketplace.kratix.io/v1alpha2',
        kind: 'postgresql',
        metadata: {
          name: 'yaml-db',
          namespace: 'team-a',
          finalizers: ['kratix.io/resource-cleanup'],
        },
        spec: { teamId: 'team-a', storageGb: 5 },
        status: { message: 'Resource provisioned' },
      });
      expect(manifest.metadata).not.toHaveProperty('managedFields');
      expect(manifest.metadata.resourceVersion).toMatch(/^\d+$/);
      expect(calls).toContainEqual(
        expect.objectContaining({
          user: 'alice',
          method: 'GET',
          path: pgPlatformPath('team-a', 'yaml-db'),
          code: 200,
        }),
      );
    });

    it('passes the platform refusal of a caller on', async () => {
      h.platform.apply(
        postgresql('team-b', 'other-db', { teamId: 'team-b' }) as KubeObject,
      );
      const { res } = await observe(
        'get',
        `${pgRoute('team-b', 'missing-db')}/manifest`,
        { as: 'alice' },
      );
      expect(res.status).toBe(404);
      expect(res.body.error.name).toBe('NotFoundError');
    });
  });
});
