import { createApiRef } from '@backstage/frontend-plugin-api';
import type {
  ListResult,
  PromiseDetails,
  PromiseSummary,
  ResourceDetails,
  ResourceList,
  ResourceRef,
  UpdateResourceRequest,
} from '@syntasso/plugin-ske-common';

/**
 * The SKE backend as the frontend sees it. The frontend never knows the
 * platform mode; the backend decides. Failures are `ResponseError`s; see
 * `describeSkeError`.
 *
 * @public
 */
export interface SkeApi {
  listPromises(): Promise<ListResult<PromiseSummary>>;
  getPromise(name: string): Promise<PromiseDetails>;
  listResources(
    promiseName: string,
    options?: { namespace?: string; limit?: number },
  ): Promise<ResourceList>;
  getResource(ref: ResourceRef): Promise<ResourceDetails>;
  updateResource(
    ref: ResourceRef,
    request: UpdateResourceRequest,
  ): Promise<ResourceDetails>;
  deleteResource(ref: ResourceRef): Promise<void>;
}

/** @public */
export const skeApiRef = createApiRef<SkeApi>().with({
  id: 'plugin.ske.api',
  pluginId: 'ske',
});
