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
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@syntasso/plugin-ske-backend',
  'migrations',
);

const TABLE = 'ske_pending_requests';

/** What a pending request changes. */
export type PendingAction = 'Request' | 'Update' | 'Delete';

/** A change to a resource request recorded while it waits (e.g. in an open review). */
export interface NewPendingRequest {
  promiseName: string;
  namespace: string;
  name: string;
  action: PendingAction;
  pullRequestUrl?: string;
  requestsRepoUrl?: string;
  /** The requested manifest as YAML or JSON text. */
  manifest?: string;
  /** Who recorded it: a user entity ref, or `<principal type>:<subject>`. */
  recordedBy: string;
}

export interface PendingRequest extends NewPendingRequest {
  id: string;
  state: 'open' | 'merged' | 'closed';
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: number | string;
  promise_name: string;
  namespace: string;
  name: string;
  action: PendingAction;
  pull_request_url: string;
  requests_repo_url: string | null;
  manifest: string | null;
  state: PendingRequest['state'];
  recorded_by: string;
  created_at: string | Date;
  updated_at: string | Date;
}

const iso = (value: string | Date) => new Date(value).toISOString();

function fromRow(row: Row): PendingRequest {
  return {
    id: String(row.id),
    promiseName: row.promise_name,
    namespace: row.namespace,
    name: row.name,
    action: row.action,
    ...(row.pull_request_url ? { pullRequestUrl: row.pull_request_url } : {}),
    ...(row.requests_repo_url
      ? { requestsRepoUrl: row.requests_repo_url }
      : {}),
    ...(row.manifest !== null ? { manifest: row.manifest } : {}),
    recordedBy: row.recorded_by,
    state: row.state,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/**
 * Pending requests in the plugin's own database (`coreServices.database`:
 * SQLite or PostgreSQL), created by the knex migrations under `migrations/`.
 * Recording is an upsert on (Promise, namespace, name, action, review), so
 * replicas that record the same change concurrently keep one row.
 */
export class PendingRequestStore {
  private constructor(
    private readonly db: Knex,
    private readonly now: () => Date,
  ) {}

  static async create(
    database: DatabaseService,
    options: { now?: () => Date } = {},
  ): Promise<PendingRequestStore> {
    const db = await database.getClient();
    if (!database.migrations?.skip) {
      await db.migrate.latest({ directory: migrationsDir });
    }
    return new PendingRequestStore(db, options.now ?? (() => new Date()));
  }

  /** Records the change (again): one row per change, its manifest and time refreshed. */
  async record(change: NewPendingRequest): Promise<PendingRequest> {
    const now = this.now();
    const key = {
      promise_name: change.promiseName,
      namespace: change.namespace,
      name: change.name,
      action: change.action,
      pull_request_url: change.pullRequestUrl ?? '',
    };
    const updates = {
      requests_repo_url: change.requestsRepoUrl ?? null,
      manifest: change.manifest ?? null,
      recorded_by: change.recordedBy,
      state: 'open',
      updated_at: now,
    };
    await this.db(TABLE)
      .insert({ ...key, ...updates, created_at: now })
      .onConflict(Object.keys(key))
      .merge(updates);
    const row = await this.db<Row>(TABLE).where(key).first();
    return fromRow(row!);
  }

  /** Open pending requests, optionally of one Promise, namespace or request; oldest first. */
  async listOpen(
    filter: { promiseName?: string; namespace?: string; name?: string } = {},
  ): Promise<PendingRequest[]> {
    const where: Record<string, string> = { state: 'open' };
    if (filter.promiseName) where.promise_name = filter.promiseName;
    if (filter.namespace) where.namespace = filter.namespace;
    if (filter.name) where.name = filter.name;
    const rows = await this.db<Row>(TABLE)
      .where(where)
      .orderBy([
        { column: 'created_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
    return rows.map(fromRow);
  }
}
