import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { createGitOpsPlatform } from './gitops/createGitOpsPlatform';
import type { KratixPlatform } from './KratixPlatform';
import { KubeClientProvider } from './kubernetes/KubeClientProvider';
import { KubernetesKratixPlatform } from './kubernetes/KubernetesKratixPlatform';
import { readClusterDetails } from './kubernetes/readClusterDetails';

const MODES: Record<
  string,
  (config: Config, logger: LoggerService) => KratixPlatform
> = {
  kubernetes(config, logger) {
    const clients = new KubeClientProvider(readClusterDetails(config), {
      serviceToken: config.getOptionalString('ske.catalog.serviceAccountToken'),
    });
    logger.info(`SKE plugin in kubernetes mode, using ${clients.describe()}`);
    return new KubernetesKratixPlatform(clients);
  },
  gitops: createGitOpsPlatform,
};

/** Builds the platform for `ske.mode` (default `kubernetes`); fails fast on bad config. */
export function createPlatform(
  config: Config,
  logger: LoggerService,
): KratixPlatform {
  const mode = config.getOptionalString('ske.mode') ?? 'kubernetes';
  const create = Object.hasOwn(MODES, mode) ? MODES[mode] : undefined;
  if (!create) {
    throw new Error(
      `ske.mode '${mode}' is not supported; supported modes: ${Object.keys(
        MODES,
      ).join(', ')}`,
    );
  }
  return create(config, logger);
}
