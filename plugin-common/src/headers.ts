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

/**
 * The wire contract for per-user OIDC access: the header in which the frontend
 * sends the signed-in user's OIDC ID token and the backend reads it. The name
 * is Backstage's Kubernetes plugin convention, so one token serves both plugins.
 */

/**
 * Prefix of the per-user OIDC header; the provider name follows it.
 *
 * @public
 */
export const OIDC_TOKEN_HEADER_PREFIX =
  'Backstage-Kubernetes-Authorization-oidc-';

/**
 * The header that carries the user's OIDC ID token for `provider`
 * (e.g. `Backstage-Kubernetes-Authorization-oidc-okta`).
 *
 * @public
 */
export function oidcTokenHeader(provider: string): string {
  return `${OIDC_TOKEN_HEADER_PREFIX}${provider}`;
}
