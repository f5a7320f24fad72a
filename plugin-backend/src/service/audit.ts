import type { AuditorService } from '@backstage/backend-plugin-api';
import type { ResourceRef } from '@syntasso/plugin-ske-common';
import type { Request } from 'express';

/**
 * Runs a mutation inside an auditor event: who (from the request), what
 * (the resource) and the outcome. Only identifiers go into the event, never
 * specs or credentials.
 */
export async function audited<T>(
  auditor: AuditorService,
  req: Request,
  eventId: 'resource-create' | 'resource-update' | 'resource-delete',
  resource: ResourceRef,
  fn: () => Promise<T>,
): Promise<T> {
  const { apiVersion, kind, namespace, name } = resource;
  const meta = {
    apiVersion,
    kind,
    namespace,
    name,
    dryRun: req.query.dryRun === 'true',
  };
  const event = await auditor.createEvent({
    eventId,
    severityLevel: 'medium',
    request: req,
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
