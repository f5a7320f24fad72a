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

/** The git repository GitOps mode writes to, from `ske.scm`. */
export interface ScmConfig {
  repoUrl: string;
  /** Password or token for basic auth; absent when a GitHub App (or no auth) is used. */
  token?: string;
  /** Basic-auth username: configured, or inferred from `type`. */
  username: string;
  type?: ScmType;
  /** Directory in the repository under which resource requests live ('' = root). */
  path: string;
  /** Directory whose YAML files hold the Promise definitions; default `<path>/promises`. */
  promisesPath: string;
  branch: string;
  defaultAuthor: { name: string; email: string };
}

export type ScmType = 'github' | 'gitlab';

/** The basic-auth username each host expects with a token. */
export const USERNAME_BY_TYPE: Record<ScmType, string> = {
  github: 'x-access-token',
  gitlab: 'oauth2',
};

/** Normalises a repository directory: no leading/trailing slashes, no `.`/`..` segments. */
function repoDirectory(value: string, key: string): string {
  const segments = value.split('/').filter(s => s !== '' && s !== '.');
  if (segments.includes('..')) {
    throw new Error(`${key} '${value}' must not contain '..'`);
  }
  return segments.join('/');
}

/**
 * `repoUrl` when it is an http(s) clone URL without credentials; else an
 * error naming `key` (and `tokenKey`, where credentials belong), with any
 * credentials in the URL masked.
 */
export function checkRepoUrl(
  repoUrl: string,
  key: string,
  tokenKey: string,
): string {
  if (!/^https?:\/\//.test(repoUrl)) {
    throw new Error(
      `${key} must be an http(s) URL of a git repository, got '${repoUrl.replace(
        /\/\/[^@/]*@/,
        '//***@',
      )}'`,
    );
  }
  if (/^https?:\/\/[^/]*@/.test(repoUrl)) {
    throw new Error(
      `${key} must not contain credentials; set ${tokenKey} instead`,
    );
  }
  return repoUrl;
}

/** `ske.scm.token`; an empty one (e.g. `token: ''`) counts as unset. */
function readToken(scm: Config): string | undefined {
  const token = scm.getOptional('token');
  if (token === undefined || token === '') return undefined;
  if (typeof token !== 'string') {
    throw new Error('ske.scm.token must be a string');
  }
  return token;
}

/** Reads and checks `ske.scm`; errors name the missing or wrong key. */
export function readScmConfig(config: Config): ScmConfig {
  if (!config.has('ske.scm')) {
    throw new Error(
      "ske.mode 'gitops' needs an ske.scm section with at least repoUrl and one of username or type",
    );
  }
  const scm = config.getConfig('ske.scm');
  const repoUrl = checkRepoUrl(
    scm.getString('repoUrl'),
    'ske.scm.repoUrl',
    'ske.scm.token',
  );
  const type = scm.getOptionalString('type');
  if (type !== undefined && !(type in USERNAME_BY_TYPE)) {
    throw new Error(
      `ske.scm.type '${type}' is not supported; supported types: ${Object.keys(
        USERNAME_BY_TYPE,
      ).join(', ')}`,
    );
  }
  const username =
    scm.getOptionalString('username') ??
    (type ? USERNAME_BY_TYPE[type as ScmType] : undefined);
  if (!username) {
    throw new Error(
      'ske.scm needs username or type (github | gitlab) to know the basic-auth username',
    );
  }
  const path = repoDirectory(
    scm.getOptionalString('path') ?? '',
    'ske.scm.path',
  );
  const promisesPath = repoDirectory(
    scm.getOptionalString('promisesPath') ??
      [path, 'promises'].filter(Boolean).join('/'),
    'ske.scm.promisesPath',
  );
  return {
    repoUrl,
    token: readToken(scm),
    username,
    type: type as ScmType | undefined,
    path,
    promisesPath,
    branch: scm.getOptionalString('branch') ?? 'main',
    defaultAuthor: {
      name: scm.getOptionalString('defaultAuthor.name') ?? 'SKE',
      email: scm.getOptionalString('defaultAuthor.email') ?? 'ske@backstage.io',
    },
  };
}
