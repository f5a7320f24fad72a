/**
 * What the Kubernetes throwaway app (throwawayKubernetesApp.ts) needs to show
 * the Kratix tabs in a browser: a simulated Kratix platform with its seeded
 * Promises and Resources, the app config that points both Kubernetes users
 * (the SKE plugin and Backstage's Kubernetes backend) at it, the catalog and
 * guest sign-in the entity pages need, and the Playwright run
 * (browser/kratixTabs.spec.ts) against the running app.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import {
  RunningPlatform,
  startPlatform,
} from '@syntasso/ske-platform-simulator';
import { repoRoot } from './workspace';

export const PLATFORM_CLUSTER = 'kratix-platform';

/** The simulated platform on loopback; resolves once its seeds have settled. */
export async function startSimulatedPlatform(
  port: number,
): Promise<RunningPlatform> {
  const platform = await startPlatform({ port, pipelineDelayMs: 500 });
  await platform.settled();
  return platform;
}

/** One `kubernetes:` block for both plugins, plus what the pages need. */
export function browserAppConfig(platform: RunningPlatform, appDir: string) {
  return {
    auth: {
      environment: 'development',
      providers: { guest: { dangerouslyAllowOutsideDevelopment: true } },
    },
    catalog: {
      // The app has no scaffolder: ingestion's Templates are left out.
      rules: [{ allow: ['Component', 'System', 'Group', 'User', 'Location'] }],
      locations: [
        {
          type: 'file',
          target: path.join(repoRoot, 'e2e/catalog/organization.yaml'),
        },
        { type: 'file', target: path.join(appDir, 'neighbour.yaml') },
      ],
    },
    kubernetes: {
      serviceLocatorMethod: { type: 'multiTenant' },
      clusterLocatorMethods: [
        {
          type: 'config',
          clusters: [
            {
              name: PLATFORM_CLUSTER,
              url: platform.url,
              authProvider: 'serviceAccount',
              serviceAccountToken: platform.tokens.backstage,
              caData: Buffer.from(platform.caCert).toString('base64'),
            },
          ],
        },
      ],
    },
    ske: {
      // The Kratix entities come from catalog ingestion, every 3 seconds.
      catalog: {
        schedule: {
          frequency: { seconds: 3 },
          timeout: { minutes: 1 },
          initialDelay: { seconds: 1 },
        },
      },
      kubernetes: { platformName: PLATFORM_CLUSTER },
    },
  };
}

/** A catalog entity that asks for Backstage's Kubernetes tab. */
export const kubernetesNeighbour = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'kubernetes-neighbour',
    annotations: { 'backstage.io/kubernetes-id': 'kubernetes-neighbour' },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
};

/** Runs browser/kratixTabs.spec.ts in Chromium against the app. */
export function kratixTabsInBrowser(baseUrl: string): Promise<string[]> {
  const child = spawn(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules/@playwright/test/cli.js'),
      'test',
      '-c',
      path.join(__dirname, 'browser/playwright.config.ts'),
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, SKE_BROWSER_BASE_URL: baseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', d => (output += d));
  child.stderr.on('data', d => (output += d));
  return new Promise(resolve =>
    child.on('exit', code => {
      console.log(output);
      resolve(
        code === 0
          ? []
          : [`the Kratix tabs failed in Chromium:\n${output.slice(-4000)}`],
      );
    }),
  );
}
