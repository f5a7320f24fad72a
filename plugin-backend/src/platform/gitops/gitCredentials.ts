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
  kind: 'token' | 'github-integration' | 'none';
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
  // ScmIntegrations always adds an anonymous github.com entry: look for a configured one.
  const host = new URL(scm.repoUrl).host;
  const configured = config
    .getOptionalConfigArray('integrations.github')
    ?.some(c => (c.getOptionalString('host') ?? 'github.com') === host);
  if (configured) {
    const integrations = ScmIntegrations.fromConfig(config);
    const provider =
      DefaultGithubCredentialsProvider.fromIntegrations(integrations);
    return {
      kind: 'github-integration',
      get: async () => {
        const { token } = await provider.getCredentials({ url: scm.repoUrl });
        // GitHub App installation tokens authenticate git as `x-access-token`.
        return token
          ? { username: 'x-access-token', password: token }
          : undefined;
      },
    };
  }
  return { kind: 'none', get: async () => undefined };
}
