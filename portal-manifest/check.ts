/**
 * Fails when portal-manifest/manifest.yaml disagrees with the real package
 * metadata, the frontend extension table or the backend's config schema.
 * Run: tsx portal-manifest/check.ts
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {
  SkeEntityExtensionSpec,
  skeEntityExtensionTable,
} from '../plugin-frontend/src/extensionTable';

type Schema = {
  properties?: Record<string, Schema>;
  items?: Schema;
  visibility?: string;
};

const root = path.resolve(__dirname, '..');
const manifest = YAML.parse(
  fs.readFileSync(path.join(__dirname, 'manifest.yaml'), 'utf8'),
);
const problems: string[] = [];
const expectEqual = (what: string, actual: unknown, expected: unknown) => {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    problems.push(
      `${what}: manifest says ${JSON.stringify(
        expected,
      )}, the code says ${JSON.stringify(actual)}`,
    );
  }
};

const packageDirs = ['plugin-frontend', 'plugin-backend', 'plugin-common'];
const packages = packageDirs.map(dir =>
  JSON.parse(fs.readFileSync(path.join(root, dir, 'package.json'), 'utf8')),
);
expectEqual(
  'packages',
  packages.map(p => ({ name: p.name, role: p.backstage.role })),
  manifest.packages,
);
packages.forEach(p =>
  expectEqual(`${p.name} pluginId`, p.backstage.pluginId, manifest.pluginId),
);
packages.forEach(p =>
  expectEqual(
    `${p.name} engines`,
    JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).engines
      .node,
    manifest.compatibility.node,
  ),
);

expectEqual(
  'frontend extensions',
  (skeEntityExtensionTable as readonly SkeEntityExtensionSpec[]).map(row => ({
    id: `entity-${row.kind}:ske/${row.name}`,
    ...(row.kind === 'content'
      ? { path: row.path, title: row.title }
      : { type: row.type }),
  })),
  manifest.frontendExtensions.map(
    ({ id, path: p, title, type }: Record<string, string>) =>
      Object.fromEntries(
        Object.entries({ id, path: p, title, type }).filter(
          ([, v]) => v !== undefined,
        ),
      ),
  ),
);

function flatten(schema: Schema, prefix: string, out: Record<string, string>) {
  if (schema.visibility) out[prefix] = schema.visibility;
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    flatten(child, prefix ? `${prefix}.${key}` : key, out);
  }
  if (schema.items) flatten(schema.items, `${prefix}[]`, out);
  return out;
}
const schemaJson = JSON.parse(
  execFileSync(
    'yarn',
    [
      'backstage-cli',
      'config:schema',
      '--package',
      'backend',
      '--format',
      'json',
    ],
    {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  ),
);
const ours = schemaJson.schemas.find(
  (s: { path: string }) => s.path === 'plugin-backend/config.d.ts',
);
const visibilities = flatten(ours.value, '', {});
for (const entry of manifest.config as {
  key: string;
  visibility: string;
  portalSecret?: string;
}[]) {
  expectEqual(
    `visibility of ${entry.key}`,
    visibilities[entry.key] ?? 'undeclared',
    entry.visibility,
  );
  if (
    entry.visibility === 'secret' &&
    !/^PORTAL_SECRET_[A-Z0-9_]+$/.test(entry.portalSecret ?? '')
  ) {
    problems.push(
      `${entry.key} is secret but names no PORTAL_SECRET_* variable`,
    );
  }
}
for (const [key, visibility] of Object.entries(visibilities)) {
  if (
    visibility === 'secret' &&
    !manifest.config.some((c: { key: string }) => c.key === key)
  ) {
    problems.push(`secret config key ${key} is missing from the manifest`);
  }
}

if (problems.length) {
  console.error(
    `portal-manifest/manifest.yaml is out of date:\n- ${problems.join('\n- ')}`,
  );
  process.exit(1);
}
console.log(
  'portal-manifest/manifest.yaml matches the packages, extension table and config schema',
);
