/**
 * What a published tarball must and must not contain. Pure: takes the file
 * list and the packed package.json, returns the problems found.
 */
import type { PackageJson } from './workspace';

export type PackedPackage = {
  /** Paths inside the tarball, without the leading `package/`. */
  files: string[];
  packed: PackageJson;
  /** package.json as it is in the repository. */
  source: PackageJson;
  /** Versions of the other workspace packages, by name; private ones flagged. */
  workspace: Map<string, { version: string; private: boolean }>;
  /** Text of LICENSE in the tarball, when it has one. */
  licenceText?: string;
  /** Text of the repository's root LICENSE the tarball's must equal. */
  rootLicenceText?: string;
  /** The package's directory in the repository, e.g. `plugin-backend`. */
  dir?: string;
};

/** npm metadata every published package states, with what it must hold. */
function metadataProblems(pkg: PackedPackage): string[] {
  const { packed, dir } = pkg;
  const problems: string[] = [];
  if (packed.license !== 'Apache-2.0')
    problems.push(`license is ${packed.license}, expected Apache-2.0`);
  const repository = packed.repository as
    | { type?: string; url?: string; directory?: string }
    | undefined;
  if (!repository?.url || typeof repository !== 'object')
    problems.push('repository has no url');
  else if (dir && repository.directory !== dir)
    problems.push(
      `repository.directory is ${repository.directory}, expected ${dir}`,
    );
  if (
    typeof packed.homepage !== 'string' ||
    !packed.homepage.startsWith('https://')
  )
    problems.push('homepage is not an https URL');
  const bugs = packed.bugs as { url?: string } | string | undefined;
  if (!(typeof bugs === 'string' ? bugs : bugs?.url))
    problems.push('bugs has no url');
  const keywords = packed.keywords as string[] | undefined;
  if (!Array.isArray(keywords) || !keywords.includes('backstage'))
    problems.push('keywords do not include "backstage"');
  if (!pkg.files.includes('LICENSE')) problems.push('LICENSE is missing');
  else if (
    pkg.rootLicenceText !== undefined &&
    pkg.licenceText !== pkg.rootLicenceText
  )
    problems.push("LICENSE differs from the repository's LICENSE");
  return problems;
}

const forbidden: [RegExp, string][] = [
  [/(^|\/)[^/]*\.(test|spec)\.[cm]?[jt]sx?(\.map)?$/, 'a test file'],
  [
    /(^|\/)(__testUtils__|__fixtures__|__mocks__|fixtures|testing)\//,
    'test utilities or fixtures',
  ],
  [/(^|\/)setupTests\./, 'jest setup'],
  [/(^|\/)e2e\//, 'e2e sources'],
  [/^src\//, 'TypeScript sources'],
  [/(?<!\.d)\.tsx?$/, 'a TypeScript source'],
  [/(^|\/)config\.d\.ts$/, 'the uncompiled config.d.ts'],
];

function stripDot(p: string): string {
  return p.replace(/^\.\//, '');
}

/** Every string in an `exports` condition tree, with its condition name. */
function exportTargets(
  value: unknown,
  condition = 'default',
): [string, string][] {
  if (typeof value === 'string') return [[condition, value]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([c, v]) =>
      c === 'backstage' ? [] : exportTargets(v, c),
    );
  }
  return [];
}

export function packageProblems(pkg: PackedPackage): string[] {
  const { files, packed, source } = pkg;
  const has = new Set(files);
  const problems: string[] = [];
  const expectFile = (what: string, file: string | undefined) => {
    if (!file) return;
    const f = stripDot(file);
    if (!has.has(f))
      problems.push(`${what} points at ${f}, which is not in the tarball`);
    else if (!f.startsWith('dist/') && f !== 'package.json')
      problems.push(`${what} points at ${f}, outside dist/`);
  };

  for (const required of ['package.json', 'README.md', 'CHANGELOG.md']) {
    if (!has.has(required)) problems.push(`${required} is missing`);
  }
  if (!files.some(f => f.startsWith('dist/')))
    problems.push('dist/ is missing');
  for (const file of files) {
    const hit = forbidden.find(([re]) => re.test(file));
    if (hit) problems.push(`${file} is ${hit[1]} and must not be published`);
  }

  expectFile('main', packed.main);
  expectFile('module', packed.module);
  expectFile('types', packed.types);
  if (!packed.types) problems.push('no `types` for the main entry point');

  const subpaths = Object.keys(packed.exports ?? {}).filter(
    k => k !== '.' && k !== './package.json',
  );
  for (const [key, value] of Object.entries(packed.exports ?? {})) {
    if (key === './package.json') continue;
    const targets = exportTargets(value);
    targets.forEach(([c, t]) => expectFile(`exports["${key}"].${c}`, t));
    if (!targets.some(([c, t]) => c === 'types' && t.endsWith('.d.ts'))) {
      problems.push(`exports["${key}"] has no type declarations`);
    }
  }
  const typesVersions = packed.typesVersions?.['*'] ?? {};
  for (const key of subpaths) {
    const mapped = typesVersions[key.replace(/^\.\//, '')];
    if (!mapped?.length) problems.push(`typesVersions has no entry for ${key}`);
    mapped
      ?.filter(m => m !== 'package.json')
      .forEach(m => expectFile(`typesVersions["${key}"]`, m));
  }

  if (typeof source.configSchema === 'string') {
    if (
      packed.configSchema !== 'config.schema.json' ||
      !has.has('config.schema.json')
    ) {
      problems.push(
        `configSchema ${source.configSchema} was not compiled to config.schema.json`,
      );
    }
  }

  const role = source.backstage?.role;
  const feature = {
    'frontend-plugin': '@backstage/FrontendPlugin',
    'backend-plugin': '@backstage/BackendFeature',
  }[role ?? ''];
  const features = (packed.backstage as { features?: Record<string, string> })
    ?.features;
  if (feature && features?.['.'] !== feature) {
    problems.push(`backstage.features["."] should be ${feature} for a ${role}`);
  }

  for (const field of [
    'dependencies',
    'peerDependencies',
    'devDependencies',
  ] as const) {
    for (const [name, range] of Object.entries(packed[field] ?? {})) {
      if (range.startsWith('workspace:')) {
        problems.push(`${field}.${name} is still ${range}`);
        continue;
      }
      const internal = pkg.workspace.get(name);
      if (!internal || field === 'devDependencies') continue;
      if (internal.private)
        problems.push(`${field}.${name} is a private workspace package`);
      else if (range !== `^${internal.version}`)
        problems.push(
          `${field}.${name} is ${range}, expected ^${internal.version}`,
        );
    }
  }
  return [...problems, ...metadataProblems(pkg)];
}
