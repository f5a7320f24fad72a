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

import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { PlatformCredentials } from '../platform/PlatformCredentials';
import { exampleManifest, exampleRef } from './examples';
import { parseManifest, parseResourceRef } from './resourceInput';
import type { ActionCaller, ResourceOperations } from './ResourceOperations';

const asCaller = (
  credentials: ActionCaller['credentials'],
  dryRun?: boolean,
): ActionCaller => ({
  credentials,
  platformCredentials: PlatformCredentials.anonymousUser(),
  dryRun: dryRun === true,
});

/**
 * Offers the resource actions in Backstage's actions registry (ids
 * `ske:configure-resource`, `ske:delete-resource`) for MCP clients and other
 * plugins. They act as the calling principal, like the scaffolder actions.
 */
export function registerResourceActions(
  registry: ActionsRegistryService,
  operations: ResourceOperations,
) {
  registry.register({
    name: 'configure-resource',
    title: 'Configure a Kratix resource',
    description:
      "Creates a Kratix resource request, or updates the spec of an existing one, after checking it against its Promise's schema.",
    attributes: { destructive: false, idempotent: true, readOnly: false },
    schema: {
      input: z =>
        z.object({
          manifest: z
            .union([z.string(), z.record(z.unknown())])
            .describe(
              'The resource request (apiVersion, kind, metadata.name, metadata.namespace, spec) as an object or as YAML text',
            ),
          dryRun: z
            .boolean()
            .optional()
            .describe('Check everything, write nothing'),
        }),
      output: z =>
        z.object({
          resourceId: z
            .string()
            .describe('<apiVersion>/<kind>/<namespace>/<name>'),
          operation: z.enum(['created', 'updated']),
          commitSha: z
            .string()
            .optional()
            .describe('GitOps mode: the commit that carries the change'),
          commitsha: z
            .string()
            .optional()
            .describe("The same commit, under SKE's spelling"),
        }),
    },
    examples: [
      {
        title: 'Request a PostgreSQL database',
        input: { manifest: exampleManifest },
      },
    ],
    action: async ({ input, credentials }) => ({
      output: await operations.configure(
        parseManifest(input.manifest),
        asCaller(credentials, input.dryRun),
      ),
    }),
  });

  registry.register({
    name: 'delete-resource',
    title: 'Delete a Kratix resource',
    description: 'Deletes a Kratix resource request.',
    attributes: { destructive: true, idempotent: false, readOnly: false },
    schema: {
      input: z =>
        z.object({
          apiVersion: z.string().describe('<group>/<version>'),
          kind: z.string(),
          name: z.string(),
          namespace: z.string(),
          dryRun: z
            .boolean()
            .optional()
            .describe('Check everything, delete nothing'),
        }),
      output: z =>
        z.object({
          resourceId: z.string(),
          commitSha: z.string().optional(),
        }),
    },
    examples: [{ title: 'Delete a PostgreSQL database', input: exampleRef }],
    action: async ({ input: { dryRun, ...ref }, credentials }) => ({
      output: await operations.delete(
        parseResourceRef(ref),
        asCaller(credentials, dryRun),
      ),
    }),
  });
}
