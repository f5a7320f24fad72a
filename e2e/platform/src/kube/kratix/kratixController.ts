import type { PlatformUserName } from '../../access';
import { promiseAvailable } from '../../kratixStatus';
import { promiseApiCrd, requestTypeKey } from '../../kratixRules';
import type { KubeObject } from '../../store';
import { PlatformHttpClient } from '../../testing/httpClient';
import { waitForCrd } from '../startKube';
import { Informer, startInformer } from './informer';
import { KRATIX_NAMESPACE, workCrd, workPlacementCrd } from './kratixCrds';
import {
  collectionPath,
  expectStatus,
  objectPath,
  TypePath,
  updateObject,
  writeStatus,
} from './kubeApi';
import { PipelineRuns, RequestReconciler } from './requestReconciler';
import { WorkQueue } from './workQueue';

const PROMISES: TypePath = {
  group: 'platform.kratix.io',
  version: 'v1alpha1',
  plural: 'promises',
};
const CRDS: TypePath = {
  group: 'apiextensions.k8s.io',
  version: 'v1',
  plural: 'customresourcedefinitions',
};
/** Kratix's finalizer on a Promise: its requests and API go before it does. */
const PROMISE_FINALIZER = 'kratix.io/api-crd-cleanup';

export interface KratixControllerOptions {
  /** The API server and the tokens of its users (the controller acts as admin). */
  kube: {
    url: string;
    caCert: string;
    tokens: Record<PlatformUserName, string>;
  };
  /** How long a simulated pipeline runs, in ms. */
  pipelineDelayMs: number;
  /** Plays the pipelines' pods (the stub kubelet); none by default. */
  pipelines?: PipelineRuns;
  /** Told of a reconcile that failed (it is retried on the object's next event). */
  onError?: (key: string, error: unknown) => void;
}

export interface KratixController {
  /** Resolves once nothing is being reconciled (pipelines still running are not waited for). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

interface ServedApi {
  crdName: string;
  informer: Informer;
}

/**
 * The Kratix controller, as a client of a real API server: watches Promises
 * (installs their API as Kratix does, marks them Available, and on delete
 * removes their requests and API) and each Promise's requests.
 */
export async function startKratixController(
  options: KratixControllerOptions,
): Promise<KratixController> {
  const { kube } = options;
  const client = new PlatformHttpClient(kube, 'admin');
  const target = {
    url: kube.url,
    caCert: kube.caCert,
    token: kube.tokens.admin,
  };
  const queue = new WorkQueue(
    options.onError ??
      ((key, error) =>
        // eslint-disable-next-line no-console
        console.warn(`kratix controller: reconciling ${key} failed: ${error}`)),
  );
  const timers = new Set<NodeJS.Timeout>();
  const later = (fn: () => void, ms: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };
  const served = new Map<string, ServedApi>();

  for (const obj of [
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: KRATIX_NAMESPACE },
    },
    workCrd,
    workPlacementCrd,
  ]) {
    const path =
      obj.kind === 'Namespace' ? '/api/v1/namespaces' : collectionPath(CRDS);
    expectStatus(
      `creating ${obj.metadata.name}`,
      await client.post(path, obj),
      [201, 409],
    );
    if (obj.kind !== 'Namespace') await waitForCrd(client, obj.metadata.name);
  }

  const serveRequests = async (promise: string, crd: KubeObject) => {
    const key = requestTypeKey(crd);
    if (served.has(key)) return;
    await waitForCrd(client, crd.metadata.name);
    const spec = crd.spec as {
      group: string;
      names: { plural: string };
      versions: { name: string; storage?: boolean }[];
    };
    const version = (spec.versions.find(v => v.storage) ?? spec.versions[0])
      .name;
    const type = { group: spec.group, version, plural: spec.names.plural };
    const requests = new RequestReconciler({
      client,
      queue,
      promise,
      type,
      pipelineDelayMs: options.pipelineDelayMs,
      pipelines: options.pipelines,
      later,
    });
    const informer = startInformer(
      client,
      target,
      collectionPath(type),
      (event, obj) => {
        if (event !== 'DELETED') requests.enqueue(obj);
      },
    );
    served.set(key, { crdName: crd.metadata.name, informer });
    await informer.synced;
  };

  const installApi = async (crd: KubeObject) => {
    const created = await client.post(collectionPath(CRDS), crd);
    if (created.status === 409) {
      await updateObject(
        client,
        `${collectionPath(CRDS)}/${crd.metadata.name}`,
        current => ({
          ...current,
          spec: crd.spec,
        }),
      );
    } else {
      expectStatus(`installing CRD ${crd.metadata.name}`, created, [201]);
    }
  };

  /** Deletes the Promise's requests; true once none is left. */
  const removeRequests = async (crd: KubeObject) => {
    const spec = crd.spec as {
      group: string;
      names: { plural: string };
      versions: { name: string }[];
    };
    const type = {
      group: spec.group,
      version: spec.versions[0].name,
      plural: spec.names.plural,
    };
    const list = await client.get(collectionPath(type));
    if (list.status === 404) return true;
    const items = expectStatus(`listing ${type.plural}`, list, [200]).body
      .items as KubeObject[];
    for (const item of items.filter(i => !i.metadata.deletionTimestamp)) {
      expectStatus(
        `deleting ${item.metadata.name}`,
        await client.delete(objectPath(type, item)),
        [200, 202, 404],
      );
    }
    return items.length === 0;
  };

  const deletePromise = async (promise: KubeObject, path: string) => {
    const crd = promiseApiCrd(promise);
    if (crd) {
      if (!(await removeRequests(crd))) {
        later(
          () =>
            queue.add(`promise/${promise.metadata.name}`, () =>
              reconcilePromise(promise),
            ),
          100,
        );
        return;
      }
      const key = requestTypeKey(crd);
      served.get(key)?.informer.stop();
      served.delete(key);
      expectStatus(
        `deleting CRD ${crd.metadata.name}`,
        await client.delete(`${collectionPath(CRDS)}/${crd.metadata.name}`),
        [200, 404],
      );
    }
    await updateObject(client, path, current => ({
      ...current,
      metadata: {
        ...current.metadata,
        finalizers: (current.metadata.finalizers ?? []).filter(
          f => f !== PROMISE_FINALIZER,
        ),
      },
    }));
  };

  async function reconcilePromise(ref: KubeObject) {
    const path = objectPath(PROMISES, ref);
    const res = await client.get<KubeObject>(path);
    if (res.status === 404) return;
    const promise = expectStatus(`reading ${path}`, res, [200]).body;
    if (promise.metadata.deletionTimestamp) {
      if ((promise.metadata.finalizers ?? []).includes(PROMISE_FINALIZER)) {
        await deletePromise(promise, path);
      }
      return;
    }
    if (!(promise.metadata.finalizers ?? []).includes(PROMISE_FINALIZER)) {
      await updateObject(client, path, current => ({
        ...current,
        metadata: {
          ...current.metadata,
          finalizers: [
            ...(current.metadata.finalizers ?? []),
            PROMISE_FINALIZER,
          ],
        },
      }));
      return;
    }
    const crd = promiseApiCrd(promise);
    const generation = promise.metadata.generation ?? 1;
    const status = promise.status as
      | { observedGeneration?: number }
      | undefined;
    if (status?.observedGeneration === generation) return;
    if (crd) {
      await installApi(crd);
      await serveRequests(promise.metadata.name, crd);
    }
    const version = promise.metadata.labels?.['kratix.io/promise-version'];
    await writeStatus(client, path, generation, current =>
      promiseAvailable(
        (current.spec ?? {}) as Parameters<typeof promiseAvailable>[0],
        version,
        generation,
      ),
    );
  }

  const promises = startInformer(
    client,
    target,
    collectionPath(PROMISES),
    (event, obj) => {
      if (event !== 'DELETED') {
        queue.add(`promise/${obj.metadata.name}`, () => reconcilePromise(obj));
      }
    },
  );
  await promises.synced;

  return {
    idle: () => queue.idle(),
    async stop() {
      queue.stop();
      promises.stop();
      served.forEach(api => api.informer.stop());
      timers.forEach(clearTimeout);
      timers.clear();
      await queue.idle();
    },
  };
}
