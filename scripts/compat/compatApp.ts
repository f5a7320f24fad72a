/**
 * The SKE packages in a throwaway app (scripts/packaging/throwawayApp.ts)
 * pinned to one Backstage release: the app's `@backstage/*` dependencies and
 * resolutions are that release's versions (releases.ts). Per published
 * package it proves:
 * - its declared `@backstage/*` ranges admit the release's versions, and the
 *   app holds no other copy of a pinned package;
 * - its sources build against the release (typecheckAgainstApp.ts);
 * - frontend: the app bundles it; backend: the app's backend starts with it
 *   and the release's catalog and scaffolder backends, answers
 *   `/api/ske/health`, and its scaffolder lists the SKE actions.
 *
 * Run one release and compare with the README's table (CI):
 *   tsx scripts/compat/compatApp.ts <packs-dir> <release|current>
 * Every release, rewriting the table: `yarn compat:matrix` (matrix.ts).
 * Env: SKE_COMPAT_PORT (default 7208), SKE_COMPAT_DIR.
 */
import path from 'node:path';
import { installSqliteAddon } from '../packaging/nativeAddon';
import type { Pack } from '../packaging/pack';
import {
  appDir,
  installEnv,
  ranges,
  scaffoldApp,
  stepTimer,
  tarballSource,
} from '../packaging/throwawayApp';
import {
  assertAppBundlesPlugin,
  assertBackendAnswers,
  checkTokenAccess,
  getFromStartedPlugin,
} from '../packaging/throwawayChecks';
import { readJson, run } from '../packaging/workspace';
import { rangeProblems, unpinnedCopies } from './installedVersions';
import { compareWithReadme } from './matrixTable';
import { BackstageRelease, findRelease } from './releases';
import { typecheckAgainstApp } from './typecheckAgainstApp';

const FRONTEND = '@syntasso/plugin-ske-frontend';
const BACKEND = '@syntasso/plugin-ske-backend';
const COMMON = '@syntasso/plugin-ske-common';

export type PackageResult = { name: string; problems: string[] };

export type ReleaseResult = {
  release: string;
  createApp?: string;
  frontendPluginApi: string;
  backendPluginApi: string;
  packages: PackageResult[];
};

/** The plugins whose extension points the SKE backend's modules use. */
const hostPlugins = [
  '@backstage/plugin-catalog-backend',
  '@backstage/plugin-scaffolder-backend',
];

/** The scaffolder of the release runs the SKE module's actions. */
async function scaffolderListsSkeActions(baseUrl: string): Promise<string[]> {
  const url = `${baseUrl}/api/scaffolder/v2/actions`;
  const { body, problem } = await getFromStartedPlugin<{ id: string }[]>(url);
  if (problem) return [problem];
  const ids = (body ?? []).map(action => action.id);
  return ['ske:configure-resource', 'ske:delete-resource']
    .filter(id => !ids.includes(id))
    .map(id => `the scaffolder does not list ${id}`);
}

function releasePackages(release: BackstageRelease, names: string[]) {
  return Object.fromEntries(names.map(n => [n, release.packages[n]]));
}

async function guarded(step: () => string[] | Promise<string[]>) {
  try {
    return await step();
  } catch (error) {
    return [(error as Error).message.slice(0, 4000)];
  }
}

export async function checkRelease(
  packs: Pack[],
  release: BackstageRelease,
  port: number,
  dir: string,
): Promise<ReleaseResult> {
  const { timings, timed } = stepTimer();
  const pins = release.packages;
  const source = tarballSource(packs);
  await timed('scaffold', () =>
    scaffoldApp(
      dir,
      { ...source, resolutions: { ...source.resolutions, ...pins } },
      port,
      {
        appDependencies: {
          '@backstage/frontend-defaults': pins['@backstage/frontend-defaults'],
          ...ranges(['@types/react']),
        },
        backendDependencies: {
          ...releasePackages(release, [
            '@backstage/backend-defaults',
            ...hostPlugins,
          ]),
          ...ranges(['@types/express', '@types/node']),
        },
        // The SKE backend's catalog and scaffolder modules register with
        // these plugins' extension points, at the release's versions.
        backendFeatures: hostPlugins,
        backendConfig: { auth: checkTokenAccess },
      },
    ),
  );
  await timed('install', () =>
    run('yarn', ['install'], { cwd: dir, env: installEnv }),
  );
  installSqliteAddon(dir);
  const unpinned = unpinnedCopies(dir, release);
  const common = [
    ...unpinned,
    ...rangeProblems(dir, COMMON, release),
    ...(await timed('tsc common', () =>
      typecheckAgainstApp(dir, 'plugin-common'),
    )),
  ];
  const frontend = [
    ...rangeProblems(dir, FRONTEND, release),
    ...(await timed('tsc frontend', () =>
      typecheckAgainstApp(dir, 'plugin-frontend'),
    )),
    ...(await timed('frontend build', () =>
      guarded(() => assertAppBundlesPlugin(dir)),
    )),
  ];
  const backend = [
    ...rangeProblems(dir, BACKEND, release),
    ...(await timed('tsc backend', () =>
      typecheckAgainstApp(dir, 'plugin-backend'),
    )),
    ...(await timed('backend boot', () =>
      guarded(() => assertBackendAnswers(dir, port, scaffolderListsSkeActions)),
    )),
  ];
  console.log(
    `${release.release} on Node ${process.version} timings: ${timings.join(
      ', ',
    )}`,
  );
  return {
    release: release.release,
    createApp: release.createApp,
    frontendPluginApi: pins['@backstage/frontend-plugin-api'],
    backendPluginApi: pins['@backstage/backend-plugin-api'],
    packages: [
      // The plugins need the common library: its problems are theirs too.
      { name: FRONTEND, problems: [...frontend, ...common] },
      { name: BACKEND, problems: [...backend, ...common] },
      { name: COMMON, problems: common },
    ],
  };
}

function printResult(result: ReleaseResult): void {
  for (const { name, problems } of result.packages) {
    console.log(
      `${result.release} ${name}: ${
        problems.length ? `FAILS\n  - ${problems.join('\n  - ')}` : 'works'
      }`,
    );
  }
}

/** checkRelease in the release's own app on SKE_COMPAT_PORT, printed. */
export async function runRelease(
  packs: Pack[],
  release: BackstageRelease,
): Promise<ReleaseResult> {
  const port = Number(process.env.SKE_COMPAT_PORT ?? 7208);
  const dir = appDir(
    `ske-compat-${release.release}`,
    port,
    process.env.SKE_COMPAT_DIR,
  );
  const result = await checkRelease(packs, release, port, dir);
  printResult(result);
  return result;
}

async function main() {
  const packsDir = path.resolve(process.argv[2] ?? '.tools/packs');
  const release = findRelease(process.argv[3] ?? 'current');
  const packs = readJson<Pack[]>(path.join(packsDir, 'packs.json'));
  const result = await runRelease(packs, release);
  const mismatches = compareWithReadme(result);
  if (mismatches.length) {
    console.error(
      `The README's compatibility table disagrees with this run (regenerate it with \`yarn compat:matrix\`):\n- ${mismatches.join(
        '\n- ',
      )}`,
    );
    process.exit(1);
  }
  console.log(`the README's compatibility row for ${release.release} holds`);
}

if (require.main === module) {
  main().catch(error => {
    console.error(error);
    process.exit(1);
  });
}
