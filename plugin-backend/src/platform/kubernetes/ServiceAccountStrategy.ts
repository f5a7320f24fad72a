import fs from 'node:fs/promises';
import type {
  AuthMetadata,
  AuthenticationStrategy,
  ClusterDetails,
  KubernetesCredential,
} from '@backstage/plugin-kubernetes-node';

/** The pod's projected service account token, used when none is configured. */
export const IN_CLUSTER_TOKEN_PATH =
  '/var/run/secrets/kubernetes.io/serviceaccount/token';

/**
 * `authProvider: serviceAccount`: the configured `serviceAccountToken`, else
 * the pod's own token (read on every call, since projected tokens rotate).
 */
export class ServiceAccountStrategy implements AuthenticationStrategy {
  constructor(private readonly tokenPath: string = IN_CLUSTER_TOKEN_PATH) {}

  async getCredential(cluster: ClusterDetails): Promise<KubernetesCredential> {
    const configured = cluster.authMetadata.serviceAccountToken;
    if (configured) {
      return { type: 'bearer token', token: configured };
    }
    const token = (await fs.readFile(this.tokenPath, 'utf8')).trim();
    return { type: 'bearer token', token };
  }

  validateCluster(): Error[] {
    return [];
  }

  presentAuthMetadata(_authMetadata: AuthMetadata): AuthMetadata {
    return {};
  }
}
