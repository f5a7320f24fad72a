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

import type { AuditorService } from '@backstage/backend-plugin-api';
import type { ResourceRef } from '@syntasso/plugin-ske-common';
import type { Request } from 'express';

export type MutationEventId =
  | 'resource-create'
  | 'resource-update'
  | 'resource-delete';

/** Runs `fn` inside an auditor event and records its outcome. */
async function withEvent<T>(
  auditor: AuditorService,
  options: { eventId: MutationEventId; request?: Request },
  meta: ResourceRef & Record<string, string | boolean>,
  fn: () => Promise<T>,
): Promise<T> {
  const event = await auditor.createEvent({
    ...options,
    severityLevel: 'medium',
    meta,
  });
  try {
    const result = await fn();
    await event.success({ meta });
    return result;
  } catch (error) {
    await event.fail({ meta, error: error as Error });
    throw error;
  }
}

const identityOf = ({ apiVersion, kind, namespace, name }: ResourceRef) => ({
  apiVersion,
  kind,
  namespace,
  name,
});

/**
 * Runs a mutation inside an auditor event: who (from the request), what
 * (the resource) and the outcome. Only identifiers go into the event, never
 * specs or credentials.
 */
export async function audited<T>(
  auditor: AuditorService,
  req: Request,
  eventId: MutationEventId,
  resource: ResourceRef,
  fn: () => Promise<T>,
): Promise<T> {
  const meta = {
    ...identityOf(resource),
    dryRun: req.query.dryRun === 'true',
  };
  return withEvent(auditor, { eventId, request: req }, meta, fn);
}

/**
 * The same for a mutation an action makes (scaffolder step or
 * actions-registry call), which has no HTTP request of its own: who it acts
 * for is recorded as `actor` (an entity ref, never a credential).
 */
export async function auditedAction<T>(
  auditor: AuditorService,
  caller: { actor: string; dryRun: boolean },
  eventId: MutationEventId,
  resource: ResourceRef,
  fn: () => Promise<T>,
): Promise<T> {
  const meta = { ...identityOf(resource), ...caller };
  return withEvent(auditor, { eventId }, meta, fn);
}
