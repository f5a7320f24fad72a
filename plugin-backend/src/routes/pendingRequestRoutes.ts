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
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  skeResourceCreatePermission,
  skeResourceDeletePermission,
  skeResourceReadPermission,
  skeResourceUpdatePermission,
} from '@syntasso/plugin-ske-common';
import express from 'express';
import Router from 'express-promise-router';
import YAML from 'yaml';
import { z } from 'zod';
import { parseManifest } from '../actions/resourceInput';
import type { PendingRequestStore } from '../database/PendingRequestStore';
import { dnsLabel, dnsSubdomain, parse } from '../inputSchemas';
import { PlatformCredentials } from '../platform/PlatformCredentials';
import { actorOf } from '../platform/requestActor';
import type { PermissionGate } from '../service/PermissionGate';
import type { ResourceService } from '../service/ResourceService';

const httpUrl = z
  .string()
  .max(2048)
  .regex(/^https?:\/\/[^@\s]+$/, 'must be an http(s) URL without credentials');

const recordSchema = z.object({
  promiseName: dnsSubdomain,
  name: dnsSubdomain,
  namespace: dnsLabel.default('default'),
  action: z.enum(['Request', 'Update', 'Delete']),
  pullRequestUrl: httpUrl.optional(),
  requestsRepoUrl: httpUrl.optional(),
  manifest: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
});

const listSchema = z.object({
  promiseName: dnsSubdomain.optional(),
  namespace: dnsLabel.optional(),
  name: dnsSubdomain.optional(),
});

const PERMISSION_BY_ACTION = {
  Request: skeResourceCreatePermission,
  Update: skeResourceUpdatePermission,
  Delete: skeResourceDeletePermission,
};

export interface PendingRequestRouterOptions {
  store: PendingRequestStore;
  resources: ResourceService;
  gate: PermissionGate;
  auditor: AuditorService;
  httpAuth: HttpAuthService;
}

/**
 * `/pending-requests`: changes to resource requests that wait (in an open
 * review), as `ske:record-request` records them. Recording needs the
 * permission of the change (create, update or delete) and a Promise that
 * offers the request's API; its manifest, when given, must be that request.
 */
export function createPendingRequestRouter({
  store,
  resources,
  gate,
  auditor,
  httpAuth,
}: PendingRequestRouterOptions): express.Router {
  const router = Router();

  router.get('/pending-requests', async (req, res) => {
    const filter = parse(listSchema, req.query, 'query');
    await gate.require(req, skeResourceReadPermission);
    res.json({ items: await store.listOpen(filter) });
  });

  router.post('/pending-requests', async (req, res) => {
    const input = parse(recordSchema, req.body, 'body');
    await gate.require(req, PERMISSION_BY_ACTION[input.action]);
    const credentials = await httpAuth.credentials(req);
    const ctx = {
      credentials: PlatformCredentials.fromHeaders(req.headers),
      actor: actorOf(credentials),
    };
    const offer = await resources.requireOfferedPromise(input.promiseName, ctx);
    let manifestText: string | undefined;
    if (input.manifest !== undefined) {
      const manifest = parseManifest(input.manifest);
      const { metadata } = manifest;
      const owner = await resources.requireOffered(
        { ...manifest, namespace: metadata.namespace },
        ctx,
      );
      if (
        owner.promiseName !== offer.promiseName ||
        metadata.name !== input.name ||
        metadata.namespace !== input.namespace
      ) {
        throw new InputError(
          `The manifest is ${manifest.kind} '${metadata.namespace}/${metadata.name}', not the request '${input.namespace}/${input.name}' of Promise '${input.promiseName}'`,
        );
      }
      manifestText =
        typeof input.manifest === 'string'
          ? input.manifest
          : YAML.stringify(input.manifest);
    }
    const meta = {
      promiseName: input.promiseName,
      namespace: input.namespace,
      name: input.name,
      action: input.action,
    };
    const event = await auditor.createEvent({
      eventId: 'pending-request-record',
      severityLevel: 'low',
      request: req,
      meta,
    });
    try {
      const recorded = await store.record({
        ...input,
        manifest: manifestText,
        recordedBy: ctx.actor ?? 'unknown',
      });
      await event.success({ meta: { ...meta, id: recorded.id } });
      res.status(201).json(recorded);
    } catch (error) {
      await event.fail({ meta, error: error as Error });
      throw error;
    }
  });

  return router;
}
