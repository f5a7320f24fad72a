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
import { mockCredentials } from '@backstage/backend-test-utils';
// The scaffolder backend comes from the workspace root (the e2e backend installs it); it is only needed in tests.
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import request from 'supertest';
import { appliancePromise } from '../__testUtils__/testPromises';
import {
  CatalogBackend,
  ingestedWhen,
  startCatalogBackend,
  withCatalogConfig,
} from '../__testUtils__/catalogBackend';
import {
  platformCluster,
  RunningPlatform,
  skeConfig,
  startSkePlatform,
  TestServer,
} from '../__testUtils__/startSkeTestBackend';
import { skePlugin } from '../plugin';
import { skeScaffolderModule } from '../scaffolderModule';

jest.setTimeout(90_000);

const TEMPLATE_REF = 'template:default/appliance-promise-template';
const asAlice = mockCredentials.user.header('user:default/alice');

interface TaskEvent {
  type: string;
  body: { message?: string; output?: { links?: { entityRef?: string }[] } };
}

/** Runs the generated Template in the scaffolder as alice; its final status and events. */
async function runTemplate(
  server: TestServer,
  values: Record<string, unknown>,
) {
  const created = await request(server)
    .post('/api/scaffolder/v2/tasks')
    .set('Authorization', asAlice)
    .send({ templateRef: TEMPLATE_REF, values });
  if (created.status !== 201) {
    throw new Error(`task not created: ${created.status} ${created.text}`);
  }
  const id = created.body.id as string;
  let status = '';
  const deadline = Date.now() + 60_000;
  while (status !== 'completed' && status !== 'failed') {
    if (Date.now() > deadline) throw new Error(`task ${id} is still ${status}`);
    await new Promise(resolve => setTimeout(resolve, 200));
    const task = await request(server)
      .get(`/api/scaffolder/v2/tasks/${id}`)
      .set('Authorization', asAlice);
    status = task.body.status;
  }
  const events = await request(server)
    .get(`/api/scaffolder/v2/tasks/${id}/events`)
    .set('Authorization', asAlice);
  return { status, events: events.body as TaskEvent[] };
}

const completionOf = (events: TaskEvent[]) =>
  events.find(e => e.type === 'completion')!.body;
const logOf = (events: TaskEvent[]) =>
  events.map(e => e.body.message ?? '').join('\n');

/** The values the scaffolder form sends: free-form objects as YAML text. */
const formValues = (name: string, overrides: Record<string, unknown> = {}) => ({
  objname: name,
  objnamespace: 'team-a',
  spec: {
    tier: 'large',
    contact: 'ops@example.com',
    replicas: 2,
    network: { cidr: '10.0.0.0/16', public: true },
    servers: [
      { name: 'web', size: 's', options: 'cpu: 2\nflags: [fast, quiet]\n' },
      { name: 'db', options: '' },
    ],
    labels: 'team: a\ntier: gold\n',
    extra: '',
    ...overrides,
  },
});

describe('a generated Template run through the scaffolder', () => {
  let platform: RunningPlatform;
  let backend: CatalogBackend;
  let server: TestServer;
  const stored = (name: string) =>
    platform.store
      .list(
        platform.registry.find('fixtures.kratix.io', 'v1', 'appliances')!,
        'team-a',
      )
      .find(o => o.metadata.name === name);

  beforeAll(async () => {
    platform = await startSkePlatform();
    platform.apply(appliancePromise);
    await platform.settled();
    backend = await startCatalogBackend(
      withCatalogConfig(skeConfig(platformCluster(platform))),
      [skePlugin, skeScaffolderModule, scaffolderPlugin],
    );
    server = backend.server;
    await backend.refresh();
    await ingestedWhen(server, entities => entities.has(TEMPLATE_REF));
  });
  afterAll(async () => {
    await backend?.stop();
    await platform?.stop();
  });

  it('generates a form with the nested objects, arrays, enums, defaults and patterns, free-form fields as YAML text', async () => {
    const entities = await ingestedWhen(server, e => e.has(TEMPLATE_REF));
    const spec = (entities.get(TEMPLATE_REF) as Entity).spec as Record<
      string,
      any
    >;
    const form = spec.parameters[1].properties.spec;
    expect(form.required).toEqual(['tier']);
    expect(form.properties.tier).toMatchObject({
      enum: ['small', 'large'],
      default: 'small',
    });
    expect(form.properties.contact.pattern).toBe('^[a-z]+@[a-z]+\\.[a-z]+$');
    expect(form.properties.network.properties.public.default).toBe(false);
    expect(form.properties.servers.items.required).toEqual(['name']);
    for (const yamlField of [
      form.properties.servers.items.properties.options,
      form.properties.labels,
      form.properties.extra,
    ]) {
      expect(yamlField).toMatchObject({
        type: 'string',
        'ui:widget': 'textarea',
      });
      expect(yamlField.description).toMatch(/YAML/);
    }
    expect(spec.steps[0].input.yamlFields).toEqual([
      'spec.servers.*.options',
      'spec.labels',
      'spec.extra',
    ]);
  });

  it('creates a request the schema validation accepts, with the YAML fields parsed, and links to its catalog entity', async () => {
    const { status, events } = await runTemplate(server, formValues('rack-1'));

    expect(logOf(events)).toContain(
      'created fixtures.kratix.io/v1/Appliance/team-a/rack-1',
    );
    expect(status).toBe('completed');
    expect(stored('rack-1')?.spec).toEqual({
      tier: 'large',
      contact: 'ops@example.com',
      replicas: 2,
      network: { cidr: '10.0.0.0/16', public: true },
      servers: [
        {
          name: 'web',
          size: 's',
          options: { cpu: 2, flags: ['fast', 'quiet'] },
        },
        { name: 'db' },
      ],
      labels: { team: 'a', tier: 'gold' },
    });
    const link = completionOf(events).output!.links![0].entityRef;
    expect(link).toBe('component:team-a/appliance-rack-1');
    await backend.refresh();
    await ingestedWhen(server, entities => entities.has(link!));
  });

  it('links to the hashed entity name of a request whose name is too long for one', async () => {
    const name = `rack-${'x'.repeat(58)}`;
    const { status, events } = await runTemplate(server, formValues(name));

    expect(status).toBe('completed');
    const link = completionOf(events).output!.links![0].entityRef!;
    expect(link).toMatch(/^component:team-a\/appliance-rack-x+-[0-9a-f]{8}$/);
    expect(link.length - 'component:team-a/'.length).toBe(63);
    await backend.refresh();
    const entities = await ingestedWhen(server, e => e.has(link));
    expect(entities.get(link)!.metadata.annotations?.['kratix.io/name']).toBe(
      name,
    );
  });

  it('fails the step naming the field when a YAML field is not YAML, and writes nothing', async () => {
    const { status, events } = await runTemplate(
      server,
      formValues('rack-bad', { labels: 'team: [a' }),
    );

    expect(status).toBe('failed');
    expect(logOf(events)).toMatch(/Invalid spec\.labels: not YAML/);
    expect(stored('rack-bad')).toBeUndefined();
  });

  it('refuses a value the schema forbids once parsed, naming the field', async () => {
    const { status, events } = await runTemplate(
      server,
      formValues('rack-typed', { labels: 'team: [a, b]' }),
    );

    expect(status).toBe('failed');
    expect(logOf(events)).toMatch(/spec\.labels/);
    expect(stored('rack-typed')).toBeUndefined();
  });
});
