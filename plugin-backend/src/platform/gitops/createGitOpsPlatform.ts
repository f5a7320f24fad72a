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
