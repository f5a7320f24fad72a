import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  exportJWK,
  generateKeyPair,
  importJWK,
  JWK,
  JWTPayload,
  SignJWT,
} from 'jose';

/** Signs ID tokens as `issuer` with a private JWK (its `kid` goes in the header). */
export async function signIdToken(
  privateJwk: JWK,
  issuer: string,
  claims: JWTPayload & { sub: string; aud: string },
  lifetime: { issuedAt?: number; expiresAt?: number } = {},
): Promise<string> {
  const key = await importJWK(privateJwk, privateJwk.alg ?? 'RS256');
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: privateJwk.alg ?? 'RS256', kid: privateJwk.kid })
    .setIssuer(issuer)
    .setIssuedAt(lifetime.issuedAt ?? now)
    .setExpirationTime(lifetime.expiresAt ?? now + 300)
    .sign(key);
}

/** A fresh RS256 key pair as JWKs with a `kid`. */
export async function generateSigningKey(kid: string) {
  const { publicKey, privateKey } = await generateKeyPair('RS256', {
    extractable: true,
  });
  const meta = { kid, alg: 'RS256', use: 'sig' };
  return {
    publicJwk: { ...(await exportJWK(publicKey)), ...meta },
    privateJwk: { ...(await exportJWK(privateKey)), ...meta },
  };
}

export interface TokenIssuer {
  url: string;
  /** Signs an ID token of this issuer. */
  sign(
    claims: JWTPayload & { sub: string; aud: string },
    lifetime?: { issuedAt?: number; expiresAt?: number },
  ): Promise<string>;
  stop(): Promise<void>;
}

/**
 * A minimal OpenID issuer on loopback for tests: a discovery document and
 * a JWKS over HTTP, and a signer with its private key.
 */
export async function startTokenIssuer(): Promise<TokenIssuer> {
  const { publicJwk, privateJwk } = await generateSigningKey('test-key');
  let url = '';
  const server = http.createServer((req, res) => {
    const body =
      req.url === '/.well-known/openid-configuration'
        ? { issuer: url, jwks_uri: `${url}/jwks` }
        : { keys: [publicJwk] };
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    sign: (claims, lifetime) => signIdToken(privateJwk, url, claims, lifetime),
    stop: () =>
      new Promise(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
