import { seedPromises } from '../fixtures/promises';
import { seedResources } from '../fixtures/resources';
import { requestSettled } from '../kratixRules';
import type { KubeObject } from '../store';
import { eventually, PlatformHttpClient } from '../testing/httpClient';
import { collectionPath, expectStatus, objectPath } from './kratix/kubeApi';
import {
  KratixController,
  startKratixController,
} from './kratix/kratixController';
import { StubKubelet, startStubKubelet } from './kratix/stubKubelet';
import { KubeOptions, RunningKube, startKube } from './startKube';

export interface KubePlatformOptions extends KubeOptions {
  /** How long simulated pipelines run (ms); default 1500. */
  pipelineDelayMs?: number;
  /** Seed Promises and resources (besides namespaces and RBAC); default true. */
  seedPlatform?: boolean;
  /** Register the stub kubelet that plays pipeline pods and serves their logs; default true. */
  kubelet?: boolean;
}

/** kube-apiserver with the Kratix controller beside it: the real-server counterpart of startPlatform. */
export interface RunningKubePlatform extends RunningKube {
  controller: KratixController;
  /** Plays the pipelines' pods and serves their logs (unless `kubelet: false`). */
  kubelet?: StubKubelet;
  /** Creates an object as admin (the Kratix controller then reconciles it). */
  apply(obj: KubeObject): Promise<KubeObject>;
  /** Resolves once every Promise is Available and the seeded requests have settled. */
  settled(timeoutMs?: number): Promise<void>;
}

const typeOf = (obj: KubeObject, plural: string) => {
  const slash = obj.apiVersion.lastIndexOf('/');
  return {
    group: slash < 0 ? '' : obj.apiVersion.slice(0, slash),
    version: obj.apiVersion.slice(slash + 1),
    plural,
  };
};

/** The plural of a seeded request's kind, from its Promise's API. */
function pluralOf(obj: KubeObject): string {
  for (const promise of seedPromises) {
    const api = (promise.spec as { api?: any }).api;
    if (
      api?.spec?.names?.kind === obj.kind &&
      obj.apiVersion.startsWith(`${api.spec.group}/`)
    ) {
      return api.spec.names.plural;
    }
  }
  if (obj.kind === 'Promise') return 'promises';
  throw new Error(`no plural known for ${obj.apiVersion} ${obj.kind}`);
}

/**
 * Starts kube-apiserver (startKube) and the Kratix controller beside it, then
 * seeds the Promises and requests the double seeds.
 */
export async function startKubePlatform(
  options: KubePlatformOptions = {},
): Promise<RunningKubePlatform> {
  const kube = await startKube(options);
  let controller: KratixController | undefined;
  let kubelet: StubKubelet | undefined;
  try {
    if (options.kubelet !== false) kubelet = await startStubKubelet(kube);
    controller = await startKratixController({
      kube,
      pipelineDelayMs: options.pipelineDelayMs ?? 1500,
      pipelines: kubelet?.pipelines,
    });
    const admin = new PlatformHttpClient(kube, 'admin');
    const apply = async (obj: KubeObject) => {
      const type = typeOf(obj, pluralOf(obj));
      const res = await eventually(
        async () => {
          const created = await admin.post(
            collectionPath(type, obj.metadata.namespace),
            obj,
          );
          // a request's API appears once the controller installed its Promise
          return created.status === 404 ? undefined : created;
        },
        { timeoutMs: 60_000, what: `the API of ${obj.kind}` },
      );
      return expectStatus(`creating ${obj.kind} ${obj.metadata.name}`, res, [
        201,
      ]).body as KubeObject;
    };
    if (options.seedPlatform !== false) {
      for (const promise of seedPromises) await apply(promise as KubeObject);
      for (const request of seedResources) await apply(request as KubeObject);
    }

    const settledRequest = async (seeded: KubeObject) => {
      const res = await admin.get(
        objectPath(typeOf(seeded, pluralOf(seeded)), seeded),
      );
      return requestSettled(res.status === 404 ? undefined : res.body);
    };
    const settled = async (timeoutMs = 60_000) => {
      await eventually(
        async () => {
          const promises = await admin.get(
            '/apis/platform.kratix.io/v1alpha1/promises',
          );
          const available = (promises.body.items as KubeObject[]).every(
            p =>
              (p.status as { status?: string } | undefined)?.status ===
              'Available',
          );
          if (!available) return undefined;
          if (options.seedPlatform === false) return true;
          for (const r of seedResources) {
            if (!(await settledRequest(r as KubeObject))) return undefined;
          }
          return true;
        },
        { timeoutMs, intervalMs: 100, what: 'the platform to settle' },
      );
    };

    const running = controller;
    return {
      ...kube,
      controller: running,
      kubelet,
      apply,
      settled,
      async stop() {
        await running.stop();
        await kubelet?.stop();
        await kube.stop();
      },
    };
  } catch (e) {
    await controller?.stop();
    await kubelet?.stop();
    await kube.stop();
    throw e;
  }
}
