/**
 * The SKE (Kratix) frontend plugin for Backstage's new frontend system.
 *
 * @packageDocumentation
 */
export { skePlugin as default } from './plugin';
export { skeApiRef, SkeClient } from './api';
export type { SkeApi, SkeOidcTokenSource } from './api';
export {
  isKratixPromisePredicate,
  isKratixResourcePredicate,
} from './predicates';
