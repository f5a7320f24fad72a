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
