/**
 * A release rehearsal against a real (local) registry. In a scratch git
 * repository (a copy of the working tree, never the checkout) with one
 * changeset, it runs the project's own release path: `yarn release:version`,
 * a commit, then `yarn release:publish` (tsc, build, `changeset publish`),
 * with the `@syntasso` scope pointed at verdaccio on loopback. It then asserts
 * what a real release leaves: every publishable package on the registry at
 * its new version as `latest`, a `<name>@<version>` git tag on the release
 * commit, a CHANGELOG entry, no pending changesets. Last, a fresh Backstage
 * app installs the plugins from that registry by version and passes the
 * throwaway app's checks (frontend bundled, backend answers).
 *
 * Run: tsx scripts/release/rehearsal.ts
 * Env: SKE_REHEARSAL_PORT (default 7500: verdaccio; the app listens on +1),
 * SKE_REHEARSAL_APP_DIR.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import {
  changesetFiles,
  commitAll,
  git,
  gitIdentity,
  scratchRepoAfterRelease,
  writeChangeset,
} from '../changesets/scratchRepo';
import { installSqliteAddon } from '../packaging/nativeAddon';
import { removeScratchCopy } from '../packaging/scratchCopy';
import {
  appDir,
  installEnv,
  PackageSource,
  scaffoldApp,
  stepTimer,
} from '../packaging/throwawayApp';
import {
  assertAppBundlesPlugin,
  assertBackendAnswers,
} from '../packaging/throwawayChecks';
import {
  publishablePackages,
  readJson,
  repoRoot,
  report,
  run,
} from '../packaging/workspace';
import { LocalRegistry, startLocalRegistry } from './localRegistry';

const SUMMARY = 'Release rehearsal: a minor change to every package.';

/**
 * tsc (the publish path's first step) refuses to name types reached through
 * a node_modules symlink that leaves the project (TS2742), so the scratch
 * copy gets its own node_modules: hard links (3 s, no space), whose relative
 * workspace links then point at the scratch copy's packages, not the
 * checkout's.
 */
function ownNodeModules(dir: string): void {
  fs.rmSync(path.join(dir, 'node_modules'));
  run('cp', ['-al', path.join(repoRoot, 'node_modules'), dir]);
}

/** The scratch repository publishes the scope to the local registry only. */
function pointScopeAt(dir: string, registry: LocalRegistry): void {
  const file = path.join(dir, '.yarnrc.yml');
  const yarnrc = YAML.parse(fs.readFileSync(file, 'utf8'));
  const scope = {
    npmRegistryServer: registry.url,
    npmPublishRegistry: registry.url,
    npmAuthToken: registry.token,
  };
  fs.writeFileSync(
    file,
    YAML.stringify({
      ...yarnrc,
      unsafeHttpWhitelist: ['127.0.0.1'],
      npmScopes: { syntasso: scope },
    }),
  );
}

/** What a real release leaves behind, checked package by package. */
async function assertReleased(
  dir: string,
  registry: LocalRegistry,
  before: Map<string, string>,
): Promise<{ problems: string[]; versions: Map<string, string> }> {
  const problems: string[] = [];
  const versions = new Map<string, string>();
  const head = git(dir, 'rev-parse', 'HEAD').trim();
  for (const { dir: pkgDir, json } of publishablePackages(dir)) {
    const { name, version } = json;
    versions.set(name, version);
    if (version === before.get(name)) {
      problems.push(`${name} stayed at ${version}`);
    }
    const packument = await registry.packument(name);
    if (!packument?.versions.includes(version)) {
      problems.push(`${name}@${version} is not on the registry`);
    } else if (packument['dist-tags'].latest !== version) {
      problems.push(
        `${name}'s latest is ${packument['dist-tags'].latest}, not ${version}`,
      );
    }
    const tag = `${name}@${version}`;
    const tagged = run('git', ['tag', '--points-at', head], { cwd: dir });
    if (!tagged.split('\n').includes(tag)) {
      problems.push(`no tag ${tag} on the release commit (has: ${tagged})`);
    }
    const changelog = fs.readFileSync(
      path.join(dir, pkgDir, 'CHANGELOG.md'),
      'utf8',
    );
    if (!changelog.includes(`## ${version}`) || !changelog.includes(SUMMARY)) {
      problems.push(`${pkgDir}/CHANGELOG.md has no ${version} entry`);
    }
  }
  if (changesetFiles(dir).length) {
    problems.push(`changesets left after the release: ${changesetFiles(dir)}`);
  }
  if (git(dir, 'status', '--porcelain', '--untracked-files=no').trim()) {
    problems.push(`the release left changes uncommitted`);
  }
  return { problems, versions };
}

function registrySource(
  registry: LocalRegistry,
  versions: Map<string, string>,
): PackageSource {
  return {
    range: name => versions.get(name)!,
    yarnrc: {
      unsafeHttpWhitelist: ['127.0.0.1'],
      npmScopes: { syntasso: { npmRegistryServer: registry.url } },
      // Yarn 4.18 holds back versions younger than a day (npmMinimalAgeGate
      // 1440); an installer trying a release the day it ships does the same.
      npmPreapprovedPackages: ['@syntasso/*'],
    },
  };
}

/** The app's copies are the released versions, resolved from the registry. */
function installedFromRegistry(
  app: string,
  versions: Map<string, string>,
): string[] {
  const lock = fs.readFileSync(path.join(app, 'yarn.lock'), 'utf8');
  const problems: string[] = [];
  for (const [name, version] of versions) {
    if (!lock.includes(`resolution: "${name}@npm:${version}"`)) {
      problems.push(`the app's yarn.lock does not resolve ${name}@${version}`);
    }
    const installed = readJson(
      path.join(app, 'node_modules', name, 'package.json'),
    );
    if (installed.version !== version) {
      problems.push(`the app installed ${name}@${installed.version}`);
    }
  }
  if (/@syntasso\/[^\n]*(file|portal|link):/.test(lock)) {
    problems.push('the app resolved an SKE package from a path');
  }
  return problems;
}

async function main() {
  const port = Number(process.env.SKE_REHEARSAL_PORT ?? 7500);
  const { timings, timed } = stepTimer();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ske-registry-'));
  const dir = scratchRepoAfterRelease('release-rehearsal');
  let registry: LocalRegistry | undefined;
  let outcome: { problems: string[]; success: string };
  try {
    registry = await timed('registry', () => startLocalRegistry(port, workDir));
    ownNodeModules(dir);
    const packages = publishablePackages(dir);
    const before = new Map(packages.map(p => [p.json.name, p.json.version]));
    writeChangeset(
      dir,
      'rehearsal',
      Object.fromEntries(packages.map(p => [p.json.name, 'minor' as const])),
      SUMMARY,
    );
    pointScopeAt(dir, registry);
    commitAll(dir, 'rehearsal changeset');
    const env = { ...process.env, ...gitIdentity };
    await timed('version', () =>
      run('yarn', ['release:version'], { cwd: dir, env }),
    );
    commitAll(dir, 'Version Packages');
    const published = await timed('publish', () =>
      run('yarn', ['release:publish'], { cwd: dir, env }),
    );
    // changeset publish lists what it published (twice: progress, summary).
    const lines = published.split('\n').filter(l => l.startsWith('@syntasso/'));
    console.log(`published ${[...new Set(lines)].join(', ')}`);
    const released = await assertReleased(dir, registry, before);
    const app = appDir(
      'ske-release-rehearsal-app',
      port + 1,
      process.env.SKE_REHEARSAL_APP_DIR,
    );
    const source = registrySource(registry, released.versions);
    await timed('scaffold', () => scaffoldApp(app, source, port + 1));
    // An earlier run's copies of the same versions are other tarballs.
    const cache = path.join(app, '.yarn/cache');
    fs.readdirSync(cache)
      .filter(f => f.startsWith('@syntasso-'))
      .forEach(f => fs.rmSync(path.join(cache, f)));
    await timed('install', () =>
      run('yarn', ['install'], { cwd: app, env: installEnv }),
    );
    installSqliteAddon(app);
    const problems = [
      ...released.problems,
      ...installedFromRegistry(app, released.versions),
      ...(await timed('frontend build', () => assertAppBundlesPlugin(app))),
      ...(await timed('backend boot', () =>
        assertBackendAnswers(app, port + 1),
      )),
    ];
    console.log(`timings: ${timings.join(', ')}`);
    const list = [...released.versions].map(([n, v]) => `${n}@${v}`);
    outcome = {
      problems,
      success: `released ${list.join(', ')} to ${
        registry.url
      }; a fresh app installs them from it and runs`,
    };
  } catch (error) {
    console.error(registry?.output());
    throw error;
  } finally {
    registry?.stop();
    removeScratchCopy(dir);
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  report(outcome.problems, outcome.success);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
