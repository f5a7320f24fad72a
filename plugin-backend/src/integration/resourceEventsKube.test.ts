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
import { findKubeBinaries } from '@syntasso/ske-platform-simulator/src/kube/binaries';
import {
  RunningKube,
  startKube,
  waitForCrd,
} from '@syntasso/ske-platform-simulator/src/kube/startKube';
import { postgresqlPromise } from '@syntasso/ske-platform-simulator/src/fixtures/promises';
import { PlatformHttpClient } from '@syntasso/ske-platform-simulator/src/testing/httpClient';
import request from 'supertest';
import { OIDC_HEADER, pgRoute } from '../__testUtils__/resourceHarness';
import {
  skeConfig,
  startSkeTestBackend,
  TestServer,
} from '../__testUtils__/startSkeTestBackend';

// Each test starts a backend and talks to a platform; on a loaded 2-core
// machine that takes longer than jest's 5 s default.
jest.setTimeout(60_000);

/** A minimal Work CRD: what the test needs of Kratix's own (the real one is not vendored). */
const workCrd = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: 'works.platform.kratix.io' },
  spec: {
    group: 'platform.kratix.io',
    scope: 'Namespaced',
    names: { kind: 'Work', plural: 'works', singular: 'work' },
    versions: [
      {
        name: 'v1alpha1',
        served: true,
        storage: true,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            'x-kubernetes-preserve-unknown-fields': true,
          },
        },
      },
    ],
  },
};

const event = (
  name: string,
  about: { apiVersion: string; kind: string; name: string },
  type: 'Normal' | 'Warning',
  reason: string,
  message: string,
  lastTimestamp: string,
) => ({
  apiVersion: 'v1',
  kind: 'Event',
  metadata: { name, namespace: 'team-a' },
  involvedObject: { ...about, namespace: 'team-a' },
  type,
  reason,
  message,
  count: 1,
  firstTimestamp: lastTimestamp,
  lastTimestamp,
  source: { component: 'kratix' },
});

const found = findKubeBinaries();
const describeOnKube = 'missing' in found ? describe.skip : describe;
if ('missing' in found) {
  // eslint-disable-next-line no-console
  console.warn(`events on kube-apiserver skipped: ${found.missing}`);
}

describeOnKube('events of a request, from a real kube-apiserver', () => {
  let kube: RunningKube;
  let server: TestServer;

  beforeAll(async () => {
    kube = await startKube();
    const admin = new PlatformHttpClient(kube, 'admin');
    const post = async (path: string, body: unknown) => {
      const res = await admin.post(path, body);
      expect([201, 409]).toContain(res.status);
    };
    await post('/apis/platform.kratix.io/v1alpha1/promises', postgresqlPromise);
    for (const crd of [postgresqlPromise.spec.api, workCrd]) {
      await post(
        '/apis/apiextensions.k8s.io/v1/customresourcedefinitions',
        crd,
      );
      await waitForCrd(admin, crd.metadata.name);
    }
    await post(
      '/apis/marketplace.kratix.io/v1alpha2/namespaces/team-a/postgresqls',
      {
        apiVersion: 'marketplace.kratix.io/v1alpha2',
        kind: 'postgresql',
        metadata: { name: 'acid-db', namespace: 'team-a' },
        spec: { teamId: 'team-a' },
      },
    );
    await post('/apis/platform.kratix.io/v1alpha1/namespaces/team-a/works', {
      apiVersion: 'platform.kratix.io/v1alpha1',
      kind: 'Work',
      metadata: {
        name: 'acid-db-instance-configure',
        namespace: 'team-a',
        labels: { 'kratix.io/resource-name': 'acid-db' },
      },
    });
    const requested = {
      apiVersion: 'marketplace.kratix.io/v1alpha2',
      kind: 'postgresql',
      name: 'acid-db',
    };
    const work = {
      apiVersion: 'platform.kratix.io/v1alpha1',
      kind: 'Work',
      name: 'acid-db-instance-configure',
    };
    const other = { ...requested, name: 'other-db' };
    for (const e of [
      event(
        'acid-db.1',
        requested,
        'Normal',
        'PipelineStarted',
        'Configure pipeline started',
        '2026-12-01T03:00:00Z',
      ),
      event(
        'acid-db.2',
        work,
        'Warning',
        'ScheduleFailed',
        'No Destination matches the selectors',
        '2026-12-01T03:02:00Z',
      ),
      event(
        'acid-db.3',
        requested,
        'Normal',
        'PipelineCompleted',
        'Configure pipeline completed',
        '2026-12-01T03:01:00Z',
      ),
      event(
        'other-db.1',
        other,
        'Warning',
        'Failed',
        'not about acid-db',
        '2026-12-01T03:03:00Z',
      ),
    ]) {
      await post('/api/v1/namespaces/team-a/events', e);
    }
    server = await startSkeTestBackend({
      config: skeConfig({
        name: 'kratix',
        url: kube.url,
        authProvider: 'oidc',
        oidcTokenProvider: 'test',
        caData: Buffer.from(kube.caCert).toString('base64'),
      }),
    });
  }, 180_000);

  afterAll(async () => {
    await kube?.stop();
  }, 60_000);

  it('lists the events of the request and of its Works, newest first, as the caller', async () => {
    const res = await request(server)
      .get(`${pgRoute('team-a', 'acid-db')}/events`)
      .set(OIDC_HEADER, kube.tokens.alice);
    expect(res.status).toBe(200);
    expect(
      res.body.items.map(
        (e: {
          type: string;
          reason: string;
          involvedObject: { kind: string };
        }) => `${e.type} ${e.reason} (${e.involvedObject.kind})`,
      ),
    ).toEqual([
      'Warning ScheduleFailed (Work)',
      'Normal PipelineCompleted (postgresql)',
      'Normal PipelineStarted (postgresql)',
    ]);
    expect(res.body.items[0]).toMatchObject({
      message: 'No Destination matches the selectors',
      involvedObject: {
        name: 'acid-db-instance-configure',
        namespace: 'team-a',
      },
      count: 1,
      lastSeen: '2026-12-01T03:02:00.000Z',
    });
  });

  it('refuses a caller the API server does not know, saying nothing of the events', async () => {
    const res = await request(server)
      .get(`${pgRoute('team-a', 'acid-db')}/events`)
      .set(OIDC_HEADER, 'not-a-token');
    expect(res.status).toBe(401);
    expect(res.text).not.toContain('ScheduleFailed');
  });

  it('answers 404 for a kind no Promise offers', async () => {
    const res = await request(server)
      .get(
        '/api/ske/resources/platform.kratix.io/v1alpha1/Work/team-a/acid-db-instance-configure/events',
      )
      .set(OIDC_HEADER, kube.tokens.alice);
    expect(res.status).toBe(404);
  });
});
