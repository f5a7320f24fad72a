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

import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import fs from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { WRITE_MANIFEST_ID, writeManifestExamples } from './examples';
import { parseManifest } from './resourceInput';

/** A workspace path the step may write: relative, inside the workspace. */
export function workspaceFile(workspacePath: string, file: string): string {
  try {
    return resolveSafeChildPath(workspacePath, file);
  } catch {
    throw new InputError(
      `'${file}' is outside the task's workspace; give a path relative to it`,
    );
  }
}

/**
 * `ske:write-manifest`: writes a resource request into the task's workspace
 * (e.g. for `ske:publish-catalog` or `publish:github:pull-request`), checked
 * like `ske:configure-resource` input. YAML text is written as given, so its
 * comments stay; an object is written as YAML.
 */
export function createWriteManifestAction() {
  return createTemplateAction({
    id: WRITE_MANIFEST_ID,
    description:
      "Writes a Kratix resource request into the task's workspace as a YAML file, after checking that it is one.",
    examples: writeManifestExamples,
    supportsDryRun: true,
    schema: {
      input: {
        manifest: z =>
          z
            .union([z.string(), z.record(z.unknown())])
            .describe(
              'The resource request (apiVersion, kind, metadata.name, metadata.namespace, spec) as an object or as YAML text',
            ),
        targetPath: z =>
          z
            .string()
            .min(1)
            .describe(
              "Where to write it, relative to the task's workspace, e.g. team-a/postgresql/orders-db.yaml",
            ),
      },
      output: {
        manifestPath: z =>
          z
            .string()
            .describe("The written file, relative to the task's workspace"),
      },
    },
    async handler(ctx) {
      const manifest = parseManifest(ctx.input.manifest);
      const file = workspaceFile(ctx.workspacePath, ctx.input.targetPath);
      const text =
        typeof ctx.input.manifest === 'string'
          ? ctx.input.manifest
          : YAML.stringify(manifest);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, text, 'utf8');
      const manifestPath = path.relative(ctx.workspacePath, file);
      ctx.logger.info(
        `Wrote ${manifest.kind} '${manifest.metadata.namespace}/${manifest.metadata.name}' to ${manifestPath}`,
      );
      ctx.output('manifestPath', manifestPath);
    },
  });
}
