import { createApp } from '@backstage/frontend-defaults';

/**
 * The e2e and demo app. Plugins, the SKE plugin included, are found by
 * feature discovery (`app.packages: all`); this file imports none of them.
 */
const app = createApp();

export const appRoot = app.createRoot();
