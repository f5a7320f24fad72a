import { randomBytes } from 'node:crypto';
import http, { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JWK } from 'jose';
import Provider from 'oidc-provider';
import { OIDC_USERS } from './users';

export interface OidcClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}

export interface OidcProviderOptions {
  host?: string;
  /** 0 picks a free port. */
  port: number;
  client: OidcClient;
  /** The private RS256 JWK the provider signs ID tokens with. */
  signingKey: JWK;
}

export interface RunningOidcProvider {
  issuer: string;
  stop(): Promise<void>;
}

async function findAccount(_ctx: unknown, sub: string) {
  const user = Object.hasOwn(OIDC_USERS, sub) ? OIDC_USERS[sub] : undefined;
  if (!user) return undefined;
  return {
    accountId: sub,
    claims: async () => ({
      sub,
      name: user.name,
      preferred_username: sub,
      email: user.email,
      email_verified: true,
      groups: user.groups,
    }),
  };
}

/**
 * An OpenID Connect provider on loopback (panva's `oidc-provider`) with the
 * users of ./users.ts and one confidential client. Its login page is the
 * package's development interaction: any user name of ./users.ts, any
 * password. ID tokens carry `email` and `groups`; refresh tokens are issued
 * without `offline_access` so Backstage can restore sessions.
 */
export async function startOidcProvider(
  options: OidcProviderOptions,
): Promise<RunningOidcProvider> {
  const host = options.host ?? '127.0.0.1';
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_, res) =>
    res.writeHead(503).end();
  const server = http.createServer((req, res) => handle(req, res));
  await new Promise<void>(resolve =>
    server.listen(options.port, host, resolve),
  );
  const issuer = `http://${host}:${(server.address() as AddressInfo).port}`;
  const { client } = options;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: client.redirectUris,
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [options.signingKey] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'preferred_username', 'groups'],
    },
    conformIdTokenClaims: false,
    findAccount,
    issueRefreshToken: async (_ctx: unknown, c: any) =>
      c.grantTypeAllowed('refresh_token'),
    features: { devInteractions: { enabled: true } },
  });
  provider.on('server_error', (_ctx, error: Error) =>
    process.stderr.write(`[oidc] ${error.message}\n`),
  );
  handle = provider.callback();
  return {
    issuer,
    stop: () =>
      new Promise(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
