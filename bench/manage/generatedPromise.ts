/**
 * A Promise whose schema has a given number of properties, one resource of it
 * with every property filled in, and the catalog entity of that resource: the
 * inputs of the Manage form figure. Only the benchmark uses them.
 *
 * Properties come in groups of ten: four scalars at the top level (string,
 * integer, boolean, enum), an object of three (1 + 3) and an array of objects
 * of one property (1 + 1). Every property at every level counts.
 *
 * A deep form nests each group's object five levels down instead: three
 * scalars (string, integer, enum), a chain of four objects ending in one
 * string (4 + 1) and the array of objects (1 + 1), still ten per group.
 */
export const GROUP = 'marketplace.kratix.io';
export const VERSION = 'v1alpha1';
export const NAMESPACE = 'team-a';

type Schema = Record<string, unknown>;

export interface GeneratedForm {
  /** Also the resource's and the entity's name. */
  name: string;
  promise: object;
  resource: object;
  entity: object;
  /** The top-level text property the keystroke figure types into. */
  firstText: string;
  /** The last top-level property, rendered last. */
  lastText: string;
  /** How the figures name it, e.g. "1,000 properties, five levels deep". */
  label: string;
}

function shallowGroup(n: number, id: string): { schema: Schema; spec: Schema } {
  return {
    schema: {
      [`count${id}`]: { type: 'integer', minimum: 0, maximum: 1000 },
      [`enabled${id}`]: { type: 'boolean' },
      [`limits${id}`]: {
        type: 'object',
        properties: {
          cpu: { type: 'string', pattern: '^[0-9]+m?$' },
          memoryMi: { type: 'integer', minimum: 128 },
          burst: { type: 'boolean' },
        },
      },
    },
    spec: {
      [`count${id}`]: n,
      [`enabled${id}`]: n % 2 === 0,
      [`limits${id}`]: { cpu: '500m', memoryMi: 512, burst: false },
    },
  };
}

/** `limits.network.ingress.rules.cpu`: the leaf is the fifth level. */
function deepGroup(n: number, id: string): { schema: Schema; spec: Schema } {
  const levels = ['network', 'ingress', 'rules'];
  const leafSchema: Schema = {
    type: 'object',
    properties: { cpu: { type: 'string', pattern: '^[0-9]+m?$' } },
  };
  const schema = levels.reduceRight<Schema>(
    (inner, level) => ({ type: 'object', properties: { [level]: inner } }),
    leafSchema,
  );
  const spec = levels.reduceRight<Schema>(
    (inner, level) => ({ [level]: inner }),
    { cpu: `${n}m` },
  );
  return {
    schema: {
      [`count${id}`]: { type: 'integer', minimum: 0, maximum: 1000 },
      [`limits${id}`]: schema,
    },
    spec: { [`count${id}`]: n, [`limits${id}`]: spec },
  };
}

function group(n: number, deep: boolean): { schema: Schema; spec: Schema } {
  const id = String(n).padStart(2, '0');
  const middle = deep ? deepGroup(n, id) : shallowGroup(n, id);
  return {
    schema: {
      [`text${id}`]: { type: 'string', description: `Text ${id}` },
      ...middle.schema,
      [`tier${id}`]: { type: 'string', enum: ['small', 'medium', 'large'] },
      [`hosts${id}`]: {
        type: 'array',
        items: {
          type: 'object',
          properties: { hostname: { type: 'string', maxLength: 63 } },
        },
      },
    },
    spec: {
      [`text${id}`]: `value ${id}`,
      ...middle.spec,
      [`tier${id}`]: 'medium',
      [`hosts${id}`]: [{ hostname: `a${id}.example.com` }],
    },
  };
}

/** `properties` must be a multiple of ten; `deep` nests five levels. */
export function generateForm(
  properties: number,
  { deep = false }: { deep?: boolean } = {},
): GeneratedForm {
  const groups = Array.from({ length: properties / 10 }, (_, n) =>
    group(n, deep),
  );
  const name = `bench-form-${properties}${deep ? '-deep' : ''}`;
  const kind = `benchform${properties}${deep ? 'deep' : ''}`;
  const plural = `${kind}s`;
  const last = String(groups.length - 1).padStart(2, '0');
  const spec = {
    type: 'object',
    properties: Object.assign({}, ...groups.map(g => g.schema)),
  };
  const schema = { openAPIV3Schema: { type: 'object', properties: { spec } } };
  return {
    name,
    firstText: 'text00',
    lastText: `hosts${last}`,
    label: `${properties.toLocaleString('en-US')} properties${
      deep ? ', five levels deep' : ''
    }`,
    promise: {
      apiVersion: 'platform.kratix.io/v1alpha1',
      kind: 'Promise',
      metadata: { name: kind },
      spec: {
        api: {
          apiVersion: 'apiextensions.k8s.io/v1',
          kind: 'CustomResourceDefinition',
          metadata: { name: `${plural}.${GROUP}` },
          spec: {
            group: GROUP,
            scope: 'Namespaced',
            names: { kind, plural, singular: kind },
            versions: [{ name: VERSION, served: true, storage: true, schema }],
          },
        },
      },
    },
    resource: {
      apiVersion: `${GROUP}/${VERSION}`,
      kind,
      metadata: { name, namespace: NAMESPACE },
      spec: Object.assign({}, ...groups.map(g => g.spec)),
    },
    entity: {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name,
        description: `Benchmark: a resource whose Promise has ${properties} properties`,
        annotations: {
          'kratix.io/type': 'resource',
          'kratix.io/group': GROUP,
          'kratix.io/version': VERSION,
          'kratix.io/kind': kind,
          'kratix.io/name': name,
          'kratix.io/namespace': NAMESPACE,
          'kratix.io/promise-name': kind,
        },
      },
      spec: {
        type: 'kratix-resource',
        lifecycle: 'experimental',
        owner: 'group:default/team-a',
      },
    },
  };
}
