import {
  createConfiguration,
  CustomObjectsApi,
  KubeConfig,
  ServerConfiguration,
} from '@kubernetes/client-node';
import type { KubernetesRequestAuth } from '@backstage/plugin-kubernetes-common';
import type {
  AuthenticationStrategy,
  ClusterDetails,
  KubernetesCredential,
} from '@backstage/plugin-kubernetes-node';
import { ConnectionPool } from './ConnectionPool';
import { OidcStrategy } from './OidcStrategy';
import { ServiceAccountStrategy } from './ServiceAccountStrategy';

function userOf(credential: KubernetesCredential) {
  switch (credential.type) {
    case 'bearer token':
      return { token: credential.token };
    case 'x509 client certificate':
      return { certData: credential.cert, keyData: credential.key };
    default:
      return {};
  }
}

const STRATEGIES: Record<string, () => AuthenticationStrategy> = {
  serviceAccount: () => new ServiceAccountStrategy(),
  oidc: () => new OidcStrategy(),
};

/**
 * Makes `@kubernetes/client-node` clients for the platform cluster with the
 * right credential for each request. For a configured cluster, a client is
 * built per call from that call's credential (a user's token never outlives
 * its request); without one, the in-cluster or local kubeconfig is used.
 */
export class KubeClientProvider {
  private readonly strategy?: AuthenticationStrategy;
  private defaultConfig?: KubeConfig;
  private readonly connections = new ConnectionPool();

  constructor(
    private readonly cluster: ClusterDetails | undefined,
    private readonly options: {
      /** Where the pod's service account files are mounted (prefix of /var/run/secrets/...); for tests. */
      inClusterPathPrefix?: string;
    } = {},
  ) {
    if (cluster) {
      const provider = cluster.authMetadata['kubernetes.io/auth-provider'];
      this.strategy = STRATEGIES[provider]();
      const errors = this.strategy.validateCluster(cluster.authMetadata);
      if (errors.length > 0) {
        throw new Error(errors.map(e => e.message).join('; '));
      }
    }
  }

  /** A description of the target for logs (never credentials). */
  describe(): string {
    return this.cluster
      ? `cluster '${this.cluster.name}' at ${this.cluster.url} (authProvider ${this.cluster.authMetadata['kubernetes.io/auth-provider']})`
      : 'the in-cluster or local kubeconfig';
  }

  /** A client for custom resources, with this request's credential, over pooled connections. */
  async customObjects(auth: KubernetesRequestAuth): Promise<CustomObjectsApi> {
    const kc = await this.kubeConfig(auth);
    const server = kc.getCurrentCluster()?.server;
    if (!server) {
      throw new Error(`No cluster to connect to in ${this.describe()}`);
    }
    return new CustomObjectsApi(
      createConfiguration({
        baseServer: new ServerConfiguration(server, {}),
        authMethods: { default: kc },
        promiseMiddleware: [this.connections.middleware],
      }),
    );
  }

  private async kubeConfig(auth: KubernetesRequestAuth): Promise<KubeConfig> {
    if (!this.cluster || !this.strategy) {
      if (!this.defaultConfig) {
        this.defaultConfig = new KubeConfig();
        if (process.env.KUBERNETES_SERVICE_HOST) {
          this.defaultConfig.loadFromCluster(this.options.inClusterPathPrefix);
        } else {
          this.defaultConfig.loadFromDefault();
        }
      }
      return this.defaultConfig;
    }
    const credential = await this.strategy.getCredential(this.cluster, auth);
    const kc = new KubeConfig();
    kc.loadFromOptions({
      clusters: [
        {
          name: this.cluster.name,
          server: this.cluster.url,
          skipTLSVerify: this.cluster.skipTLSVerify ?? false,
          caData: this.cluster.caData,
          caFile: this.cluster.caFile,
        },
      ],
      users: [{ name: 'user', ...userOf(credential) }],
      contexts: [
        { name: 'platform', cluster: this.cluster.name, user: 'user' },
      ],
      currentContext: 'platform',
    });
    return kc;
  }
}
