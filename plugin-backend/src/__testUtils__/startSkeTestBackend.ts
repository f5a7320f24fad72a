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

import type { AuditorServiceEvent } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { startPlatform } from '@syntasso/ske-platform-simulator';
import { skePlugin } from '../plugin';

export type RunningPlatform = Awaited<ReturnType<typeof startPlatform>>;
export type PlatformRequest = RunningPlatform['requestLog'][number];
export type JsonObject = NonNullable<
  NonNullable<Parameters<typeof mockServices.rootConfig.factory>[0]>['data']
>;
export type BackendFeature = Parameters<
  typeof startTestBackend
>[0]['features'] extends (infer F)[] | undefined
  ? F
  : never;
export type TestServer = Awaited<ReturnType<typeof startTestBackend>>['server'];

/** The service account the simulated platform knows Backstage as. */
export const BACKSTAGE_SA =
  'system:serviceaccount:kratix-platform-system:backstage';

/** Starts the simulated Kratix platform with fast pipelines and waits until its seed data has settled. */
export async function startSkePlatform(): Promise<RunningPlatform> {
  const platform = await startPlatform({ port: 0, pipelineDelayMs: 10 });
  await platform.settled();
  return platform;
}

/**
 * The `kratix` cluster as an adopter configures it (service account mode,
 * the platform's CA); an `undefined` override drops the key.
 */
export function platformCluster(
  platform: RunningPlatform,
  overrides: Record<string, string | boolean | undefined> = {},
): JsonObject {
  const entries = Object.entries({
    name: 'kratix',
    url: platform.url,
    authProvider: 'serviceAccount',
    serviceAccountToken: platform.tokens.backstage,
    caData: Buffer.from(platform.caCert).toString('base64'),
    ...overrides,
  });
  return Object.fromEntries(
    entries.filter(([, v]) => v !== undefined),
  ) as JsonObject;
}

/** Backstage config with one cluster in `kubernetes.clusterLocatorMethods`, chosen by `ske.kubernetes.platformName`. */
export function skeConfig(
  cluster: JsonObject,
  platformName = 'kratix',
): JsonObject {
  return {
    kubernetes: {
      clusterLocatorMethods: [{ type: 'config', clusters: [cluster] }],
    },
    ske: { kubernetes: { platformName } },
  };
}

/** A Backstage backend with the SKE plugin, the given config and any extra features (service factories). */
export async function startSkeTestBackend(options: {
  config: JsonObject;
  features?: BackendFeature[];
}): Promise<TestServer> {
  const backend = await startTestBackend({
    features: [
      skePlugin,
      mockServices.rootConfig.factory({ data: options.config }),
      ...(options.features ?? []),
    ],
  });
  return backend.server;
}

/** The platform requests made while `fn` ran. */
export async function platformCallsDuring<T>(
  platform: RunningPlatform,
  fn: () => Promise<T>,
): Promise<{ result: T; calls: PlatformRequest[] }> {
  const start = platform.requestLog.length;
  const result = await fn();
  return { result, calls: platform.requestLog.slice(start) };
}

/** One auditor event as the plugin reported it: what it created, and how it ended. */
export interface RecordedAuditEvent {
  eventId: string;
  severityLevel?: string;
  meta?: unknown;
  outcome?: 'success' | 'fail';
  outcomeMeta?: unknown;
  error?: Error;
}

/**
 * An auditor (`mockServices.auditor.mock`) that records every event and its
 * outcome; pass `factory` to the backend.
 */
export function recordingAuditor() {
  const events: RecordedAuditEvent[] = [];
  const auditor = mockServices.auditor.mock({
    createEvent: async options => {
      const event: RecordedAuditEvent = {
        eventId: options.eventId,
        severityLevel: options.severityLevel,
        meta: options.meta,
      };
      events.push(event);
      const outcome: AuditorServiceEvent = {
        success: async successOptions => {
          event.outcome = 'success';
          event.outcomeMeta = successOptions?.meta;
        },
        fail: async failOptions => {
          event.outcome = 'fail';
          event.outcomeMeta = failOptions.meta;
          event.error = failOptions.error;
        },
      };
      return outcome;
    },
  });
  return { auditor, factory: auditor.factory, events };
}
