/**
 * Checks the tarballs made by pack.ts against packageRules.ts: dist/, type
 * declarations for every export, compiled config schema, README, CHANGELOG,
 * real dependency ranges, no tests, fixtures or e2e sources, the root LICENSE,
 * and the npm metadata (license, repository with directory, homepage, bugs,
 * keywords).
 *
 * Run: tsx scripts/packaging/checkPackageContents.ts <packs-dir>
 */
import fs from 'node:fs';
import path from 'node:path';
import { packageProblems, PackedPackage } from './packageRules';
import type { Pack } from './pack';
import { PackageJson, readJson, repoRoot, report, run } from './workspace';

function workspaceVersions(): PackedPackage['workspace'] {
  const root = readJson(path.join(repoRoot, 'package.json'));
  return new Map(
    (root.workspaces?.packages ?? []).map(dir => {
      const json = readJson(path.join(repoRoot, dir, 'package.json'));
      return [json.name, { version: json.version, private: !!json.private }];
    }),
  );
}

export function readTarball(tarball: string): {
  files: string[];
  packed: PackageJson;
} {
  const files = run('tar', ['-tzf', tarball])
    .split('\n')
    .filter(Boolean)
    .map(f => f.replace(/^package\//, ''));
  const packed = JSON.parse(
    run('tar', ['-xzOf', tarball, 'package/package.json']),
  );
  return { files, packed };
}

/** The rules must catch a bad package, or this check proves nothing. */
function selfTest(workspace: PackedPackage['workspace']): string[] {
  const bad = packageProblems({
    files: [
      'package.json',
      'dist/index.cjs.js',
      'src/index.ts',
      'dist/a.test.js',
    ],
    packed: {
      name: 'x',
      version: '1.0.0',
      main: 'src/index.ts',
      dependencies: { y: 'workspace:^' },
    },
    source: { name: 'x', version: '1.0.0', configSchema: 'config.d.ts' },
    workspace,
    dir: 'plugin-x',
  });
  const wrongLicence = packageProblems({
    files: ['package.json', 'LICENSE'],
    packed: {
      name: 'x',
      version: '1.0.0',
      license: 'MIT',
      repository: { url: 'https://example.com/x', directory: 'elsewhere' },
    },
    source: { name: 'x', version: '1.0.0' },
    workspace,
    dir: 'plugin-x',
    licenceText: 'MIT',
    rootLicenceText: 'Apache',
  });
  const expected = [
    'README.md is missing',
    'CHANGELOG.md is missing',
    'src/index.ts is',
    'dist/a.test.js is',
    'main points at src/index.ts',
    'no `types`',
    'configSchema config.d.ts',
    'dependencies.y is still workspace:^',
    'LICENSE is missing',
    'license is undefined',
    'repository has no url',
    'homepage is not',
    'bugs has no url',
    'keywords do not include',
  ];
  const expectedOfWrongLicence = [
    'license is MIT',
    'repository.directory is elsewhere, expected plugin-x',
    'LICENSE differs',
  ];
  const missed = (found: string[], wanted: string[]) =>
    wanted
      .filter(e => !found.some(p => p.startsWith(e)))
      .map(
        e => `self-test: the rules did not report "${e}…" for a bad package`,
      );
  return [
    ...missed(bad, expected),
    ...missed(wrongLicence, expectedOfWrongLicence),
  ];
}

if (require.main === module) {
  const packsDir = path.resolve(process.argv[2] ?? '.tools/packs');
  const packs = readJson<Pack[]>(path.join(packsDir, 'packs.json'));
  const workspace = workspaceVersions();
  const problems = selfTest(workspace);
  const rootLicenceText = fs.readFileSync(
    path.join(repoRoot, 'LICENSE'),
    'utf8',
  );
  for (const pack of packs) {
    const { files, packed } = readTarball(pack.tarball);
    const source = readJson(path.join(repoRoot, pack.dir, 'package.json'));
    const licenceText = files.includes('LICENSE')
      ? run('tar', ['-xzOf', pack.tarball, 'package/LICENSE'])
      : undefined;
    packageProblems({
      files,
      packed,
      source,
      workspace,
      dir: pack.dir,
      licenceText,
      rootLicenceText,
    }).forEach(p => problems.push(`${pack.name}: ${p}`));
    console.log(`${pack.name}: ${files.length} files checked`);
  }
  report(
    problems,
    `${packs.length} packages have the right contents and metadata`,
  );
}
