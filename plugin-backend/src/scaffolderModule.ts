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
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import {
  createConfigureResourceAction,
  createDeleteResourceAction,
  createPublishCatalogAction,
  createRecordRequestAction,
  createWriteManifestAction,
  ResourceOperations,
} from './actions';
import { readCatalogConfig } from './catalog/readCatalogConfig';
import { PermissionGate } from './service/PermissionGate';
import { skeServicesRef } from './service/skeServices';

/**
 * Adds the SKE actions to the scaffolder: `ske:configure-resource`,
 * `ske:delete-resource`, `ske:write-manifest`, `ske:publish-catalog` and
 * `ske:record-request`.
 * Installed with the plugin by the package's default export; ignored when
 * the backend has no scaffolder.
 *
 * @public
 */
export const skeScaffolderModule = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'ske',
  register(env) {
    env.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        services: skeServicesRef,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        auditor: coreServices.auditor,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
      },
      async init({
        scaffolder,
        services,
        httpAuth,
        permissions,
        auditor,
        config,
        logger,
        discovery,
        auth,
      }) {
        const operations = new ResourceOperations(
          services.resources,
          new PermissionGate(httpAuth, permissions),
          auditor,
        );
        scaffolder.addActions(
          createConfigureResourceAction(
            operations,
            readCatalogConfig(config).settings,
          ),
          createDeleteResourceAction(operations),
          createWriteManifestAction(),
          createPublishCatalogAction({ config, logger }),
          createRecordRequestAction({ discovery, auth }),
        );
      },
    });
  },
});
