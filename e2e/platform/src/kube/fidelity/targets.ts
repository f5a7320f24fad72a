import { OidcTokenAuthenticator } from '../../oidc/OidcTokenAuthenticator';
import { startPlatform } from '../../platform';
import { startTokenIssuer, TokenIssuer } from '../../testing/tokenIssuer';
import type { PlatformUserName } from '../../access';
import { findKubeBinaries } from '../binaries';
import { freePorts } from '../ports';
import { startHttpsTokenIssuer } from '../httpsTokenIssuer';
import { startKube } from '../startKube';

export const CLIENT_ID = 'backstage';
const PORTS = { from: 23000, to: 23999 };

/** One API server under the fidelity suite, with an OpenID issuer it trusts. */
export interface FidelityTarget {
  server: {
    url: string;
    caCert: string;
    tokens: Record<PlatformUserName, string>;
  };
  issuer: TokenIssuer;
  stop(): Promise<void>;
}

export interface TargetFactory {
  name: string;
  /** Why this target cannot run here, if it cannot. */
  skip?: string;
  start(): Promise<FidelityTarget>;
}

const double: TargetFactory = {
  name: 'double',
  async start() {
    const issuer = await startTokenIssuer();
    const [port] = await freePorts(1, PORTS);
    const platform = await startPlatform({
      port,
      seed: false,
      pipelineDelayMs: 10,
      authenticators: [
        new OidcTokenAuthenticator({
          issuerUrl: issuer.url,
          clientId: CLIENT_ID,
        }),
      ],
    });
    ['team-a', 'team-b'].forEach(name =>
      platform.apply({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name },
      }),
    );
    return {
      server: platform,
      issuer,
      async stop() {
        await platform.stop();
        await issuer.stop();
      },
    };
  },
};

const found = findKubeBinaries();
const real: TargetFactory = {
  name: 'kube-apiserver',
  skip: 'missing' in found ? found.missing : undefined,
  async start() {
    const [issuerPort] = await freePorts(1, PORTS);
    const issuer = await startHttpsTokenIssuer(issuerPort);
    try {
      const kube = await startKube({
        ports: PORTS,
        oidc: [
          { issuerUrl: issuer.url, caCert: issuer.caCert, clientId: CLIENT_ID },
        ],
      });
      return {
        server: kube,
        issuer,
        async stop() {
          await kube.stop();
          await issuer.stop();
        },
      };
    } catch (e) {
      await issuer.stop();
      throw e;
    }
  },
};

/** The double always; kube-apiserver where it is built (skipped with the reason otherwise). */
export const fidelityTargets: TargetFactory[] = process.env.FIDELITY_ONLY
  ? [double, real].filter(t => t.name === process.env.FIDELITY_ONLY)
  : [double, real];
