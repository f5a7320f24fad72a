export { skeApiRef } from './SkeApi';
export type { SkeApi } from './SkeApi';
export { SkeClient } from './SkeClient';
export { describeSkeError } from './describeSkeError';
export type { SkeErrorDescription } from './describeSkeError';
