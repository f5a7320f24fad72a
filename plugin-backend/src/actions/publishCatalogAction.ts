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

import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import fs from 'node:fs/promises';
import { MAX_BODY_BYTES } from '../inputLimits';
import {
  GitCredentialSource,
  integrationCredentialSource,
} from '../platform/gitops/gitCredentials';
import { GitRepository } from '../platform/gitops/GitRepository';
import {
  checkRepoUrl,
  USERNAME_BY_TYPE,
} from '../platform/gitops/readScmConfig';
import { PUBLISH_CATALOG_ID, publishCatalogExamples } from './examples';
import { workspaceFile } from './writeManifestAction';

const DEFAULT_AUTHOR = { name: 'SKE', email: 'ske@backstage.io' };

/** A path inside the repository: relative, no `.` or `..` segments. */
function repositoryPath(value: string): string {
  const segments = value.split('/').filter(s => s !== '' && s !== '.');
  if (segments.length === 0 || segments.includes('..')) {
    throw new InputError(
      `targetPath '${value}' must be a file path inside the repository, without '..'`,
    );
  }
  return segments.join('/');
}

/**
 * The credentials for the push: Backstage's `integrations` for the
 * repository's host when it has some, else the `token` input. The token is
 * never logged or echoed: only the source's kind is.
 */
function credentialsFor(
  input: {
    repoUrl: string;
    type: 'github' | 'gitlab';
    token?: string;
    username?: string;
  },
  config: Config,
): GitCredentialSource {
  const integration = integrationCredentialSource(
    input.repoUrl,
    input.type,
    config,
  );
  if (integration) return integration;
  if (input.token) {
    const auth = {
      username: input.username ?? USERNAME_BY_TYPE[input.type],
      password: input.token,
    };
    return { kind: 'token', get: async () => auth };
  }
  return { kind: 'none', get: async () => undefined };
}

/**
 * `ske:publish-catalog`: commits one file of the task's workspace to a path
 * of a git repository's branch and pushes it (a branch that does not exist
 * yet starts from the repository's default branch). In a dry run, it checks
 * that the branch can be read with the credentials and pushes nothing.
 */
export function createPublishCatalogAction(options: {
  config: Config;
  logger: LoggerService;
}) {
  return createTemplateAction({
    id: PUBLISH_CATALOG_ID,
    description:
      "Commits a file of the task's workspace to a git repository (GitHub or GitLab) and pushes it, with the credentials of Backstage's integrations when it has some for the host, else the token given.",
    examples: publishCatalogExamples,
    supportsDryRun: true,
    schema: {
      input: {
        filePath: z =>
          z
            .string()
            .min(1)
            .describe("The file to publish, relative to the task's workspace"),
        targetPath: z =>
          z.string().min(1).describe('Where it goes in the repository'),
        repoUrl: z =>
          z
            .string()
            .describe(
              'The http(s) clone URL of the repository, without credentials',
            ),
        branchName: z =>
          z
            .string()
            .min(1)
            .describe(
              "The branch to commit to; a new one starts from the repository's default branch",
            ),
        type: z =>
          z.enum(['github', 'gitlab']).describe('Who hosts the repository'),
        token: z =>
          z
            .string()
            .optional()
            .describe(
              "A token for the push, used only when Backstage's integrations hold no credentials for the host; pass it from the task's secrets. Never logged.",
            ),
        username: z =>
          z
            .string()
            .optional()
            .describe(
              'Basic-auth username for the token; default x-access-token (github) or oauth2 (gitlab)',
            ),
        commitMessage: z =>
          z.string().optional().describe('Default: Publish <targetPath>'),
        defaultAuthor: z =>
          z
            .object({
              name: z.string().optional(),
              email: z.string().optional(),
            })
            .optional()
            .describe('Author of the commit; default SKE <ske@backstage.io>'),
      },
      output: {
        commitSha: z =>
          z
            .string()
            .optional()
            .describe('The pushed commit (absent in a dry run)'),
        targetPath: z =>
          z.string().describe('Where the file is in the repository'),
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      let repoUrl: string;
      try {
        repoUrl = checkRepoUrl(input.repoUrl, 'repoUrl', 'the token input');
      } catch (error) {
        throw new InputError((error as Error).message);
      }
      const targetPath = repositoryPath(input.targetPath);
      const file = workspaceFile(ctx.workspacePath, input.filePath);
      const stat = await fs.stat(file).catch(() => undefined);
      if (!stat?.isFile()) {
        throw new InputError(
          `filePath '${input.filePath}' is not a file in the task's workspace`,
        );
      }
      if (stat.size > MAX_BODY_BYTES) {
        throw new InputError(
          `filePath '${input.filePath}' is larger than ${MAX_BODY_BYTES} bytes`,
        );
      }
      const content = await fs.readFile(file, 'utf8');
      const credentials = credentialsFor({ ...input, repoUrl }, options.config);
      const branch = input.branchName;
      ctx.logger.info(
        `${ctx.isDryRun ? 'Dry run: checking' : 'Publishing'} ${
          input.filePath
        } to ${targetPath} on branch '${branch}' of ${repoUrl} (credentials: ${
          credentials.kind
        })`,
      );
      const repo = new GitRepository({
        url: repoUrl,
        branch,
        newBranchFrom: 'default-branch',
        author: { ...DEFAULT_AUTHOR, ...input.defaultAuthor },
        credentials,
        logger: options.logger,
        gitdir: await ctx.createTemporaryDirectory(),
      });
      const { commit } = await repo.change(
        async () => ({
          files: { [targetPath]: content },
          message: input.commitMessage ?? `Publish ${targetPath}`,
          result: undefined,
        }),
        { dryRun: ctx.isDryRun },
      );
      if (commit) {
        ctx.logger.info(`Pushed ${commit} to '${branch}'`);
        ctx.output('commitSha', commit);
      }
      ctx.output('targetPath', targetPath);
    },
  });
}
