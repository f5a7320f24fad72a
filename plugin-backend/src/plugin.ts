import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { skePermissions } from '@syntasso/plugin-ske-common';
import { createPlatform } from './platform/createPlatform';
import { createRouter } from './router';
import { PermissionGate } from './service/PermissionGate';

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
      },
      async init({
        config,
        logger,
        httpRouter,
        httpAuth,
        permissions,
        permissionsRegistry,
      }) {
        permissionsRegistry.addPermissions(skePermissions);
        const platform = createPlatform(config, logger);
        httpRouter.use(
          createRouter({
            platform,
            gate: new PermissionGate(httpAuth, permissions),
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
