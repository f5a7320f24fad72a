/**
 * What a throwaway app pinned to a Backstage release really holds: whether
 * each SKE package's declared ranges admit that release's versions, and
 * whether every installed copy of a pinned package is that release's.
 */
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { readJson } from '../packaging/workspace';
import type { BackstageRelease } from './releases';

/**
 * Problems with the `@backstage/*` dependency ranges of an installed SKE
 * package: a range the release's version does not satisfy, or a dependency
 * the release table does not pin (add it to releases.json).
 */
export function rangeProblems(
  appDir: string,
  name: string,
  release: BackstageRelease,
): string[] {
  const json = readJson(
    path.join(appDir, 'node_modules', name, 'package.json'),
  );
  const problems: string[] = [];
  for (const [dep, range] of Object.entries(json.dependencies ?? {})) {
    if (!dep.startsWith('@backstage/')) continue;
    const version = release.packages[dep];
    if (!version) {
      problems.push(`${dep} is not pinned for ${release.release}`);
    } else if (!semver.satisfies(version, range)) {
      problems.push(`range ${dep}@${range} excludes ${version}`);
    }
  }
  return problems;
}

/** Every `node_modules/@backstage/<name>` directory under `dir`. */
function installedCopies(dir: string, found: string[] = []): string[] {
  const modules = path.join(dir, 'node_modules');
  if (!fs.existsSync(modules)) return found;
  for (const entry of fs.readdirSync(modules)) {
    if (entry.startsWith('.')) continue;
    const scoped = entry.startsWith('@')
      ? fs.readdirSync(path.join(modules, entry)).map(e => `${entry}/${e}`)
      : [entry];
    for (const name of scoped) {
      const pkg = path.join(modules, name);
      // Workspace links (node_modules/app → packages/app) are walked as roots.
      if (fs.lstatSync(pkg).isSymbolicLink()) continue;
      if (name.startsWith('@backstage/')) found.push(pkg);
      installedCopies(pkg, found);
    }
  }
  return found;
}

/**
 * Installed `@backstage/*` copies that are not the release's: another version
 * than it pins, or a package it does not pin (add it to releases.json).
 */
export function unpinnedCopies(
  appDir: string,
  release: BackstageRelease,
): string[] {
  const roots = [
    appDir,
    ...['app', 'backend'].map(p => path.join(appDir, 'packages', p)),
  ];
  return roots.flatMap(root =>
    installedCopies(root).flatMap(pkg => {
      const { name, version } = readJson(path.join(pkg, 'package.json'));
      const pinned = release.packages[name];
      const where = path.relative(appDir, pkg);
      if (!pinned) return [`${where} (${version}) is not pinned`];
      return pinned === version
        ? []
        : [`${where} is ${version}, not ${pinned}`];
    }),
  );
}
