/**
 * The SKE (Kratix) backend plugin for Backstage.
 *
 * @packageDocumentation
 */
import { createBackendFeatureLoader } from '@backstage/backend-plugin-api';
import { skePlugin } from './plugin';
import { skeScaffolderModule } from './scaffolderModule';

/**
 * Everything `backend.add(import('@syntasso/plugin-ske-backend'))` installs:
 * the `ske` plugin (HTTP API and actions-registry actions) and the scaffolder
 * module with `ske:configure-resource` and `ske:delete-resource`.
 *
 * @public
 */
const skeFeatures = createBackendFeatureLoader({
  *loader() {
    yield skePlugin;
    yield skeScaffolderModule;
  },
});

export default skeFeatures;
export { skePlugin, skeScaffolderModule };
export type {
  KratixPlatform,
  PlatformRequestContext,
  WriteReceipt,
} from './platform/KratixPlatform';
export type { PlatformCredentials } from './platform/PlatformCredentials';
