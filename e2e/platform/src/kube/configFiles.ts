import YAML from 'yaml';
import type { PlatformUser } from '../auth';

/** kube-apiserver's `--token-auth-file`: `token,user,uid,"group1,group2"` per line. */
export function tokenAuthFile(users: [token: string, user: PlatformUser][]) {
  return users
    .map(([token, user]) => {
      // the API server adds system:authenticated itself
      const groups = user.groups.filter(g => g !== 'system:authenticated');
      return [token, user.name, user.name, `"${groups.join(',')}"`].join(',');
    })
    .join('\n')
    .concat('\n');
}

/** Audit every request at Metadata level: who did what to which object, with what result. */
export function auditPolicy() {
  return YAML.stringify({
    apiVersion: 'audit.k8s.io/v1',
    kind: 'Policy',
    omitStages: ['RequestReceived'],
    rules: [{ level: 'Metadata' }],
  });
}

/** An OpenID issuer kube-apiserver's JWT authenticator trusts (it must be HTTPS). */
export interface KubeOidcIssuer {
  issuerUrl: string;
  /** PEM of the CA that signed the issuer's serving certificate. */
  caCert: string;
  clientId: string;
  /** Default `sub`. */
  usernameClaim?: string;
  /** Default `groups`. */
  groupsClaim?: string;
}

/**
 * The structured `--authentication-config`, like the `--oidc-*` flags the
 * double's OidcTokenAuthenticator mirrors: no username or group prefixes.
 */
export function authenticationConfig(issuers: KubeOidcIssuer[]) {
  return YAML.stringify({
    apiVersion: 'apiserver.config.k8s.io/v1beta1',
    kind: 'AuthenticationConfiguration',
    jwt: issuers.map(issuer => ({
      issuer: {
        url: issuer.issuerUrl,
        certificateAuthority: issuer.caCert,
        audiences: [issuer.clientId],
      },
      claimMappings: {
        username: { claim: issuer.usernameClaim ?? 'sub', prefix: '' },
        groups: { claim: issuer.groupsClaim ?? 'groups', prefix: '' },
      },
    })),
  });
}
