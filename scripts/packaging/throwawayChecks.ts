/**
 * The two proofs made in the throwaway app: the frontend plugin is discovered
 * and bundled, and the backend boots with it and answers its health route.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readJson, repoRoot, run } from './workspace';

const FRONTEND = '@syntasso/plugin-ske-frontend';
const BACKEND = '@syntasso/plugin-ske-backend';
const COMMON = '@syntasso/plugin-ske-common';

/** Installed copies must come from the tarballs, with real dependency ranges. */
export function installedFromTarballs(dir: string): string[] {
  const problems: string[] = [];
  for (const name of [FRONTEND, BACKEND, COMMON]) {
    const file = require.resolve(`${name}/package.json`, {
      paths: [
        path.join(dir, 'packages/app'),
        path.join(dir, 'packages/backend'),
      ],
    });
    if (!fs.realpathSync(file).startsWith(fs.realpathSync(dir))) {
      problems.push(`${name} resolved to ${file}, outside the throwaway app`);
    }
    const json = readJson(file);
    if (!String(json.types ?? '').includes('dist/')) {
      problems.push(`${name} was installed without its publish rewrite`);
    }
    const range = json.dependencies?.[COMMON];
    if (range !== undefined && !/^\^\d+\.\d+\.\d+/.test(range)) {
      problems.push(`${name} depends on ${COMMON}@${range}, not a real range`);
    }
  }
  return problems;
}

export function assertAppBundlesPlugin(dir: string): string[] {
  const appDir = path.join(dir, 'packages/app');
  const detectedFile = path.join(
    appDir,
    'node_modules',
    '__backstage-autodetected-plugins__.js',
  );
  // Nothing from an earlier run may pass for this run's output.
  fs.rmSync(path.join(appDir, 'dist'), { recursive: true, force: true });
  fs.rmSync(detectedFile, { force: true });
  // The workspace's own CLI builds the app: it is the build tool, not what
  // is under test, and installing it would double the install time.
  run(
    path.join(repoRoot, 'node_modules/.bin/backstage-cli'),
    ['package', 'build', '--config', '../../app-config.yaml'],
    { cwd: appDir },
  );
  const problems = installedFromTarballs(dir);
  const detected = fs.readFileSync(detectedFile, 'utf8');
  for (const entry of [
    `name: "${FRONTEND}", export: undefined`,
    `name: "${FRONTEND}", export: "./alpha"`,
  ]) {
    if (!detected.includes(entry)) {
      problems.push(`feature discovery did not find ${entry}: ${detected}`);
    }
  }
  const staticDir = path.join(appDir, 'dist', 'static');
  const bundle = fs
    .readdirSync(staticDir)
    .filter(f => f.endsWith('.js'))
    .map(f => fs.readFileSync(path.join(staticDir, f), 'utf8'))
    .join('\n');
  for (const marker of [
    '__@backstage/discovered__',
    FRONTEND,
    '/kratix-promise',
    'resource-manage',
  ]) {
    if (!bundle.includes(marker))
      problems.push(`the built app has no "${marker}"`);
  }
  return problems;
}

/**
 * Starts the app's backend, waits for `/api/ske/health`, then runs `more`
 * (further requests to the running backend) before stopping it.
 */
export async function assertBackendAnswers(
  dir: string,
  port: number,
  more: (baseUrl: string) => Promise<string[]> = async () => [],
): Promise<string[]> {
  const child = spawn(
    process.execPath,
    ['src/index.mjs', '--config', '../../app-config.yaml'],
    {
      cwd: path.join(dir, 'packages/backend'),
      env: {
        ...process.env,
        NODE_OPTIONS: '--no-node-snapshot',
        NODE_ENV: 'development',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', d => (output += d));
  child.stderr.on('data', d => (output += d));
  let exited = false;
  child.on('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}/api/ske/health`;
  try {
    for (let attempt = 0; attempt < 240 && !exited; attempt++) {
      const body = await fetch(url)
        .then(r => (r.ok ? r.json() : undefined))
        .catch(() => undefined);
      if (body?.status === 'ok') return await more(`http://127.0.0.1:${port}`);
      await new Promise(r => setTimeout(r, 500));
    }
    return [
      `${url} never answered {"status":"ok"}; backend output:\n${output.slice(
        -4000,
      )}`,
    ];
  } finally {
    child.kill('SIGTERM');
  }
}

// A static external-access token, only for the throwaway apps' checks.
const CHECK_TOKEN = 'throwaway-check-token';

/** The `backend.auth` config that lets the checks call plugin routes. */
export const checkTokenAccess = {
  externalAccess: [
    {
      type: 'static',
      options: { token: CHECK_TOKEN, subject: 'throwaway-check' },
    },
  ],
};

/**
 * GETs a plugin route with the check token. Plugins start independently:
 * 503 means this one has not started yet, so it asks again for up to 60 s.
 * Resolves to the JSON body, or to the problem.
 */
export async function getFromStartedPlugin<T>(
  url: string,
): Promise<{ body?: T; problem?: string }> {
  const get = () =>
    fetch(url, { headers: { authorization: `Bearer ${CHECK_TOKEN}` } });
  let response = await get();
  for (let attempt = 0; response.status === 503 && attempt < 120; attempt++) {
    await new Promise(r => setTimeout(r, 500));
    response = await get();
  }
  const text = await response.text();
  return response.ok
    ? { body: JSON.parse(text) as T }
    : { problem: `${url} answered ${response.status}: ${text}` };
}
