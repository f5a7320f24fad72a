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
  AuditorService,
  HttpAuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  skePromiseReadPermission,
  skeResourceCreatePermission,
  skeResourceDeletePermission,
  skeResourceReadPermission,
  skeResourceUpdatePermission,
} from '@syntasso/plugin-ske-common';
import express from 'express';
import Router from 'express-promise-router';
import { createErrorHandler } from './errorHandler';
import { MAX_BODY_BYTES, requireDepthWithin } from './inputLimits';
import {
  dnsSubdomain,
  dryRunSchema,
  listQuerySchema,
  manifestSchema,
  parse,
  resourceQuerySchema,
  resourceRefSchema,
  updateSchema,
} from './inputSchemas';
import type {
  KratixPlatform,
  PlatformRequestContext,
} from './platform/KratixPlatform';
import { PlatformCredentials } from './platform/PlatformCredentials';
import { actorOf } from './platform/requestActor';
import { createPendingRequestRouter } from './routes/pendingRequestRoutes';
import { createSelfServiceRoutes } from './routes/selfServiceRoutes';
import { audited } from './service/audit';
import type { PermissionGate } from './service/PermissionGate';
import type { PendingRequestStore } from './database/PendingRequestStore';
import type { ResourceService } from './service/ResourceService';
import { createResourceInsightRoutes } from './routes/resourceInsightRoutes';
import { RESOURCE_PATH, refFromPath } from './routes/resourcePath';

export interface RouterOptions {
  platform: KratixPlatform;
  resources: ResourceService;
  gate: PermissionGate;
  auditor: AuditorService;
  /** Where failures are logged in detail (response bodies never carry it). */
  logger: LoggerService;
  /** When given, platform calls learn who the caller is (`actor`, e.g. for GitOps commit messages). */
  httpAuth?: HttpAuthService;
  /** When given (with `httpAuth`), `/pending-requests` is served from it. */
  pendingRequests?: PendingRequestStore;
}

/** The `/api/ske` routes: validate input, check permissions, delegate. */
export function createRouter({
  platform,
  resources,
  gate,
  auditor,
  logger,
  httpAuth,
  pendingRequests,
}: RouterOptions): express.Router {
  const contextOf = async (
    req: express.Request,
  ): Promise<PlatformRequestContext> => ({
    credentials: PlatformCredentials.fromHeaders(req.headers),
    actor: httpAuth && actorOf(await httpAuth.credentials(req)),
  });
  const router = Router();
  router.use(express.json({ limit: MAX_BODY_BYTES }));
  // Limits before any work: the body's nesting depth.
  router.use((req, _res, next) => {
    requireDepthWithin(req.body, 'request body');
    next();
  });

  router.use(createSelfServiceRoutes({ platform, resources, gate, contextOf }));

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/promises', async (req, res) => {
    await gate.require(req, skePromiseReadPermission);
    res.json({ items: await platform.listPromises(await contextOf(req)) });
  });

  router.get('/promises/:name', async (req, res) => {
    const name = parse(dnsSubdomain, req.params.name, 'Promise name');
    await gate.require(req, skePromiseReadPermission);
    res.json(await platform.getPromise(name, await contextOf(req)));
  });

  router.get('/promises/:name/resources', async (req, res) => {
    const name = parse(dnsSubdomain, req.params.name, 'Promise name');
    const query = parse(listQuerySchema, req.query, 'query');
    await gate.require(req, skeResourceReadPermission);
    res.json(
      await resources.list(
        name,
        {
          namespace: query.namespace,
          limit: query.limit,
          continueToken: query.continue,
        },
        await contextOf(req),
      ),
    );
  });

  router.post('/resources', async (req, res) => {
    const manifest = parse(
      manifestSchema,
      req.body?.manifest ?? req.body,
      'manifest',
    );
    const { dryRun } = parse(dryRunSchema, req.query, 'query');
    await gate.require(req, skeResourceCreatePermission);
    const ref = {
      apiVersion: manifest.apiVersion,
      kind: manifest.kind,
      ...manifest.metadata,
    };
    const ctx = await contextOf(req);
    const created = await audited(auditor, req, 'resource-create', ref, () =>
      resources.create(manifest, ctx, { dryRun: dryRun === 'true' }),
    );
    res.status(201).json(created);
  });

  router.get(RESOURCE_PATH, async (req, res) => {
    const ref = refFromPath(req.params);
    await gate.require(req, skeResourceReadPermission);
    res.json(await resources.get(ref, await contextOf(req)));
  });

  router.patch(RESOURCE_PATH, async (req, res) => {
    const ref = refFromPath(req.params);
    const update = parse(updateSchema, req.body, 'update');
    await gate.require(req, skeResourceUpdatePermission);
    const ctx = await contextOf(req);
    res.json(
      await audited(auditor, req, 'resource-update', ref, () =>
        resources.update(ref, update, ctx),
      ),
    );
  });

  router.delete(RESOURCE_PATH, async (req, res) => {
    const ref = refFromPath(req.params);
    const { dryRun } = parse(dryRunSchema, req.query, 'query');
    await gate.require(req, skeResourceDeletePermission);
    const ctx = await contextOf(req);
    await audited(auditor, req, 'resource-delete', ref, () =>
      resources.delete(ref, ctx, { dryRun: dryRun === 'true' }),
    );
    res.status(204).end();
  });

  router.use(
    createResourceInsightRoutes({
      platform,
      resources,
      gate,
      auditor,
      contextOf,
    }),
  );

  // Routes of SKE's own backend, kept for Templates and clients written against it.
  router.get('/resource', async (req, res) => {
    const ref = parse(resourceQuerySchema, req.query, 'query');
    await gate.require(req, skeResourceReadPermission);
    res.json({
      manifest: await resources.getManifest(ref, await contextOf(req)),
    });
  });

  router.post('/delete-resource', async (req, res) => {
    const ref = parse(resourceRefSchema, req.body, 'body');
    await gate.require(req, skeResourceDeletePermission);
    const ctx = await contextOf(req);
    const receipt = await audited(auditor, req, 'resource-delete', ref, () =>
      resources.delete(ref, ctx),
    );
    // As SKE: the commit in modes that write through git, else what was deleted.
    res.json(
      receipt?.commitSha ? { commitHash: receipt.commitSha } : { deleted: ref },
    );
  });

  if (pendingRequests && httpAuth) {
    router.use(
      createPendingRequestRouter({
        store: pendingRequests,
        resources,
        gate,
        auditor,
        httpAuth,
      }),
    );
  }

  router.use(createErrorHandler(logger));
  return router;
}
