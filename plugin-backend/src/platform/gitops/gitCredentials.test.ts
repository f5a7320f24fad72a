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

import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import { gitCredentialSource } from './gitCredentials';
import { readScmConfig } from './readScmConfig';

const source = (data: JsonObject) => {
  const config = new ConfigReader(data);
  return gitCredentialSource(readScmConfig(config), config);
};
const scm = (extra: JsonObject = {}) => ({
  mode: 'gitops',
  scm: {
    repoUrl: 'https://github.com/my-org/platform',
    type: 'github',
    ...extra,
  },
});
const githubApp = {
  appId: 1,
  clientId: 'client',
  clientSecret: 'client-secret',
  webhookSecret: 'hook-secret',
  privateKey:
    '-----BEGIN RSA PRIVATE KEY-----\nnot-a-key\n-----END RSA PRIVATE KEY-----',
};

describe('gitCredentialSource', () => {
  it('uses ske.scm.token with the inferred username when set, even with a GitHub App', async () => {
    const chosen = source({
      ske: scm({ token: 'pat-123' }),
      integrations: { github: [{ host: 'github.com', apps: [githubApp] }] },
    });
    expect(chosen.kind).toBe('token');
    await expect(chosen.get()).resolves.toEqual({
      username: 'x-access-token',
      password: 'pat-123',
    });
  });

  it('uses the GitHub integration of the repository host when the token is empty', () => {
    const chosen = source({
      ske: scm({ token: '' }),
      integrations: { github: [{ host: 'github.com', apps: [githubApp] }] },
    });
    expect(chosen.kind).toBe('github-integration');
  });

  it("authenticates as x-access-token with the integration's token (no App: no network call)", async () => {
    const chosen = source({
      ske: scm({ type: undefined, username: 'ignored' }),
      integrations: {
        github: [{ host: 'github.com', token: 'integration-pat' }],
      },
    });
    expect(chosen.kind).toBe('github-integration');
    await expect(chosen.get()).resolves.toEqual({
      username: 'x-access-token',
      password: 'integration-pat',
    });
  });

  it('ignores GitHub integrations of other hosts, and is anonymous without any', async () => {
    const other = source({
      ske: scm(),
      integrations: { github: [{ host: 'ghe.example.com', token: 'ghe-pat' }] },
    });
    expect(other.kind).toBe('none');
    await expect(other.get()).resolves.toBeUndefined();
    expect(source({ ske: scm() }).kind).toBe('none');
  });
});
