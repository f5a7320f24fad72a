/**
 * The packed plugins beside Backstage's own Kubernetes plugins: a fresh app
 * (as in throwawayApp.ts) that also installs `@backstage/plugin-kubernetes`
 * and `@backstage/plugin-kubernetes-backend`, at the versions of the Backstage
 * release the workspace uses, with the catalog and guest sign-in. Both
 * plugins share one `kubernetes:` block pointing at a simulated Kratix
 * platform (kratixTabsInBrowser.ts). It proves that `config:check` passes
 * with both config schemas, that the frontend bundles both plugins, that the
 * backend starts with both (`/api/ske/health` answers, `/api/kubernetes/clusters`
 * lists the platform cluster), and, in Chromium, that the Kratix tabs of a
 * Resource show its live status and Manage form while the Kubernetes tab is
 * still offered (browser/kratixTabs.spec.ts).
 *
 * Run: tsx scripts/packaging/throwawayKubernetesApp.ts <packs-dir>
 * Env: SKE_THROWAWAY_PORT (default 7205; this app listens on that port + 1,
 * or SKE_THROWAWAY_KUBERNETES_PORT), SKE_THROWAWAY_KUBERNETES_DIR,
 * SKE_THROWAWAY_PLATFORM_PORT (the simulated platform, default 7210).
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { installSqliteAddon } from './nativeAddon';
import type { Pack } from './pack';
import {
  appDir,
  installEnv,
  ranges,
  scaffoldApp,
  stepTimer,
  tarballSource,
} from './throwawayApp';
import {
  assertAppBundlesPlugin,
  assertBackendAnswers,
  checkTokenAccess,
  getFromStartedPlugin,
} from './throwawayChecks';
import {
  browserAppConfig,
  kratixTabsInBrowser,
  kubernetesNeighbour,
  PLATFORM_CLUSTER,
  startSimulatedPlatform,
} from './kratixTabsInBrowser';
import { readJson, repoRoot, report, run } from './workspace';

/**
 * The release's versions: they depend on the same plugin-kubernetes-common
 * (^0.9.15), plugin-kubernetes-node (^0.4.10), backend-plugin-api (^1.12.0)
 * and plugin-catalog-react (^4.0.0) as the SKE packages do.
 */
const kubernetesPlugins = {
  frontend: { '@backstage/plugin-kubernetes': '0.12.25' },
  backend: { '@backstage/plugin-kubernetes-backend': '0.21.15' },
};

/** What the entity pages need: the catalog, guest sign-in, the app served. */
const backendPlugins = ranges([
  '@backstage/plugin-app-backend',
  '@backstage/plugin-auth-backend',
  '@backstage/plugin-auth-backend-module-guest-provider',
  '@backstage/plugin-catalog-backend',
]);

/** The Kubernetes backend lists the Kratix platform among its clusters. */
async function clustersListPlatform(baseUrl: string): Promise<string[]> {
  const url = `${baseUrl}/api/kubernetes/clusters`;
  const { body, problem } = await getFromStartedPlugin<{
    items?: { name: string }[];
  }>(url);
  if (problem) return [problem];
  const names = (body?.items ?? []).map(c => c.name);
  return names.includes(PLATFORM_CLUSTER)
    ? []
    : [`${url} lists [${names.join(', ')}], not ${PLATFORM_CLUSTER}`];
}

function configCheck(dir: string): string[] {
  try {
    run(
      path.join(repoRoot, 'node_modules/.bin/backstage-cli'),
      ['config:check', '--strict', '--config', 'app-config.yaml'],
      { cwd: dir },
    );
    return [];
  } catch (error) {
    return [`config:check failed: ${(error as Error).message}`];
  }
}

function bundlesKubernetesPlugin(dir: string): string[] {
  const detected = fs.readFileSync(
    path.join(
      dir,
      'packages/app/node_modules/__backstage-autodetected-plugins__.js',
    ),
    'utf8',
  );
  const name = Object.keys(kubernetesPlugins.frontend)[0];
  return detected.includes(`name: "${name}"`)
    ? []
    : [`feature discovery did not find ${name}: ${detected}`];
}

async function main() {
  const packsDir = path.resolve(process.argv[2] ?? '.tools/packs');
  const packs = readJson<Pack[]>(path.join(packsDir, 'packs.json'));
  const port = Number(
    process.env.SKE_THROWAWAY_KUBERNETES_PORT ??
      Number(process.env.SKE_THROWAWAY_PORT ?? 7205) + 1,
  );
  const dir = appDir(
    'ske-throwaway-kubernetes-app',
    port,
    process.env.SKE_THROWAWAY_KUBERNETES_DIR,
  );
  const { timings, timed } = stepTimer();
  const platform = await timed('platform', () =>
    startSimulatedPlatform(
      Number(process.env.SKE_THROWAWAY_PLATFORM_PORT ?? 7210),
    ),
  );
  const problems: string[] = [];
  try {
    await timed('scaffold', () =>
      scaffoldApp(dir, tarballSource(packs), port, {
        appDependencies: {
          ...kubernetesPlugins.frontend,
          ...ranges(['@backstage/plugin-catalog']),
        },
        backendDependencies: {
          ...kubernetesPlugins.backend,
          ...backendPlugins,
          // The app-backend serves the app package's build.
          app: 'link:../app',
        },
        backendFeatures: [
          ...Object.keys(kubernetesPlugins.backend),
          ...Object.keys(backendPlugins),
        ],
        backendConfig: { auth: checkTokenAccess },
        config: browserAppConfig(platform, dir),
      }),
    );
    fs.writeFileSync(
      path.join(dir, 'neighbour.yaml'),
      YAML.stringify(kubernetesNeighbour),
    );
    await timed('install', () =>
      run('yarn', ['install'], { cwd: dir, env: installEnv }),
    );
    installSqliteAddon(dir);
    problems.push(
      ...(await timed('config:check', () => configCheck(dir))),
      ...(await timed('frontend build', () => [
        ...assertAppBundlesPlugin(dir),
        ...bundlesKubernetesPlugin(dir),
      ])),
      ...(await timed('backend boot, clusters and browser', () =>
        assertBackendAnswers(dir, port, async baseUrl => [
          ...(await clustersListPlatform(baseUrl)),
          ...(await kratixTabsInBrowser(baseUrl)),
        ]),
      )),
    );
  } finally {
    await platform.stop();
  }
  console.log(`timings: ${timings.join(', ')}`);
  report(
    problems,
    `the packed plugins run beside Backstage's Kubernetes plugins at ${dir}`,
  );
}

if (require.main === module) {
  main().catch(error => {
    console.error(error);
    process.exit(1);
  });
}
