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
 */
export function mapKubernetesError(error: unknown, action: string): Error {
  const e = error as {
    code?: number;
    body?: unknown;
    message?: string;
    cause?: { code?: string };
  };
  if (typeof e?.code !== 'number') {
    const detail = e?.cause?.code ?? e?.message ?? String(error);
    return new ServiceUnavailableError(
      `Kratix platform unreachable while trying to ${action}: ${detail}`,
    );
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
      return e.code >= 500
        ? new ServiceUnavailableError(message)
        : new ForwardedError(
            `Kubernetes refused to ${action}`,
            new Error(status?.message ?? `HTTP ${e.code}`),
          );
  }
}
