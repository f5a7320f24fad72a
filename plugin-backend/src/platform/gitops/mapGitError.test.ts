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

import { InputError } from '@backstage/errors';
import { mapGitError, redact } from './mapGitError';

const httpError = (statusCode: number) =>
  Object.assign(new Error(`HTTP Error: ${statusCode}`), {
    code: 'HttpError',
    data: { statusCode, statusMessage: 'x' },
  });

describe('mapGitError', () => {
  it.each([
    [
      401,
      'AuthenticationError',
      'HTTP 401 (the credentials configured in ske.scm were not accepted)',
    ],
    [
      403,
      'NotAllowedError',
      'HTTP 403 (the configured credentials may not access this repository)',
    ],
    [
      404,
      'ServiceUnavailableError',
      'HTTP 404 (no repository at ske.scm.repoUrl)',
    ],
    [502, 'ServiceUnavailableError', 'HTTP 502'],
  ])('maps HTTP %i from the git server to %s', (status, name, detail) => {
    expect(
      mapGitError(httpError(status), "push to branch 'main'"),
    ).toMatchObject({
      name,
      message: `Git server refused to push to branch 'main': ${detail}`,
    });
  });

  it('passes @backstage/errors through and redacts secrets from anything else', () => {
    const input = new InputError('bad name');
    expect(mapGitError(input, 'x')).toBe(input);
    const odd = Object.assign(new Error('remote said s3cr3t-token was bad'), {
      code: 'SmartHttpError',
    });
    expect(
      mapGitError(odd, "fetch branch 'main'", ['s3cr3t-token']),
    ).toMatchObject({
      name: 'ServiceUnavailableError',
      message:
        "Git failed to fetch branch 'main': SmartHttpError: remote said *** was bad",
    });
    expect(redact('a-b-a', ['a', ''])).toBe('***-b-***');
  });

  it('maps a network failure to a 503 naming no address', () => {
    const refused = Object.assign(
      new Error('connect ECONNREFUSED 10.0.0.7:443'),
      { code: 'ECONNREFUSED' },
    );
    const error = mapGitError(refused, "fetch branch 'main'");
    expect(error).toMatchObject({
      name: 'ServiceUnavailableError',
      message: "Git server unreachable while trying to fetch branch 'main'",
      detail: refused,
    });
  });

  it("passes an error that is neither git's nor the network's through (our own, a 500)", () => {
    const ours = new TypeError("reading 'oid' of undefined");
    expect(mapGitError(ours, "fetch branch 'main'")).toBe(ours);
  });
});
