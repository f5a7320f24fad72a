import { InputError } from '@backstage/errors';
import { skePromiseReadPermission } from '@syntasso/plugin-ske-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import type {
  KratixPlatform,
  PlatformRequestContext,
} from './platform/KratixPlatform';
import { readRequestAuth } from './platform/kubernetes/OidcStrategy';
import type { PermissionGate } from './service/PermissionGate';

export interface RouterOptions {
  platform: KratixPlatform;
  gate: PermissionGate;
}

const dnsName = z
  .string()
  .min(1)
  .max(253)
  .regex(
    /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/,
    'must be a lowercase RFC 1123 name',
  );

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new InputError(
      `Invalid ${what}: ${result.error.issues
        .map(i => `${i.path.join('.') || 'value'} ${i.message}`)
        .join('; ')}`,
    );
  }
  return result.data;
}

const contextOf = (req: express.Request): PlatformRequestContext => ({
  auth: readRequestAuth(req.headers),
});

/** The `/api/ske` routes: validate input, check permissions, delegate to the platform. */
export function createRouter({
  platform,
  gate,
}: RouterOptions): express.Router {
  const router = Router();
  router.use(express.json({ limit: '1mb' }));

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/promises', async (req, res) => {
    await gate.require(req, skePromiseReadPermission);
    res.json({ items: await platform.listPromises(contextOf(req)) });
  });

  router.get('/promises/:name', async (req, res) => {
    const name = parse(dnsName, req.params.name, 'Promise name');
    await gate.require(req, skePromiseReadPermission);
    res.json(await platform.getPromise(name, contextOf(req)));
  });

  return router;
}
