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
  skePromiseReadPermission,
  skeResourceReadPermission,
} from '@syntasso/plugin-ske-common';
import type express from 'express';
import Router from 'express-promise-router';
import { dnsLabel, dnsSubdomain, parse } from '../inputSchemas';
import type {
  KratixPlatform,
  PlatformRequestContext,
} from '../platform/KratixPlatform';
import { countRequestsByStatus } from '../service/countRequestsByStatus';
import type { PermissionGate } from '../service/PermissionGate';
import type { ResourceService } from '../service/ResourceService';
import { z } from 'zod';

const summaryQuerySchema = z.object({ namespace: dnsLabel.optional() });

/**
 * Routes of the self-service pages: what the platform needs from the
 * browser, and the status counts of a Promise's requests.
 */
export function createSelfServiceRoutes(options: {
  platform: KratixPlatform;
  resources: ResourceService;
  gate: PermissionGate;
  contextOf: (req: express.Request) => Promise<PlatformRequestContext>;
}): express.Router {
  const { platform, resources, gate, contextOf } = options;
  const router = Router();

  router.get('/platform/auth', async (req, res) => {
    await gate.require(req, skePromiseReadPermission);
    res.json(platform.authInfo?.() ?? { authProvider: 'none' });
  });

  router.get('/promises/:name/resources/summary', async (req, res) => {
    const name = parse(dnsSubdomain, req.params.name, 'Promise name');
    const { namespace } = parse(summaryQuerySchema, req.query, 'query');
    await gate.require(req, skeResourceReadPermission);
    res.json(
      await countRequestsByStatus(
        resources,
        name,
        namespace,
        await contextOf(req),
      ),
    );
  });

  return router;
}
