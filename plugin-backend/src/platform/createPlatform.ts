/*
 * Copyright 2026 The Kratix Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

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
