import { OidcTokenAuthenticator } from './OidcTokenAuthenticator';
import {
  generateSigningKey,
  signIdToken,
  startTokenIssuer,
  TokenIssuer,
} from '../testing/tokenIssuer';

describe('OidcTokenAuthenticator', () => {
  let trusted: TokenIssuer;
  let foreign: TokenIssuer;
  let authenticator: OidcTokenAuthenticator;

  beforeAll(async () => {
    [trusted, foreign] = await Promise.all([
      startTokenIssuer(),
      startTokenIssuer(),
    ]);
    authenticator = new OidcTokenAuthenticator({
      issuerUrl: trusted.url,
      clientId: 'backstage',
    });
  });
  afterAll(() => Promise.all([trusted.stop(), foreign.stop()]));

  const alice = { sub: 'alice', aud: 'backstage', groups: ['team-a'] };

  it('maps a valid ID token to its subject and groups', async () => {
    await expect(
      authenticator.authenticate(await trusted.sign(alice)),
    ).resolves.toEqual({
      name: 'alice',
      groups: ['team-a', 'system:authenticated'],
    });
  });

  it('uses the configured username and groups claims', async () => {
    const byEmail = new OidcTokenAuthenticator({
      issuerUrl: trusted.url,
      clientId: 'backstage',
      usernameClaim: 'email',
      groupsClaim: 'roles',
    });
    const token = await trusted.sign({
      sub: 'u-1',
      aud: 'backstage',
      email: 'bob@example.com',
      roles: ['viewers'],
    });
    await expect(byEmail.authenticate(token)).resolves.toEqual({
      name: 'bob@example.com',
      groups: ['viewers', 'system:authenticated'],
    });
  });

  it('refuses an expired token', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await trusted.sign(alice, {
      issuedAt: now - 7200,
      expiresAt: now - 3600,
    });
    await expect(authenticator.authenticate(expired)).resolves.toBeUndefined();
  });

  it("refuses another issuer's token", async () => {
    const token = await foreign.sign(alice);
    await expect(authenticator.authenticate(token)).resolves.toBeUndefined();
  });

  it('refuses a token for another audience', async () => {
    const token = await trusted.sign({ ...alice, aud: 'another-client' });
    await expect(authenticator.authenticate(token)).resolves.toBeUndefined();
  });

  it('refuses a token naming the trusted issuer but signed with a key it does not publish', async () => {
    const { privateJwk } = await generateSigningKey('test-key');
    const forged = await signIdToken(privateJwk, trusted.url, alice);
    await expect(authenticator.authenticate(forged)).resolves.toBeUndefined();
  });

  it('refuses anything that is not a JWT, and an unreachable issuer', async () => {
    await expect(
      authenticator.authenticate('static-token'),
    ).resolves.toBeUndefined();
    const unreachable = new OidcTokenAuthenticator({
      issuerUrl: 'http://127.0.0.1:9',
      clientId: 'backstage',
    });
    await expect(
      unreachable.authenticate(await trusted.sign(alice)),
    ).resolves.toBeUndefined();
  });
});
