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

import type { Entity } from '@backstage/catalog-model';
import { mockServices } from '@backstage/backend-test-utils';
import {
  getResourceRef,
  parseStatusAnnotation,
} from '@syntasso/plugin-ske-common';
import {
  CatalogBackend,
  ingestedEntities,
  ingestedWhen,
  startCatalogBackend,
  withCatalogConfig,
} from '../__testUtils__/catalogBackend';
import { crdFor, promiseWithApi } from '../__testUtils__/testPromises';
import { eventually, postgresql } from '../__testUtils__/resourceHarness';
import {
  BACKSTAGE_SA,
  platformCluster,
  RunningPlatform,
  skeConfig,
  startSkePlatform,
  TestServer,
} from '../__testUtils__/startSkeTestBackend';

jest.setTimeout(60_000);

const PG_LIST = '/apis/marketplace.kratix.io/v1alpha2/postgresqls';

const widgetPromise = promiseWithApi(
  'widget',
  crdFor('test.kratix.io', 'widget', 'widgets', {
    type: 'object',
    properties: {
      spec: {
        type: 'object',
        properties: {
          size: { type: 'string', enum: ['s', 'm', 'l'] },
          labels: {
            type: 'object',
            additionalProperties: { type: 'string' },
          },
        },
      },
    },
  }),
  { 'ske.syntasso.io/description': 'Widgets on demand' },
);

const typeOf = (platform: RunningPlatform, group: string, plural: string) =>
  platform.registry.all().find(t => t.group === group && t.plural === plural)!;

const has =
  (...refs: string[]) =>
  (entities: Map<string, Entity>) =>
    refs.every(ref => entities.has(ref));
const lacks =
  (...refs: string[]) =>
  (entities: Map<string, Entity>) =>
    refs.every(ref => !entities.has(ref));

describe('catalog ingestion in Kubernetes mode (service account cluster)', () => {
  let platform: RunningPlatform;
  let server: TestServer;
  let backend: CatalogBackend;

  beforeAll(async () => {
    platform = await startSkePlatform();
    backend = await startCatalogBackend(
      withCatalogConfig(skeConfig(platformCluster(platform)), {
        pageSize: 2,
        system: 'system:default/kratix-platform',
        resources: { namespaceOwners: { 'team-b': 'group:default/team-b' } },
      }),
    );
    server = backend.server;
  });
  afterAll(async () => {
    await backend.stop();
    await platform.stop();
  });

  it('emits a Component per Promise, a Template per Promise with an API and a Component per request', async () => {
    const entities = await ingestedWhen(
      server,
      has(
        'component:default/postgresql-promise',
        'template:default/postgresql-promise-template',
        'component:default/namespace-baseline-promise',
        'component:team-a/postgresql-acid-db',
        'component:team-a/kafka-events',
        'component:team-b/postgresql-broken-db',
      ),
    );
    expect(entities.has('component:default/namespace-baseline-promise')).toBe(
      true,
    );
    expect(
      entities.has('template:default/namespace-baseline-promise-template'),
    ).toBe(false);

    const pg = entities.get('component:default/postgresql-promise')!;
    expect(pg.metadata.title).toBe('postgresql');
    expect(pg.metadata.description).toBe(
      'A PostgreSQL database, backed up and monitored, for your team.',
    );
    expect(pg.metadata.annotations).toMatchObject({
      'kratix.io/type': 'promise',
      'kratix.io/promise-name': 'postgresql',
      'kratix.io/api-name': 'postgresql',
      'kratix.io/api-group': 'marketplace.kratix.io',
      'kratix.io/backstage-promise-template': 'postgresql-promise-template',
    });
    expect(parseStatusAnnotation(pg)).toMatchObject({ status: 'Available' });
    expect(pg.spec).toMatchObject({
      type: 'kratix-promise',
      owner: 'group:default/platform-team',
      system: 'system:default/kratix-platform',
    });

    const template = entities.get(
      'template:default/postgresql-promise-template',
    )!;
    const tspec = template.spec as Record<string, any>;
    const form = tspec.parameters[1].properties.spec;
    expect(form.required).toEqual(['teamId']);
    expect(form.properties.env).toMatchObject({
      enum: ['dev', 'staging', 'prod'],
      default: 'dev',
      description: 'Environment the database runs in',
    });
    expect(form.properties.extensions.items.enum).toContain('pgcrypto');
    expect(form.properties.resources.properties.memoryMi).toMatchObject({
      type: 'integer',
      minimum: 128,
    });
    expect(tspec.steps[0].action).toBe('ske:configure-resource');
    expect(tspec.steps[0].input.manifest.apiVersion).toBe(
      'marketplace.kratix.io/v1alpha2',
    );

    const acid = entities.get('component:team-a/postgresql-acid-db')!;
    expect(getResourceRef(acid)).toEqual({
      ok: true,
      value: {
        apiVersion: 'marketplace.kratix.io/v1alpha2',
        kind: 'postgresql',
        namespace: 'team-a',
        name: 'acid-db',
      },
    });
    expect(acid.metadata.annotations?.['kratix.io/promise-name']).toBe(
      'postgresql',
    );
    expect(parseStatusAnnotation(acid)).toMatchObject({
      message: 'Resource provisioned',
    });
    expect(acid.spec).toMatchObject({
      type: 'kratix-resource',
      owner: 'group:default/platform-team',
      dependsOn: ['component:default/postgresql-promise'],
    });
    expect(
      entities.get('component:team-b/postgresql-broken-db')!.spec!.owner,
    ).toBe('group:default/team-b');
    // Read as the backend's service account, never as anyone else.
    const users = new Set(
      platform.requestLog
        .filter(c => c.path.startsWith('/apis/'))
        .map(c => c.user),
    );
    expect([...users]).toEqual([BACKSTAGE_SA]);
  });

  it('pages through more requests than one page holds', async () => {
    for (let i = 1; i <= 5; i++) {
      platform.apply(
        postgresql('default', `paged-${i}`, { teamId: 'team-paged' }),
      );
    }
    const start = platform.requestLog.length;
    await backend.refresh();
    await ingestedWhen(
      server,
      has(
        ...[1, 2, 3, 4, 5].map(i => `component:default/postgresql-paged-${i}`),
      ),
    );
    // 7 postgresql requests, 2 per page: one refresh lists them in 4 calls.
    const lists = platform.requestLog
      .slice(start)
      .filter(c => c.path === PG_LIST);
    expect(lists.length).toBeGreaterThanOrEqual(4);
  });

  it('keeps colliding names apart, cuts a 70-character name and resolves owners', async () => {
    const long = `l${'o'.repeat(68)}g`;
    expect(long).toHaveLength(70);
    platform.apply(postgresql('team-a', 'shared', { teamId: 'team-a' }));
    platform.apply(postgresql('team-b', 'shared', { teamId: 'team-b' }));
    platform.apply({
      apiVersion: 'marketplace.kratix.io/v1alpha1',
      kind: 'redis',
      metadata: {
        name: 'shared',
        namespace: 'team-a',
        annotations: { 'backstage.io/owner': 'user:default/alice' },
      },
      spec: {},
    });
    platform.apply(postgresql('team-a', long, { teamId: 'team-a' }));
    await backend.refresh();
    const entities = await ingestedWhen(
      server,
      found =>
        has(
          'component:team-a/postgresql-shared',
          'component:team-b/postgresql-shared',
          'component:team-a/redis-shared',
        )(found) &&
        [...found.values()].some(
          e => e.metadata.annotations?.['kratix.io/name'] === long,
        ),
    );
    const longEntity = [...entities.values()].find(
      e => e.metadata.annotations?.['kratix.io/name'] === long,
    )!;
    expect(longEntity.metadata.name).toHaveLength(63);
    expect(longEntity.metadata.name).toMatch(/^postgresql-lo+-[0-9a-f]{8}$/);
    expect(longEntity.metadata.namespace).toBe('team-a');

    expect(entities.get('component:team-a/redis-shared')!.spec!.owner).toBe(
      'user:default/alice',
    );
    expect(
      entities.get('component:team-b/postgresql-shared')!.spec!.owner,
    ).toBe('group:default/team-b');
    expect(
      entities.get('component:team-a/postgresql-shared')!.spec!.owner,
    ).toBe('group:default/platform-team');
  });

  it('follows a Promise applied and deleted, and a request deleted, on the platform', async () => {
    platform.apply(widgetPromise);
    await platform.settled();
    await backend.refresh();
    let entities = await ingestedWhen(
      server,
      has(
        'component:default/widget-promise',
        'template:default/widget-promise-template',
      ),
    );
    const form = (
      entities.get('template:default/widget-promise-template')!.spec as Record<
        string,
        any
      >
    ).parameters[1].properties.spec;
    expect(form.properties.labels.type).toBe('string');
    expect(form.properties.size.enum).toEqual(['s', 'm', 'l']);

    const pgType = typeOf(platform, 'marketplace.kratix.io', 'postgresqls');
    platform.store.delete(pgType, 'default', 'paged-1');
    const promiseType = typeOf(platform, 'platform.kratix.io', 'promises');
    platform.store.delete(promiseType, undefined, 'widget');
    await eventually(
      () =>
        !platform.store
          .list(promiseType)
          .some(p => p.metadata.name === 'widget') &&
        !platform.store
          .list(pgType, 'default')
          .some(r => r.metadata.name === 'paged-1'),
    );
    await backend.refresh();
    entities = await ingestedWhen(
      server,
      lacks(
        'component:default/postgresql-paged-1',
        'component:default/widget-promise',
        'template:default/widget-promise-template',
      ),
    );
    expect(entities.has('component:default/postgresql-paged-2')).toBe(true);
  });
});

describe('catalog ingestion on an OIDC cluster', () => {
  let platform: RunningPlatform;
  beforeAll(async () => {
    platform = await startSkePlatform();
  });
  afterAll(() => platform.stop());

  const oidcCluster = () =>
    skeConfig(
      platformCluster(platform, {
        authProvider: 'oidc',
        oidcTokenProvider: 'test',
        serviceAccountToken: undefined,
      }),
    );

  it('stays off with one warning naming the config key when there is no ingestion credential', async () => {
    const logger = mockServices.logger.mock();
    const start = platform.requestLog.length;
    const backend = await startCatalogBackend(
      withCatalogConfig(oidcCluster()),
      [logger.factory],
    );
    const warnings = logger.warn.mock.calls
      .map(([message]) => String(message))
      .filter(message => message.includes('SKE catalog ingestion'));
    expect(warnings).toEqual([
      expect.stringContaining('set ske.catalog.serviceAccountToken'),
    ]);
    await expect(backend.refresh()).rejects.toThrow('is not scheduled');
    expect(await ingestedEntities(backend.server)).toEqual(new Map());
    expect(platform.requestLog.slice(start)).toEqual([]);
    await backend.stop();
  });

  it('reads as the service account named by ske.catalog.serviceAccountToken', async () => {
    const start = platform.requestLog.length;
    const backend = await startCatalogBackend(
      withCatalogConfig(oidcCluster(), {
        serviceAccountToken: platform.tokens.backstage,
      }),
    );
    await ingestedWhen(
      backend.server,
      has('component:team-a/postgresql-acid-db'),
    );
    const users = new Set(platform.requestLog.slice(start).map(c => c.user));
    expect([...users]).toEqual([BACKSTAGE_SA]);
    await backend.stop();
  });

  it('is off with ske.catalog.enabled: false', async () => {
    const start = platform.requestLog.length;
    const backend = await startCatalogBackend(
      withCatalogConfig(skeConfig(platformCluster(platform)), {
        enabled: false,
      }),
    );
    await expect(backend.refresh()).rejects.toThrow('is not scheduled');
    expect(await ingestedEntities(backend.server)).toEqual(new Map());
    expect(platform.requestLog.slice(start)).toEqual([]);
    await backend.stop();
  });
});
