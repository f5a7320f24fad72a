import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { OidcTokenAuthenticator } from '../platform/src/oidc/OidcTokenAuthenticator';
import { startOidcProvider } from '../platform/src/oidc/startOidcProvider';
import { generateSigningKey } from '../platform/src/testing/tokenIssuer';

/** What the e2e tests need to know of the stack's OpenID provider (written to oidc.json). */
export interface OidcStackInfo {
  issuer: string;
  clientId: string;
  /** The provider's signing key, so tests can mint e.g. expired tokens of this issuer. */
  signingKey: Record<string, unknown>;
}

/**
 * Starts the e2e OpenID provider for Backstage at `baseUrl` and returns the
 * platform's authenticator for its ID tokens (like kube-apiserver
 * `--oidc-issuer-url=<issuer> --oidc-client-id=backstage
 * --oidc-username-claim=sub --oidc-groups-claim=groups`) and the env the
 * backend's app-config.oidc.yaml reads.
 */
export async function startOidcIssuer(
  port: number,
  baseUrl: string,
  runDir: string,
) {
  const clientId = 'backstage';
  const clientSecret = randomBytes(24).toString('base64url');
  const { privateJwk } = await generateSigningKey('e2e-oidc');
  const provider = await startOidcProvider({
    port,
    signingKey: privateJwk,
    client: {
      clientId,
      clientSecret,
      redirectUris: [`${baseUrl}/api/auth/oidc/handler/frame`],
    },
  });
  const info: OidcStackInfo = {
    issuer: provider.issuer,
    clientId,
    signingKey: privateJwk,
  };
  fs.writeFileSync(
    path.join(runDir, 'oidc.json'),
    JSON.stringify(info, null, 2),
    {
      mode: 0o600,
    },
  );
  return {
    provider,
    authenticator: new OidcTokenAuthenticator({
      issuerUrl: provider.issuer,
      clientId,
      usernameClaim: 'sub',
      groupsClaim: 'groups',
    }),
    backendEnv: {
      SKE_OIDC_ISSUER: provider.issuer,
      SKE_OIDC_CLIENT_ID: clientId,
      SKE_OIDC_CLIENT_SECRET: clientSecret,
      SKE_OIDC_SESSION_SECRET: randomBytes(24).toString('base64url'),
    },
  };
}
