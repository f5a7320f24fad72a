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
import { gitCredentialSource } from './gitCredentials';
import { GitOpsKratixPlatform } from './GitOpsKratixPlatform';
import { GitRepository } from './GitRepository';
import { readScmConfig } from './readScmConfig';
import { RepositoryLayout } from './repositoryLayout';

/** GitOps mode from `ske.scm` (and `integrations.github` for GitHub App credentials). */
export function createGitOpsPlatform(
  config: Config,
  logger: LoggerService,
): GitOpsKratixPlatform {
  const scm = readScmConfig(config);
  const credentials = gitCredentialSource(scm, config);
  const repo = new GitRepository({
    url: scm.repoUrl,
    branch: scm.branch,
    author: scm.defaultAuthor,
    credentials,
    logger,
  });
  logger.info(
    `SKE plugin in gitops mode: ${scm.repoUrl} branch '${
      scm.branch
    }', resources under '${scm.path || '/'}', Promises in '${
      scm.promisesPath
    }', credentials: ${credentials.kind}`,
  );
  return new GitOpsKratixPlatform(
    repo,
    new RepositoryLayout(scm.path, scm.promisesPath),
    logger,
  );
}
