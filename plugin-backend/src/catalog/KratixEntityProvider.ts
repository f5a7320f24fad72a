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

import type {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import type {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { catalogEntities, PlatformInventory } from './catalogEntities';
import type { CatalogSettings } from './CatalogSettings';

/** The provider's name (and location key). */
const PROVIDER_NAME = 'ske-kratix';
/** The id of the provider's scheduled refresh. */
export const REFRESH_TASK_ID = `${PROVIDER_NAME}:refresh`;

/**
 * Fills the catalog from the Kratix platform: at every run of its scheduled
 * task (one backend replica at a time), reads the whole inventory and
 * replaces everything it provided before with a full mutation, so deleted
 * Promises and requests leave the catalog at the next refresh.
 */
export class KratixEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;

  constructor(
    private readonly options: {
      read: () => Promise<PlatformInventory>;
      settings: CatalogSettings;
      scheduler: SchedulerService;
      schedule: SchedulerServiceTaskScheduleDefinition;
      logger: LoggerService;
    },
  ) {}

  getProviderName(): string {
    return PROVIDER_NAME;
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    await this.options.scheduler.scheduleTask({
      id: REFRESH_TASK_ID,
      ...this.options.schedule,
      fn: () => this.refresh(),
    });
  }

  /** One full refresh; throws (leaving the catalog as it was) when the platform cannot be read. */
  async refresh(): Promise<void> {
    if (!this.connection) {
      throw new Error(`${PROVIDER_NAME} is not connected to the catalog`);
    }
    const started = Date.now();
    let inventory: PlatformInventory;
    try {
      inventory = await this.options.read();
    } catch (error) {
      this.options.logger.warn(
        `Kratix catalog refresh failed, the catalog keeps the previous entities: ${
          (error as Error).message
        }`,
      );
      throw error;
    }
    const entities = catalogEntities(inventory, this.options.settings);
    await this.connection.applyMutation({
      type: 'full',
      entities: entities.map(entity => ({
        entity,
        locationKey: PROVIDER_NAME,
      })),
    });
    this.options.logger.info(
      `Kratix catalog refresh: ${entities.length} entities from ${
        inventory.promises.length
      } Promises in ${Date.now() - started} ms`,
    );
  }
}
