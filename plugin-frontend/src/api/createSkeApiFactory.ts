import { coreApis, createApiFactory } from '@backstage/frontend-plugin-api';
import { skeApiRef } from './SkeApi';
import { SkeClient } from './SkeClient';
import { oidcAuthApiRefFor } from './oidcAuthApis';

/** The `api:ske` extension's config. @public */
export interface SkeApiConfig {
  /** The cluster's `oidcTokenProvider`; unset: no ID token is sent. */
  oidcProvider?: string;
  /** The ID of the auth API that issues its ID token, when not the default. */
  oidcAuthApiId?: string;
}

/**
 * The SKE API factory for a config: with `oidcProvider`, the client also
 * depends on that provider's auth API and forwards the user's ID token.
 */
export function createSkeApiFactory({
  oidcProvider,
  oidcAuthApiId,
}: SkeApiConfig) {
  const deps = { discoveryApi: coreApis.discovery, fetchApi: coreApis.fetch };
  if (!oidcProvider) {
    return createApiFactory({
      api: skeApiRef,
      deps,
      factory: apis => new SkeClient(apis),
    });
  }
  return createApiFactory({
    api: skeApiRef,
    deps: {
      ...deps,
      oidcAuthApi: oidcAuthApiRefFor(oidcProvider, oidcAuthApiId),
    },
    factory: ({ discoveryApi, fetchApi, oidcAuthApi }) =>
      new SkeClient({
        discoveryApi,
        fetchApi,
        oidc: { provider: oidcProvider, authApi: oidcAuthApi },
      }),
  });
}
