/**
 * The SKE plugin for the new frontend system, its API extension and route refs.
 *
 * @packageDocumentation
 */
export { skePlugin as default } from './plugin';
export { skeApi } from './extensions';
export { templateListRouteRef, templateRouteRef } from './routes';
export { skeTranslationRef } from './translation';
