import type { ResourceType, TypeRegistry } from './registry';

const fieldValidationParam = {
  name: 'fieldValidation',
  in: 'query',
  schema: { type: 'string', uniqueItems: true },
};

function gvPath(group: string, version: string) {
  return group ? `apis/${group}/${version}` : `api/${version}`;
}

function schemaName(type: ResourceType, version: string) {
  const reversed = (type.group || 'core').split('.').reverse().join('.');
  return `${reversed}.${version}.${type.kind}`;
}

/** The `/openapi/v3` index, one entry per served group-version. */
export function openApiIndex(registry: TypeRegistry) {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const type of registry.all()) {
    for (const version of type.versions) {
      const path = gvPath(type.group, version);
      paths[path] = { serverRelativeURL: `/openapi/v3/${path}` };
    }
  }
  return { paths };
}

/**
 * The OpenAPI v3 document of one group-version: component schemas from the
 * CRDs and the resource paths with the GVK and action extensions clients use
 * to discover server-side field validation.
 */
export function openApiDocument(
  registry: TypeRegistry,
  group: string,
  version: string,
) {
  const types = registry
    .all()
    .filter(t => t.group === group && t.versions.includes(version));
  if (types.length === 0) {
    return undefined;
  }
  const schemas: Record<string, unknown> = {};
  const paths: Record<string, unknown> = {};
  for (const type of types) {
    const gvk = { group, version, kind: type.kind };
    schemas[schemaName(type, version)] = {
      type: 'object',
      ...(type.schemas[version] ?? {
        'x-kubernetes-preserve-unknown-fields': true,
      }),
      'x-kubernetes-group-version-kind': [gvk],
    };
    const operation = (action: string) => ({
      'x-kubernetes-action': action,
      'x-kubernetes-group-version-kind': gvk,
      parameters: [fieldValidationParam],
      responses: { '200': { description: 'OK' } },
    });
    const base = `/${gvPath(group, version)}${
      type.namespaced ? '/namespaces/{namespace}' : ''
    }/${type.plural}`;
    paths[base] = { get: operation('list'), post: operation('post') };
    paths[`${base}/{name}`] = {
      get: operation('get'),
      put: operation('put'),
      patch: operation('patch'),
      delete: operation('delete'),
    };
  }
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.32.0' },
    paths,
    components: { schemas },
  };
}
