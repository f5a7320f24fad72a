/**
 * The SKE (Kratix) backend plugin for Backstage.
 *
 * @packageDocumentation
 */
import { createBackendFeatureLoader } from '@backstage/backend-plugin-api';
import { skePlugin } from './plugin';
import { skeScaffolderModule } from './scaffolderModule';
import { skeCatalogModule } from './catalog/catalogModule';

/**
 * Everything `backend.add(import('@syntasso/plugin-ske-backend'))` installs:
 * the `ske` plugin (HTTP API and actions-registry actions), the scaffolder
 * module with `ske:configure-resource` and `ske:delete-resource`, and the
 * catalog module that ingests Promises, their Templates and resource
 * requests (see `ske.catalog`).
 *
 * @public
 */
const skeFeatures = createBackendFeatureLoader({
  *loader() {
    yield skePlugin;
    yield skeScaffolderModule;
    yield skeCatalogModule;
  },
});

export default skeFeatures;
export { skePlugin, skeScaffolderModule, skeCatalogModule };
