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
