import { OAuth2 } from '@backstage/core-app-api';
import { SignInPage } from '@backstage/core-components';
import {
  ApiBlueprint,
  BackstageIdentityApi,
  coreApis,
  createApiRef,
  createFrontendModule,
  OAuthApi,
  OpenIdConnectApi,
  ProfileInfoApi,
  SessionApi,
} from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';

/**
 * The generic `oidc` auth provider (`@backstage/plugin-auth-backend-module-oidc-provider`)
 * as a frontend auth API. Backstage ships no ref for it; `core.auth.oidc` is
 * the ID the SKE plugin's `api:ske` looks up for `oidcProvider: oidc`.
 */
const oidcAuthApiRef = createApiRef<
  OAuthApi &
    OpenIdConnectApi &
    ProfileInfoApi &
    BackstageIdentityApi &
    SessionApi
>().with({ id: 'core.auth.oidc' });

const oidcAuthApi = ApiBlueprint.make({
  name: 'oidc-auth',
  params: define =>
    define({
      api: oidcAuthApiRef,
      deps: {
        discoveryApi: coreApis.discovery,
        oauthRequestApi: coreApis.internal.oauthRequest,
        configApi: coreApis.config,
      },
      factory: ({ discoveryApi, oauthRequestApi, configApi }) =>
        OAuth2.create({
          configApi,
          discoveryApi,
          oauthRequestApi,
          provider: { id: 'oidc', title: 'OpenID Connect', icon: () => null },
          environment: configApi.getOptionalString('auth.environment'),
          defaultScopes: ['openid', 'profile', 'email'],
        }),
    }),
});

/** The sign-in page: guest (as before) or the OpenID provider. */
const signInPage = SignInPageBlueprint.make({
  params: {
    loader: async () => props =>
      (
        <SignInPage
          {...props}
          providers={[
            'guest',
            {
              id: 'oidc-auth-provider',
              title: 'OpenID Connect',
              message: 'Sign in through the OpenID provider',
              apiRef: oidcAuthApiRef,
            },
          ]}
        />
      ),
  },
});

/** Registers the OIDC auth API and the sign-in page in the app. */
export const oidcAuthModule = createFrontendModule({
  pluginId: 'app',
  extensions: [oidcAuthApi, signInPage],
});
