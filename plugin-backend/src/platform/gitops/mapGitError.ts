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

import {
  AuthenticationError,
  ConflictError,
  CustomErrorBase,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { isNetworkFailure, UnreachableError } from '../networkFailure';

interface GitErrorLike {
  code?: string;
  message?: string;
  data?: { statusCode?: number; statusMessage?: string };
}

const BACKSTAGE_ERRORS = [
  AuthenticationError,
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
];

/**
 * Maps a failure of an isomorphic-git call to an `@backstage/errors` type
 * with a message saying what was attempted. `@backstage/errors` thrown by
 * our own code pass through, and so does any error that is neither
 * isomorphic-git's nor a network failure (a 500). The messages are built from status codes and
 * error codes only; `secrets` are removed from anything else quoted.
 */
export function mapGitError(
  error: unknown,
  action: string,
  secrets: string[] = [],
): Error {
  if (BACKSTAGE_ERRORS.some(type => error instanceof type)) {
    return error as CustomErrorBase;
  }
  const e = (error ?? {}) as GitErrorLike;
  const status = e.code === 'HttpError' ? e.data?.statusCode : undefined;
  const prefix = `Git server refused to ${action}`;
  if (status === 401) {
    return new AuthenticationError(
      `${prefix}: HTTP 401 (the credentials configured in ske.scm were not accepted)`,
    );
  }
  if (status === 403) {
    return new NotAllowedError(
      `${prefix}: HTTP 403 (the configured credentials may not access this repository)`,
    );
  }
  if (status !== undefined) {
    return new ServiceUnavailableError(
      `${prefix}: HTTP ${status}${
        status === 404 ? ' (no repository at ske.scm.repoUrl)' : ''
      }`,
    );
  }
  if (isNetworkFailure(error)) {
    return new UnreachableError('Git server', action, error);
  }
  if (!e.code) {
    // Not isomorphic-git's (its errors carry a code): our own failure.
    return error instanceof Error ? error : new Error(String(error));
  }
  return new ServiceUnavailableError(
    `Git failed to ${action}: ${redact(
      `${e.code}: ${e.message ?? String(error)}`,
      secrets,
    )}`,
  );
}

/** `text` with every non-empty secret replaced by `***`. */
export function redact(text: string, secrets: string[]): string {
  return secrets
    .filter(s => s.length > 0)
    .reduce((out, secret) => out.split(secret).join('***'), text);
}
