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
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { CatalogSettings, DEFAULT_CATALOG_SETTINGS } from './CatalogSettings';

/** `ske.catalog` as the catalog module uses it. */
export interface CatalogConfig {
  enabled: boolean;
  schedule: SchedulerServiceTaskScheduleDefinition;
  /** Requests asked for per page when listing a Promise's requests. */
  pageSize: number;
  settings: CatalogSettings;
}

const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { seconds: 30 },
  timeout: { minutes: 5 },
};
const DEFAULT_PAGE_SIZE = 500;

/** Reads `ske.catalog` with its defaults; fails fast on invalid values. */
export function readCatalogConfig(root: Config): CatalogConfig {
  const config = root.getOptionalConfig('ske.catalog');
  const defaults = DEFAULT_CATALOG_SETTINGS;
  const defaultOwner =
    config?.getOptionalString('defaultOwner') ?? defaults.defaultOwner;
  const pageSize = config?.getOptionalNumber('pageSize') ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new Error(
      `ske.catalog.pageSize must be a positive integer, got ${pageSize}`,
    );
  }
  const owners = config?.getOptionalConfig('resources.namespaceOwners');
  return {
    enabled: config?.getOptionalBoolean('enabled') ?? true,
    schedule: config?.has('schedule')
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          config.getConfig('schedule'),
        )
      : DEFAULT_SCHEDULE,
    pageSize,
    settings: {
      ...defaults,
      defaultOwner,
      promiseNamespace:
        config?.getOptionalString('promises.namespace') ??
        defaults.promiseNamespace,
      promiseOwner: config?.getOptionalString('promises.owner') ?? defaultOwner,
      system: config?.getOptionalString('system'),
      lifecycle: config?.getOptionalString('lifecycle') ?? defaults.lifecycle,
      resourceNamespace: config?.getOptionalString('resources.namespace'),
      namespaceOwners: Object.fromEntries(
        (owners?.keys() ?? []).map(key => [key, owners!.getString(key)]),
      ),
    },
  };
}
