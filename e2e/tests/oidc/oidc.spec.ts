import { expect, test } from '@playwright/test';
import { PlatformHttpClient } from '../../platform/src/testing/httpClient';
import {
  signIdToken,
  startTokenIssuer,
} from '../../platform/src/testing/tokenIssuer';
import { ACID_DB, untilSeeded } from '../seededCatalog';
import { OidcStack, oidcBaseUrl, startOidcStack } from './oidcStack';
import { sessionTokens, signInWithOidc } from './signInWithOidc';

const ACID_DB_PLATFORM =
  '/apis/marketplace.kratix.io/v1alpha2/namespaces/team-a/postgresqls/acid-db';
const ACID_DB_BACKEND =
  '/api/ske/resources/marketplace.kratix.io/v1alpha2/postgresql/team-a/acid-db';
const ID_TOKEN_HEADER = 'Backstage-Kubernetes-Authorization-oidc-oidc';
const BACKSTAGE_SA = 'system:serviceaccount:kratix-platform-system:backstage';

// Each test signs in through the provider's popup: allow for a loaded machine.
test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.use({ baseURL: oidcBaseUrl });

let stack: OidcStack;
let platform: PlatformHttpClient;
/** Every token seen in the run, to prove none reached the backend's log. */
const tokensSeen: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(240_000);
  stack = await startOidcStack();
  platform = new PlatformHttpClient(stack.platform as never);
});

test.afterAll(async () => {
  await stack?.stop();
});

const storageGb = async () =>
  (await platform.get(ACID_DB_PLATFORM)).body.spec.storageGb as number;

test('alice (team-a) updates acid-db in the Manage tab; the platform sees alice', async ({
  page,
}) => {
  await signInWithOidc(page, 'alice');
  const { backstageToken, idToken } = await sessionTokens(page);
  tokensSeen.push(backstageToken, idToken);
  // The stack just started: its catalog fills at the first ingestion.
  await untilSeeded(page, `Bearer ${backstageToken}`);

  await page.goto(`${ACID_DB}/kratix-manage`);
  const storage = page.getByRole('textbox', { name: /Storage GB/ });
  await expect(storage).toHaveValue(String(await storageGb()));
  await storage.fill('65');
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(page.getByText('Update sent to the platform')).toBeVisible();

  expect(await storageGb()).toBe(65);
  const patches = stack
    .platformRequests()
    .filter(r => r.method === 'PATCH' && r.path === ACID_DB_PLATFORM);
  expect(patches).toEqual([
    expect.objectContaining({ user: 'alice', code: 200 }),
  ]);
  // The backend's service account only reads (catalog ingestion): every
  // change is made as the signed-in user.
  expect(
    stack
      .platformRequests()
      .filter(r => r.user === BACKSTAGE_SA && r.method !== 'GET'),
  ).toEqual([]);
});

test("bob (viewers) is refused with the cluster's Forbidden message and nothing changes", async ({
  page,
}) => {
  await signInWithOidc(page, 'bob');
  const { backstageToken, idToken } = await sessionTokens(page);
  tokensSeen.push(backstageToken, idToken);

  await page.goto(`${ACID_DB}/kratix-manage`);
  const storage = page.getByRole('textbox', { name: /Storage GB/ });
  await expect(storage).toHaveValue('65');
  await storage.fill('99');
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(
    page.getByText(/User "bob" cannot patch resource "postgresqls"/),
  ).toBeVisible();
  await page.screenshot({
    path: test.info().outputPath('oidc-bob-forbidden.png'),
    fullPage: true,
  });
  expect(await storageGb()).toBe(65);
  expect(
    stack
      .platformRequests()
      .filter(r => r.method === 'PATCH' && r.user === 'bob')
      .map(r => r.code),
  ).toEqual([403]);
});

test('no ID token, an expired one and another issuer’s each get a clear 401 and change nothing', async ({
  page,
}) => {
  await signInWithOidc(page, 'alice');
  const { backstageToken, idToken } = await sessionTokens(page);
  const current = await page.request.get(ACID_DB_BACKEND, {
    headers: {
      Authorization: `Bearer ${backstageToken}`,
      [ID_TOKEN_HEADER]: idToken,
    },
  });
  expect(current.status()).toBe(200);
  const { resourceVersion } = await current.json();

  const now = Math.floor(Date.now() / 1000);
  const claims = { sub: 'alice', aud: stack.oidc.clientId, groups: ['team-a'] };
  const expired = await signIdToken(
    stack.oidc.signingKey,
    stack.oidc.issuer,
    claims,
    {
      issuedAt: now - 7200,
      expiresAt: now - 3600,
    },
  );
  const otherIssuer = await startTokenIssuer();
  const foreign = await otherIssuer.sign(claims);
  await otherIssuer.stop();
  tokensSeen.push(backstageToken, idToken, expired, foreign);

  const attempts: Array<[string, string | undefined, RegExp]> = [
    ['no token', undefined, /Missing OIDC ID token for provider 'oidc'/],
    // The platform answers 401 Unauthorized; the backend says what it was doing.
    ['expired', expired, /401|Unauthorized/],
    ['another issuer', foreign, /401|Unauthorized/],
  ];
  for (const [what, token, message] of attempts) {
    const response = await page.request.patch(ACID_DB_BACKEND, {
      headers: {
        Authorization: `Bearer ${backstageToken}`,
        ...(token ? { [ID_TOKEN_HEADER]: token } : {}),
      },
      data: { spec: { storageGb: 7 }, resourceVersion },
    });
    expect(response.status(), what).toBe(401);
    const body = await response.json();
    expect(body.error.name, what).toBe('AuthenticationError');
    expect(body.error.message, what).toMatch(message);
    expect(JSON.stringify(body), what).not.toContain(token ?? idToken);
  }
  expect(await storageGb()).toBe(65);
});

test('the backend log and its audit events hold no token', async () => {
  const log = stack.backendLog();
  expect(log).toContain('resource-update');
  expect(tokensSeen.length).toBeGreaterThanOrEqual(8);
  for (const token of tokensSeen) {
    expect(log.includes(token)).toBe(false);
    expect(log.includes(token.split('.')[2])).toBe(false);
  }
  expect(log).not.toMatch(/eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}/);
});
