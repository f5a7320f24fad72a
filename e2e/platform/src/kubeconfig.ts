import fs from 'node:fs';
import YAML from 'yaml';
import type { RunningPlatform } from './platform';

/** Writes a kubeconfig with one context per simulated user (`kratix-<user>`). */
export function writeKubeconfig(
  file: string,
  platform: Pick<RunningPlatform, 'url' | 'caCert' | 'tokens'>,
) {
  const users = Object.entries(platform.tokens);
  const config = {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [
      {
        name: 'kratix-platform',
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
      context: { cluster: 'kratix-platform', user: name },
    })),
    'current-context': 'kratix-admin',
  };
  fs.writeFileSync(file, YAML.stringify(config), { mode: 0o600 });
}
