import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import type { KratixPlatform } from './KratixPlatform';
import { KubeClientProvider } from './kubernetes/KubeClientProvider';
import { KubernetesKratixPlatform } from './kubernetes/KubernetesKratixPlatform';
import { readClusterDetails } from './kubernetes/readClusterDetails';

/** Builds the platform for `ske.mode` (default `kubernetes`); fails fast on bad config. */
export function createPlatform(
  config: Config,
  logger: LoggerService,
): KratixPlatform {
  const mode = config.getOptionalString('ske.mode') ?? 'kubernetes';
  if (mode !== 'kubernetes') {
    throw new Error(
      `ske.mode '${mode}' is not supported; supported modes: kubernetes`,
    );
  }
  const clients = new KubeClientProvider(readClusterDetails(config));
  logger.info(`SKE plugin in kubernetes mode, using ${clients.describe()}`);
  return new KubernetesKratixPlatform(clients);
}
