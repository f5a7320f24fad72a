import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { skePermissions } from '@syntasso/plugin-ske-common';
import { createPlatform } from './platform/createPlatform';
import { createRouter } from './router';
import { PermissionGate } from './service/PermissionGate';
import { ResourceService } from './service/ResourceService';
import { SpecValidator } from './service/SpecValidator';

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
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
      },
      async init({
        config,
        logger,
        httpRouter,
        httpAuth,
        permissions,
        permissionsRegistry,
        auditor,
      }) {
        permissionsRegistry.addPermissions(skePermissions);
        const platform = createPlatform(config, logger);
        const resources = new ResourceService(platform, new SpecValidator());
        const gate = new PermissionGate(httpAuth, permissions);
        httpRouter.use(createRouter({ platform, resources, gate, auditor }));
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
