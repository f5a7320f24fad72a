/**
 * The SKE (Kratix) backend plugin for Backstage.
 *
 * @packageDocumentation
 */
import { createBackendFeatureLoader } from '@backstage/backend-plugin-api';
import { skePlugin } from './plugin';

/**
 * Everything `backend.add(import('@syntasso/plugin-ske-backend'))` installs.
 *
 * @public
 */
const skeFeatures = createBackendFeatureLoader({
  *loader() {
    yield skePlugin;
  },
});

export default skeFeatures;
export { skePlugin };
export type {
  KratixPlatform,
  PlatformRequestContext,
} from './platform/KratixPlatform';
