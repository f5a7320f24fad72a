import { createApp } from '@backstage/frontend-defaults';
import { oidcAuthModule } from './oidcAuth';

/**
 * The e2e and demo app. Plugins, the SKE plugin included, are found by
 * feature discovery (`app.packages: all`); this file imports none of them.
 * It only adds what an app itself owns: the generic OIDC auth API and a
 * sign-in page offering it.
 */
const app = createApp({ features: [oidcAuthModule] });

export const appRoot = app.createRoot();
