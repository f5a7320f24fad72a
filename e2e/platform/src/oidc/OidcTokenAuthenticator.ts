import { createRemoteJWKSet, JWTPayload, jwtVerify } from 'jose';
import type { Authenticator, PlatformUser } from '../auth';

/**
 * The API server's OIDC flags: `--oidc-issuer-url`, `--oidc-client-id`,
 * `--oidc-username-claim`, `--oidc-groups-claim` (no prefixes).
 */
export interface OidcAuthenticatorOptions {
  issuerUrl: string;
  clientId: string;
  /** Default `sub`, like the API server. */
  usernameClaim?: string;
  /** Default `groups`. */
  groupsClaim?: string;
}

/**
 * Bearer JWTs (ID tokens) verified against the issuer's JWKS, found through
 * its discovery document, with the expected issuer and audience, as
 * kube-apiserver's OIDC authenticator does. Anything else (expired, another
 * issuer, another audience, a forged signature, not a JWT) is no user.
 */
export class OidcTokenAuthenticator implements Authenticator {
  private jwks?: Promise<ReturnType<typeof createRemoteJWKSet>>;

  constructor(private readonly options: OidcAuthenticatorOptions) {}

  async authenticate(token: string): Promise<PlatformUser | undefined> {
    if (token.split('.').length !== 3) return undefined;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await this.keySet(), {
        issuer: this.options.issuerUrl,
        audience: this.options.clientId,
        algorithms: ['RS256', 'ES256', 'PS256'],
      }));
    } catch {
      return undefined;
    }
    const name = payload[this.options.usernameClaim ?? 'sub'];
    if (typeof name !== 'string' || name === '') return undefined;
    const groups = payload[this.options.groupsClaim ?? 'groups'];
    return {
      name,
      groups: [
        ...(Array.isArray(groups)
          ? groups.filter((g): g is string => typeof g === 'string')
          : []),
        'system:authenticated',
      ],
    };
  }

  private keySet() {
    this.jwks ??= this.discover().catch(e => {
      this.jwks = undefined;
      throw e;
    });
    return this.jwks;
  }

  private async discover() {
    const url = `${this.options.issuerUrl.replace(
      /\/$/,
      '',
    )}/.well-known/openid-configuration`;
    const response = await fetch(url);
    if (!response.ok) {
      throw new Error(`OIDC discovery ${url} failed: ${response.status}`);
    }
    const { jwks_uri: jwksUri } = (await response.json()) as {
      jwks_uri: string;
    };
    return createRemoteJWKSet(new URL(jwksUri));
  }
}
