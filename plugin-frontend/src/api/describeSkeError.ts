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

import { ResponseError } from '@backstage/errors';
import type { FieldError } from '@syntasso/plugin-ske-common';

/** What the UI needs to know about a failed SKE call. @public */
export interface SkeErrorDescription {
  /** HTTP status, when the backend answered. */
  status?: number;
  /** The backend's (or platform's) own message. */
  message: string;
  /** Schema violations by spec path, e.g. `spec.storageGb`. */
  fieldErrors: FieldError[];
}

/** Reads a failure from SkeClient into status, message and field errors. @public */
export function describeSkeError(error: unknown): SkeErrorDescription {
  if (error instanceof ResponseError) {
    const body = error.body as unknown as { fieldErrors?: FieldError[] };
    return {
      status: error.statusCode,
      message: error.cause?.message || error.message,
      fieldErrors: Array.isArray(body.fieldErrors) ? body.fieldErrors : [],
    };
  }
  return {
    message: error instanceof Error ? error.message : String(error),
    fieldErrors: [],
  };
}
