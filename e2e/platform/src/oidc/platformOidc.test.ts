import { startPlatform, RunningPlatform } from '../platform';
import { PlatformHttpClient } from '../testing/httpClient';
import { startTokenIssuer, TokenIssuer } from '../testing/tokenIssuer';
import { OidcTokenAuthenticator } from './OidcTokenAuthenticator';

const ACID_DB =
  '/apis/marketplace.kratix.io/v1alpha2/namespaces/team-a/postgresqls/acid-db';
const MERGE_PATCH = 'application/merge-patch+json';

describe('the platform with an OIDC issuer', () => {
  let issuer: TokenIssuer;
  let foreign: TokenIssuer;
  let platform: RunningPlatform;
  let api: PlatformHttpClient;

  beforeAll(async () => {
    [issuer, foreign] = await Promise.all([
      startTokenIssuer(),
      startTokenIssuer(),
    ]);
    platform = await startPlatform({
      port: 0,
      pipelineDelayMs: 50,
      authenticators: [
        new OidcTokenAuthenticator({
          issuerUrl: issuer.url,
          clientId: 'backstage',
        }),
      ],
    });
    await platform.settled();
    api = new PlatformHttpClient(platform);
  }, 60_000);

  afterAll(async () => {
    await platform?.stop();
    await Promise.all([issuer?.stop(), foreign?.stop()]);
  });

  const idToken = (sub: string, groups: string[]) =>
    issuer.sign({ sub, aud: 'backstage', groups });
  const storageGb = async () =>
    (await api.get(ACID_DB)).body.spec.storageGb as number;

  it("lets alice (team-a) patch team-a's resource and logs her as the user", async () => {
    const token = await idToken('alice', ['team-a']);
    const response = await api.patch(
      ACID_DB,
      { spec: { storageGb: 60 } },
      MERGE_PATCH,
      { token },
    );
    expect(response.status).toBe(200);
    expect(await storageGb()).toBe(60);
    expect(platform.requestLog).toContainEqual(
      expect.objectContaining({ user: 'alice', method: 'PATCH', code: 200 }),
    );
    expect(JSON.stringify(platform.requestLog)).not.toContain(token);
  });

  it('refuses bob (viewers) with a Forbidden Status naming him', async () => {
    const token = await idToken('bob', ['viewers']);
    expect((await api.get(ACID_DB, { token })).status).toBe(200);
    const response = await api.patch(
      ACID_DB,
      { spec: { storageGb: 70 } },
      MERGE_PATCH,
      { token },
    );
    expect(response.status).toBe(403);
    expect(response.body.message).toContain('User "bob" cannot patch');
    expect(await storageGb()).toBe(60);
  });

  it('answers expired, foreign and wrong-audience tokens with a 401 Status and changes nothing', async () => {
    const now = Math.floor(Date.now() / 1000);
    const tokens = [
      await issuer.sign(
        { sub: 'alice', aud: 'backstage', groups: ['team-a'] },
        { issuedAt: now - 7200, expiresAt: now - 3600 },
      ),
      await foreign.sign({
        sub: 'alice',
        aud: 'backstage',
        groups: ['team-a'],
      }),
      await issuer.sign({ sub: 'alice', aud: 'other', groups: ['team-a'] }),
    ];
    for (const token of tokens) {
      const response = await api.patch(
        ACID_DB,
        { spec: { storageGb: 80 } },
        MERGE_PATCH,
        { token },
      );
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({
        kind: 'Status',
        reason: 'Unauthorized',
        code: 401,
      });
    }
    expect(await storageGb()).toBe(60);
  });

  it('still accepts the static tokens', async () => {
    expect((await api.as('bob').get(ACID_DB)).status).toBe(200);
  });
});
