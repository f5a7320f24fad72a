/*
 * Copyright 2026 The Kratix Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

import {
  ApiBlueprint,
  type AnyApiFactory,
} from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { skeApi } from '../extensions';

/** What the backend receives: each request's URL and headers. */
function recordingBackend() {
  const requests: { url: string; headers: Headers }[] = [];
  return {
    requests,
    discoveryApi: { getBaseUrl: async () => 'http://backend/api/ske' },
    fetchApi: {
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        requests.push({
          url: String(input),
          headers: new Headers(init?.headers),
        });
        return new Response(JSON.stringify({ items: [] }), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        });
      },
    },
  };
}

const idTokenApi = (token: string) => ({ getIdToken: async () => token });

function factoryFor(config?: Record<string, string>): AnyApiFactory {
  return createExtensionTester(skeApi, { config }).get(
    ApiBlueprint.dataRefs.factory,
  );
}

const depIds = (factory: AnyApiFactory) =>
  Object.fromEntries(
    Object.entries(factory.deps).map(([name, ref]) => [name, ref.id]),
  );

async function firstRequestWith(
  factory: AnyApiFactory,
  extraDeps: Record<string, unknown> = {},
) {
  const backend = recordingBackend();
  const client = factory.factory({ ...backend, ...extraDeps }) as {
    listPromises(): Promise<unknown>;
  };
  await client.listPromises();
  return backend.requests[0];
}

describe('api:ske and the OIDC ID token', () => {
  it('sends no ID token header when no provider is configured', async () => {
    const factory = factoryFor();
    expect(Object.keys(factory.deps).sort()).toEqual([
      'discoveryApi',
      'fetchApi',
    ]);
    const request = await firstRequestWith(factory);
    expect(request.url).toBe('http://backend/api/ske/promises');
    const names = [...request.headers.keys()];
    expect(names.filter(n => n.startsWith('backstage-kubernetes'))).toEqual([]);
    expect(request.headers.get('authorization')).toBeNull();
  });

  it.each([
    ['okta', 'core.auth.okta'],
    ['google', 'core.auth.google'],
    ['microsoft', 'core.auth.microsoft'],
  ])(
    'uses the core auth API of a known provider (%s → %s)',
    (provider, apiId) => {
      expect(depIds(factoryFor({ oidcProvider: provider })).oidcAuthApi).toBe(
        apiId,
      );
    },
  );

  it("forwards an app-registered generic provider's ID token in its own header, never in Authorization", async () => {
    const factory = factoryFor({ oidcProvider: 'oidc' });
    expect(depIds(factory).oidcAuthApi).toBe('core.auth.oidc');
    const request = await firstRequestWith(factory, {
      oidcAuthApi: idTokenApi('alice-id-token'),
    });
    expect(
      request.headers.get('Backstage-Kubernetes-Authorization-oidc-oidc'),
    ).toBe('alice-id-token');
    expect(request.headers.get('authorization')).toBeNull();
  });

  it('asks the auth API named by oidcAuthApiId', async () => {
    const factory = factoryFor({
      oidcProvider: 'corp',
      oidcAuthApiId: 'internal.auth.keycloak',
    });
    expect(depIds(factory).oidcAuthApi).toBe('internal.auth.keycloak');
    const request = await firstRequestWith(factory, {
      oidcAuthApi: idTokenApi('corp-token'),
    });
    expect(
      request.headers.get('Backstage-Kubernetes-Authorization-oidc-corp'),
    ).toBe('corp-token');
  });

  it('does not send the request when the ID token cannot be had', async () => {
    const backend = recordingBackend();
    const client = factoryFor({ oidcProvider: 'oidc' }).factory({
      ...backend,
      oidcAuthApi: {
        getIdToken: async () => {
          throw new Error('Login failed, popup was closed');
        },
      },
    }) as { listPromises(): Promise<unknown> };
    await expect(client.listPromises()).rejects.toThrow('popup was closed');
    expect(backend.requests).toEqual([]);
  });
});
