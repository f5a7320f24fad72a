/**
 * Installs the packed tarballs into a fresh Backstage app outside the
 * workspace and proves they work there: the frontend plugin is discovered
 * (`app.packages: all`) and bundled by `backstage-cli package build`, and a
 * backend with the single `backend.add(import('@syntasso/plugin-ske-backend'))`
 * line starts and answers `/api/ske/health`.
 *
 * Fast and offline-friendly: the app's yarn.lock starts as a copy of the
 * workspace's (same versions) and its cache is a hard-linked copy of the
 * workspace's .yarn/cache, so the install fetches nothing that is cached.
 *
 * Run: tsx scripts/packaging/throwawayApp.ts <packs-dir>
 * Env: SKE_THROWAWAY_PORT (default 7205), SKE_THROWAWAY_DIR (default
 * <tmp>/ske-throwaway-app-<port>). The app is kept and reused: the next run
 * rewrites its files and `yarn install` relinks only what changed (the
 * tarballs), and deleting ~100k files costs more than installing them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { installSqliteAddon } from './nativeAddon';
import type { Pack } from './pack';
import {
  assertAppBundlesPlugin,
  assertBackendAnswers,
} from './throwawayChecks';
import { PackageJson, readJson, repoRoot, report, run } from './workspace';

/** The workspace's range for a dependency, so the copied lockfile resolves it. */
function workspaceRange(name: string): string {
  for (const dir of [
    '.',
    'e2e/app',
    'e2e/backend',
    'plugin-frontend',
    'plugin-backend',
  ]) {
    const json = readJson(path.join(repoRoot, dir, 'package.json'));
    const range = json.dependencies?.[name] ?? json.devDependencies?.[name];
    if (range) return range;
  }
  throw new Error(`no workspace package depends on ${name}`);
}

export function ranges(names: string[]): Record<string, string> {
  return Object.fromEntries(names.map(n => [n, workspaceRange(n)]));
}

function write(file: string, content: string | object): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    typeof content === 'string'
      ? content
      : `${JSON.stringify(content, null, 2)}\n`,
  );
}

/** packages/<name>/package.json of the app, like `@backstage/create-app`'s. */
function writeAppPackage(
  dir: string,
  name: string,
  role: string,
  dependencies: Record<string, string>,
): void {
  write(path.join(dir, 'packages', name, 'package.json'), {
    name,
    version: '0.0.0',
    private: true,
    backstage: { role },
    dependencies,
  });
}

/** What a variant of the app adds to the plain one (see throwawayKubernetesApp.ts). */
export type AppExtras = {
  appDependencies?: Record<string, string>;
  backendDependencies?: Record<string, string>;
  /** Packages added with `backend.add(import(name))` after the SKE backend. */
  backendFeatures?: string[];
  /** Keys added to the plain app's `backend:` config block. */
  backendConfig?: Record<string, unknown>;
  /** Top-level app-config keys added to (or replacing) the plain app's. */
  config?: Record<string, unknown>;
};

/** Where the app gets the SKE packages from: tarballs, or a registry. */
export type PackageSource = {
  /** The app's dependency range for a published SKE package. */
  range: (name: string) => string;
  resolutions?: Record<string, string>;
  /** Keys added to the app's `.yarnrc.yml`. */
  yarnrc?: Record<string, unknown>;
};

export function tarballSource(packs: Pack[]): PackageSource {
  const tarball = (name: string) =>
    `file:${packs.find(p => p.name === name)!.tarball}`;
  return {
    range: tarball,
    // The packed plugins depend on the packed common library by its real
    // range (^x.y.z); point that range at the tarball too.
    resolutions: Object.fromEntries(packs.map(p => [p.name, tarball(p.name)])),
  };
}

export function scaffoldApp(
  dir: string,
  source: PackageSource,
  port: number,
  extras: AppExtras = {},
): void {
  const rootJson: PackageJson = {
    name: 'throwaway-backstage-app',
    version: '0.0.0',
    private: true,
    packageManager: readJson(path.join(repoRoot, 'package.json'))
      .packageManager,
    workspaces: { packages: ['packages/*'] },
    resolutions: source.resolutions,
  };
  write(path.join(dir, 'package.json'), rootJson);
  write(
    path.join(dir, '.yarnrc.yml'),
    YAML.stringify({
      nodeLinker: 'node-modules',
      enableGlobalCache: false,
      enableTelemetry: false,
      enableScripts: false,
      npmRegistryServer: 'https://registry.npmjs.org',
      ...source.yarnrc,
    }),
  );
  fs.copyFileSync(
    path.join(repoRoot, 'yarn.lock'),
    path.join(dir, 'yarn.lock'),
  );
  fs.mkdirSync(path.join(dir, '.yarn'), { recursive: true });
  if (!fs.existsSync(path.join(dir, '.yarn', 'cache'))) {
    run('cp', [
      '-al',
      path.join(repoRoot, '.yarn', 'cache'),
      path.join(dir, '.yarn', 'cache'),
    ]);
  }

  writeAppPackage(dir, 'app', 'frontend', {
    ...ranges([
      '@backstage/frontend-defaults',
      'react',
      'react-dom',
      'react-router-dom',
    ]),
    '@syntasso/plugin-ske-frontend': source.range(
      '@syntasso/plugin-ske-frontend',
    ),
    ...extras.appDependencies,
  });
  write(
    path.join(dir, 'packages/app/src/index.tsx'),
    [
      "import ReactDOM from 'react-dom/client';",
      "import { createApp } from '@backstage/frontend-defaults';",
      '',
      "ReactDOM.createRoot(document.getElementById('root')!).render(",
      '  createApp().createRoot(),',
      ');',
      '',
    ].join('\n'),
  );
  writeAppPackage(dir, 'backend', 'backend', {
    ...ranges(['@backstage/backend-defaults', 'better-sqlite3']),
    '@syntasso/plugin-ske-backend': source.range(
      '@syntasso/plugin-ske-backend',
    ),
    ...extras.backendDependencies,
  });
  write(
    path.join(dir, 'packages/backend/src/index.mjs'),
    [
      "import { createBackend } from '@backstage/backend-defaults';",
      '',
      'const backend = createBackend();',
      "backend.add(import('@syntasso/plugin-ske-backend'));",
      ...(extras.backendFeatures ?? []).map(
        name => `backend.add(import('${name}'));`,
      ),
      'backend.start();',
      '',
    ].join('\n'),
  );
  write(
    path.join(dir, 'app-config.yaml'),
    YAML.stringify({
      app: {
        title: 'Throwaway',
        baseUrl: `http://127.0.0.1:${port}`,
        packages: 'all',
      },
      backend: {
        baseUrl: `http://127.0.0.1:${port}`,
        listen: { port, host: '127.0.0.1' },
        database: { client: 'better-sqlite3', connection: ':memory:' },
        ...extras.backendConfig,
      },
      kubernetes: {
        clusterLocatorMethods: [
          {
            type: 'config',
            clusters: [
              {
                name: 'unreachable-platform',
                url: 'https://127.0.0.1:9',
                authProvider: 'serviceAccount',
                serviceAccountToken: 'not-used',
              },
            ],
          },
        ],
      },
      ske: { kubernetes: { platformName: 'unreachable-platform' } },
      ...extras.config,
    }),
  );
}

/** The app's directory for a port: outside the workspace, reused across runs. */
export function appDir(
  name: string,
  port: number,
  override: string | undefined,
): string {
  const dir = override ?? path.join(os.tmpdir(), `${name}-${port}`);
  if (path.resolve(dir).startsWith(`${repoRoot}${path.sep}`)) {
    throw new Error(`${dir} is inside the workspace; the app must be outside`);
  }
  return dir;
}

/** Runs steps and records how long each took, for the closing line. */
export function stepTimer() {
  const timings: string[] = [];
  const timed = async <T>(label: string, step: () => T | Promise<T>) => {
    const start = Date.now();
    const result = await step();
    timings.push(`${label} ${((Date.now() - start) / 1000).toFixed(1)}s`);
    return result;
  };
  return { timings, timed };
}

export const installEnv = {
  ...process.env,
  YARN_ENABLE_IMMUTABLE_INSTALLS: 'false',
};

async function main() {
  const packsDir = path.resolve(process.argv[2] ?? '.tools/packs');
  const packs = readJson<Pack[]>(path.join(packsDir, 'packs.json'));
  const port = Number(process.env.SKE_THROWAWAY_PORT ?? 7205);
  const dir = appDir('ske-throwaway-app', port, process.env.SKE_THROWAWAY_DIR);
  const { timings, timed } = stepTimer();
  const env = installEnv;
  {
    await timed('scaffold', () => scaffoldApp(dir, tarballSource(packs), port));
    await timed('install', () => run('yarn', ['install'], { cwd: dir, env }));
    installSqliteAddon(dir);
    const problems = [
      ...(await timed('frontend build', () => assertAppBundlesPlugin(dir))),
      ...(await timed('backend boot', () => assertBackendAnswers(dir, port))),
    ];
    console.log(`timings: ${timings.join(', ')}`);
    report(
      problems,
      `the packed plugins install and run in a fresh app at ${dir}`,
    );
  }
}

if (require.main === module) {
  main().catch(error => {
    console.error(error);
    process.exit(1);
  });
}
