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

import { OIDC_TOKEN_HEADER_PREFIX } from '@syntasso/plugin-ske-common';

type HeaderLike = Record<string, unknown>;

/**
 * Whose credentials a platform call carries, independent of the platform
 * mode: a caller's (with the OIDC ID tokens they forwarded, per provider) or
 * the backend's own service credential (no user; see
 * `KratixPlatform.hasServiceCredentials`). Tokens are held in a private
 * field, so logging or serialising a value never shows them.
 */
export class PlatformCredentials {
  readonly #oidcTokens: ReadonlyMap<string, string>;

  private constructor(
    /** `user`: a caller's request; `service`: the backend acting as itself. */
    readonly principal: 'user' | 'service',
    oidcTokens: ReadonlyMap<string, string> = new Map(),
  ) {
    this.#oidcTokens = oidcTokens;
  }

  /** The backend itself, with the platform's service credential. */
  static service(): PlatformCredentials {
    return new PlatformCredentials('service');
  }

  /**
   * A caller's credentials from request headers (or a scaffolder task's
   * secrets, named the same way): every `<OIDC_TOKEN_HEADER_PREFIX><provider>`
   * entry is that provider's ID token (a `Bearer ` prefix is dropped).
   */
  static fromHeaders(headers: HeaderLike): PlatformCredentials {
    const prefix = OIDC_TOKEN_HEADER_PREFIX.toLowerCase();
    const tokens = new Map<string, string>();
    for (const [name, value] of Object.entries(headers)) {
      const lower = name.toLowerCase();
      if (lower.startsWith(prefix) && typeof value === 'string' && value) {
        tokens.set(
          lower.slice(prefix.length),
          value.replace(/^Bearer\s+/i, ''),
        );
      }
    }
    return new PlatformCredentials('user', tokens);
  }

  /** A caller who forwarded no platform credential. */
  static anonymousUser(): PlatformCredentials {
    return new PlatformCredentials('user');
  }

  get isService(): boolean {
    return this.principal === 'service';
  }

  /** The caller's ID token for `provider` (matched case-insensitively). */
  oidcToken(provider: string): string | undefined {
    return this.#oidcTokens.get(provider.toLowerCase());
  }

  /** For logs and debugging: who, and which providers sent a token (never the token). */
  toJSON() {
    return {
      principal: this.principal,
      oidcProviders: [...this.#oidcTokens.keys()],
    };
  }
}
