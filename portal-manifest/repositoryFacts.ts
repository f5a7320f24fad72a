/**
 * What the repository itself says about the things the manifest describes:
 * package metadata, the frontend extension table and API extension, the
 * config keys of every config.d.ts and the README's compatibility table.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  SkeEntityExtensionSpec,
  skeEntityExtensionTable,
} from '../plugin-frontend/src/extensionTable';
import {
  publishablePackages,
  readJson,
  repoRoot,
} from '../scripts/packaging/workspace';
import {
  CompatibilityRow,
  readReadmeTable,
} from '../scripts/compat/matrixTable';
import { DeclaredKey, declaredConfigKeys } from './configKeys';
import { apiExtensions } from './extensionConfigKeys';

export type ExtensionFact = {
  id: string;
  enabledByDefault: boolean;
  path?: string;
  title?: string;
  type?: string;
  filter?: unknown;
  configKeys?: string[];
};

export type RepositoryFacts = {
  packages: {
    name: string;
    role?: string;
    pluginId?: string;
    directory: string;
  }[];
  node: string | undefined;
  extensions: ExtensionFact[];
  configKeys: DeclaredKey[];
  readme: string;
  /** The README's compatibility table (scripts/compat). */
  compatibility: CompatibilityRow[];
};

function entityExtension(
  pluginId: string,
  row: SkeEntityExtensionSpec,
): ExtensionFact {
  const disabled = (row as { disabled?: boolean }).disabled === true;
  return {
    id: `entity-${row.kind}:${pluginId}/${row.name}`,
    enabledByDefault: !disabled,
    ...(row.kind === 'content'
      ? { path: row.path, title: row.title }
      : { type: row.type }),
    filter: JSON.parse(JSON.stringify(row.filter)),
  };
}

export async function repositoryFacts(
  pluginId: string,
): Promise<RepositoryFacts> {
  const packages = publishablePackages().map(({ dir, json }) => ({
    name: json.name,
    role: json.backstage?.role,
    pluginId: json.backstage?.pluginId,
    directory: dir,
  }));
  const frontend = packages.find(p => p.role === 'frontend-plugin');
  const extensions = [
    ...(frontend
      ? apiExtensions(
          path.join(repoRoot, frontend.directory, 'src/extensions.tsx'),
          pluginId,
        ).map(api => ({ ...api, enabledByDefault: true }))
      : []),
    ...(skeEntityExtensionTable as readonly SkeEntityExtensionSpec[]).map(row =>
      entityExtension(pluginId, row),
    ),
  ];
  return {
    packages,
    node: readJson(path.join(repoRoot, 'package.json')).engines?.node,
    extensions,
    configKeys: await declaredConfigKeys(
      repoRoot,
      publishablePackages()
        .filter(p => typeof p.json.configSchema === 'string')
        .map(p => p.dir),
    ),
    readme: fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8'),
    compatibility: readReadmeTable(),
  };
}
