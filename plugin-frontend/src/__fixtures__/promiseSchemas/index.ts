export type { PromiseFixture } from './PromiseFixture';
export { appStack, REGIONS } from './appStack';
export { largeCatalog, LARGE_CATALOG_FIELDS } from './largeCatalog';
export { hyphenatedKind, noSpec } from './small';
