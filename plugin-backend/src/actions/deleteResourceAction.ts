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

import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { DELETE_RESOURCE_ID, deleteResourceExamples } from './examples';
import { parseResourceRef } from './resourceInput';
import type { ResourceOperations } from './ResourceOperations';
import { callerOf, outputAll, runStep } from './scaffolderContext';

/** `ske:delete-resource`: deletes a resource request as the user who runs the Template. */
export function createDeleteResourceAction(operations: ResourceOperations) {
  return createTemplateAction({
    id: DELETE_RESOURCE_ID,
    description:
      'Deletes a Kratix resource request. Acts as the user who runs the Template.',
    examples: deleteResourceExamples,
    supportsDryRun: true,
    schema: {
      input: {
        apiVersion: z =>
          z
            .string()
            .describe(
              'The resource API version, <group>/<version>, e.g. marketplace.kratix.io/v1alpha2',
            ),
        kind: z => z.string().describe('The resource kind, e.g. postgresql'),
        name: z => z.string().describe('The resource request name'),
        namespace: z => z.string().describe('The resource request namespace'),
      },
      output: {
        resourceId: z =>
          z.string().describe('<apiVersion>/<kind>/<namespace>/<name>'),
        commitSha: z =>
          z
            .string()
            .optional()
            .describe('GitOps mode: the commit that removes the resource'),
      },
    },
    async handler(ctx) {
      await runStep(async () => {
        const ref = parseResourceRef(ctx.input);
        const result = await operations.delete(ref, await callerOf(ctx));
        ctx.logger.info(
          `${ctx.isDryRun ? 'Dry run: would have deleted' : 'Deleted'} ${
            result.resourceId
          }`,
        );
        outputAll(ctx, { ...result });
      });
    },
  });
}
