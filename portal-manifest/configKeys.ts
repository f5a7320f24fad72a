/**
 * The config keys the packages declare, read the way backstage-cli reads
 * them: `loadConfigSchema` compiles each package's `configSchema`
 * (config.d.ts) to JSON Schema, whose `visibility` marks we collect per key.
 */
import { loadConfigSchema } from '@backstage/config-loader';
import path from 'node:path';

type SchemaNode = {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  visibility?: string;
};

export type DeclaredKey = { key: string; visibility: string; from: string };

/** Leaves of the schema (and map-like objects) with their visibility. */
function collectKeys(
  node: SchemaNode,
  key: string,
  from: string,
  out: DeclaredKey[],
) {
  const children = Object.entries(node.properties ?? {});
  if (children.length) {
    children.forEach(([name, child]) =>
      collectKeys(child, key ? `${key}.${name}` : name, from, out),
    );
  } else if (node.items && (node.items.properties || node.items.items)) {
    collectKeys(node.items, `${key}[]`, from, out);
  } else if (key) {
    // Backstage's default visibility is backend.
    out.push({ key, visibility: node.visibility ?? 'backend', from });
  }
  return out;
}

export async function declaredConfigKeys(
  root: string,
  packageDirs: string[],
): Promise<DeclaredKey[]> {
  const schema = await loadConfigSchema({
    dependencies: [],
    packagePaths: packageDirs.map(dir => path.join(root, dir, 'package.json')),
    excludePackageDependencies: true,
  });
  const serialized = schema.serialize() as unknown as {
    schemas: { path: string; value: SchemaNode }[];
  };
  return serialized.schemas.flatMap(s =>
    collectKeys(
      s.value,
      '',
      path.relative(root, path.resolve(root, s.path)),
      [],
    ),
  );
}
