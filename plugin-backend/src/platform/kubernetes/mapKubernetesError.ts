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

import { STATUS_CODES } from 'node:http';
import {
  AuthenticationError,
  ConflictError,
  ForwardedError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { isNetworkFailure, UnreachableError } from '../networkFailure';

interface KubernetesStatus {
  message?: string;
  reason?: string;
  details?: { causes?: { field?: string; message?: string }[] };
}

function parseStatus(body: unknown): KubernetesStatus | undefined {
  if (typeof body === 'string') {
    try {
      return JSON.parse(body);
    } catch {
      return { message: body };
    }
  }
  return body && typeof body === 'object'
    ? (body as KubernetesStatus)
    : undefined;
}

/**
 * What to say when the API server sent no Status (client-node drops the body
 * of a 401): the HTTP code, its reason and, for 401, what it means here.
 */
function withoutStatus(code: number): string {
  const reason = STATUS_CODES[code] ? ` ${STATUS_CODES[code]}` : '';
  return code === 401
    ? `HTTP 401${reason} (the cluster did not accept the credential: the configured service account token or the signed-in user's ID token)`
    : `HTTP ${code}${reason}`;
}

/**
 * Maps a failed Kubernetes call to an `@backstage/errors` type carrying the
 * API server's own message (Status objects), never request credentials.
 * A failure to reach the API server is a 503 that names no address (the
 * detail is logged); any other failure without an HTTP status is our own
 * and passes on unchanged (a 500 for the error handler).
 */
export function mapKubernetesError(error: unknown, action: string): Error {
  const e = error as { code?: number; body?: unknown };
  if (typeof e?.code !== 'number') {
    if (isNetworkFailure(error)) {
      return new UnreachableError('Kratix platform', action, error);
    }
    return error instanceof Error ? error : new Error(String(error));
  }
  const status = parseStatus(e.body);
  const message = `Kubernetes refused to ${action}: ${
    status?.message ?? withoutStatus(e.code)
  }`;
  switch (e.code) {
    case 400:
    case 422:
      return new InputError(message);
    case 401:
      return new AuthenticationError(message);
    case 403:
      return new NotAllowedError(message);
    case 404:
      return new NotFoundError(message);
    case 409:
      return new ConflictError(message);
    default:
      // The API server cannot serve the request now.
      return e.code >= 500 || e.code === 429
        ? new ServiceUnavailableError(message)
        : new ForwardedError(
            `Kubernetes refused to ${action}`,
            new Error(status?.message ?? `HTTP ${e.code}`),
          );
  }
}
