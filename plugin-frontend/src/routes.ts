import { createExternalRouteRef } from '@backstage/frontend-plugin-api';

/**
 * A Template's page in the scaffolder, where the Create button of a Promise
 * leads. Bound to the scaffolder's `selectedTemplate` route by default; an
 * app can rebind it under `app.routes.bindings` as `ske.template`.
 *
 * @public
 */
export const templateRouteRef = createExternalRouteRef({
  params: ['namespace', 'templateName'],
  defaultTarget: 'scaffolder.selectedTemplate',
});

/**
 * The scaffolder's template list, where the Create button leads (filtered for
 * the Promise) when the Promise names no Template. Bound to the scaffolder's
 * `root` route by default; rebind it as `ske.templateList`.
 *
 * @public
 */
export const templateListRouteRef = createExternalRouteRef({
  defaultTarget: 'scaffolder.root',
});
