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
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { skeServicesRef } from '../service/skeServices';
import { KratixEntityProvider } from './KratixEntityProvider';
import { readCatalogConfig } from './readCatalogConfig';
import { readInventory } from './readInventory';
import { serviceContext } from './serviceContext';

/**
 * Fills the catalog from the Kratix platform: a Component per Promise, a
 * Template per Promise with an API, a Component per resource request.
 * Installed with the plugin by the package's default export; ignored when
 * the backend has no catalog. `ske.catalog.enabled: false` turns it off.
 *
 * @public
 */
export const skeCatalogModule = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'ske-entities',
  register(env) {
    env.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        services: skeServicesRef,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
      },
      async init({ catalog, services, config, logger, scheduler }) {
        const catalogConfig = readCatalogConfig(config);
        if (!catalogConfig.enabled) {
          logger.info('SKE catalog ingestion is off (ske.catalog.enabled)');
          return;
        }
        const service = serviceContext(config);
        if (!service.ok) {
          logger.warn(service.reason);
          return;
        }
        catalog.addEntityProvider(
          new KratixEntityProvider({
            read: () =>
              readInventory(
                services.platform,
                service.ctx,
                catalogConfig.pageSize,
              ),
            settings: catalogConfig.settings,
            scheduler,
            schedule: catalogConfig.schedule,
            logger,
          }),
        );
      },
    });
  },
});
