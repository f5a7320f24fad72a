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
import { CONFIGURE_RESOURCE_ID, configureResourceExamples } from './examples';
import { parseManifest, refOf } from './resourceInput';
import type { ResourceOperations } from './ResourceOperations';
import { callerOf, outputAll, runStep } from './scaffolderContext';
import { MAX_YAML_FIELDS, parseYamlFields } from './yamlFields';
import type { CatalogSettings } from '../catalog/CatalogSettings';
import { DEFAULT_CATALOG_SETTINGS } from '../catalog/CatalogSettings';
import { requestEntityRef } from '../catalog/requestEntityRef';

/**
 * `ske:configure-resource`: creates a resource request, or replaces the spec
 * of the existing one, as the user who runs the Template. Fields named in
 * `yamlFields` (free-form objects a generated Template collects as YAML text)
 * are parsed first. Outputs the entity ref ingestion gives the request's
 * Component (`catalog` settings).
 */
export function createConfigureResourceAction(
  operations: ResourceOperations,
  catalog: CatalogSettings = DEFAULT_CATALOG_SETTINGS,
) {
  return createTemplateAction({
    id: CONFIGURE_RESOURCE_ID,
    description:
      "Creates a Kratix resource request, or updates the spec of an existing one, after checking it against its Promise's schema. Acts as the user who runs the Template.",
    examples: configureResourceExamples,
    supportsDryRun: true,
    schema: {
      input: {
        manifest: z =>
          z
            .union([z.string(), z.record(z.unknown())])
            .describe(
              'The resource request (apiVersion, kind, metadata.name, metadata.namespace, spec) as an object or as YAML text',
            ),
        yamlFields: z =>
          z
            .array(z.string())
            .max(MAX_YAML_FIELDS)
            .optional()
            .describe(
              'Dotted paths of manifest fields given as YAML text to parse into values (e.g. spec.config, spec.servers.*.options; * for every array item); blank text leaves the field out',
            ),
      },
      output: {
        resourceId: z =>
          z
            .string()
            .describe(
              '<apiVersion>/<kind>/<namespace>/<name>; also the path of the resource under /api/ske/resources/',
            ),
        operation: z =>
          z
            .enum(['created', 'updated'])
            .describe('Whether the request was created or updated'),
        entityRef: z =>
          z
            .string()
            .describe(
              "The entity ref of the request's Component as catalog ingestion names it",
            ),
        commitSha: z =>
          z
            .string()
            .optional()
            .describe('GitOps mode: the commit that carries the change'),
        commitsha: z =>
          z
            .string()
            .optional()
            .describe("The same commit, under SKE's spelling"),
      },
    },
    async handler(ctx) {
      await runStep(async () => {
        const manifest = parseYamlFields(
          parseManifest(ctx.input.manifest),
          ctx.input.yamlFields,
        );
        const result = await operations.configure(
          manifest,
          await callerOf(ctx),
        );
        ctx.logger.info(
          `${ctx.isDryRun ? 'Dry run: would have ' : ''}${result.operation} ${
            result.resourceId
          }`,
        );
        outputAll(ctx, {
          ...result,
          entityRef: requestEntityRef(refOf(manifest), catalog),
        });
      });
    },
  });
}
