import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { skePermissions } from '@syntasso/plugin-ske-common';
import { registerResourceActions, ResourceOperations } from './actions';
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
      },
      async init({
        services: { platform, resources },
        actionsRegistry,
        httpRouter,
        httpAuth,
        permissions,
        permissionsRegistry,
        auditor,
      }) {
        permissionsRegistry.addPermissions(skePermissions);
        const gate = new PermissionGate(httpAuth, permissions);
        httpRouter.use(
          createRouter({ platform, resources, gate, auditor, httpAuth }),
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
