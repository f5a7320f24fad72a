import fs from 'node:fs';
import YAML from 'yaml';
import type { RunningPlatform } from './platform';

type PlatformEndpoint = Pick<RunningPlatform, 'url' | 'caCert'>;

const CLUSTER = 'kratix-platform';

function kubeconfig(
  platform: PlatformEndpoint,
  users: [name: string, token: string][],
  currentUser: string,
) {
  return {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [
      {
        name: CLUSTER,
        cluster: {
          server: platform.url,
          'certificate-authority-data': Buffer.from(platform.caCert).toString(
            'base64',
          ),
        },
      },
    ],
    users: users.map(([name, token]) => ({ name, user: { token } })),
    contexts: users.map(([name]) => ({
      name: `kratix-${name}`,
      context: { cluster: CLUSTER, user: name },
    })),
    'current-context': `kratix-${currentUser}`,
  };
}

/** Writes a kubeconfig with one context per simulated user (`kratix-<user>`). */
export function writeKubeconfig(
  file: string,
  platform: PlatformEndpoint & Pick<RunningPlatform, 'tokens'>,
) {
  const config = kubeconfig(platform, Object.entries(platform.tokens), 'admin');
  fs.writeFileSync(file, YAML.stringify(config), { mode: 0o600 });
}

/**
 * A kubeconfig (YAML) for the platform as the holder of one bearer token, for
 * `KubeConfig.loadFromString`.
 */
export function kubeconfigFor(platform: PlatformEndpoint, token: string) {
  return YAML.stringify(kubeconfig(platform, [['user', token]], 'user'));
}
