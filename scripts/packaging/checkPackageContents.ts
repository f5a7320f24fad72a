/**
 * Checks the tarballs made by pack.ts against packageRules.ts: dist/, type
 * declarations for every export, compiled config schema, README, CHANGELOG,
 * real dependency ranges, and no tests, fixtures or e2e sources.
 *
 * Run: tsx scripts/packaging/checkPackageContents.ts <packs-dir>
 */
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
  ];
  return expected
    .filter(e => !bad.some(p => p.startsWith(e)))
    .map(e => `self-test: the rules did not report "${e}…" for a bad package`);
}

if (require.main === module) {
  const packsDir = path.resolve(process.argv[2] ?? '.tools/packs');
  const packs = readJson<Pack[]>(path.join(packsDir, 'packs.json'));
  const workspace = workspaceVersions();
  const problems = selfTest(workspace);
  for (const pack of packs) {
    const { files, packed } = readTarball(pack.tarball);
    const source = readJson(path.join(repoRoot, pack.dir, 'package.json'));
    packageProblems({ files, packed, source, workspace }).forEach(p =>
      problems.push(`${pack.name}: ${p}`),
    );
    console.log(`${pack.name}: ${files.length} files checked`);
  }
  report(
    problems,
    `${packs.length} packages have the right contents and metadata`,
  );
}
