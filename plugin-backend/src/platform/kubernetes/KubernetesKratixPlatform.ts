import type {
  PromiseDetails,
  PromiseSummary,
} from '@syntasso/plugin-ske-common';
import type { KratixPlatform, PlatformRequestContext } from '../KratixPlatform';
import {
  KratixPromiseObject,
  toPromiseDetails,
  toPromiseSummary,
} from '../promiseView';
import type { KubeClientProvider } from './KubeClientProvider';
import { mapKubernetesError } from './mapKubernetesError';

const PROMISES = {
  group: 'platform.kratix.io',
  version: 'v1alpha1',
  plural: 'promises',
};

/** Kubernetes mode: reads and writes the Kratix platform cluster's API. */
export class KubernetesKratixPlatform implements KratixPlatform {
  constructor(private readonly clients: KubeClientProvider) {}

  private async call<T>(
    action: string,
    ctx: PlatformRequestContext,
    fn: (
      api: Awaited<ReturnType<KubeClientProvider['customObjects']>>,
    ) => Promise<T>,
  ) {
    const api = await this.clients.customObjects(ctx.auth);
    try {
      return await fn(api);
    } catch (error) {
      throw mapKubernetesError(error, action);
    }
  }

  async listPromises(ctx: PlatformRequestContext): Promise<PromiseSummary[]> {
    const list = await this.call('list Promises', ctx, api =>
      api.listClusterCustomObject(PROMISES),
    );
    return (list.items as KratixPromiseObject[]).map(toPromiseSummary);
  }

  async getPromise(
    name: string,
    ctx: PlatformRequestContext,
  ): Promise<PromiseDetails> {
    const promise = await this.call(`get Promise '${name}'`, ctx, api =>
      api.getClusterCustomObject({ ...PROMISES, name }),
    );
    return toPromiseDetails(promise as KratixPromiseObject);
  }
}
