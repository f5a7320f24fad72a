import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { OidcStackInfo } from '../../scripts/oidcIssuer';

const e2eDir = path.resolve(__dirname, '../..');

/**
 * The OIDC stack's backend port: SKE_E2E_OIDC_BACKEND_PORT, else one above
 * the main stack's. Its platform and OpenID provider take free ports.
 */
const oidcBackendPort = Number(
  process.env.SKE_E2E_OIDC_BACKEND_PORT ??
    Number(process.env.SKE_E2E_BACKEND_PORT ?? 7017) + 1,
);
export const oidcBaseUrl = `http://127.0.0.1:${oidcBackendPort}`;
const runDir = path.join(e2eDir, '.run', String(oidcBackendPort));

export interface OidcStack {
  runDir: string;
  oidc: OidcStackInfo;
  platform: { url: string; tokens: Record<string, string>; caCert: string };
  /** The platform's request log so far (user, method, path, code). */
  platformRequests(): Array<{
    user?: string;
    method: string;
    path: string;
    code: number;
  }>;
  /** Everything the backend printed so far. */
  backendLog(): string;
  stop(): Promise<void>;
}

const readJson = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(runDir, file), 'utf8'));

async function waitForHealth(child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the OIDC stack exited with ${child.exitCode}`);
    }
    try {
      if ((await fetch(`${oidcBaseUrl}/api/ske/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(`the OIDC stack did not become healthy in ${timeoutMs} ms`);
}

/**
 * Starts e2e/scripts/stack.ts in OIDC mode (an OpenID provider, a platform
 * that trusts it, Backstage with `authProvider: oidc`) in its own process
 * group, and waits until the backend answers.
 */
export async function startOidcStack(): Promise<OidcStack> {
  const child = spawn(
    'node',
    [path.join(e2eDir, '../node_modules/.bin/tsx'), 'scripts/stack.ts'],
    {
      cwd: e2eDir,
      detached: true,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        SKE_BACKEND_PORT: String(oidcBackendPort),
        SKE_PLATFORM_PORT: '0',
        SKE_OIDC_PORT: '0',
        SKE_PIPELINE_DELAY_MS: '1000',
      },
    },
  );
  const groupAlive = () => {
    try {
      process.kill(-child.pid!, 0);
      return true;
    } catch {
      return false;
    }
  };
  const stop = async () => {
    if (!child.pid || !groupAlive()) return;
    process.kill(-child.pid, 'SIGTERM');
    for (let i = 0; i < 100 && groupAlive(); i++) {
      await new Promise(r => setTimeout(r, 100));
    }
    if (groupAlive()) process.kill(-child.pid, 'SIGKILL');
  };
  try {
    await waitForHealth(child, 180_000);
  } catch (e) {
    await stop();
    throw e;
  }
  const platform = readJson('platform.json');
  return {
    runDir,
    oidc: readJson('oidc.json'),
    platform: {
      ...platform,
      caCert: fs.readFileSync(path.join(runDir, 'ca.crt'), 'utf8'),
    },
    platformRequests: () =>
      fs
        .readFileSync(path.join(runDir, 'platform-requests.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map(line => JSON.parse(line)),
    backendLog: () => fs.readFileSync(path.join(runDir, 'backend.log'), 'utf8'),
    stop,
  };
}
