import { createApiRef } from '@backstage/frontend-plugin-api';
import type {
  ListResult,
  PromiseDetails,
  PromiseSummary,
} from '@syntasso/plugin-ske-common';

/**
 * The SKE backend as the frontend sees it. The frontend never knows the
 * platform mode; the backend decides.
 *
 * @public
 */
export interface SkeApi {
  listPromises(): Promise<ListResult<PromiseSummary>>;
  getPromise(name: string): Promise<PromiseDetails>;
}

/** @public */
export const skeApiRef = createApiRef<SkeApi>().with({
  id: 'plugin.ske.api',
  pluginId: 'ske',
});
