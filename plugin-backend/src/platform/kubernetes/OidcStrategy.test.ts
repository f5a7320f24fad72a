import { AuthenticationError } from '@backstage/errors';
import type { ClusterDetails } from '@backstage/plugin-kubernetes-node';
import { OidcStrategy, oidcHeaderName, readRequestAuth } from './OidcStrategy';

const cluster = (provider?: string): ClusterDetails => ({
  name: 'kratix',
  url: 'https://platform.example.com',
  authMetadata: {
    'kubernetes.io/auth-provider': 'oidc',
    ...(provider ? { 'kubernetes.io/oidc-token-provider': provider } : {}),
  },
});

describe('OidcStrategy', () => {
  const strategy = new OidcStrategy();

  it("uses the token of the cluster's oidcTokenProvider as a bearer token", async () => {
    await expect(
      strategy.getCredential(cluster('okta'), {
        oidc: { google: 'google-token', okta: 'okta-token' },
      }),
    ).resolves.toEqual({ type: 'bearer token', token: 'okta-token' });
  });

  it('fails with an AuthenticationError naming the provider and header when the token is missing', async () => {
    const result = strategy.getCredential(cluster('okta'), {});
    await expect(result).rejects.toBeInstanceOf(AuthenticationError);
    await expect(result).rejects.toThrow(
      "Missing OIDC ID token for provider 'okta': sign in with 'okta' and send the token in the backstage-kubernetes-authorization-oidc-okta header",
    );
  });

  it('never uses a token for another provider', async () => {
    const result = strategy.getCredential(cluster('okta'), {
      oidc: { google: 'google-token' },
    });
    await expect(result).rejects.toBeInstanceOf(AuthenticationError);
    await expect(result).rejects.toThrow(/provider 'okta'/);
    await expect(result).rejects.not.toThrow(/google-token/);
  });

  it('treats an empty token as missing', async () => {
    await expect(
      strategy.getCredential(cluster('okta'), { oidc: { okta: '' } }),
    ).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('requires oidcTokenProvider on the cluster', () => {
    expect(strategy.validateCluster(cluster('okta').authMetadata)).toEqual([]);
    expect(
      strategy.validateCluster(cluster().authMetadata).map(e => e.message),
    ).toEqual(["Cluster with authProvider 'oidc' must set oidcTokenProvider"]);
  });

  it('presents only the token provider, never other metadata', () => {
    expect(
      strategy.presentAuthMetadata({
        ...cluster('okta').authMetadata,
        serviceAccountToken: 'secret',
      }),
    ).toEqual({ 'kubernetes.io/oidc-token-provider': 'okta' });
  });
});

describe('oidcHeaderName', () => {
  it('is the Kubernetes plugin header for the provider', () => {
    expect(oidcHeaderName('test')).toBe(
      'backstage-kubernetes-authorization-oidc-test',
    );
  });
});

describe('readRequestAuth', () => {
  it('reads every per-provider OIDC header, case-insensitively, without the Bearer prefix', () => {
    expect(
      readRequestAuth({
        'Backstage-Kubernetes-Authorization-OIDC-Okta': 'Bearer okta-token',
        'backstage-kubernetes-authorization-oidc-google':
          'bearer  google-token',
        'backstage-kubernetes-authorization-oidc-test': 'raw-token',
      }),
    ).toEqual({
      oidc: { okta: 'okta-token', google: 'google-token', test: 'raw-token' },
    });
  });

  it('ignores other headers and non-string values', () => {
    expect(
      readRequestAuth({
        authorization: 'Bearer backstage-token',
        'backstage-kubernetes-authorization-google': 'not-oidc',
        'backstage-kubernetes-authorization-oidc-multi': ['a', 'b'],
        'backstage-kubernetes-authorization-oidc-none': undefined,
      }),
    ).toEqual({});
  });

  it('only strips a leading Bearer', () => {
    expect(
      readRequestAuth({
        'backstage-kubernetes-authorization-oidc-x': 'abcBearer def',
      }),
    ).toEqual({
      oidc: { x: 'abcBearer def' },
    });
  });

  it('produces auth the strategy accepts', async () => {
    const auth = readRequestAuth({
      'Backstage-Kubernetes-Authorization-oidc-test': 'Bearer id-token',
    });
    await expect(
      new OidcStrategy().getCredential(cluster('test'), auth),
    ).resolves.toEqual({
      type: 'bearer token',
      token: 'id-token',
    });
  });
});
