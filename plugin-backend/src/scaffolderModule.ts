import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import {
  createConfigureResourceAction,
  createDeleteResourceAction,
  ResourceOperations,
} from './actions';
import { PermissionGate } from './service/PermissionGate';
import { skeServicesRef } from './service/skeServices';

/**
 * Adds `ske:configure-resource` and `ske:delete-resource` to the scaffolder.
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
      },
      async init({ scaffolder, services, httpAuth, permissions, auditor }) {
        const operations = new ResourceOperations(
          services.resources,
          new PermissionGate(httpAuth, permissions),
          auditor,
        );
        scaffolder.addActions(
          createConfigureResourceAction(operations),
          createDeleteResourceAction(operations),
        );
      },
    });
  },
});
