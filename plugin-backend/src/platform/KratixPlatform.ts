import type { KubernetesRequestAuth } from '@backstage/plugin-kubernetes-common';
import type {
  PromiseDetails,
  PromiseSummary,
} from '@syntasso/plugin-ske-common';

/**
 * Per-request context for platform calls: the caller's forwarded platform
 * credentials (e.g. `{ oidc: { <provider>: <ID token> } }`). Never stored.
 */
export interface PlatformRequestContext {
  auth: KubernetesRequestAuth;
}

/**
 * The Kratix platform behind the plugin. The router talks only to this
 * interface; `kubernetes` and `gitops` modes implement it.
 */
export interface KratixPlatform {
  listPromises(ctx: PlatformRequestContext): Promise<PromiseSummary[]>;
  getPromise(
    name: string,
    ctx: PlatformRequestContext,
  ): Promise<PromiseDetails>;
}
