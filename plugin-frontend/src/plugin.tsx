import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { skeApi, skeEntityExtensions } from './extensions';
import { templateListRouteRef, templateRouteRef } from './routes';

/**
 * The SKE (Kratix) plugin for the new frontend system.
 *
 * @public
 */
export const skePlugin = createFrontendPlugin({
  pluginId: 'ske',
  title: 'Kratix',
  info: { packageJson: () => import('../package.json') },
  externalRoutes: {
    template: templateRouteRef,
    templateList: templateListRouteRef,
  },
  extensions: [skeApi, ...Object.values(skeEntityExtensions)],
});
