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
  coreServices,
  createBackendModule,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import scaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import request from 'supertest';
import { skeCatalogModule } from '../catalog/catalogModule';
import { REFRESH_TASK_ID } from '../catalog/KratixEntityProvider';
import type {
  BackendFeature,
  JsonObject,
  TestServer,
} from './startSkeTestBackend';

/** Catalog rules that let the ingested kinds in (Backstage's default rules do not allow Template). */
const CATALOG_RULES = {
  rules: [{ allow: ['Component', 'Template', 'Group', 'User', 'Location'] }],
};

/** `config` with catalog rules for the ingested kinds; `catalog` adds `ske.catalog` keys. */
export function withCatalogConfig(
  config: JsonObject,
  catalog: JsonObject = {},
): JsonObject {
  const ske = (config.ske ?? {}) as JsonObject;
  return {
    ...config,
    catalog: CATALOG_RULES,
    ske: {
      ...ske,
      catalog,
    },
  };
}

/** A running catalog backend, and a way to run the SKE provider's refresh now. */
export interface CatalogBackend {
  server: TestServer;
  /** Runs the provider's scheduled refresh and waits for it (rejects when it failed or is not scheduled). */
  refresh(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A backend with the catalog (and its Template kind) and the SKE catalog
 * module only, with `config` as given (see {@link withCatalogConfig}). Its
 * (mock) scheduler runs each task once at startup, then when `refresh` asks.
 */
export async function startCatalogBackend(
  config: JsonObject,
  features: BackendFeature[] = [],
): Promise<CatalogBackend> {
  let scheduler: SchedulerService | undefined;
  const captureScheduler = createBackendModule({
    pluginId: 'catalog',
    moduleId: 'test-scheduler',
    register(env) {
      env.registerInit({
        deps: { service: coreServices.scheduler },
        async init({ service }) {
          scheduler = service;
        },
      });
    },
  });
  const backend = await startTestBackend({
    features: [
      // A scheduler of its own: the default one is shared by every test backend.
      mockServices.scheduler.factory(),
      captureScheduler,
      catalogPlugin,
      scaffolderEntityModel,
      skeCatalogModule,
      mockServices.rootConfig.factory({ data: config }),
      ...features,
    ],
  });
  return {
    server: backend.server,
    refresh: async () => {
      const tasks = await scheduler!.getScheduledTasks();
      if (!tasks.some(t => t.id === REFRESH_TASK_ID)) {
        throw new Error(`${REFRESH_TASK_ID} is not scheduled`);
      }
      await scheduler!.triggerTask(REFRESH_TASK_ID);
    },
    stop: () => backend.stop(),
  };
}

/** The entities the SKE provider put in the catalog, by entity ref. */
export async function ingestedEntities(
  server: TestServer,
): Promise<Map<string, Entity>> {
  const res = await request(server)
    .get('/api/catalog/entities')
    .set('Authorization', mockCredentials.user.header());
  if (res.status !== 200) {
    throw new Error(`catalog answered ${res.status}: ${res.text}`);
  }
  return new Map(
    (res.body as Entity[])
      .filter(
        e =>
          e.metadata.annotations?.['backstage.io/managed-by-location'] ===
          'kratix:platform',
      )
      .map(e => [stringifyEntityRef(e), e]),
  );
}

/**
 * Reads the ingested entities until `check` holds for them (every 100 ms, at
 * most `timeoutMs`), and returns them; fails with the last refs seen.
 */
export async function ingestedWhen(
  server: TestServer,
  check: (entities: Map<string, Entity>) => boolean,
  timeoutMs = 20_000,
): Promise<Map<string, Entity>> {
  const deadline = Date.now() + timeoutMs;
  let entities = await ingestedEntities(server);
  while (!check(entities)) {
    if (Date.now() > deadline) {
      throw new Error(
        `catalog never matched; last seen: ${[...entities.keys()].join(', ')}`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 100));
    entities = await ingestedEntities(server);
  }
  return entities;
}
