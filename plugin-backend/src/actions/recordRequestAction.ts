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
  AuthService,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import {
  AuthenticationError,
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ResponseError,
} from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { OIDC_TOKEN_HEADER_PREFIX } from '@syntasso/plugin-ske-common';
import { RECORD_REQUEST_ID, recordRequestExamples } from './examples';

/** The error type of each status the ske plugin answers a refused record with. */
const ERRORS_BY_STATUS: Record<number, new (message: string) => Error> = {
  400: InputError,
  401: AuthenticationError,
  403: NotAllowedError,
  404: NotFoundError,
  409: ConflictError,
};

/** The task's secrets that carry the user's platform ID token, as the headers the ske plugin reads. */
const platformTokenHeaders = (secrets: Record<string, string> = {}) =>
  Object.fromEntries(
    Object.entries(secrets).filter(([name]) =>
      name.toLowerCase().startsWith(OIDC_TOKEN_HEADER_PREFIX.toLowerCase()),
    ),
  );

/**
 * `ske:record-request`: records a change to a resource request that waits
 * (typically in the pull request a previous step opened) as a pending
 * request in the ske plugin's database, as the user who runs the Template.
 * The plugin checks the user's permission for the change and that the
 * Promise offers a resource API. A dry run records nothing.
 */
export function createRecordRequestAction(options: {
  discovery: DiscoveryService;
  auth: AuthService;
}) {
  return createTemplateAction({
    id: RECORD_REQUEST_ID,
    description:
      'Records a change to a Kratix resource request that waits for review (e.g. in a pull request) as a pending request, shown on the Promise and the request until it lands.',
    examples: recordRequestExamples,
    supportsDryRun: true,
    schema: {
      input: {
        promiseName: z => z.string().describe('The Promise of the request'),
        name: z => z.string().describe('The resource request name'),
        namespace: z => z.string().describe('The resource request namespace'),
        action: z =>
          z
            .enum(['Request', 'Update', 'Delete'])
            .describe('What the change does to the request'),
        pullRequestUrl: z =>
          z
            .string()
            .optional()
            .describe('The pull or merge request that carries the change'),
        requestsRepoUrl: z =>
          z
            .string()
            .optional()
            .describe('The repository the change is made in'),
        manifest: z =>
          z
            .union([z.string(), z.record(z.unknown())])
            .optional()
            .describe(
              'The requested resource request, as an object or YAML text',
            ),
      },
      output: {
        pendingRequestId: z =>
          z
            .string()
            .optional()
            .describe('The recorded pending request (absent in a dry run)'),
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      const what = `${input.action} of ${input.promiseName} '${input.namespace}/${input.name}'`;
      if (ctx.isDryRun) {
        ctx.logger.info(`Dry run: would have recorded the pending ${what}`);
        return;
      }
      const { token } = await options.auth.getPluginRequestToken({
        onBehalfOf: await ctx.getInitiatorCredentials(),
        targetPluginId: 'ske',
      });
      const baseUrl = await options.discovery.getBaseUrl('ske');
      const response = await fetch(`${baseUrl}/pending-requests`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${token}`,
          ...platformTokenHeaders(ctx.secrets),
        },
        body: JSON.stringify(input),
      });
      if (!response.ok) {
        // The plugin's own words, without its stack.
        const { body } = await ResponseError.fromResponse(response);
        const ErrorType = ERRORS_BY_STATUS[response.status] ?? Error;
        throw new ErrorType(
          `Could not record the pending ${what}: ${body.error.message}`,
        );
      }
      const recorded = (await response.json()) as { id: string };
      ctx.logger.info(`Recorded the pending ${what}`);
      ctx.output('pendingRequestId', recorded.id);
    },
  });
}
