import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { DELETE_RESOURCE_ID, deleteResourceExamples } from './examples';
import { parseResourceRef } from './resourceInput';
import type { ResourceOperations } from './ResourceOperations';
import { callerOf, outputAll } from './scaffolderContext';

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
      const ref = parseResourceRef(ctx.input);
      const result = await operations.delete(ref, await callerOf(ctx));
      ctx.logger.info(
        `${ctx.isDryRun ? 'Dry run: would have deleted' : 'Deleted'} ${
          result.resourceId
        }`,
      );
      outputAll(ctx, { ...result });
    },
  });
}
