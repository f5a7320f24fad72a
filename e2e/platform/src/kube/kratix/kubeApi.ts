import type { KubeObject } from '../../store';
import type {
  HttpResponse,
  PlatformHttpClient,
} from '../../testing/httpClient';

/** Where a type's objects live on the API server. */
export interface TypePath {
  group: string;
  version: string;
  plural: string;
}

/** The collection path of a type (in `namespace`, or cluster-wide). */
export function collectionPath(type: TypePath, namespace?: string) {
  const base = type.group
    ? `/apis/${type.group}/${type.version}`
    : `/api/${type.version}`;
  return `${base}${namespace ? `/namespaces/${namespace}` : ''}/${type.plural}`;
}

/** The path of one object of a type. */
export function objectPath(type: TypePath, obj: KubeObject) {
  return `${collectionPath(type, obj.metadata.namespace)}/${obj.metadata.name}`;
}

class KubeApiError extends Error {
  constructor(what: string, res: HttpResponse) {
    super(`${what}: ${res.status} ${res.text.slice(0, 500)}`);
  }
}

/** Fails unless the answer is one of `ok`. */
export function expectStatus(
  what: string,
  res: HttpResponse,
  ok: number[],
): HttpResponse {
  if (!ok.includes(res.status)) throw new KubeApiError(what, res);
  return res;
}

/**
 * Reads the object at `path`, lets `change` say what it should become and
 * writes it (to `/status` with `subresource`), reading again on a conflict.
 * Returns false when the object is gone or `change` answers `undefined`.
 */
export async function updateObject(
  client: PlatformHttpClient,
  path: string,
  change: (current: KubeObject) => KubeObject | undefined,
  subresource?: 'status',
): Promise<boolean> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const current = await client.get<KubeObject>(path);
    if (current.status === 404) return false;
    expectStatus(`reading ${path}`, current, [200]);
    const next = change(current.body);
    if (!next) return false;
    const target = subresource ? `${path}/${subresource}` : path;
    const res = await client.put(target, next);
    if (res.status === 409) continue;
    if (res.status === 404) return false;
    expectStatus(`updating ${target}`, res, [200]);
    return true;
  }
  throw new Error(`updating ${path}: still conflicting after 10 attempts`);
}

/**
 * Writes the status `build` makes of the object at `path`, unless it has a
 * newer generation than `generation` or is being deleted meanwhile.
 */
export function writeStatus(
  client: PlatformHttpClient,
  path: string,
  generation: number,
  build: (current: KubeObject) => unknown,
): Promise<boolean> {
  return updateObject(
    client,
    path,
    current =>
      current.metadata.generation !== generation ||
      current.metadata.deletionTimestamp
        ? undefined
        : { ...current, status: build(current) },
    'status',
  );
}
