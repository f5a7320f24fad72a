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

import { ServiceUnavailableError } from '@backstage/errors';

/** Error codes of a connection that failed or broke (Node, node-fetch, undici). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'EPIPE',
  'EPROTO',
]);

/** Codes of TLS failures (OpenSSL's verification codes and Node's own). */
const TLS_CODE =
  /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|UND_ERR_)/;

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  type?: unknown;
  cause?: unknown;
}

function isNetworkNode(node: ErrorLike): boolean {
  const code = typeof node.code === 'string' ? node.code : '';
  return (
    NETWORK_CODES.has(code) ||
    TLS_CODE.test(code) ||
    // node-fetch reports every failure of the request itself as type 'system'.
    (node.name === 'FetchError' && node.type === 'system') ||
    node.name === 'AbortError' ||
    node.name === 'TimeoutError'
  );
}

/**
 * Whether `error` (or an error it was caused by) is a failure to reach a
 * server: refused, reset or timed-out connections, DNS and TLS failures.
 * Anything else without an HTTP status is our own failure.
 */
export function isNetworkFailure(error: unknown): boolean {
  const seen = new Set<unknown>();
  let node = error;
  while (node && typeof node === 'object' && !seen.has(node)) {
    seen.add(node);
    if (isNetworkNode(node as ErrorLike)) return true;
    node = (node as ErrorLike).cause;
  }
  return false;
}

/**
 * 503: a server the plugin needs could not be reached. Its message names
 * the server's role and the action only; the failure itself (addresses,
 * TLS library messages) is `detail`, which is not serialised into response
 * bodies and is written to the backend log by the error handler.
 */
export class UnreachableError extends ServiceUnavailableError {
  declare readonly detail: unknown;

  constructor(server: string, action: string, detail: unknown) {
    super(`${server} unreachable while trying to ${action}`);
    Object.defineProperty(this, 'detail', { value: detail, enumerable: false });
  }
}
