/**
 * Builds and packs every publishable package exactly as `yarn npm publish`
 * would (prepack rewrites entry points, compiles config.d.ts, `workspace:^`
 * becomes a real range), in a scratch copy so the checkout is never touched.
 *
 * Run: tsx scripts/packaging/pack.ts <out-dir>
 * Writes <out-dir>/<name>.tgz and <out-dir>/packs.json. Needs dist-types from
 * `yarn tsc` (scripts/test.sh runs it first); runs it when missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeScratchCopy, removeScratchCopy } from './scratchCopy';
import { publishablePackages, repoRoot, run } from './workspace';

export type Pack = {
  name: string;
  version: string;
  dir: string;
  tarball: string;
};

export function tarballName(name: string): string {
  return `${name.replace(/^@/, '').replace('/', '-')}.tgz`;
}

export function packPublishablePackages(outDir: string): Pack[] {
  const packages = publishablePackages();
  if (
    packages.some(p => !fs.existsSync(path.join(repoRoot, 'dist-types', p.dir)))
  ) {
    run('yarn', ['tsc'], { cwd: repoRoot });
  }
  const scratch = makeScratchCopy('pack');
  try {
    fs.mkdirSync(outDir, { recursive: true });
    return packages.map(({ dir, json }) => {
      fs.cpSync(
        path.join(repoRoot, 'dist-types', dir),
        path.join(scratch, 'dist-types', dir),
        { recursive: true },
      );
      const cwd = path.join(scratch, dir);
      run('yarn', ['backstage-cli', 'package', 'build'], { cwd });
      const tarball = path.resolve(outDir, tarballName(json.name));
      run('yarn', ['pack', '--out', tarball], { cwd });
      return { name: json.name, version: json.version, dir, tarball };
    });
  } finally {
    removeScratchCopy(scratch);
  }
}

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] ?? '.tools/packs');
  const packs = packPublishablePackages(outDir);
  fs.writeFileSync(
    path.join(outDir, 'packs.json'),
    JSON.stringify(packs, null, 2),
  );
  packs.forEach(p =>
    console.log(`packed ${p.name}@${p.version} → ${p.tarball}`),
  );
}
