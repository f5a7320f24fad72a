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

import { PlatformCredentials } from './PlatformCredentials';

describe('PlatformCredentials.fromHeaders', () => {
  it('reads every per-provider OIDC header, case-insensitively, without the Bearer prefix', () => {
    const credentials = PlatformCredentials.fromHeaders({
      'Backstage-Kubernetes-Authorization-OIDC-Okta': 'Bearer okta-token',
      'backstage-kubernetes-authorization-oidc-google': 'bearer  google-token',
      'backstage-kubernetes-authorization-oidc-test': 'raw-token',
    });
    expect(credentials.principal).toBe('user');
    expect(credentials.oidcToken('okta')).toBe('okta-token');
    expect(credentials.oidcToken('OKTA')).toBe('okta-token');
    expect(credentials.oidcToken('google')).toBe('google-token');
    expect(credentials.oidcToken('test')).toBe('raw-token');
  });

  it('ignores other headers, empty and non-string values', () => {
    const credentials = PlatformCredentials.fromHeaders({
      authorization: 'Bearer backstage-token',
      'backstage-kubernetes-authorization-google': 'not-oidc',
      'backstage-kubernetes-authorization-oidc-multi': ['a', 'b'],
      'backstage-kubernetes-authorization-oidc-none': undefined,
      'backstage-kubernetes-authorization-oidc-empty': '',
    });
    expect(credentials.toJSON()).toEqual({
      principal: 'user',
      oidcProviders: [],
    });
  });

  it('only strips a leading Bearer', () => {
    expect(
      PlatformCredentials.fromHeaders({
        'backstage-kubernetes-authorization-oidc-x': 'abcBearer def',
      }).oidcToken('x'),
    ).toBe('abcBearer def');
  });

  it('never shows a token when logged or serialised', () => {
    const credentials = PlatformCredentials.fromHeaders({
      'backstage-kubernetes-authorization-oidc-okta': 'secret-id-token',
    });
    expect(JSON.stringify({ credentials })).not.toContain('secret-id-token');
    expect(JSON.stringify(credentials)).toBe(
      '{"principal":"user","oidcProviders":["okta"]}',
    );
    expect(String(Object.values(credentials))).not.toContain('secret-id-token');
  });
});

describe('PlatformCredentials.service', () => {
  it('is the backend acting as itself, with no user token', () => {
    const service = PlatformCredentials.service();
    expect(service.isService).toBe(true);
    expect(service.oidcToken('okta')).toBeUndefined();
    expect(PlatformCredentials.anonymousUser().isService).toBe(false);
  });
});
