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

import { isError } from '@backstage/errors';
import type { ActionContext } from '@backstage/plugin-scaffolder-node';
import { PlatformCredentials } from '../platform/PlatformCredentials';
import type { ActionCaller } from './ResourceOperations';

/** The parts of a scaffolder step's context the SKE actions use. */
type StepContext = Pick<
  ActionContext<never>,
  'getInitiatorCredentials' | 'secrets' | 'isDryRun' | 'output'
>;

/**
 * The caller of a scaffolder step: the user who runs the Template, any OIDC
 * ID token the task carries as a secret named like the header the frontend
 * uses (`backstage-kubernetes-authorization-oidc-<provider>`), and whether
 * the task is a dry run.
 */
export async function callerOf(ctx: StepContext): Promise<ActionCaller> {
  return {
    credentials: await ctx.getInitiatorCredentials(),
    platformCredentials: PlatformCredentials.fromHeaders(ctx.secrets ?? {}),
    dryRun: ctx.isDryRun === true,
  };
}

/** Writes every defined field of an action result as a step output. */
export function outputAll(
  ctx: StepContext,
  result: Record<string, string | undefined>,
) {
  for (const [name, value] of Object.entries(result)) {
    if (value !== undefined) {
      ctx.output(name, value);
    }
  }
}

/**
 * Runs a step's work. An error it throws leaves with its name and message
 * only: the scaffolder writes a failed step's `stack` into the task log that
 * the Template's user reads, and ours would name our files.
 */
export async function runStep(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const failure = isError(error)
      ? (error as Error)
      : new Error(String(error));
    failure.stack = `${failure.name}: ${failure.message}`;
    throw failure;
  }
}
