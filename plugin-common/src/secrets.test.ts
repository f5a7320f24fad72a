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

import { isSecretKey, MASKED_VALUE, maskSecrets } from './secrets';

describe('maskSecrets', () => {
  it('masks every value under a secret key at any depth, whatever its type', () => {
    const masked = maskSecrets({
      instanceName: 'acid-db',
      connectionDetails: {
        host: 'acid-db.team-a',
        Password: 'hunter2',
        apiToken: 42,
        tls: { caCert: { pem: 'x' }, clientKeys: ['a', 'b'] },
      },
      credentials: null,
      items: [{ secretRef: 's' }, { url: 'https://db' }],
    });
    expect(masked).toEqual({
      instanceName: 'acid-db',
      connectionDetails: {
        host: 'acid-db.team-a',
        Password: MASKED_VALUE,
        apiToken: MASKED_VALUE,
        tls: { caCert: MASKED_VALUE, clientKeys: MASKED_VALUE },
      },
      credentials: null,
      items: [{ secretRef: MASKED_VALUE }, { url: 'https://db' }],
    });
  });

  it('leaves the input unchanged', () => {
    const input = { password: 'p' };
    maskSecrets(input);
    expect(input).toEqual({ password: 'p' });
  });

  it.each([
    ['password', true],
    ['clientSecret', true],
    ['TOKEN', true],
    ['sshKey', true],
    ['dbCredentials', true],
    ['certificate', true],
    ['host', false],
    ['instanceName', false],
    ['url', false],
  ])('treats %s as secret: %s', (key, secret) => {
    expect(isSecretKey(key)).toBe(secret);
  });
});
