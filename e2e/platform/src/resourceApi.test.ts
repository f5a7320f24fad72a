import { RunningPlatform, startPlatform } from './platform';
import { PlatformHttpClient } from './testing/httpClient';

/**
 * The API server's CRUD semantics over HTTPS. Version and generation checks
 * use a CRD of their own (no Promise, so no reconciler writes to race with).
 */
const CRDS = '/apis/apiextensions.k8s.io/v1/customresourcedefinitions';
const WIDGETS = '/apis/example.com/v1/namespaces/default/widgets';
const POSTGRESQLS =
  '/apis/marketplace.kratix.io/v1alpha2/namespaces/team-a/postgresqls';
const PROMISES = '/apis/platform.kratix.io/v1alpha1/promises';

const widgetCrd = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: 'widgets.example.com' },
  spec: {
    group: 'example.com',
    scope: 'Namespaced',
    names: { plural: 'widgets', singular: 'widget', kind: 'Widget' },
    versions: [
      {
        name: 'v1',
        served: true,
        storage: true,
        subresources: { status: {} },
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              spec: {
                type: 'object',
                required: ['color'],
                properties: {
                  color: { type: 'string', enum: ['red', 'green', 'blue'] },
                  size: {
                    type: 'integer',
                    minimum: 1,
                    maximum: 10,
                    default: 3,
                  },
                  tags: { type: 'array', items: { type: 'string' } },
                },
              },
              status: {
                type: 'object',
                'x-kubernetes-preserve-unknown-fields': true,
              },
            },
          },
        },
      },
    ],
  },
};

const widget = (
  name: string,
  spec: Record<string, unknown> = { color: 'red' },
  labels?: Record<string, string>,
) => ({
  apiVersion: 'example.com/v1',
  kind: 'Widget',
  metadata: { name, ...(labels ? { labels } : {}) },
  spec,
});

let platform: RunningPlatform;
let api: PlatformHttpClient;

beforeAll(async () => {
  platform = await startPlatform({ port: 0, pipelineDelayMs: 50 });
  await platform.settled();
  api = new PlatformHttpClient(platform);
  const crd = await api.post(CRDS, widgetCrd);
  if (crd.status !== 201)
    throw new Error(`installing the widgets CRD failed: ${crd.text}`);
}, 60_000);

afterAll(async () => {
  await platform?.stop();
});

/** Creates a widget and returns the stored object. */
async function createWidget(
  name: string,
  spec?: Record<string, unknown>,
  labels?: Record<string, string>,
) {
  const created = await api.post(WIDGETS, widget(name, spec, labels));
  expect(created.status).toBe(201);
  return created.body;
}

describe('creating', () => {
  it('sets generation 1, a resourceVersion, a uid and a creation time, and applies defaults', async () => {
    const before = Number(
      (await api.get(WIDGETS)).body.metadata.resourceVersion,
    );
    const created = await createWidget('fresh');
    expect(created.metadata).toMatchObject({
      name: 'fresh',
      namespace: 'default',
      generation: 1,
    });
    expect(Number(created.metadata.resourceVersion)).toBeGreaterThan(before);
    expect(created.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.metadata.creationTimestamp).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/,
    );
    expect(created.spec).toEqual({ color: 'red', size: 3 });

    const read = await api.get(`${WIDGETS}/fresh`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created);
  });

  it('ignores a status sent on create when the type has a status subresource', async () => {
    const created = await api.post(WIDGETS, {
      ...widget('with-status'),
      status: { phase: 'Ready' },
    });
    expect(created.status).toBe(201);
    expect(created.body.status).toBeUndefined();
  });

  it('answers 409 AlreadyExists to a second create of the same name', async () => {
    await createWidget('twice');
    const again = await api.post(WIDGETS, widget('twice', { color: 'blue' }));
    expect(again.status).toBe(409);
    expect(again.body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'widgets.example.com "twice" already exists',
      reason: 'AlreadyExists',
      details: { name: 'twice', group: 'example.com', kind: 'widgets' },
      code: 409,
    });
    expect((await api.get(`${WIDGETS}/twice`)).body.spec.color).toBe('red');
  });

  it('answers 422 Invalid with a cause per offending field', async () => {
    const invalid = await api.post(POSTGRESQLS, {
      apiVersion: 'marketplace.kratix.io/v1alpha2',
      kind: 'postgresql',
      metadata: { name: 'too-big' },
      spec: { teamId: 'team-a', storageGb: 3000, env: 'qa' },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'Invalid',
      code: 422,
    });
    expect(invalid.body.message).toContain(
      'postgresql.marketplace.kratix.io "too-big" is invalid',
    );
    expect(invalid.body.details).toMatchObject({
      name: 'too-big',
      group: 'marketplace.kratix.io',
      kind: 'postgresql',
    });
    expect(invalid.body.details.causes).toEqual(
      expect.arrayContaining([
        {
          reason: 'FieldValueInvalid',
          field: 'spec.storageGb',
          message:
            'Invalid value: 3000: spec.storageGb in body should be less than or equal to 500',
        },
        expect.objectContaining({
          field: 'spec.env',
          message: expect.stringContaining('Unsupported value: "qa"'),
        }),
      ]),
    );
    expect((await api.get(`${POSTGRESQLS}/too-big`)).status).toBe(404);
  });

  it('reports a missing required field and an invalid name as causes', async () => {
    const invalid = await api.post(WIDGETS, widget('Not_A_Name', { size: 2 }));
    expect(invalid.status).toBe(422);
    expect(
      invalid.body.details.causes.map((c: { field: string }) => c.field).sort(),
    ).toEqual(['metadata.name', 'spec.color']);
  });

  it('does not store anything for a dry run', async () => {
    const dryRun = await api.post(`${WIDGETS}?dryRun=All`, widget('dry'));
    expect(dryRun.status).toBe(201);
    expect(dryRun.body.spec).toEqual({ color: 'red', size: 3 });
    expect((await api.get(`${WIDGETS}/dry`)).status).toBe(404);
  });
});

describe('reading', () => {
  it('answers 404 NotFound as a Status naming the object', async () => {
    const missing = await api.get(`${WIDGETS}/nope`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'widgets.example.com "nope" not found',
      reason: 'NotFound',
      details: { name: 'nope', group: 'example.com', kind: 'widgets' },
      code: 404,
    });
  });

  it('answers 404 for a type that is not served', async () => {
    const unknown = await api.get(
      '/apis/example.com/v1/namespaces/default/gadgets',
    );
    // like kube-apiserver's mux: plain text, not a Status (see the fidelity suite)
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^text\/plain/);
    expect(unknown.text).toBe('404 page not found\n');
  });
});

describe('updating', () => {
  it('refuses a PUT with a stale resourceVersion with 409 Conflict and keeps the object', async () => {
    const created = await createWidget('contested');
    const first = await api.put(`${WIDGETS}/contested`, {
      ...created,
      spec: { color: 'green' },
    });
    expect(first.status).toBe(200);

    const stale = await api.put(`${WIDGETS}/contested`, {
      ...created,
      spec: { color: 'blue' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message:
        'Operation cannot be fulfilled on widgets.example.com "contested": the object has been modified; please apply your changes to the latest version and try again',
      reason: 'Conflict',
      details: { name: 'contested', group: 'example.com', kind: 'widgets' },
      code: 409,
    });
    const current = (await api.get(`${WIDGETS}/contested`)).body;
    expect(current.spec.color).toBe('green');
    expect(current.metadata.resourceVersion).toBe(
      first.body.metadata.resourceVersion,
    );
  });

  it('accepts a PUT without a resourceVersion as an unconditional update', async () => {
    const created = await createWidget('unconditional');
    const { resourceVersion: _rv, ...metadata } = created.metadata;
    const updated = await api.put(`${WIDGETS}/unconditional`, {
      ...created,
      metadata,
      spec: { color: 'blue' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.spec).toEqual({ color: 'blue', size: 3 });
    expect(updated.body.metadata.uid).toBe(created.metadata.uid);
  });

  it('bumps generation for spec changes only, and resourceVersion for every change', async () => {
    const created = await createWidget('generations');
    const relabelled = await api.put(`${WIDGETS}/generations`, {
      ...created,
      metadata: {
        ...created.metadata,
        labels: { tier: 'gold' },
        annotations: { note: 'hi' },
      },
    });
    expect(relabelled.status).toBe(200);
    expect(relabelled.body.metadata.generation).toBe(1);
    expect(relabelled.body.metadata.labels).toEqual({ tier: 'gold' });
    expect(Number(relabelled.body.metadata.resourceVersion)).toBeGreaterThan(
      Number(created.metadata.resourceVersion),
    );

    const resized = await api.put(`${WIDGETS}/generations`, {
      ...relabelled.body,
      spec: { color: 'red', size: 7 },
    });
    expect(resized.status).toBe(200);
    expect(resized.body.metadata.generation).toBe(2);
    expect(Number(resized.body.metadata.resourceVersion)).toBeGreaterThan(
      Number(relabelled.body.metadata.resourceVersion),
    );
    // identity and bookkeeping fields cannot be changed by the client
    expect(resized.body.metadata.uid).toBe(created.metadata.uid);
    expect(resized.body.metadata.creationTimestamp).toBe(
      created.metadata.creationTimestamp,
    );
  });

  it('keeps generation and spec on status subresource writes, and status on main resource writes', async () => {
    const created = await createWidget('statusful');
    const status = await api.put(`${WIDGETS}/statusful/status`, {
      ...created,
      spec: { color: 'blue' },
      status: { phase: 'Ready' },
    });
    expect(status.status).toBe(200);
    expect(status.body.status).toEqual({ phase: 'Ready' });
    expect(status.body.spec.color).toBe('red');
    expect(status.body.metadata.generation).toBe(1);

    const main = await api.put(`${WIDGETS}/statusful`, {
      ...status.body,
      status: { phase: 'Hacked' },
    });
    expect(main.status).toBe(200);
    expect(main.body.status).toEqual({ phase: 'Ready' });
    expect(main.body.metadata.generation).toBe(1);
  });

  it('validates updates against the schema', async () => {
    const created = await createWidget('validated');
    const invalid = await api.put(`${WIDGETS}/validated`, {
      ...created,
      spec: { color: 'red', size: 11 },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.details.causes).toEqual([
      {
        reason: 'FieldValueInvalid',
        field: 'spec.size',
        message:
          'Invalid value: 11: spec.size in body should be less than or equal to 10',
      },
    ]);
  });

  it('refuses a PUT whose body names another object', async () => {
    const created = await createWidget('named');
    const renamed = await api.put(`${WIDGETS}/named`, {
      ...created,
      metadata: { ...created.metadata, name: 'other' },
    });
    expect(renamed.status).toBe(400);
    expect(renamed.body).toMatchObject({
      kind: 'Status',
      reason: 'BadRequest',
      code: 400,
    });
  });
});

describe('patching', () => {
  it('applies a JSON merge patch: objects merge, null removes, defaults return', async () => {
    await createWidget('merged', { color: 'red', size: 5, tags: ['a', 'b'] });
    const labelled = await api.patch(
      `${WIDGETS}/merged`,
      { metadata: { labels: { team: 'a' } } },
      'application/merge-patch+json',
    );
    expect(labelled.status).toBe(200);
    expect(labelled.body.metadata.labels).toEqual({ team: 'a' });
    expect(labelled.body.metadata.generation).toBe(1);

    const patched = await api.patch(
      `${WIDGETS}/merged`,
      { spec: { size: null, tags: ['c'] } },
      'application/merge-patch+json; charset=utf-8',
    );
    expect(patched.status).toBe(200);
    expect(patched.body.spec).toEqual({ color: 'red', size: 3, tags: ['c'] });
    expect(patched.body.metadata.generation).toBe(2);
    expect(patched.body.metadata.labels).toEqual({ team: 'a' });
  });

  it('applies a JSON patch, including a test operation', async () => {
    await createWidget('json-patched', { color: 'red', tags: ['a'] });
    const patched = await api.patch(
      `${WIDGETS}/json-patched`,
      [
        { op: 'test', path: '/spec/color', value: 'red' },
        { op: 'replace', path: '/spec/color', value: 'green' },
        { op: 'add', path: '/spec/tags/-', value: 'b' },
        {
          op: 'add',
          path: '/metadata/labels',
          value: { 'app.kubernetes.io/name': 'w' },
        },
      ],
      'application/json-patch+json',
    );
    expect(patched.status).toBe(200);
    expect(patched.body.spec).toEqual({
      color: 'green',
      size: 3,
      tags: ['a', 'b'],
    });
    expect(patched.body.metadata.labels).toEqual({
      'app.kubernetes.io/name': 'w',
    });
    expect(patched.body.metadata.generation).toBe(2);
  });

  it('refuses a JSON patch that does not apply, leaving the object alone', async () => {
    const created = await createWidget('unpatched');
    const failed = await api.patch(
      `${WIDGETS}/unpatched`,
      [
        { op: 'replace', path: '/spec/color', value: 'blue' },
        { op: 'remove', path: '/spec/missing' },
      ],
      'application/json-patch+json',
    );
    expect(failed.status).toBe(400);
    expect(failed.body).toMatchObject({
      kind: 'Status',
      reason: 'BadRequest',
      code: 400,
    });
    expect((await api.get(`${WIDGETS}/unpatched`)).body).toEqual(created);
  });

  it('validates the patched object', async () => {
    await createWidget('patch-validated');
    const invalid = await api.patch(
      `${WIDGETS}/patch-validated`,
      { spec: { color: 'purple' } },
      'application/merge-patch+json',
    );
    expect(invalid.status).toBe(422);
    expect(invalid.body.details.causes[0]).toMatchObject({
      field: 'spec.color',
    });
  });

  it('answers 415 to a strategic merge patch, which custom resources do not support', async () => {
    await createWidget('strategic');
    const refused = await api.patch(
      `${WIDGETS}/strategic`,
      { spec: { color: 'blue' } },
      'application/strategic-merge-patch+json',
    );
    expect(refused.status).toBe(415);
    expect(refused.body).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'UnsupportedMediaType',
      code: 415,
    });
    expect(refused.body.message).toContain(
      'application/strategic-merge-patch+json',
    );
    expect((await api.get(`${WIDGETS}/strategic`)).body.spec.color).toBe('red');
  });

  it('answers 404 to a patch of a missing object', async () => {
    const missing = await api.patch(
      `${WIDGETS}/ghost`,
      { spec: {} },
      'application/merge-patch+json',
    );
    expect(missing.status).toBe(404);
    expect(missing.body.reason).toBe('NotFound');
  });
});

describe('deleting', () => {
  it('removes an object without finalizers at once', async () => {
    await createWidget('short-lived');
    const deleted = await api.delete(`${WIDGETS}/short-lived`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.metadata.name).toBe('short-lived');
    expect((await api.get(`${WIDGETS}/short-lived`)).status).toBe(404);
    expect((await api.delete(`${WIDGETS}/short-lived`)).status).toBe(404);
  });

  it('only marks an object with finalizers, until the last finalizer is removed', async () => {
    const created = await api.post(WIDGETS, {
      ...widget('finalized'),
      metadata: { name: 'finalized', finalizers: ['example.com/cleanup'] },
    });
    const marked = await api.delete(`${WIDGETS}/finalized`);
    expect(marked.status).toBe(200);
    expect(marked.body.metadata.deletionTimestamp).toMatch(/Z$/);
    const stillThere = await api.get(`${WIDGETS}/finalized`);
    expect(stillThere.status).toBe(200);
    expect(stillThere.body.metadata.deletionTimestamp).toBe(
      marked.body.metadata.deletionTimestamp,
    );
    expect(Number(stillThere.body.metadata.resourceVersion)).toBeGreaterThan(
      Number(created.body.metadata.resourceVersion),
    );

    const released = await api.patch(
      `${WIDGETS}/finalized`,
      { metadata: { finalizers: null } },
      'application/merge-patch+json',
    );
    expect(released.status).toBe(200);
    expect((await api.get(`${WIDGETS}/finalized`)).status).toBe(404);
  });
});

describe('listing', () => {
  it('filters by label selector', async () => {
    const redisOnly = await api.get(
      `/apis/marketplace.kratix.io/v1alpha1/redises?labelSelector=${encodeURIComponent(
        'kratix.io/promise-name=redis',
      )}`,
    );
    expect(redisOnly.status).toBe(200);
    expect(redisOnly.body.kind).toBe('redisList');
    expect(
      redisOnly.body.items.map(
        (i: any) => `${i.metadata.namespace}/${i.metadata.name}`,
      ),
    ).toEqual(['team-a/cache', 'team-b/sessions']);

    const postgresLabelled = await api.get(
      `/apis/marketplace.kratix.io/v1alpha1/redises?labelSelector=${encodeURIComponent(
        'kratix.io/promise-name=postgresql',
      )}`,
    );
    expect(postgresLabelled.body.items).toEqual([]);

    const pending = await api.get(
      `/apis/marketplace.kratix.io/v1alpha1/redises?labelSelector=${encodeURIComponent(
        'kratix.io/promise-name=redis,simulator.ske.io/outcome in (pending,fail)',
      )}`,
    );
    expect(pending.body.items.map((i: any) => i.metadata.name)).toEqual([
      'sessions',
    ]);
  });

  it('answers 400 to a label selector it cannot parse', async () => {
    const bad = await api.get(
      `${WIDGETS}?labelSelector=${encodeURIComponent('a in b')}`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      kind: 'Status',
      reason: 'BadRequest',
      code: 400,
    });
    expect(bad.body.message).toBe('unable to parse requirement: a in b');
  });

  it('filters by field selector on metadata.name and metadata.namespace only', async () => {
    const byName = await api.get(
      `/apis/marketplace.kratix.io/v1alpha2/postgresqls?fieldSelector=${encodeURIComponent(
        'metadata.name=acid-db',
      )}`,
    );
    expect(byName.body.items.map((i: any) => i.metadata.name)).toEqual([
      'acid-db',
    ]);

    const notTeamA = await api.get(
      `/apis/marketplace.kratix.io/v1alpha2/postgresqls?fieldSelector=${encodeURIComponent(
        'metadata.namespace!=team-a',
      )}`,
    );
    expect(notTeamA.body.items.map((i: any) => i.metadata.name)).toEqual([
      'broken-db',
    ]);

    const unsupported = await api.get(
      `${WIDGETS}?fieldSelector=${encodeURIComponent('spec.color=red')}`,
    );
    expect(unsupported.status).toBe(400);
    expect(unsupported.body.message).toBe(
      'field label not supported: spec.color',
    );
  });

  it('pages with limit and continue, reporting what remains', async () => {
    const first = await api.get(`${PROMISES}?limit=3`);
    expect(first.status).toBe(200);
    expect(first.body.kind).toBe('PromiseList');
    expect(first.body.items.map((p: any) => p.metadata.name)).toEqual([
      'data-platform',
      'kafka',
      'namespace-baseline',
    ]);
    expect(first.body.metadata.remainingItemCount).toBe(2);
    expect(typeof first.body.metadata.continue).toBe('string');

    const second = await api.get(
      `${PROMISES}?limit=3&continue=${encodeURIComponent(
        first.body.metadata.continue,
      )}`,
    );
    expect(second.body.items.map((p: any) => p.metadata.name)).toEqual([
      'postgresql',
      'redis',
    ]);
    expect(second.body.metadata.continue).toBeUndefined();
    expect(second.body.metadata.remainingItemCount).toBeUndefined();

    const all = await api.get(PROMISES);
    expect(all.body.items).toHaveLength(5);
    expect(all.body.metadata.continue).toBeUndefined();
  });

  it('lists a namespace or all namespaces', async () => {
    const teamA = await api.get(
      '/apis/marketplace.kratix.io/v1alpha1/namespaces/team-a/redises',
    );
    expect(teamA.body.items.map((i: any) => i.metadata.name)).toEqual([
      'cache',
    ]);
    const everywhere = await api.get(
      '/apis/marketplace.kratix.io/v1alpha1/redises',
    );
    expect(everywhere.body.items.map((i: any) => i.metadata.name)).toEqual([
      'cache',
      'sessions',
    ]);
  });
});

describe('watching', () => {
  it('starts a watch without a resourceVersion with the objects that exist', async () => {
    const watch = await api.watch(
      '/apis/marketplace.kratix.io/v1alpha1/namespaces/team-a/redises',
    );
    try {
      expect(watch.status).toBe(200);
      const added = await watch.waitFor(e => e.type === 'ADDED');
      expect(added.object.metadata.name).toBe('cache');
    } finally {
      watch.close();
    }
  });

  it('replays the changes made after the resourceVersion a watch starts from', async () => {
    await createWidget('watched');
    const list = await api.get(WIDGETS);
    const listedAt = list.body.metadata.resourceVersion;
    // changes between the list and the watch, as a client's list-then-watch can race with
    await api.patch(
      `${WIDGETS}/watched`,
      { spec: { size: 9 } },
      'application/merge-patch+json',
    );
    await api.delete(`${WIDGETS}/watched`);

    const watch = await api.watch(
      `${WIDGETS}?resourceVersion=${listedAt}&fieldSelector=${encodeURIComponent(
        'metadata.name=watched',
      )}`,
    );
    try {
      const deleted = await watch.waitFor(e => e.type === 'DELETED');
      expect(watch.events.map(e => e.type)).toEqual(['MODIFIED', 'DELETED']);
      expect(watch.events[0].object.spec.size).toBe(9);
      expect(Number(deleted.object.metadata.resourceVersion)).toBeGreaterThan(
        Number(watch.events[0].object.metadata.resourceVersion),
      );
    } finally {
      watch.close();
    }
  });

  it('streams later changes to the selected objects only', async () => {
    const watch = await api.watch(
      `${WIDGETS}?fieldSelector=${encodeURIComponent(
        'metadata.name=streamed',
      )}`,
    );
    try {
      await createWidget('not-streamed');
      await createWidget('streamed');
      await api.patch(
        `${WIDGETS}/streamed`,
        { metadata: { labels: { seen: 'yes' } } },
        'application/merge-patch+json',
      );
      const modified = await watch.waitFor(e => e.type === 'MODIFIED');
      expect(modified.object.metadata.labels).toEqual({ seen: 'yes' });
      expect(
        watch.events.map(e => `${e.type} ${e.object.metadata.name}`),
      ).toEqual(['ADDED streamed', 'MODIFIED streamed']);
    } finally {
      watch.close();
    }
  });

  it('answers a watch from a resourceVersion it no longer has with a 410 Expired event', async () => {
    const watch = await api.watch(`${WIDGETS}?resourceVersion=1`);
    try {
      const error = await watch.waitFor(e => e.type === 'ERROR');
      expect(error.object).toMatchObject({
        kind: 'Status',
        reason: 'Expired',
        code: 410,
      });
    } finally {
      watch.close();
    }
  });
});

describe('authorisation', () => {
  it('lets alice write in team-a but answers 403 Forbidden elsewhere, naming her', async () => {
    const alice = api.as('alice');
    const body = {
      apiVersion: 'marketplace.kratix.io/v1alpha2',
      kind: 'postgresql',
      metadata: { name: 'alices-db' },
      spec: { teamId: 'team-a' },
    };
    expect((await alice.post(POSTGRESQLS, body)).status).toBe(201);
    const elsewhere = await alice.post(
      '/apis/marketplace.kratix.io/v1alpha2/namespaces/team-b/postgresqls',
      body,
    );
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body).toMatchObject({
      kind: 'Status',
      reason: 'Forbidden',
      code: 403,
    });
    expect(elsewhere.body.message).toBe(
      'postgresqls.marketplace.kratix.io is forbidden: User "alice" cannot create resource "postgresqls" in API group "marketplace.kratix.io" in the namespace "team-b"',
    );
    const promise = await alice.delete(`${PROMISES}/redis`);
    expect(promise.status).toBe(403);
    expect(promise.body.message).toContain('at the cluster scope');
  });

  it('lets the backstage service account read everything but not write Promises', async () => {
    const backstage = api.as('backstage');
    expect((await backstage.get(PROMISES)).body.items).toHaveLength(5);
    const write = await backstage.patch(
      `${PROMISES}/redis`,
      { metadata: { labels: { x: 'y' } } },
      'application/merge-patch+json',
    );
    expect(write.status).toBe(403);
    expect(write.body.message).toContain(
      'User "system:serviceaccount:kratix-platform-system:backstage" cannot patch',
    );
  });

  it('answers 401 Unauthorized to a wrong or missing token, and never says whose', async () => {
    for (const token of ['wrong', null]) {
      const response = await api.get(PROMISES, { token });
      expect(response.status).toBe(401);
      expect(response.body).toEqual({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: 'Unauthorized',
        reason: 'Unauthorized',
        code: 401,
      });
    }
  });
});
