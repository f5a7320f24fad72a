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
import { readScmConfig } from './readScmConfig';

const read = (scm?: JsonObject) =>
  readScmConfig(new ConfigReader(scm ? { ske: { mode: 'gitops', scm } } : {}));
const repoUrl = 'https://github.com/my-org/platform';

describe('readScmConfig', () => {
  it('applies the documented defaults', () => {
    expect(read({ repoUrl, type: 'github', token: 't0k' })).toEqual({
      repoUrl,
      token: 't0k',
      type: 'github',
      username: 'x-access-token',
      path: '',
      promisesPath: 'promises',
      branch: 'main',
      defaultAuthor: { name: 'SKE', email: 'ske@backstage.io' },
    });
  });

  it.each([
    ['github', 'x-access-token'],
    ['gitlab', 'oauth2'],
  ])('infers the username for type %s', (type, username) => {
    expect(read({ repoUrl, type }).username).toBe(username);
  });

  it('prefers an explicit username, normalises paths and reads the author', () => {
    expect(
      read({
        repoUrl,
        type: 'gitlab',
        username: 'bot',
        token: '',
        path: '/platform/requests/',
        branch: 'gitops',
        defaultAuthor: { name: 'Platform Bot', email: 'bot@example.com' },
      }),
    ).toMatchObject({
      username: 'bot',
      token: undefined,
      path: 'platform/requests',
      promisesPath: 'platform/requests/promises',
      branch: 'gitops',
      defaultAuthor: { name: 'Platform Bot', email: 'bot@example.com' },
    });
    expect(
      read({ repoUrl, username: 'bot', promisesPath: 'kratix/promises/' })
        .promisesPath,
    ).toBe('kratix/promises');
  });

  it.each<[string, JsonObject | undefined, RegExp]>([
    ['no ske.scm', undefined, /needs an ske\.scm section/],
    ['no repoUrl', { type: 'github' }, /ske\.scm\.repoUrl/],
    ['neither username nor type', { repoUrl }, /username or type/],
    [
      'an unknown type',
      { repoUrl, type: 'bitbucket' },
      /supported types: github, gitlab/,
    ],
    [
      'a path with ..',
      { repoUrl, type: 'github', path: 'a/../..' },
      /ske\.scm\.path 'a\/\.\.\/\.\.' must not contain '\.\.'/,
    ],
    [
      'a non-http URL',
      { repoUrl: 'git@github.com:o/r.git', type: 'github' },
      /must be an http\(s\) URL/,
    ],
  ])('refuses %s, naming the key', (_, scm, message) => {
    expect(() => read(scm)).toThrow(message);
  });

  it('refuses credentials in the URL without repeating them', () => {
    const url = 'https://bot:s3cret@github.com/o/r';
    expect(() => read({ repoUrl: url, type: 'github' })).toThrow(
      'ske.scm.repoUrl must not contain credentials; set ske.scm.token instead',
    );
  });
});
