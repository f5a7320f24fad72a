import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  ListResult,
  PromiseDetails,
  PromiseSummary,
} from '@syntasso/plugin-ske-common';
import type { SkeApi } from './SkeApi';

/** Talks to `/api/ske` with the user's Backstage token (through FetchApi). @public */
export class SkeClient implements SkeApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    const baseUrl = await this.deps.discoveryApi.getBaseUrl('ske');
    const response = await this.deps.fetchApi.fetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }

  listPromises(): Promise<ListResult<PromiseSummary>> {
    return this.request('/promises');
  }

  getPromise(name: string): Promise<PromiseDetails> {
    return this.request(`/promises/${encodeURIComponent(name)}`);
  }
}
