import { postgresqlPromise } from './fixtures/promises';
import { StatusError } from './k8sStatus';
import { ResourceType, TypeRegistry, typeFromCrd } from './registry';
import { KubeObject, ObjectStore, StoreEventType } from './store';

const postgresqls: ResourceType = typeFromCrd(postgresqlPromise.spec.api);
const namespaces: ResourceType = new TypeRegistry().find(
  '',
  'v1',
  'namespaces',
)!;

const db = (
  name: string,
  spec: Record<string, unknown> = { teamId: 'team-a' },
  namespace = 'team-a',
): KubeObject => ({
  apiVersion: 'marketplace.kratix.io/v1alpha2',
  kind: 'postgresql',
  metadata: { name, namespace },
  spec,
});

/** Runs `fn` and returns the StatusError it throws. */
function statusErrorOf(fn: () => unknown): StatusError {
  try {
    fn();
  } catch (e) {
    if (e instanceof StatusError) return e;
    throw e;
  }
  throw new Error('expected a StatusError');
}

let store: ObjectStore;
let events: { type: StoreEventType; name: string; resourceVersion?: string }[];

beforeEach(() => {
  store = new ObjectStore();
  events = [];
  store.onChange((type, obj) =>
    events.push({
      type,
      name: obj.metadata.name,
      resourceVersion: obj.metadata.resourceVersion,
    }),
  );
});

describe('ObjectStore.create', () => {
  it('sets generation 1, a uid, a creation time and a fresh resourceVersion', () => {
    const before = Number(store.currentResourceVersion());
    const created = store.create(postgresqls, db('a'));
    expect(created.metadata.generation).toBe(1);
    expect(created.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.metadata.creationTimestamp).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/,
    );
    expect(Number(created.metadata.resourceVersion)).toBe(before + 1);
    expect(store.currentResourceVersion()).toBe(
      created.metadata.resourceVersion,
    );
    const second = store.create(postgresqls, db('b'));
    expect(Number(second.metadata.resourceVersion)).toBeGreaterThan(
      Number(created.metadata.resourceVersion),
    );
    expect(second.metadata.uid).not.toBe(created.metadata.uid);
    expect(events).toEqual([
      {
        type: 'ADDED',
        name: 'a',
        resourceVersion: created.metadata.resourceVersion,
      },
      {
        type: 'ADDED',
        name: 'b',
        resourceVersion: second.metadata.resourceVersion,
      },
    ]);
  });

  it('ignores client-set bookkeeping fields', () => {
    const created = store.create(postgresqls, {
      ...db('a'),
      metadata: {
        name: 'a',
        namespace: 'team-a',
        uid: 'mine',
        generation: 7,
        resourceVersion: '1',
        deletionTimestamp: 'x',
      },
    });
    expect(created.metadata.uid).not.toBe('mine');
    expect(created.metadata.generation).toBe(1);
    expect(created.metadata.resourceVersion).not.toBe('1');
    expect(created.metadata.deletionTimestamp).toBeUndefined();
  });

  it('drops the status of types with a status subresource only', () => {
    expect(
      store.create(postgresqls, { ...db('a'), status: { x: 1 } }).status,
    ).toBeUndefined();
    const ns = store.create(namespaces, {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'n' },
      status: { phase: 'Active' },
    });
    expect(ns.status).toEqual({ phase: 'Active' });
  });

  it('refuses a duplicate with 409 AlreadyExists', () => {
    store.create(postgresqls, db('a'));
    const error = statusErrorOf(() =>
      store.create(postgresqls, db('a', { teamId: 'other' })),
    );
    expect(error.code).toBe(409);
    expect(error.reason).toBe('AlreadyExists');
    expect(store.get(postgresqls, 'team-a', 'a').spec).toEqual({
      teamId: 'team-a',
    });
    // the same name in another namespace is another object
    expect(
      store.create(postgresqls, db('a', { teamId: 'team-b' }, 'team-b'))
        .metadata.namespace,
    ).toBe('team-b');
  });

  it('hands out copies: changing a returned object changes nothing stored', () => {
    const created = store.create(postgresqls, db('a'));
    (created.spec as Record<string, unknown>).teamId = 'mutated';
    store.get(postgresqls, 'team-a', 'a').metadata.name = 'mutated';
    expect(store.get(postgresqls, 'team-a', 'a')).toMatchObject({
      metadata: { name: 'a' },
      spec: { teamId: 'team-a' },
    });
  });
});

describe('ObjectStore.get and list', () => {
  it('answers 404 NotFound for a missing object', () => {
    const error = statusErrorOf(() =>
      store.get(postgresqls, 'team-a', 'missing'),
    );
    expect(error.code).toBe(404);
    expect(error.toStatus()).toMatchObject({
      kind: 'Status',
      reason: 'NotFound',
      message: 'postgresqls.marketplace.kratix.io "missing" not found',
    });
  });

  it('lists by namespace or everywhere, sorted by namespace and name, one type at a time', () => {
    store.create(postgresqls, db('zeta', undefined, 'team-b'));
    store.create(postgresqls, db('beta'));
    store.create(postgresqls, db('alpha'));
    store.create(postgresqls, db('gamma', undefined, 'team-ab'));
    store.create(namespaces, {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'team-a' },
    });
    const names = (objs: KubeObject[]) =>
      objs.map(o => `${o.metadata.namespace}/${o.metadata.name}`);
    expect(names(store.list(postgresqls))).toEqual([
      'team-a/alpha',
      'team-a/beta',
      'team-ab/gamma',
      'team-b/zeta',
    ]);
    expect(names(store.list(postgresqls, 'team-a'))).toEqual([
      'team-a/alpha',
      'team-a/beta',
    ]);
    expect(store.list(namespaces).map(o => o.metadata.name)).toEqual([
      'team-a',
    ]);
  });
});

describe('ObjectStore.update', () => {
  it('refuses a stale resourceVersion with 409 Conflict', () => {
    const created = store.create(postgresqls, db('a'));
    store.update(postgresqls, { ...created, spec: { teamId: 'team-x' } });
    const error = statusErrorOf(() =>
      store.update(postgresqls, { ...created, spec: { teamId: 'team-y' } }),
    );
    expect(error.code).toBe(409);
    expect(error.reason).toBe('Conflict');
    expect(error.message).toContain('the object has been modified');
    expect(store.get(postgresqls, 'team-a', 'a').spec).toEqual({
      teamId: 'team-x',
    });
  });

  it('treats a missing resourceVersion as an unconditional update', () => {
    const created = store.create(postgresqls, db('a'));
    store.update(postgresqls, { ...created, spec: { teamId: 'team-x' } });
    const { resourceVersion: _rv, ...metadata } = created.metadata;
    expect(
      store.update(postgresqls, {
        ...created,
        metadata,
        spec: { teamId: 'team-y' },
      }).spec,
    ).toEqual({ teamId: 'team-y' });
  });

  it('answers 404 for an object that does not exist', () => {
    expect(
      statusErrorOf(() => store.update(postgresqls, db('ghost'))).code,
    ).toBe(404);
  });

  it('bumps generation on spec changes only; resourceVersion on every change', () => {
    const created = store.create(postgresqls, db('a'));
    const labelled = store.update(postgresqls, {
      ...created,
      metadata: { ...created.metadata, labels: { a: 'b' } },
    });
    expect(labelled.metadata.generation).toBe(1);
    expect(Number(labelled.metadata.resourceVersion)).toBeGreaterThan(
      Number(created.metadata.resourceVersion),
    );

    const changed = store.update(postgresqls, {
      ...labelled,
      spec: { teamId: 'team-a', storageGb: 20 },
    });
    expect(changed.metadata.generation).toBe(2);
    expect(Number(changed.metadata.resourceVersion)).toBeGreaterThan(
      Number(labelled.metadata.resourceVersion),
    );

    const status = store.update(
      postgresqls,
      { ...changed, status: { observedGeneration: 2 } },
      'status',
    );
    expect(status.metadata.generation).toBe(2);
    expect(status.status).toEqual({ observedGeneration: 2 });
    expect(events.map(e => e.type)).toEqual([
      'ADDED',
      'MODIFIED',
      'MODIFIED',
      'MODIFIED',
    ]);
  });

  it('keeps uid, creation time and generation whatever the client sends', () => {
    const created = store.create(postgresqls, db('a'));
    const updated = store.update(postgresqls, {
      ...created,
      metadata: {
        ...created.metadata,
        uid: 'other',
        creationTimestamp: '2000-01-01T00:00:00Z',
        generation: 99,
      },
    });
    expect(updated.metadata).toMatchObject({
      uid: created.metadata.uid,
      creationTimestamp: created.metadata.creationTimestamp,
      generation: 1,
    });
  });

  it('takes only the status from a status write, and keeps the status on a main write', () => {
    const created = store.create(postgresqls, db('a'));
    const status = store.update(
      postgresqls,
      {
        ...created,
        metadata: { ...created.metadata, labels: { sneaky: 'yes' } },
        spec: { teamId: 'x' },
        status: { ok: true },
      },
      'status',
    );
    expect(status.spec).toEqual({ teamId: 'team-a' });
    expect(status.metadata.labels).toBeUndefined();
    expect(status.status).toEqual({ ok: true });

    const main = store.update(postgresqls, {
      ...status,
      status: { ok: false },
    });
    expect(main.status).toEqual({ ok: true });
  });

  it('changes nothing, and tells nobody, for an update that changes nothing', () => {
    const created = store.create(
      postgresqls,
      db('a', { teamId: 'team-a', storageGb: 10 }),
    );
    events.length = 0;
    const same = store.update(postgresqls, created);
    expect(same.metadata.resourceVersion).toBe(
      created.metadata.resourceVersion,
    );
    // the same content with its keys in another order is the same object
    const reordered: KubeObject = {
      spec: { storageGb: 10, teamId: 'team-a' },
      kind: created.kind,
      metadata: {
        generation: 1,
        resourceVersion: created.metadata.resourceVersion,
        namespace: 'team-a',
        name: 'a',
        creationTimestamp: created.metadata.creationTimestamp,
        uid: created.metadata.uid,
      },
      apiVersion: created.apiVersion,
    };
    const alsoSame = store.update(postgresqls, reordered);
    expect(alsoSame.metadata.resourceVersion).toBe(
      created.metadata.resourceVersion,
    );
    expect(alsoSame.metadata.generation).toBe(1);
    expect(events).toEqual([]);
  });
});

describe('ObjectStore.delete', () => {
  it('removes an object without finalizers at once, as a new resourceVersion', () => {
    const created = store.create(postgresqls, db('a'));
    const deleted = store.delete(postgresqls, 'team-a', 'a');
    expect(Number(deleted.metadata.resourceVersion)).toBeGreaterThan(
      Number(created.metadata.resourceVersion),
    );
    expect(store.list(postgresqls)).toEqual([]);
    expect(events.map(e => e.type)).toEqual(['ADDED', 'DELETED']);
    expect(
      statusErrorOf(() => store.delete(postgresqls, 'team-a', 'a')).code,
    ).toBe(404);
  });

  it('marks an object with finalizers, and removes it with its last finalizer', () => {
    store.create(postgresqls, {
      ...db('a'),
      metadata: { name: 'a', namespace: 'team-a', finalizers: ['f1', 'f2'] },
    });
    const marked = store.delete(postgresqls, 'team-a', 'a');
    expect(marked.metadata.deletionTimestamp).toMatch(/Z$/);
    // deleting again changes nothing
    expect(
      store.delete(postgresqls, 'team-a', 'a').metadata.resourceVersion,
    ).toBe(marked.metadata.resourceVersion);

    // the deletion timestamp cannot be taken back
    const kept = store.update(postgresqls, {
      ...marked,
      metadata: {
        ...marked.metadata,
        finalizers: ['f2'],
        deletionTimestamp: undefined,
      },
    });
    expect(kept.metadata.deletionTimestamp).toBe(
      marked.metadata.deletionTimestamp,
    );
    expect(store.list(postgresqls)).toHaveLength(1);

    store.update(postgresqls, {
      ...kept,
      metadata: { ...kept.metadata, finalizers: [] },
    });
    expect(store.list(postgresqls)).toEqual([]);
    expect(events.map(e => e.type)).toEqual([
      'ADDED',
      'MODIFIED',
      'MODIFIED',
      'DELETED',
    ]);
  });
});

describe('ObjectStore change notifications', () => {
  it('stops notifying after unsubscribe', () => {
    const seen: string[] = [];
    const unsubscribe = store.onChange((type, obj) =>
      seen.push(`${type} ${obj.metadata.name}`),
    );
    store.create(postgresqls, db('a'));
    unsubscribe();
    store.create(postgresqls, db('b'));
    expect(seen).toEqual(['ADDED a']);
  });

  it('replays the changes after a resourceVersion, and refuses one older than it keeps', () => {
    const a = store.create(postgresqls, db('a'));
    store.update(postgresqls, { ...a, spec: { teamId: 'team-z' } });
    store.delete(postgresqls, 'team-a', 'a');
    expect(
      store.eventsSince(a.metadata.resourceVersion!)!.map(e => e.type),
    ).toEqual(['MODIFIED', 'DELETED']);
    expect(store.eventsSince(store.currentResourceVersion())).toEqual([]);
    expect(store.eventsSince('1')).toBeUndefined();
    expect(store.eventsSince('not-a-number')).toBeUndefined();
  });
});
