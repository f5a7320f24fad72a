/** A served resource type, as an API server knows it from its CRDs. */
export interface ResourceType {
  group: string;
  /** Served versions; the first is the preferred one. */
  versions: string[];
  plural: string;
  singular: string;
  kind: string;
  listKind: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  /** openAPIV3Schema per version (CRDs only). */
  schemas: Record<string, Record<string, unknown> | undefined>;
  hasStatusSubresource: boolean;
}

const VERBS = ['create', 'delete', 'get', 'list', 'patch', 'update'];

const BUILTINS: ResourceType[] = [
  {
    group: '',
    versions: ['v1'],
    plural: 'namespaces',
    singular: 'namespace',
    kind: 'Namespace',
    listKind: 'NamespaceList',
    namespaced: false,
    shortNames: ['ns'],
    categories: [],
    schemas: {},
    hasStatusSubresource: false,
  },
  {
    group: 'apiextensions.k8s.io',
    versions: ['v1'],
    plural: 'customresourcedefinitions',
    singular: 'customresourcedefinition',
    kind: 'CustomResourceDefinition',
    listKind: 'CustomResourceDefinitionList',
    namespaced: false,
    shortNames: ['crd', 'crds'],
    categories: ['api-extensions'],
    schemas: {},
    hasStatusSubresource: true,
  },
];

type Crd = {
  spec?: {
    group?: string;
    scope?: string;
    names?: {
      plural?: string;
      singular?: string;
      kind?: string;
      listKind?: string;
      shortNames?: string[];
      categories?: string[];
    };
    versions?: {
      name: string;
      served?: boolean;
      storage?: boolean;
      schema?: { openAPIV3Schema?: Record<string, unknown> };
      subresources?: { status?: unknown };
    }[];
  };
};

/** Reads a CRD into a served type; throws a message for invalid CRDs. */
export function typeFromCrd(crd: Crd): ResourceType {
  const spec = crd.spec ?? {};
  const names = spec.names ?? {};
  if (!spec.group || !names.plural || !names.kind) {
    throw new Error(
      'spec.group, spec.names.plural and spec.names.kind are required',
    );
  }
  const served = (spec.versions ?? []).filter(v => v.served !== false);
  if (served.length === 0) {
    throw new Error('spec.versions must contain at least one served version');
  }
  const storage = served.find(v => v.storage) ?? served[0];
  const ordered = [storage, ...served.filter(v => v !== storage)];
  return {
    group: spec.group,
    versions: ordered.map(v => v.name),
    plural: names.plural,
    singular: names.singular ?? names.kind.toLowerCase(),
    kind: names.kind,
    listKind: names.listKind ?? `${names.kind}List`,
    namespaced: spec.scope !== 'Cluster',
    shortNames: names.shortNames ?? [],
    categories: names.categories ?? [],
    schemas: Object.fromEntries(
      ordered.map(v => [v.name, v.schema?.openAPIV3Schema]),
    ),
    hasStatusSubresource: ordered.some(
      v => v.subresources?.status !== undefined,
    ),
  };
}

/** The set of types the simulated API server serves, and its discovery documents. */
export class TypeRegistry {
  private readonly types = new Map<string, ResourceType>();

  constructor() {
    BUILTINS.forEach(t => this.add(t));
  }

  add(type: ResourceType) {
    this.types.set(`${type.group}/${type.plural}`, type);
  }

  remove(group: string, plural: string) {
    this.types.delete(`${group}/${plural}`);
  }

  find(
    group: string,
    version: string,
    plural: string,
  ): ResourceType | undefined {
    const type = this.types.get(`${group}/${plural}`);
    return type && type.versions.includes(version) ? type : undefined;
  }

  all(): ResourceType[] {
    return [...this.types.values()];
  }

  groups(): { name: string; versions: string[] }[] {
    const byGroup = new Map<string, string[]>();
    for (const type of this.types.values()) {
      if (!type.group) continue;
      const versions = byGroup.get(type.group) ?? [];
      type.versions.forEach(v => versions.includes(v) || versions.push(v));
      byGroup.set(type.group, versions);
    }
    return [...byGroup].map(([name, versions]) => ({ name, versions }));
  }

  apiGroupList() {
    return {
      kind: 'APIGroupList',
      apiVersion: 'v1',
      groups: this.groups().map(g => ({
        name: g.name,
        versions: g.versions.map(v => ({
          groupVersion: `${g.name}/${v}`,
          version: v,
        })),
        preferredVersion: {
          groupVersion: `${g.name}/${g.versions[0]}`,
          version: g.versions[0],
        },
      })),
    };
  }

  apiResourceList(group: string, version: string) {
    const types = this.all().filter(
      t => t.group === group && t.versions.includes(version),
    );
    if (types.length === 0) {
      return undefined;
    }
    return {
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: group ? `${group}/${version}` : version,
      resources: types.flatMap(t => [
        {
          name: t.plural,
          singularName: t.singular,
          namespaced: t.namespaced,
          kind: t.kind,
          verbs: VERBS,
          ...(t.shortNames.length ? { shortNames: t.shortNames } : {}),
          ...(t.categories.length ? { categories: t.categories } : {}),
        },
        ...(t.hasStatusSubresource
          ? [
              {
                name: `${t.plural}/status`,
                singularName: '',
                namespaced: t.namespaced,
                kind: t.kind,
                verbs: ['get', 'patch', 'update'],
              },
            ]
          : []),
      ]),
    };
  }
}

/** Splits an apiVersion (`group/version`, or `version` for the core group). */
export function splitApiVersion(apiVersion: string): {
  group: string;
  version: string;
} {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0
    ? { group: '', version: apiVersion }
    : {
        group: apiVersion.slice(0, slash),
        version: apiVersion.slice(slash + 1),
      };
}
