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
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { TemplateAction } from '@backstage/plugin-scaffolder-node';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  createConfigureResourceAction,
  createDeleteResourceAction,
  ResourceOperations,
} from '../actions';
import { PermissionGate } from '../service/PermissionGate';
import { createSkeServices } from '../service/skeServices';
import {
  JsonObject,
  platformCallsDuring,
  platformCluster,
  skeConfig,
} from './startSkeTestBackend';
import { useResourceHarness } from './resourceHarness';

/** The Backstage user who runs the Templates in these tests. */
const TEMPLATE_USER = 'user:default/alice';

/** How a test runs one step. */
export interface StepOptions {
  dryRun?: boolean;
  secrets?: Record<string, string>;
  /** The task's workspace (default: the OS temp directory). */
  workspacePath?: string;
}

/**
 * A scaffolder step context like the task worker builds (there is no
 * installable `createMockActionContext` for scaffolder-node 1.0): the
 * initiator is TEMPLATE_USER, outputs are collected.
 */
function stepContext(input: Record<string, unknown>, options: StepOptions) {
  const outputs: Record<string, unknown> = {};
  const logger = mockServices.logger.mock();
  const ctx = {
    input,
    secrets: options.secrets,
    isDryRun: options.dryRun,
    logger,
    workspacePath: options.workspacePath ?? os.tmpdir(),
    task: { id: 'task-1' },
    user: { ref: TEMPLATE_USER },
    output: (name: string, value: unknown) => {
      outputs[name] = value;
    },
    checkpoint: async ({ fn }: { fn: () => Promise<unknown> }) => fn(),
    createTemporaryDirectory: () =>
      fs.mkdtemp(path.join(os.tmpdir(), 'ske-action-')),
    getInitiatorCredentials: async () => mockCredentials.user(TEMPLATE_USER),
  };
  return { ctx, outputs, logger };
}

/** Permissions that allow everything except the names in `denied`. */
function denyingPermissions(denied: Set<string>) {
  return mockServices.permissions.mock({
    authorize: async requests =>
      requests.map(r => ({
        result: denied.has(r.permission.name)
          ? AuthorizeResult.DENY
          : AuthorizeResult.ALLOW,
      })),
  });
}

/** The two scaffolder actions on services built from `config`, as the scaffolder module builds them. */
export function actionsOn(
  config: JsonObject,
  permissions: PermissionsService = denyingPermissions(new Set()),
  auditor: AuditorService = mockServices.auditor.mock(),
) {
  const { resources } = createSkeServices(
    mockServices.rootConfig({ data: config }),
    mockServices.logger.mock(),
  );
  const operations = new ResourceOperations(
    resources,
    new PermissionGate(mockServices.httpAuth(), permissions),
    auditor,
  );
  return {
    configure: createConfigureResourceAction(operations),
    remove: createDeleteResourceAction(operations),
  };
}

/** Runs one step; its outputs and what it logged. */
export async function runStep(
  action: TemplateAction<any, any, any>,
  input: Record<string, unknown>,
  options: StepOptions = {},
) {
  const { ctx, outputs, logger } = stepContext(input, options);
  await action.handler(ctx as Parameters<typeof action.handler>[0]);
  return { outputs, logger };
}

/**
 * The resource harness (simulated platform, its store, seeding) plus the SKE
 * scaffolder actions built on services for a cluster of the given kind
 * (service account by default), with permissions a test can deny.
 */
export function useActionHarness() {
  const h = useResourceHarness();
  /** Permission names the policy denies; cleared after each test. */
  const denied = new Set<string>();
  const permissions = denyingPermissions(denied);

  afterEach(() => denied.clear());

  /** The two actions, on a platform cluster with the given overrides. */
  const actionsFor = (cluster: Parameters<typeof platformCluster>[1] = {}) =>
    actionsOn(
      skeConfig(platformCluster(h.platform, cluster)),
      permissions,
      h.audit.auditor,
    );

  /** Runs one step; its outputs, the platform requests it made, and what it logged. */
  const run = async (...args: Parameters<typeof runStep>) => {
    const { result, calls } = await platformCallsDuring(h.platform, () =>
      runStep(...args),
    );
    return { ...result, calls };
  };

  /** Runs one step that must fail; its error and the platform requests it made. */
  const fail = async (...args: Parameters<typeof run>) => {
    const start = h.platform.requestLog.length;
    const error = await run(...args).then(
      () => {
        throw new Error('the step succeeded');
      },
      (e: Error) => e,
    );
    return { error, calls: h.platform.requestLog.slice(start) };
  };

  return Object.assign(h, { denied, permissions, actionsFor, run, fail });
}
