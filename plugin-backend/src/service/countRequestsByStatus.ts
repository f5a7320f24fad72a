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

import type { ResourceStatusCounts } from '@syntasso/plugin-ske-common';
import { summariseStatus } from '@syntasso/plugin-ske-common';
import type { PlatformRequestContext } from '../platform/KratixPlatform';
import type { ResourceService } from './ResourceService';

/** At most this many requests are counted; beyond, the summary says "1,000+". */
const STATUS_COUNT_LIMIT = 1000;
const PAGE_SIZE = 500;

/**
 * Counts a Promise's requests by status tone (in one namespace or all), as
 * the caller, page by page, stopping after `limit` requests.
 */
export async function countRequestsByStatus(
  resources: ResourceService,
  promiseName: string,
  namespace: string | undefined,
  ctx: PlatformRequestContext,
  limit: number = STATUS_COUNT_LIMIT,
): Promise<ResourceStatusCounts> {
  const counts = { ok: 0, failed: 0, pending: 0, unknown: 0 };
  let total = 0;
  let continueToken: string | undefined;
  do {
    const page = await resources.list(
      promiseName,
      {
        namespace,
        limit: Math.min(PAGE_SIZE, limit - total),
        continueToken,
      },
      ctx,
    );
    for (const item of page.items.slice(0, limit - total)) {
      counts[summariseStatus(item.status).tone] += 1;
      total += 1;
    }
    continueToken = page.continueToken;
  } while (continueToken && total < limit);
  return { counts, total, limit, atLimit: Boolean(continueToken) };
}
