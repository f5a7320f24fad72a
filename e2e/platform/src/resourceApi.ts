import { statusErrors } from './k8sStatus';
import { parseFieldSelector } from './fieldSelector';
import { parseLabelSelector } from './labelSelector';
import { jsonPatch, mergePatch } from './patch';
import type { ResourceType, TypeRegistry } from './registry';
import { typeFromCrd } from './registry';
import {
  defaultAndPrune,
  validateObjectName,
  validateSchema,
} from './schemaValidation';
import type { KubeObject, ObjectStore } from './store';

/** A parsed resource URL: `/apis/<group>/<version>/[namespaces/<ns>/]<plural>[/<name>[/<sub>]]`. */
export interface ResourceRoute {
  group: string;
  version: string;
  plural: string;
  namespace?: string;
  name?: string;
  subresource?: string;
}

export interface ApiRequest {
  method: string;
  route: ResourceRoute;
  type: ResourceType;
  query: URLSearchParams;
  contentType: string;
  body: unknown;
}

const VERB_BY_METHOD: Record<string, string> = {
  POST: 'create',
  PUT: 'update',
  PATCH: 'patch',
  DELETE: 'delete',
};

/** The RBAC verb of a request. */
export function verbOf(method: string, route: ResourceRoute): string {
  if (method === 'GET') return route.name ? 'get' : 'list';
  return VERB_BY_METHOD[method] ?? method.toLowerCase();
}

const isDryRun = (query: URLSearchParams) =>
  query.getAll('dryRun').includes('All');

/** The CRUD semantics of the API server over the object store. */
export class ResourceApi {
  constructor(
    private readonly registry: TypeRegistry,
    private readonly store: ObjectStore,
  ) {}

  handle(req: ApiRequest): { code: number; body: unknown } {
    const { route, type } = req;
    if (type.namespaced === false && route.namespace !== undefined) {
      throw statusErrors.pathNotFound(`${route.plural}`);
    }
    const verb = verbOf(req.method, route);
    if (route.subresource && route.subresource !== 'status') {
      throw statusErrors.pathNotFound(`${route.plural}/${route.subresource}`);
    }
    if (route.subresource === 'status' && !type.hasStatusSubresource) {
      // kube-apiserver serves no /status then, and answers as if the object were not there
      throw statusErrors.notFound({
        group: type.group,
        plural: type.plural,
        name: route.name,
      });
    }
    switch (verb) {
      case 'list':
        return { code: 200, body: this.list(req) };
      case 'get':
        return {
          code: 200,
          body: this.withVersion(
            req,
            this.store.get(type, route.namespace, route.name!),
          ),
        };
      case 'create':
        return { code: 201, body: this.create(req) };
      case 'update':
        return { code: 200, body: this.write(req, this.asObject(req.body)) };
      case 'patch':
        return { code: 200, body: this.write(req, this.patched(req)) };
      case 'delete':
        if (!route.name) throw statusErrors.methodNotAllowed();
        return { code: 200, body: this.remove(req) };
      default:
        throw statusErrors.methodNotAllowed();
    }
  }

  private withVersion(req: ApiRequest, obj: KubeObject): KubeObject {
    const { group, version } = req.route;
    return { ...obj, apiVersion: group ? `${group}/${version}` : version };
  }

  private list(req: ApiRequest) {
    const { type, route, query } = req;
    let selector: ReturnType<typeof parseLabelSelector>;
    try {
      selector = parseLabelSelector(query.get('labelSelector'));
    } catch (e) {
      throw statusErrors.badRequest((e as Error).message);
    }
    let fields: ReturnType<typeof parseFieldSelector>;
    try {
      fields = parseFieldSelector(query.get('fieldSelector'));
    } catch (e) {
      throw statusErrors.badRequest((e as Error).message);
    }
    const all = this.store
      .view(type, route.namespace)
      .filter(o => selector(o.metadata.labels) && fields(o));
    const limit = Number(query.get('limit') ?? 0);
    const start = query.get('continue')
      ? Number(Buffer.from(query.get('continue')!, 'base64url').toString())
      : 0;
    const end = limit > 0 ? start + limit : all.length;
    const items = all
      .slice(start, end)
      .map(o => this.withVersion(req, structuredClone(o)));
    const rest = all.length - end;
    return {
      apiVersion: type.group ? `${type.group}/${route.version}` : route.version,
      kind: type.listKind,
      metadata: {
        resourceVersion: this.store.currentResourceVersion(),
        ...(rest > 0
          ? {
              continue: Buffer.from(String(end)).toString('base64url'),
              remainingItemCount: rest,
            }
          : {}),
      },
      items,
    };
  }

  private asObject(body: unknown): KubeObject {
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      throw statusErrors.badRequest(
        'the body of the request must be a JSON object',
      );
    }
    const obj = structuredClone(body) as KubeObject;
    obj.metadata = obj.metadata ?? ({} as KubeObject['metadata']);
    return obj;
  }

  /** Checks identity, applies defaults and pruning, validates against the CRD schema. */
  private admit(req: ApiRequest, input: KubeObject): KubeObject {
    const { type, route } = req;
    const expectedApiVersion = type.group
      ? `${type.group}/${route.version}`
      : route.version;
    const obj = {
      ...input,
      apiVersion: input.apiVersion ?? expectedApiVersion,
      kind: input.kind ?? type.kind,
    };
    if (obj.kind !== type.kind && obj.apiVersion === expectedApiVersion) {
      throw statusErrors.invalid(
        obj.kind,
        { group: type.group, plural: type.plural, name: obj.metadata.name },
        [
          {
            field: 'kind',
            message: `Invalid value: "${obj.kind}": must be ${type.kind}`,
          },
        ],
      );
    }
    if (obj.apiVersion !== expectedApiVersion) {
      throw statusErrors.badRequest(
        `the API version in the data (${obj.apiVersion}) does not match the expected API version (${expectedApiVersion})`,
      );
    }
    if (type.namespaced) {
      if (
        obj.metadata.namespace &&
        route.namespace &&
        obj.metadata.namespace !== route.namespace
      ) {
        throw statusErrors.badRequest(
          'the namespace of the provided object does not match the namespace sent on the request',
        );
      }
      obj.metadata.namespace = route.namespace ?? obj.metadata.namespace;
    } else {
      delete obj.metadata.namespace;
    }
    const schema = type.schemas[route.version];
    const admitted = (
      schema ? defaultAndPrune(schema, obj) : obj
    ) as KubeObject;
    admitted.metadata = obj.metadata;
    admitted.apiVersion = obj.apiVersion;
    admitted.kind = obj.kind;
    const errors = [...validateObjectName(obj.metadata.name)];
    const specSchema = (
      schema?.properties as Record<string, Record<string, unknown>> | undefined
    )?.spec;
    if (specSchema && admitted.spec !== undefined) {
      const schemaErrors: typeof errors = [];
      validateSchema(specSchema, admitted.spec, 'spec', schemaErrors);
      // kube-apiserver reports schema errors in field order
      errors.push(...schemaErrors.sort((a, b) => (a.field < b.field ? -1 : 1)));
    }
    if (errors.length > 0) {
      throw statusErrors.invalid(
        type.kind,
        { group: type.group, plural: type.plural, name: obj.metadata.name },
        errors,
      );
    }
    return admitted;
  }

  private create(req: ApiRequest) {
    const obj = this.admit(req, this.asObject(req.body));
    if (req.route.name && req.route.name !== obj.metadata.name) {
      throw statusErrors.badRequest(
        'the name of the object does not match the name on the URL',
      );
    }
    if (req.type.plural === 'customresourcedefinitions') {
      this.installCrd(obj);
    }
    if (isDryRun(req.query)) {
      return this.withVersion(req, obj);
    }
    const created = this.store.create(req.type, obj);
    if (req.type.plural === 'customresourcedefinitions') {
      return this.withVersion(req, this.establish(created));
    }
    return this.withVersion(req, created);
  }

  /** A CRD the registry serves is Established at once, as the API server reports once it serves it. */
  private establish(crd: KubeObject): KubeObject {
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const condition = (type: string, reason: string, message: string) => ({
      type,
      status: 'True',
      lastTransitionTime: now,
      reason,
      message,
    });
    const type = this.registry
      .all()
      .find(t => `${t.plural}.${t.group}` === crd.metadata.name);
    return this.store.update(
      this.registry.find(
        'apiextensions.k8s.io',
        'v1',
        'customresourcedefinitions',
      )!,
      {
        ...crd,
        status: {
          acceptedNames: (crd.spec as { names?: unknown } | undefined)?.names,
          storedVersions: type ? [type.versions[0]] : [],
          conditions: [
            condition('NamesAccepted', 'NoConflicts', 'no conflicts found'),
            condition(
              'Established',
              'InitialNamesAccepted',
              'the initial names have been accepted',
            ),
          ],
        },
      },
      'status',
    );
  }

  private installCrd(crd: KubeObject) {
    try {
      this.registry.add(typeFromCrd(crd as Parameters<typeof typeFromCrd>[0]));
    } catch (e) {
      throw statusErrors.invalid(
        'CustomResourceDefinition',
        {
          group: 'apiextensions.k8s.io',
          plural: 'customresourcedefinitions',
          name: crd.metadata.name,
        },
        [{ field: 'spec', message: (e as Error).message }],
      );
    }
  }

  private patched(req: ApiRequest): KubeObject {
    const current = this.store.get(
      req.type,
      req.route.namespace,
      req.route.name!,
    );
    const type = req.contentType.split(';')[0].trim();
    try {
      if (type === 'application/merge-patch+json') {
        return mergePatch(current, req.body) as KubeObject;
      }
      if (type === 'application/json-patch+json') {
        return jsonPatch(current, req.body as never) as KubeObject;
      }
    } catch (e) {
      throw statusErrors.badRequest((e as Error).message);
    }
    throw statusErrors.unsupportedMediaType(type);
  }

  private write(req: ApiRequest, input: KubeObject) {
    const { route, type } = req;
    if (
      input.metadata?.name !== undefined &&
      input.metadata.name !== route.name
    ) {
      throw statusErrors.badRequest(
        `the name of the object (${input.metadata.name}) does not match the name on the URL (${route.name})`,
      );
    }
    const obj = this.admit(req, {
      ...input,
      metadata: { ...input.metadata, name: route.name! },
    });
    if (isDryRun(req.query)) {
      return this.withVersion(req, obj);
    }
    const subresource = route.subresource === 'status' ? 'status' : undefined;
    return this.withVersion(req, this.store.update(type, obj, subresource));
  }

  private remove(req: ApiRequest) {
    const { type, route } = req;
    if (isDryRun(req.query)) {
      return this.withVersion(
        req,
        this.store.get(type, route.namespace, route.name!),
      );
    }
    const removed = this.store.delete(type, route.namespace, route.name!);
    if (
      type.plural === 'customresourcedefinitions' &&
      !removed.metadata.deletionTimestamp
    ) {
      const spec = removed.spec as { group: string; names: { plural: string } };
      this.registry.remove(spec.group, spec.names.plural);
    }
    return this.withVersion(req, removed);
  }
}
