import {
  ApiRef,
  createApiRef,
  gitlabAuthApiRef,
  googleAuthApiRef,
  microsoftAuthApiRef,
  oktaAuthApiRef,
  oneloginAuthApiRef,
  OpenIdConnectApi,
  vmwareCloudAuthApiRef,
} from '@backstage/frontend-plugin-api';

/**
 * The core auth APIs that can issue an OpenID Connect ID token, by the
 * provider name a cluster's `oidcTokenProvider` uses (as in Backstage's
 * Kubernetes plugin).
 *
 * @public
 */
export const builtInOidcAuthApiRefs: Record<
  string,
  ApiRef<OpenIdConnectApi>
> = {
  google: googleAuthApiRef,
  microsoft: microsoftAuthApiRef,
  okta: oktaAuthApiRef,
  onelogin: oneloginAuthApiRef,
  gitlab: gitlabAuthApiRef,
  'vmware-cloud': vmwareCloudAuthApiRef,
};

/**
 * The auth API that holds the ID token for `provider`: `apiId` when given,
 * else the built-in one of that name, else the app-registered API with the
 * ID `core.auth.<provider>` (e.g. a generic `oidc` provider).
 */
export function oidcAuthApiRefFor(
  provider: string,
  apiId?: string,
): ApiRef<OpenIdConnectApi> {
  if (!apiId && Object.hasOwn(builtInOidcAuthApiRefs, provider)) {
    return builtInOidcAuthApiRefs[provider];
  }
  return createApiRef<OpenIdConnectApi>().with({
    id: apiId ?? `core.auth.${provider}`,
  });
}
