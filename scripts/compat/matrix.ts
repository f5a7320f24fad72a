/**
 * The whole compatibility matrix: packs the published packages, runs
 * compatApp.ts's checks for every release in releases.ts (one after the
 * other, on one port) and rewrites the README's compatibility table.
 *
 * Run: yarn compat:matrix   (about 5 min per release on 2 cores, more for a
 * release whose packages are not yet in the yarn cache)
 * Env: SKE_COMPAT_PORT (default 7208), SKE_COMPAT_PACKS (reuse a packs dir).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Pack, packPublishablePackages } from '../packaging/pack';
import { readJson, repoRoot } from '../packaging/workspace';
import { ReleaseResult, runRelease } from './compatApp';
import { writeReadmeTable } from './matrixTable';
import { backstageReleases } from './releases';

function packs(): Pack[] {
  const reuse = process.env.SKE_COMPAT_PACKS;
  if (reuse) return readJson<Pack[]>(path.join(reuse, 'packs.json'));
  const outDir = path.join(repoRoot, '.tools/packs-compat');
  fs.rmSync(outDir, { recursive: true, force: true });
  const packed = packPublishablePackages(outDir);
  // compatApp.ts can then check one release against the same tarballs.
  fs.writeFileSync(path.join(outDir, 'packs.json'), JSON.stringify(packed));
  return packed;
}

async function main() {
  const packed = packs();
  const results: ReleaseResult[] = [];
  for (const release of backstageReleases()) {
    const start = Date.now();
    const result = await runRelease(packed, release);
    console.log(
      `${release.release}: ${((Date.now() - start) / 1000).toFixed(0)}s`,
    );
    results.push(result);
  }
  writeReadmeTable(results);
  console.log('README.md compatibility table rewritten');
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
