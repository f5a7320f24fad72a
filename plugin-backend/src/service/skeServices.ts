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

import {
  coreServices,
  createServiceFactory,
  createServiceRef,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import type { KratixPlatform } from '../platform/KratixPlatform';
import { createPlatform } from '../platform/createPlatform';
import { ResourceService } from './ResourceService';
import { SpecValidator } from './SpecValidator';

/** The platform of the configured mode and the resource service on top of it. */
export interface SkeServices {
  platform: KratixPlatform;
  resources: ResourceService;
}

/** Builds the services from config; fails fast on bad config. */
export function createSkeServices(
  config: Config,
  logger: LoggerService,
): SkeServices {
  const platform = createPlatform(config, logger);
  return {
    platform,
    resources: new ResourceService(platform, new SpecValidator()),
  };
}

/**
 * One set of SKE services per backend, shared by the `ske` plugin (HTTP API,
 * actions registry) and its scaffolder module, so both write through the
 * same platform instance (one git working copy in GitOps mode).
 */
export const skeServicesRef = createServiceRef<SkeServices>({
  id: 'ske.services',
  scope: 'root',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.rootLogger,
      },
      factory: ({ config, logger }) =>
        createSkeServices(config, logger.child({ plugin: 'ske' })),
    }),
});
