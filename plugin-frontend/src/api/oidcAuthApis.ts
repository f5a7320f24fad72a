/*
 * Copyright 2026 The Kratix Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

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
