import { InputError, ServiceUnavailableError } from '@backstage/errors';
import { PatchStrategy } from '@kubernetes/client-node';
import type {
  PromiseDetails,
  PromiseSummary,
  ResourceDetails,
  ResourceList,
  ResourceManifest,
  ResourceRef,
} from '@syntasso/plugin-ske-common';
import type {
  KratixPlatform,
  ListResourcesOptions,
  PlatformRequestContext,
  ResourceSpecUpdate,
} from '../KratixPlatform';
import {
  KratixPromiseObject,
  toPromiseDetails,
  toPromiseSummary,
} from '../promiseView';
import { ResourceObject, toResourceDetails } from '../resourceView';
import { mergePatchBetween } from '../specMergePatch';
import type { KubeClientProvider } from './KubeClientProvider';
import { mapKubernetesError } from './mapKubernetesError';

const PROMISES = {
  group: 'platform.kratix.io',
  version: 'v1alpha1',
  plural: 'promises',
};
const DEFAULT_TIMEOUT_MS = 30_000;

const header = (ref: ResourceRef) => ({
  apiVersion: ref.apiVersion,
  kind: ref.kind,
  metadata: { name: ref.name, namespace: ref.namespace },
});

/** Kubernetes mode: reads and writes the Kratix platform cluster's API. */
export class KubernetesKratixPlatform implements KratixPlatform {
  constructor(
    private readonly clients: KubeClientProvider,
    private readonly timeoutMs: number = DEFAULT_TIMEOUT_MS,
  ) {}

  /** Runs one cluster call with a timeout, mapping failures to @backstage/errors. */
  private async call<T>(action: string, fn: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new ServiceUnavailableError(
              `Kratix platform did not answer within ${this.timeoutMs} ms while trying to ${action}`,
            ),
          ),
        this.timeoutMs,
      );
    });
    try {
      return await Promise.race([fn(), timeout]);
    } catch (error) {
      throw error instanceof ServiceUnavailableError
        ? error
        : mapKubernetesError(error, action);
    } finally {
      clearTimeout(timer);
    }
  }

  async listPromises(ctx: PlatformRequestContext): Promise<PromiseSummary[]> {
    const api = await this.clients.customObjects(ctx.auth);
    const list = await this.call('list Promises', () =>
      api.listClusterCustomObject(PROMISES),
    );
    return (list.items as KratixPromiseObject[]).map(toPromiseSummary);
  }

  async getPromise(
    name: string,
    ctx: PlatformRequestContext,
  ): Promise<PromiseDetails> {
    const api = await this.clients.customObjects(ctx.auth);
    const promise = await this.call(`get Promise '${name}'`, () =>
      api.getClusterCustomObject({ ...PROMISES, name }),
    );
    return toPromiseDetails(promise as KratixPromiseObject);
  }

  async listResources(
    promise: PromiseSummary,
    options: ListResourcesOptions,
    ctx: PlatformRequestContext,
  ): Promise<ResourceList> {
    if (!promise.group || !promise.version || !promise.plural) {
      throw new InputError(
        `Promise '${promise.name}' has no API, so it has no resources`,
      );
    }
    const api = await this.clients.customObjects(ctx.auth);
    const query = {
      group: promise.group,
      version: promise.version,
      plural: promise.plural,
      limit: options.limit,
      _continue: options.continueToken,
    };
    const list = await this.call(
      `list ${promise.plural}.${promise.group}`,
      () =>
        options.namespace
          ? api.listNamespacedCustomObject({
              ...query,
              namespace: options.namespace,
            })
          : api.listClusterCustomObject(query),
    );
    return {
      items: (list.items as ResourceObject[]).map(toResourceDetails),
      continueToken: list.metadata?.continue || undefined,
    };
  }

  async getResourceManifest(
    ref: ResourceRef,
    ctx: PlatformRequestContext,
  ): Promise<Record<string, unknown>> {
    const api = await this.clients.objects(ctx.auth);
    return this.call(`get ${ref.kind} '${ref.namespace}/${ref.name}'`, () =>
      api.read(header(ref)),
    ) as Promise<Record<string, unknown>>;
  }

  async getResource(
    ref: ResourceRef,
    ctx: PlatformRequestContext,
  ): Promise<ResourceDetails> {
    return toResourceDetails(
      (await this.getResourceManifest(ref, ctx)) as ResourceObject,
    );
  }

  async createResource(
    manifest: ResourceManifest,
    ctx: PlatformRequestContext,
    options?: { dryRun?: boolean },
  ) {
    const api = await this.clients.objects(ctx.auth);
    const created = await this.call(
      `create ${manifest.kind} '${manifest.metadata.namespace}/${manifest.metadata.name}'`,
      () =>
        api.create(
          manifest,
          undefined,
          options?.dryRun ? 'All' : undefined,
          'backstage-ske',
        ),
    );
    return toResourceDetails(created as ResourceObject);
  }

  async updateResource(
    ref: ResourceRef,
    update: ResourceSpecUpdate,
    ctx: PlatformRequestContext,
  ) {
    const api = await this.clients.objects(ctx.auth);
    const action = `update ${ref.kind} '${ref.namespace}/${ref.name}'`;
    const current = (await this.call(action, () =>
      api.read(header(ref)),
    )) as ResourceObject;
    const base = header(ref);
    const patch = {
      ...base,
      metadata: { ...base.metadata, resourceVersion: update.resourceVersion },
      spec: mergePatchBetween(current.spec ?? {}, update.spec) as Record<
        string,
        unknown
      >,
    };
    const updated = await this.call(action, () =>
      api.patch(
        patch,
        undefined,
        undefined,
        'backstage-ske',
        undefined,
        PatchStrategy.MergePatch,
      ),
    );
    return toResourceDetails(updated as ResourceObject);
  }

  async deleteResource(
    ref: ResourceRef,
    ctx: PlatformRequestContext,
    options?: { dryRun?: boolean },
  ) {
    const api = await this.clients.objects(ctx.auth);
    await this.call(`delete ${ref.kind} '${ref.namespace}/${ref.name}'`, () =>
      api.delete(header(ref), undefined, options?.dryRun ? 'All' : undefined),
    );
  }
}
