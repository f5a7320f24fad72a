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
import {
  promiseFiles,
  resourceRequestFiles,
} from '@syntasso/ske-platform-simulator';
import YAML from 'yaml';
import {
  CatalogBackend,
  ingestedWhen,
  startCatalogBackend,
  withCatalogConfig,
} from '../__testUtils__/catalogBackend';
import {
  gitopsConfig,
  RunningGitServer,
  startSkeGitServer,
} from '../__testUtils__/gitopsBackend';
import { postgresql } from '../__testUtils__/resourceHarness';
import type { TestServer } from '../__testUtils__/startSkeTestBackend';

jest.setTimeout(60_000);

const SEEDED = [
  'component:default/postgresql-promise',
  'template:default/postgresql-promise-template',
  'component:default/redis-promise',
  'template:default/redis-promise-template',
  'component:team-a/postgresql-acid-db',
  'component:team-b/postgresql-broken-db',
  'component:team-a/redis-cache',
  'component:team-b/redis-sessions',
  'component:team-a/kafka-events',
];

/** What ingestion decides about an entity (not the catalog's own bookkeeping). */
const contentOf = (entity: Entity) => ({
  kind: entity.kind,
  metadata: {
    name: entity.metadata.name,
    namespace: entity.metadata.namespace,
    title: entity.metadata.title,
    description: entity.metadata.description,
    annotations: entity.metadata.annotations,
  },
  spec: entity.spec,
});

const contents = (entities: Map<string, Entity>) =>
  new Map([...entities].map(([ref, e]) => [ref, contentOf(e)]));

describe('catalog ingestion in GitOps mode, from a real git repository', () => {
  let git: RunningGitServer;
  let backend: CatalogBackend;
  let server: TestServer;
  let first: Map<string, Entity>;

  beforeAll(async () => {
    git = await startSkeGitServer();
    git.commit('Seed the resource requests', resourceRequestFiles());
    backend = await startCatalogBackend(withCatalogConfig(gitopsConfig(git)));
    server = backend.server;
    first = await ingestedWhen(server, es => SEEDED.every(r => es.has(r)));
  });
  afterAll(async () => {
    await backend?.stop();
    await git?.stop();
  });

  it('emits the Promises, their Templates and the requests the repository holds', () => {
    // Every Promise definition in promises/ has a Component.
    const promiseNames = Object.keys(promiseFiles()).map(f =>
      f.replace(/^promises\/(.*)\.yaml$/, '$1'),
    );
    for (const name of promiseNames) {
      expect(first.has(`component:default/${name}-promise`)).toBe(true);
    }
    const acid = first.get('component:team-a/postgresql-acid-db')!;
    expect(acid.metadata.annotations).toMatchObject({
      'kratix.io/type': 'resource',
      'kratix.io/group': 'marketplace.kratix.io',
      'kratix.io/version': 'v1alpha2',
      'kratix.io/kind': 'postgresql',
      'kratix.io/name': 'acid-db',
      'kratix.io/namespace': 'team-a',
      'kratix.io/promise-name': 'postgresql',
    });
    expect(acid.spec).toMatchObject({
      type: 'kratix-resource',
      dependsOn: ['component:default/postgresql-promise'],
    });
    const template = first.get('template:default/postgresql-promise-template')!;
    expect(
      (template.spec as { steps: { action: string }[] }).steps[0].action,
    ).toBe('ske:configure-resource');
  });

  it('emits the same entities at each refresh while the repository does not change', async () => {
    await backend.refresh();
    await backend.refresh();
    const again = await ingestedWhen(server, es =>
      SEEDED.every(r => es.has(r)),
    );

    expect(contents(again)).toEqual(contents(first));
  });

  it('follows commits: a new request appears, a deleted request and a deleted Promise leave', async () => {
    git.commit('Another writer adds a request and removes others', {
      'team-b/postgresql/reports-db.yaml': YAML.stringify(
        postgresql('team-b', 'reports-db', { teamId: 'team-b' }),
      ),
      'team-a/postgresql/acid-db.yaml': null,
      'promises/redis.yaml': null,
    });
    await backend.refresh();
    const after = await ingestedWhen(
      server,
      es =>
        es.has('component:team-b/postgresql-reports-db') &&
        !es.has('component:team-a/postgresql-acid-db') &&
        !es.has('component:default/redis-promise'),
    );

    expect(after.has('template:default/redis-promise-template')).toBe(false);
    // Requests of a Promise that left have no Promise to hang from.
    expect(after.has('component:team-a/redis-cache')).toBe(false);
    expect(after.has('component:team-b/postgresql-broken-db')).toBe(true);
    expect(
      after.get('component:team-b/postgresql-reports-db')!.spec!.dependsOn,
    ).toEqual(['component:default/postgresql-promise']);
  });
});
