/** A Kubernetes `Status` failure, thrown by handlers and written as JSON. */
export class StatusError extends Error {
  /** Sent as the whole text/plain body instead of a Status (the API server's mux 404). */
  plainText?: string;

  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  toStatus() {
    return {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: this.message,
      reason: this.reason,
      ...(this.details ? { details: this.details } : {}),
      code: this.code,
    };
  }
}

export interface ResourceId {
  group: string;
  plural: string;
  name?: string;
}

function qualified({ group, plural }: ResourceId) {
  return group ? `${plural}.${group}` : plural;
}

/** The cause reason kube-apiserver gives a field error, read from its message. */
function causeReason(message: string) {
  if (message.startsWith('Required value')) return 'FieldValueRequired';
  if (message.startsWith('Unsupported value')) return 'FieldValueNotSupported';
  if (/^Invalid value: .* must be of type /.test(message))
    return 'FieldValueTypeInvalid';
  return 'FieldValueInvalid';
}

/** One cause as `field: message`; several in brackets, as an aggregate error prints. */
function invalidSummary(causes: { field: string; message: string }[]) {
  const parts = causes.map(c => `${c.field}: ${c.message}`);
  return parts.length === 1 ? parts[0] : `[${parts.join(', ')}]`;
}

export const statusErrors = {
  unauthorized: () => new StatusError(401, 'Unauthorized', 'Unauthorized'),
  notFound: (id: ResourceId) =>
    new StatusError(
      404,
      'NotFound',
      `${qualified(id)} "${id.name}" not found`,
      {
        name: id.name,
        group: id.group,
        kind: id.plural,
      },
    ),
  /** A path no handler serves: kube-apiserver answers `404 page not found` in plain text. */
  pathNotFound: (path: string) => {
    const error = new StatusError(
      404,
      'NotFound',
      `the server could not find the requested resource (${path})`,
    );
    error.plainText = '404 page not found\n';
    return error;
  },
  alreadyExists: (id: ResourceId) =>
    new StatusError(
      409,
      'AlreadyExists',
      `${qualified(id)} "${id.name}" already exists`,
      { name: id.name, group: id.group, kind: id.plural },
    ),
  conflict: (id: ResourceId) =>
    new StatusError(
      409,
      'Conflict',
      `Operation cannot be fulfilled on ${qualified(id)} "${
        id.name
      }": the object has been modified; please apply your changes to the latest version and try again`,
      { name: id.name, group: id.group, kind: id.plural },
    ),
  invalid: (
    kind: string,
    id: ResourceId,
    causes: { field: string; message: string }[],
  ) =>
    new StatusError(
      422,
      'Invalid',
      `${kind}.${id.group} "${id.name}" is invalid: ${invalidSummary(causes)}`,
      {
        name: id.name,
        group: id.group,
        kind,
        causes: causes.map(c => ({
          reason: causeReason(c.message),
          message: c.message,
          field: c.field,
        })),
      },
    ),
  badRequest: (message: string) => new StatusError(400, 'BadRequest', message),
  unsupportedMediaType: (type: string) =>
    new StatusError(
      415,
      'UnsupportedMediaType',
      `the body of the request was in an unknown format (${type}) - accepted media types include: application/json-patch+json, application/merge-patch+json`,
    ),
  methodNotAllowed: () =>
    new StatusError(
      405,
      'MethodNotAllowed',
      'the server does not allow this method on the requested resource',
    ),
};
