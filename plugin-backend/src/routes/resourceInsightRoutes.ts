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
import { skeResourceReadPermission } from '@syntasso/plugin-ske-common';
import type { Request } from 'express';
import Router from 'express-promise-router';
import type { AuditorService } from '@backstage/backend-plugin-api';
import type {
  KratixPlatform,
  PlatformRequestContext,
} from '../platform/KratixPlatform';
import type { PermissionGate } from '../service/PermissionGate';
import { ResourceInsights } from '../service/ResourceInsights';
import type { ResourceService } from '../service/ResourceService';
import { RESOURCE_PATH, refFromPath } from './resourcePath';

export interface ResourceInsightRouteOptions {
  platform: KratixPlatform;
  resources: ResourceService;
  gate: PermissionGate;
  auditor: AuditorService;
  contextOf: (req: Request) => Promise<PlatformRequestContext>;
}

/**
 * Day-two reads and actions on one resource request, under
 * `/resources/:group/:version/:kind/:namespace/:name/...`: validate,
 * authorize, delegate.
 */
export function createResourceInsightRoutes({
  platform,
  resources,
  gate,
  contextOf,
}: ResourceInsightRouteOptions) {
  const insights = new ResourceInsights(platform, resources);
  const router = Router();

  router.get(`${RESOURCE_PATH}/manifest`, async (req, res) => {
    const ref = refFromPath(req.params);
    await gate.require(req, skeResourceReadPermission);
    res.json({ manifest: await insights.manifest(ref, await contextOf(req)) });
  });

  router.get(`${RESOURCE_PATH}/events`, async (req, res) => {
    const ref = refFromPath(req.params);
    await gate.require(req, skeResourceReadPermission);
    res.json({ items: await insights.events(ref, await contextOf(req)) });
  });

  return router;
}
