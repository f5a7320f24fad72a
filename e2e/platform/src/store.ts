import { randomUUID } from 'node:crypto';
import type { ResourceType } from './registry';
import { statusErrors } from './k8sStatus';

export interface ObjectMeta {
  name: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  finalizers?: string[];
  [key: string]: unknown;
}

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  spec?: unknown;
  status?: unknown;
  [key: string]: unknown;
}

export type StoreEventType = 'ADDED' | 'MODIFIED' | 'DELETED';
export type StoreListener = (
  type: StoreEventType,
  object: KubeObject,
  resource: ResourceType,
) => void;

/** A change, as kept for watches that resume from a resourceVersion. */
export interface StoreEvent {
  type: StoreEventType;
  object: KubeObject;
  resource: ResourceType;
}

/** How many changes are kept for watches that resume from an older resourceVersion. */
const HISTORY_LIMIT = 5000;

const keyOf = (
  type: ResourceType,
  namespace: string | undefined,
  name: string,
) => `${type.group}/${type.plural}/${namespace ?? ''}/${name}`;

/** JSON with object keys sorted, so that key order never counts as a change. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map(k => [k, v[k]]),
        )
      : v,
  );
}

/** Everything but metadata and status: a change here bumps `generation`. */
function specPart(obj: KubeObject) {
  const { metadata: _m, status: _s, apiVersion: _a, kind: _k, ...rest } = obj;
  return canonicalJson(rest);
}

/**
 * The objects of the simulated cluster, with the API server's
 * `resourceVersion`, `generation`, finalizer and precondition semantics.
 */
/** Byte order, as the API server lists keys (localeCompare is slower and locale-dependent). */
function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

export class ObjectStore {
  private resourceVersion = 1000;
  private readonly objects = new Map<string, KubeObject>();
  private readonly listeners: StoreListener[] = [];
  private readonly history: StoreEvent[] = [];
  /** The oldest resourceVersion a watch can resume from. */
  private historyStart = this.resourceVersion;

  /** Subscribes to changes; returns the unsubscribe function. */
  onChange(listener: StoreListener): () => void {
    this.listeners.push(listener);
    return () => {
      const index = this.listeners.indexOf(listener);
      if (index >= 0) this.listeners.splice(index, 1);
    };
  }

  currentResourceVersion() {
    return String(this.resourceVersion);
  }

  /**
   * The changes after `resourceVersion`, oldest first, or `undefined` when
   * they are no longer kept (the API server's 410 Gone).
   */
  eventsSince(resourceVersion: string): StoreEvent[] | undefined {
    const since = Number(resourceVersion);
    if (!Number.isInteger(since) || since < this.historyStart) {
      return undefined;
    }
    return this.history
      .filter(e => Number(e.object.metadata.resourceVersion) > since)
      .map(e => ({ ...e, object: structuredClone(e.object) }));
  }

  private emit(
    type: StoreEventType,
    object: KubeObject,
    resource: ResourceType,
  ) {
    this.history.push({ type, object: structuredClone(object), resource });
    if (this.history.length > HISTORY_LIMIT) {
      this.historyStart = Number(
        this.history.shift()!.object.metadata.resourceVersion,
      );
    }
    for (const listener of this.listeners) {
      listener(type, structuredClone(object), resource);
    }
  }

  private nextVersion() {
    this.resourceVersion += 1;
    return String(this.resourceVersion);
  }

  /** Objects of a type, in a namespace or everywhere, sorted by namespace and name. */
  list(type: ResourceType, namespace?: string): KubeObject[] {
    return this.view(type, namespace).map(obj => structuredClone(obj));
  }

  /**
   * The stored objects of a type (in a namespace), in key order, without
   * copying them (a list page copies only what it returns): read, never change.
   */
  view(type: ResourceType, namespace?: string): readonly KubeObject[] {
    const prefix = `${type.group}/${type.plural}/${
      namespace !== undefined ? `${namespace}/` : ''
    }`;
    return [...this.objects.entries()]
      .filter(([key]) => key.startsWith(prefix))
      .sort(([a], [b]) => compareKeys(a, b))
      .map(([, obj]) => obj);
  }

  /** The stored object itself (not a copy), or a NotFound Status error. */
  private stored(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
  ): KubeObject {
    const obj = this.objects.get(keyOf(type, namespace, name));
    if (!obj) {
      throw statusErrors.notFound({
        group: type.group,
        plural: type.plural,
        name,
      });
    }
    return obj;
  }

  get(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
  ): KubeObject {
    return structuredClone(this.stored(type, namespace, name));
  }

  create(type: ResourceType, obj: KubeObject): KubeObject {
    const { name, namespace } = obj.metadata;
    const key = keyOf(type, namespace, name);
    if (this.objects.has(key)) {
      throw statusErrors.alreadyExists({
        group: type.group,
        plural: type.plural,
        name,
      });
    }
    const stored: KubeObject = {
      ...structuredClone(obj),
      metadata: {
        ...structuredClone(obj.metadata),
        uid: randomUUID(),
        creationTimestamp: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        resourceVersion: this.nextVersion(),
        generation: 1,
      },
    };
    delete stored.metadata.deletionTimestamp;
    if (type.hasStatusSubresource) {
      delete stored.status;
    }
    this.objects.set(key, stored);
    this.emit('ADDED', stored, type);
    return structuredClone(stored);
  }

  /**
   * Replaces an object. A `metadata.resourceVersion` in the input is a
   * precondition. With `subresource: 'status'` only the status is taken;
   * otherwise, for types with a status subresource, the status is kept.
   */
  update(
    type: ResourceType,
    obj: KubeObject,
    subresource?: 'status',
  ): KubeObject {
    const { name, namespace } = obj.metadata;
    const key = keyOf(type, namespace, name);
    const current = this.stored(type, namespace, name);
    const precondition = obj.metadata.resourceVersion;
    if (precondition && precondition !== current.metadata.resourceVersion) {
      throw statusErrors.conflict({
        group: type.group,
        plural: type.plural,
        name,
      });
    }
    let next: KubeObject;
    if (subresource === 'status') {
      next = {
        ...structuredClone(current),
        status: structuredClone(obj.status),
      };
    } else {
      next = structuredClone(obj);
      next.metadata = {
        ...next.metadata,
        uid: current.metadata.uid,
        creationTimestamp: current.metadata.creationTimestamp,
        deletionTimestamp: current.metadata.deletionTimestamp,
        generation: current.metadata.generation,
      };
      if (!next.metadata.deletionTimestamp)
        delete next.metadata.deletionTimestamp;
      if (type.hasStatusSubresource) {
        next.status = structuredClone(current.status);
        if (next.status === undefined) delete next.status;
      }
      if (specPart(next) !== specPart(current)) {
        next.metadata.generation = (current.metadata.generation ?? 1) + 1;
      }
    }
    const unchanged =
      canonicalJson({
        ...next,
        metadata: {
          ...next.metadata,
          resourceVersion: current.metadata.resourceVersion,
        },
      }) === canonicalJson(current);
    if (unchanged) {
      return structuredClone(current);
    }
    next.metadata.resourceVersion = this.nextVersion();
    if (next.metadata.deletionTimestamp && !next.metadata.finalizers?.length) {
      this.objects.delete(key);
      this.emit('DELETED', next, type);
      return structuredClone(next);
    }
    this.objects.set(key, next);
    this.emit('MODIFIED', next, type);
    return structuredClone(next);
  }

  /** Deletes an object, or marks it for deletion while finalizers remain. */
  delete(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
  ): KubeObject {
    const key = keyOf(type, namespace, name);
    const current = this.stored(type, namespace, name);
    if (current.metadata.finalizers?.length) {
      if (!current.metadata.deletionTimestamp) {
        current.metadata.deletionTimestamp = new Date()
          .toISOString()
          .replace(/\.\d+Z$/, 'Z');
        current.metadata.resourceVersion = this.nextVersion();
        this.emit('MODIFIED', current, type);
      }
      return structuredClone(current);
    }
    // as in etcd, the deletion itself is a new revision
    current.metadata.resourceVersion = this.nextVersion();
    this.objects.delete(key);
    this.emit('DELETED', current, type);
    return structuredClone(current);
  }
}
