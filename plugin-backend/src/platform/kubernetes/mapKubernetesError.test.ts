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

import net from 'node:net';
import {
  AuthenticationError,
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  serializeError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  ApiException,
  CustomObjectsApi,
  KubeConfig,
} from '@kubernetes/client-node';
import { kubeconfigFor, startPlatform } from '@syntasso/ske-platform-simulator';
import type { UnreachableError } from '../networkFailure';
import { mapKubernetesError } from './mapKubernetesError';

const status = (code: number, message: string, reason = 'Reason') => ({
  kind: 'Status',
  apiVersion: 'v1',
  metadata: {},
  status: 'Failure',
  message,
  reason,
  code,
});

const cases: [number, new (...args: any[]) => Error, string][] = [
  [400, InputError, 'InputError'],
  [422, InputError, 'InputError'],
  [401, AuthenticationError, 'AuthenticationError'],
  [403, NotAllowedError, 'NotAllowedError'],
  [404, NotFoundError, 'NotFoundError'],
  [409, ConflictError, 'ConflictError'],
];

describe('mapKubernetesError', () => {
  describe.each(cases)('HTTP %i', (code, ErrorType, name) => {
    const message = `the API server said ${code}`;
    const expected = `Kubernetes refused to get Promise 'x': ${message}`;

    it(`maps a JSON string Status body to ${name}`, () => {
      const error = mapKubernetesError(
        new ApiException(
          code,
          'Unknown API Status Code!',
          JSON.stringify(status(code, message)),
          {},
        ),
        "get Promise 'x'",
      );
      expect(error).toBeInstanceOf(ErrorType);
      expect(error.name).toBe(name);
      expect(error.message).toBe(expected);
    });

    it(`maps an object Status body to ${name}`, () => {
      const error = mapKubernetesError(
        new ApiException(
          code,
          'Unknown API Status Code!',
          status(code, message),
          {},
        ),
        "get Promise 'x'",
      );
      expect(error).toBeInstanceOf(ErrorType);
      expect(error.message).toBe(expected);
    });
  });

  it('falls back to the HTTP code when there is no body', () => {
    const error = mapKubernetesError(
      new ApiException(401, 'Unauthorized', undefined, {}),
      'list Promises',
    );
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toBe(
      "Kubernetes refused to list Promises: HTTP 401 Unauthorized (the cluster did not accept the credential: the configured service account token or the signed-in user's ID token)",
    );
  });

  it('names the reason of other codes that come without a Status', () => {
    const error = mapKubernetesError(
      new ApiException(404, 'Not Found', undefined, {}),
      "get postgresql 'team-a/x'",
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe(
      "Kubernetes refused to get postgresql 'team-a/x': HTTP 404 Not Found",
    );
  });

  it('uses a body that is not JSON as the message', () => {
    const error = mapKubernetesError(
      new ApiException(404, 'x', '404 page not found', {}),
      'list Promises',
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe(
      'Kubernetes refused to list Promises: 404 page not found',
    );
  });

  it('reports upstream 5xx failures as service unavailable with the Status message', () => {
    const error = mapKubernetesError(
      new ApiException(
        500,
        'x',
        JSON.stringify(status(500, 'Internal error occurred: etcd is down')),
        {},
      ),
      'list Promises',
    );
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.message).toBe(
      'Kubernetes refused to list Promises: Internal error occurred: etcd is down',
    );
  });

  it('reports 429 as service unavailable with the Status message', () => {
    const error = mapKubernetesError(
      new ApiException(
        429,
        'x',
        JSON.stringify(status(429, 'too many requests')),
        {},
      ),
      'list Promises',
    );
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.message).toBe(
      'Kubernetes refused to list Promises: too many requests',
    );
  });

  it('forwards other unmapped HTTP failures with the Status message as the cause', () => {
    const error = mapKubernetesError(
      new ApiException(
        405,
        'x',
        JSON.stringify(status(405, 'method not allowed')),
        {},
      ),
      'list Promises',
    );
    for (const type of [
      InputError,
      AuthenticationError,
      NotAllowedError,
      NotFoundError,
      ConflictError,
      ServiceUnavailableError,
    ]) {
      expect(error).not.toBeInstanceOf(type);
    }
    expect(error.message).toBe(
      'Kubernetes refused to list Promises; caused by Error: method not allowed',
    );
  });

  it('never repeats the response headers of an ApiException', () => {
    const error = mapKubernetesError(
      new ApiException(403, 'x', status(403, 'forbidden'), {
        'x-secret-header': 'do-not-leak',
      }),
      'list Promises',
    );
    expect(error.message).not.toContain('do-not-leak');
  });

  it.each([
    [
      'a fetch failure with a cause code',
      Object.assign(new TypeError('fetch failed'), {
        cause: { code: 'ECONNREFUSED', address: '10.0.0.7' },
      }),
    ],
    [
      'a Node system error (string code)',
      Object.assign(new Error('getaddrinfo ENOTFOUND platform.internal'), {
        code: 'ENOTFOUND',
      }),
    ],
    [
      "node-fetch's failure of the request itself (TLS)",
      Object.assign(
        new Error(
          'request to https://10.0.0.7:6443/apis failed, reason: unable to verify the first certificate',
        ),
        {
          name: 'FetchError',
          type: 'system',
          code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
        },
      ),
    ],
  ])(
    'maps %s to a 503 naming no address, keeping the failure as its detail',
    (_what, thrown) => {
      const error = mapKubernetesError(thrown, 'list Promises');
      expect(error).toBeInstanceOf(ServiceUnavailableError);
      expect(error.message).toBe(
        'Kratix platform unreachable while trying to list Promises',
      );
      expect((error as UnreachableError).detail).toBe(thrown);
      expect(JSON.stringify(serializeError(error))).not.toContain('10.0.0.7');
    },
  );

  it.each([
    ['a TypeError of our own', new TypeError("reading 'spec' of undefined")],
    ['a plain error', new Error('socket hang up')],
  ])('passes %s through unchanged (not "unreachable")', (_what, thrown) => {
    expect(mapKubernetesError(thrown, 'list Promises')).toBe(thrown);
  });

  it('makes an Error of a thrown non-error value', () => {
    const error = mapKubernetesError('boom', 'list Promises');
    expect(error).not.toBeInstanceOf(ServiceUnavailableError);
    expect(error.message).toBe('boom');
  });
});

/** The errors `@kubernetes/client-node` really throws, from the simulated platform over HTTPS. */
describe('mapKubernetesError with a real API server', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;

  beforeAll(async () => {
    platform = await startPlatform({ port: 0, pipelineDelayMs: 10 });
  }, 60_000);

  afterAll(async () => {
    await platform?.stop();
  });

  const client = (token: string, server = platform.url) => {
    const kc = new KubeConfig();
    kc.loadFromString(
      kubeconfigFor({ url: server, caCert: platform.caCert }, token),
    );
    return kc.makeApiClient(CustomObjectsApi);
  };
  const promises = {
    group: 'platform.kratix.io',
    version: 'v1alpha1',
    plural: 'promises',
  };
  const postgresqls = {
    group: 'marketplace.kratix.io',
    version: 'v1alpha2',
    plural: 'postgresqls',
  };
  const failureOf = async (call: Promise<unknown>) => {
    try {
      await call;
    } catch (error) {
      return error;
    }
    throw new Error('expected the call to fail');
  };

  it('maps 404 Not Found with the API server message', async () => {
    const error = mapKubernetesError(
      await failureOf(
        client(platform.tokens.backstage).getClusterCustomObject({
          ...promises,
          name: 'nope',
        }),
      ),
      "get Promise 'nope'",
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe(
      `Kubernetes refused to get Promise 'nope': promises.platform.kratix.io "nope" not found`,
    );
  });

  it('maps 401 for an unknown token', async () => {
    const error = mapKubernetesError(
      await failureOf(client('not-a-token').listClusterCustomObject(promises)),
      'list Promises',
    );
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toMatch(/^Kubernetes refused to list Promises: /);
    expect(error.message).not.toContain('not-a-token');
  });

  it('maps 403 Forbidden with the RBAC message', async () => {
    const error = mapKubernetesError(
      await failureOf(
        client(platform.tokens.bob).createNamespacedCustomObject({
          ...postgresqls,
          namespace: 'team-a',
          body: {
            apiVersion: 'marketplace.kratix.io/v1alpha2',
            kind: 'postgresql',
            metadata: { name: 'bobs-db' },
            spec: { teamId: 'team-a' },
          },
        }),
      ),
      'create postgresql',
    );
    expect(error).toBeInstanceOf(NotAllowedError);
    expect(error.message).toContain(
      'Kubernetes refused to create postgresql: ',
    );
    expect(error.message).toContain('"bob"');
  });

  it('maps 409 AlreadyExists', async () => {
    const error = mapKubernetesError(
      await failureOf(
        client(platform.tokens.alice).createNamespacedCustomObject({
          ...postgresqls,
          namespace: 'team-a',
          body: {
            apiVersion: 'marketplace.kratix.io/v1alpha2',
            kind: 'postgresql',
            metadata: { name: 'acid-db' },
            spec: { teamId: 'team-a' },
          },
        }),
      ),
      'create postgresql',
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toBe(
      'Kubernetes refused to create postgresql: postgresqls.marketplace.kratix.io "acid-db" already exists',
    );
  });

  it('maps 422 Invalid with the field causes in the message', async () => {
    const error = mapKubernetesError(
      await failureOf(
        client(platform.tokens.alice).createNamespacedCustomObject({
          ...postgresqls,
          namespace: 'team-a',
          body: {
            apiVersion: 'marketplace.kratix.io/v1alpha2',
            kind: 'postgresql',
            metadata: { name: 'bad-db' },
            spec: { teamId: 'X' },
          },
        }),
      ),
      'create postgresql',
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(
      /^Kubernetes refused to create postgresql: postgresql\.marketplace\.kratix\.io "bad-db" is invalid: spec\.teamId/,
    );
  });

  it('maps a refused connection to ServiceUnavailableError', async () => {
    const closedPort = await new Promise<number>(resolve => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const error = mapKubernetesError(
      await failureOf(
        client(
          platform.tokens.backstage,
          `https://127.0.0.1:${closedPort}`,
        ).listClusterCustomObject(promises),
      ),
      'list Promises',
    );
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.message).toBe(
      'Kratix platform unreachable while trying to list Promises',
    );
    expect((error as UnreachableError).detail).toMatchObject({
      code: 'ECONNREFUSED',
    });
  });
});
