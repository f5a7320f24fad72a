export { skeApiRef } from './SkeApi';
export type { SkeApi } from './SkeApi';
export { SkeClient } from './SkeClient';
