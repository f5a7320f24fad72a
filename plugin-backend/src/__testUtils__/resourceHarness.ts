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

import type { KubeObject } from '@syntasso/ske-platform-simulator';
import request from 'supertest';
import {
  platformCallsDuring,
  platformCluster,
  PlatformRequest,
  recordingAuditor,
  RunningPlatform,
  skeConfig,
  startSkePlatform,
  startSkeTestBackend,
  TestServer,
} from './startSkeTestBackend';

export const OIDC_HEADER = 'Backstage-Kubernetes-Authorization-oidc-test';
export const PG_API_VERSION = 'marketplace.kratix.io/v1alpha2';
export const PG_ROUTE =
  '/api/ske/resources/marketplace.kratix.io/v1alpha2/postgresql';
export const pgRoute = (namespace: string, name: string) =>
  `${PG_ROUTE}/${namespace}/${name}`;
export const pgPlatformPath = (namespace: string, name?: string) =>
  `/apis/marketplace.kratix.io/v1alpha2/namespaces/${namespace}/postgresqls${
    name ? `/${name}` : ''
  }`;

export type User = 'alice' | 'bob';
export type Method = 'get' | 'post' | 'patch' | 'delete';
export interface FieldError {
  path: string;
  message: string;
}

export const writes = (calls: PlatformRequest[]) =>
  calls.filter(c => c.method !== 'GET');
export const byPath = (a: FieldError, b: FieldError) =>
  a.path.localeCompare(b.path);

/** A postgresql resource request manifest. */
export const postgresql = (
  namespace: string,
  name: string,
  spec: Record<string, unknown>,
  metadata: Record<string, unknown> = {},
) => ({
  apiVersion: PG_API_VERSION,
  kind: 'postgresql',
  metadata: { name, namespace, ...metadata },
  spec,
});

/** The identity of a resource as audit events carry it. */
export const identity = (
  namespace: string,
  name: string,
  kind = 'postgresql',
) => ({
  apiVersion:
    kind === 'postgresql' ? PG_API_VERSION : 'streaming.syntasso.io/v1',
  kind,
  namespace,
  name,
});

/** Checks `check` every 10 ms, at most `attempts` times; whether it came true. */
export async function eventually(
  check: () => boolean,
  attempts = 500,
): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    if (check()) return true;
    await new Promise(resolve => setTimeout(resolve, 10));
  }
  return check();
}

/**
 * Starts the simulated platform and a backend for an OIDC cluster (each
 * call reaches the platform as the caller) around the enclosing `describe`,
 * and gives the tests ways to call it and look at the platform.
 */
export function useResourceHarness() {
  const audit = recordingAuditor();
  /** Every error response body any test received, to check none leaks a credential. */
  const errorBodies: string[] = [];
  const h = {
    platform: undefined as unknown as RunningPlatform,
    server: undefined as unknown as TestServer,
    audit,
    errorBodies,
  };

  beforeAll(async () => {
    h.platform = await startSkePlatform();
    h.server = await startSkeTestBackend({
      config: skeConfig(
        platformCluster(h.platform, {
          authProvider: 'oidc',
          oidcTokenProvider: 'test',
        }),
      ),
      features: [audit.factory],
    });
  }, 60_000);

  afterAll(async () => {
    await h.platform?.stop();
  });

  /** Sends a request to the backend, as `as` when given (their ID token in the OIDC header). */
  const call = async (
    method: Method,
    path: string,
    options: { as?: User; body?: unknown; to?: TestServer } = {},
  ) => {
    let req = request(options.to ?? h.server)[method](path);
    if (options.as) {
      req = req.set(OIDC_HEADER, h.platform.tokens[options.as]);
    }
    const res = await (options.body === undefined
      ? req
      : req.send(options.body as object));
    if (res.status >= 400) {
      errorBodies.push(res.text);
    }
    return res;
  };

  /** The response, the platform requests and the audit events of one backend call. */
  const observe = async (...args: Parameters<typeof call>) => {
    const auditStart = audit.events.length;
    const { result: res, calls } = await platformCallsDuring(h.platform, () =>
      call(...args),
    );
    return { res, calls, events: audit.events.slice(auditStart) };
  };

  const postgresqls = () =>
    h.platform.registry.find(
      'marketplace.kratix.io',
      'v1alpha2',
      'postgresqls',
    )!;

  /** The postgresql object as the platform stores it, if it exists. */
  const stored = (namespace: string, name: string): KubeObject | undefined =>
    h.platform.store
      .list(postgresqls(), namespace)
      .find(o => o.metadata.name === name);

  /** Waits until the simulated Kratix pipeline has finished for the object's current generation. */
  const settled = (namespace: string, name: string) =>
    eventually(() => {
      const obj = stored(namespace, name);
      const status = obj?.status as { observedGeneration?: number } | undefined;
      return status?.observedGeneration === obj?.metadata.generation;
    });

  /** Creates a postgresql on the platform directly and waits for its pipeline. */
  const seed = async (
    namespace: string,
    name: string,
    spec: Record<string, unknown>,
  ) => {
    h.platform.apply(postgresql(namespace, name, spec) as KubeObject);
    expect(await settled(namespace, name)).toBe(true);
    return stored(namespace, name)!;
  };

  return Object.assign(h, {
    call,
    observe,
    postgresqls,
    stored,
    settled,
    seed,
  });
}

/** The audit event of a mutation that succeeded, as the recording auditor holds it. */
export const succeeded = (
  eventId: 'resource-create' | 'resource-update' | 'resource-delete',
  resource: ReturnType<typeof identity>,
  options: { dryRun?: boolean } = {},
) => {
  const meta = { ...resource, dryRun: options.dryRun ?? false };
  return {
    eventId,
    severityLevel: 'medium',
    meta,
    outcome: 'success',
    outcomeMeta: meta,
  };
};

/** Matches the audit event of a mutation on `resource` that ended with `outcome`. */
export const auditEvent = (
  eventId: 'resource-create' | 'resource-update' | 'resource-delete',
  resource: ReturnType<typeof identity>,
  outcome: 'success' | 'fail',
  options: { dryRun?: boolean } = {},
) =>
  expect.objectContaining({
    eventId,
    meta: { ...resource, dryRun: options.dryRun ?? false },
    outcome,
  });
