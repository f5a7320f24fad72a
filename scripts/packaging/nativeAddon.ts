/**
 * better-sqlite3's native addon for the Node that runs the throwaway app.
 * Install scripts are off in the app (they would try to download prebuilt
 * binaries), so the addon comes from the workspace's own build when the Node
 * ABI matches, else it is built once per version and ABI with the
 * workspace's node-gyp against the running Node's headers (about 1 min),
 * and kept under .tools/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readJson, repoRoot, run } from './workspace';

const workspaceCopy = path.join(repoRoot, 'node_modules/better-sqlite3');

function builtAbi(pkgDir: string): string | undefined {
  const gypi = path.join(pkgDir, 'build/config.gypi');
  if (!fs.existsSync(gypi)) return undefined;
  return /"node_module_version": (\d+)/.exec(
    fs.readFileSync(gypi, 'utf8'),
  )?.[1];
}

/** A build directory of `pkgDir`'s better-sqlite3 for the running Node. */
function buildForThisNode(pkgDir: string, version: string): string {
  const abi = process.versions.modules;
  if (builtAbi(workspaceCopy) === abi) return path.join(workspaceCopy, 'build');
  const cached = path.join(
    repoRoot,
    '.tools',
    `better-sqlite3-${version}-abi${abi}`,
  );
  if (builtAbi(cached) !== abi) {
    fs.rmSync(cached, { recursive: true, force: true });
    fs.cpSync(pkgDir, cached, {
      recursive: true,
      filter: f => path.basename(f) !== 'build',
    });
    run(
      process.execPath,
      [
        path.join(repoRoot, 'node_modules/node-gyp/bin/node-gyp.js'),
        'rebuild',
        '--release',
        `--nodedir=${path.resolve(path.dirname(process.execPath), '..')}`,
      ],
      { cwd: cached },
    );
  }
  return path.join(cached, 'build');
}

export function installSqliteAddon(dir: string): void {
  const to = path.join(dir, 'node_modules/better-sqlite3');
  const version = (d: string) => readJson(path.join(d, 'package.json')).version;
  if (version(workspaceCopy) !== version(to)) {
    throw new Error(
      `better-sqlite3 ${version(to)} in the app, ${version(
        workspaceCopy,
      )} in the workspace`,
    );
  }
  fs.cpSync(buildForThisNode(to, version(to)), path.join(to, 'build'), {
    recursive: true,
  });
}
