/**
 * The SKE plugin for the new frontend system, with its extension table.
 *
 * @packageDocumentation
 */
export { skePlugin as default } from './plugin';
export { skeApi, skeEntityExtensions } from './extensions';
export { skeEntityExtensionTable } from './extensionTable';
export { templateListRouteRef, templateRouteRef } from './routes';
export { skeTranslationRef } from './translation';
export type { SkeEntityContentName } from './translation';
export type {
  SkeEntityCardSpec,
  SkeEntityContentSpec,
  SkeEntityExtensionName,
  SkeEntityExtensionSpec,
} from './extensionTable';
