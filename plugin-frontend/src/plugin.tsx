import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { skeApi, skeEntityExtensions } from './extensions';

/**
 * The SKE (Kratix) plugin for the new frontend system.
 *
 * @public
 */
export const skePlugin = createFrontendPlugin({
  pluginId: 'ske',
  title: 'Kratix',
  info: { packageJson: () => import('../package.json') },
  extensions: [skeApi, ...Object.values(skeEntityExtensions)],
});
