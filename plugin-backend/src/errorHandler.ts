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

import { randomUUID } from 'node:crypto';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { ErrorResponseBody, isError } from '@backstage/errors';
import type express from 'express';
import { MAX_BODY_BYTES } from './inputLimits';
import { UnreachableError } from './platform/networkFailure';
import { SpecValidationError } from './service/SpecValidator';

/** The HTTP status of each error type our code and Backstage's services throw on purpose. */
const STATUS_BY_NAME: Record<string, number> = {
  NotModifiedError: 304,
  InputError: 400,
  AuthenticationError: 401,
  NotAllowedError: 403,
  NotFoundError: 404,
  ConflictError: 409,
  PayloadTooLargeError: 413,
  NotImplementedError: 501,
  ServiceUnavailableError: 503,
};

interface Answer {
  status: number;
  name: string;
  message: string;
}

/** What body-parser's errors (they quote the body) are answered with. */
function bodyParserAnswer(
  error: Error & { type?: unknown; status?: unknown },
): Answer | undefined {
  if (typeof error.type !== 'string' || typeof error.status !== 'number') {
    return undefined;
  }
  if (error.type === 'entity.too.large') {
    return {
      status: 413,
      name: 'PayloadTooLargeError',
      message: `Invalid request body: larger than ${MAX_BODY_BYTES} bytes`,
    };
  }
  return {
    status: 400,
    name: 'InputError',
    message:
      error.type === 'entity.parse.failed'
        ? 'Invalid request body: not valid JSON'
        : `Invalid request body (${error.type})`,
  };
}

/** The answer for an error we threw on purpose; undefined for anything else. */
function expectedAnswer(error: unknown): Answer | undefined {
  if (!isError(error)) return undefined;
  const status = STATUS_BY_NAME[error.name];
  return status
    ? { status, name: error.name, message: error.message }
    : bodyParserAnswer(error as Error);
}

const asLogMeta = (value: unknown) =>
  isError(value) ? (value as Error) : { detail: String(value) };

/**
 * The one place `/api/ske` errors become responses (routes mounted in the
 * router included):
 * - errors thrown on purpose (`@backstage/errors`, our limits, body-parser)
 *   keep their status and message; a body is never echoed;
 * - a platform or git server that cannot be reached is 503 with a message
 *   naming no address; the failure itself is logged with a request id;
 * - anything else is our own failure: 500 with only a request id in the
 *   body, the detail in the log under that id.
 * Bodies never carry a stack or a cause.
 */
export function createErrorHandler(
  logger: LoggerService,
): express.ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const requestId = randomUUID();
    const where = `${req.method} ${req.originalUrl} (request id ${requestId})`;
    let answer = expectedAnswer(error);
    if (!answer) {
      logger.error(`Internal error in ${where}`, asLogMeta(error));
      answer = {
        status: 500,
        name: 'InternalError',
        message: `Internal error; the backend log has the details under request id ${requestId}`,
      };
    } else if (answer.status >= 500) {
      const detail = error instanceof UnreachableError ? error.detail : error;
      logger.warn(`${answer.message} in ${where}`, asLogMeta(detail));
    }
    const body: ErrorResponseBody & {
      requestId?: string;
      fieldErrors?: unknown;
    } = {
      error: { name: answer.name, message: answer.message },
      request: { method: req.method, url: req.originalUrl },
      response: { statusCode: answer.status },
    };
    if (answer.status >= 500) body.requestId = requestId;
    if (error instanceof SpecValidationError) {
      // Per-field errors the form shows at each field.
      body.fieldErrors = error.fieldErrors;
    }
    res.status(answer.status).json(body);
  };
}
