import type { ResourceApi } from './resourceApi';
import { splitApiVersion } from './registry';
import type { ResourceType, TypeRegistry } from './registry';
import type { KubeObject, ObjectStore, StoreEventType } from './store';
import {
  promiseAvailable,
  resourceFailed,
  resourceInProgress,
  resourceSucceeded,
} from './kratixStatus';
import {
  adopt,
  isAdopted,
  outcomeOf,
  PIPELINE,
  promiseApiCrd,
  release,
  requestTypeKey,
} from './kratixRules';

export interface ReconcilerOptions {
  /** How long a simulated pipeline runs, in ms. */
  pipelineDelayMs: number;
}

/**
 * A stand-in for the Kratix controller: installs each Promise's API, marks
 * Promises Available, and walks resource requests through their workflow.
 */
export class KratixReconciler {
  private readonly promiseByType = new Map<string, string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly started = new Set<string>();

  constructor(
    private readonly store: ObjectStore,
    private readonly registry: TypeRegistry,
    private readonly api: ResourceApi,
    private readonly options: ReconcilerOptions,
  ) {
    store.onChange((event, obj, type) => this.onChange(event, obj, type));
  }

  stop() {
    this.timers.forEach(clearTimeout);
    this.timers.clear();
  }

  private later(fn: () => void, ms: number) {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      try {
        fn();
      } catch {
        // the object changed or went away meanwhile: the next event reconciles it
      }
    }, ms);
    this.timers.add(timer);
  }

  private systemCall(
    method: string,
    type: ResourceType,
    obj: KubeObject,
    subresource?: string,
  ) {
    const { group, version } = splitApiVersion(obj.apiVersion);
    return this.api.handle({
      method,
      type,
      route: {
        group,
        version,
        plural: type.plural,
        namespace: obj.metadata.namespace,
        name: obj.metadata.name,
        subresource,
      },
      query: new URLSearchParams(),
      contentType: 'application/json',
      body: obj,
    });
  }

  private onChange(event: StoreEventType, obj: KubeObject, type: ResourceType) {
    if (event === 'DELETED') return;
    if (type.group === 'platform.kratix.io' && type.plural === 'promises') {
      this.later(() => this.reconcilePromise(obj, type), 0);
    } else if (this.promiseByType.has(`${type.group}/${type.plural}`)) {
      this.later(() => this.reconcileResource(obj, type), 0);
    }
  }

  private reconcilePromise(obj: KubeObject, type: ResourceType) {
    const spec = (obj.spec ?? {}) as Parameters<typeof promiseAvailable>[0];
    const generation = obj.metadata.generation ?? 1;
    const status = obj.status as { observedGeneration?: number } | undefined;
    if (status?.observedGeneration === generation) return;
    const crd = promiseApiCrd(obj);
    if (crd) {
      const crdType = this.registry.find(
        'apiextensions.k8s.io',
        'v1',
        'customresourcedefinitions',
      )!;
      this.promiseByType.set(requestTypeKey(crd), obj.metadata.name);
      try {
        this.systemCall('POST', crdType, crd);
      } catch {
        this.systemCall('PUT', crdType, {
          ...this.store.get(crdType, undefined, crd.metadata.name),
          spec: crd.spec,
        });
      }
    }
    const version = obj.metadata.labels?.['kratix.io/promise-version'];
    this.systemCall(
      'PUT',
      type,
      { ...obj, status: promiseAvailable(spec, version, generation) },
      'status',
    );
  }

  private reconcileResource(obj: KubeObject, type: ResourceType) {
    const current = this.store.get(
      type,
      obj.metadata.namespace,
      obj.metadata.name,
    );
    const { metadata } = current;
    if (metadata.deletionTimestamp) {
      this.later(() => {
        const latest = this.store.get(type, metadata.namespace, metadata.name);
        this.store.update(type, release(latest));
      }, this.options.pipelineDelayMs);
      return;
    }
    const promise = this.promiseByType.get(`${type.group}/${type.plural}`)!;
    if (!isAdopted(current, promise)) {
      this.store.update(type, adopt(current, promise));
      return;
    }
    const generation = metadata.generation ?? 1;
    const key = `${metadata.uid}/${generation}`;
    const status = current.status as Record<string, unknown> | undefined;
    if (status?.observedGeneration === generation || this.started.has(key))
      return;
    this.started.add(key);
    this.systemCall(
      'PUT',
      type,
      { ...current, status: resourceInProgress(status, PIPELINE) },
      'status',
    );
    const outcome = outcomeOf(current);
    if (outcome === 'pending') return;
    this.later(() => {
      const latest = this.store.get(type, metadata.namespace, metadata.name);
      if (latest.metadata.generation !== generation) return;
      const done =
        outcome === 'fail'
          ? resourceFailed(generation, PIPELINE)
          : resourceSucceeded(metadata.name, generation, PIPELINE);
      this.systemCall('PUT', type, { ...latest, status: done }, 'status');
    }, this.options.pipelineDelayMs);
  }
}
