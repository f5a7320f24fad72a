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
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { skePermissions } from '@syntasso/plugin-ske-common';
import { registerResourceActions, ResourceOperations } from './actions';
import { PendingRequestStore } from './database/PendingRequestStore';
import { createRouter } from './router';
import { PermissionGate } from './service/PermissionGate';
import { skeServicesRef } from './service/skeServices';

/**
 * The SKE backend plugin: serves `/api/ske` for the frontend and scaffolder.
 *
 * @public
 */
export const skePlugin = createBackendPlugin({
  pluginId: 'ske',
  register(env) {
    env.registerInit({
      deps: {
        services: skeServicesRef,
        actionsRegistry: actionsRegistryServiceRef,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        database: coreServices.database,
        logger: coreServices.logger,
      },
      async init({
        services: { platform, resources },
        actionsRegistry,
        httpRouter,
        httpAuth,
        permissions,
        permissionsRegistry,
        auditor,
        database,
        logger,
      }) {
        permissionsRegistry.addPermissions(skePermissions);
        const gate = new PermissionGate(httpAuth, permissions);
        const pendingRequests = await PendingRequestStore.create(database);
        httpRouter.use(
          createRouter({
            platform,
            resources,
            gate,
            auditor,
            logger,
            httpAuth,
            pendingRequests,
          }),
        );
        registerResourceActions(
          actionsRegistry,
          new ResourceOperations(resources, gate, auditor),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
