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

import type { Config } from '@backstage/config';
import {
  DefaultGithubCredentialsProvider,
  ScmIntegrations,
} from '@backstage/integration';
import type { ScmConfig } from './readScmConfig';

/** Basic-auth credentials for one git operation. */
export interface GitAuth {
  username: string;
  password: string;
}

/**
 * Where GitOps mode gets its git credentials:
 * - `token`: `ske.scm.token` with the configured or inferred username;
 * - `github-integration`: no token, but `integrations.github` has an entry
 *   for the repository's host, so Backstage's GitHub credentials provider
 *   hands out a (GitHub App installation, else integration) token;
 * - `none`: anonymous (e.g. a local server without auth).
 */
export interface GitCredentialSource {
  kind: 'token' | 'github-integration' | 'gitlab-integration' | 'none';
  get(): Promise<GitAuth | undefined>;
}

/** Chooses the credential source for `scm` (see {@link GitCredentialSource}). */
export function gitCredentialSource(
  scm: ScmConfig,
  config: Config,
): GitCredentialSource {
  if (scm.token) {
    const auth = { username: scm.username, password: scm.token };
    return { kind: 'token', get: async () => auth };
  }
  return (
    githubIntegrationSource(scm.repoUrl, config) ?? {
      kind: 'none',
      get: async () => undefined,
    }
  );
}

/** Whether `integrations.<type>` has an entry for `host` (ScmIntegrations always adds anonymous public ones). */
const hasIntegrationFor = (config: Config, type: string, host: string) =>
  config
    .getOptionalConfigArray(`integrations.${type}`)
    ?.some(c => (c.getOptionalString('host') ?? `${type}.com`) === host) ??
  false;

/**
 * Backstage's GitHub credentials for `url` when `integrations.github` has an
 * entry for its host: a GitHub App installation token, else the
 * integration's token.
 */
function githubIntegrationSource(
  url: string,
  config: Config,
): GitCredentialSource | undefined {
  if (!hasIntegrationFor(config, 'github', new URL(url).host)) {
    return undefined;
  }
  const provider = DefaultGithubCredentialsProvider.fromIntegrations(
    ScmIntegrations.fromConfig(config),
  );
  return {
    kind: 'github-integration',
    get: async () => {
      const { token } = await provider.getCredentials({ url });
      // GitHub App installation tokens authenticate git as `x-access-token`.
      return token
        ? { username: 'x-access-token', password: token }
        : undefined;
    },
  };
}

/** The token of the `integrations.gitlab` entry for `url`'s host, as GitLab's `oauth2` user. */
function gitlabIntegrationSource(
  url: string,
  config: Config,
): GitCredentialSource | undefined {
  if (!hasIntegrationFor(config, 'gitlab', new URL(url).host)) {
    return undefined;
  }
  const token =
    ScmIntegrations.fromConfig(config).gitlab.byUrl(url)?.config.token;
  return token
    ? {
        kind: 'gitlab-integration',
        get: async () => ({ username: 'oauth2', password: token }),
      }
    : undefined;
}

/**
 * The credentials Backstage's `integrations` config holds for `url`, for a
 * repository of `type`; undefined when it holds none.
 */
export function integrationCredentialSource(
  url: string,
  type: 'github' | 'gitlab',
  config: Config,
): GitCredentialSource | undefined {
  return type === 'github'
    ? githubIntegrationSource(url, config)
    : gitlabIntegrationSource(url, config);
}
