/**
 * A local npm registry (verdaccio, from the npm registry) on loopback for the
 * release rehearsal: installed in a temp folder outside the workspace (kept
 * and reused across runs), started with its own storage folder, one user to
 * publish with, and nothing proxied for the `@syntasso` scope, so an install
 * finds only what was published to it.
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { run } from '../packaging/workspace';

// 6.10.x wants Node 22 (the workspace's); it does not install as published
// without node-fetch overridden to 2.7.0.
const VERDACCIO = '6.10.4';

export type LocalRegistry = {
  url: string;
  /** A token of a user allowed to publish. */
  token: string;
  /** What the registry holds for a package (the npm packument), or undefined. */
  packument: (name: string) => Promise<PackumentJson | undefined>;
  stop: () => void;
  /** What verdaccio printed so far, for failures. */
  output: () => string;
};

/** What `npm view <name> --json` says of a package. */
export type PackumentJson = {
  versions: string[];
  'dist-tags': Record<string, string>;
};

function installVerdaccio(): string {
  const dir = path.join(os.tmpdir(), `ske-verdaccio-${VERDACCIO}`);
  const bin = path.join(dir, 'node_modules/verdaccio/bin/verdaccio');
  if (fs.existsSync(bin)) return bin;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: 'ske-verdaccio',
      private: true,
      dependencies: { verdaccio: VERDACCIO },
      overrides: { 'node-fetch': '2.7.0' },
    }),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd: dir,
  });
  return bin;
}

async function waitFor(
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (child.exitCode !== null) break;
    const ok = await fetch(url)
      .then(r => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise(r => setTimeout(r, 250));
  }
  throw new Error(`verdaccio never answered ${url}:\n${output()}`);
}

async function addUser(url: string): Promise<string> {
  const name = 'rehearsal';
  const response = await fetch(`${url}/-/user/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: 'rehearsal-only-password' }),
  });
  const body = await response.json();
  if (!response.ok || !body.token) {
    throw new Error(`verdaccio refused the user: ${JSON.stringify(body)}`);
  }
  return body.token;
}

/** Starts verdaccio on 127.0.0.1:port; `stop` also runs when the process exits. */
export async function startLocalRegistry(
  port: number,
  workDir: string,
): Promise<LocalRegistry> {
  const bin = installVerdaccio();
  const config = path.join(workDir, 'verdaccio.yaml');
  const packageAccess = {
    access: '$all',
    publish: '$authenticated',
    unpublish: '$authenticated',
  };
  fs.writeFileSync(
    config,
    YAML.stringify({
      storage: path.join(workDir, 'storage'),
      auth: { htpasswd: { file: path.join(workDir, 'htpasswd') } },
      uplinks: {},
      packages: { '@*/*': packageAccess, '**': packageAccess },
      web: { enable: false },
      log: { type: 'stdout', format: 'pretty', level: 'warn' },
    }),
  );
  const child = spawn(
    process.execPath,
    [bin, '--config', config, '--listen', `127.0.0.1:${port}`],
    { cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.on('data', d => (output += d));
  child.stderr!.on('data', d => (output += d));
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.on('exit', stop);
  // A killed check (Ctrl-C, a CI timeout) must not leave verdaccio behind.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop();
      process.exit(1);
    });
  }
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${url}/-/ping`, child, () => output);
    const token = await addUser(url);
    // npm itself reads the packument (fetch loses verdaccio's response).
    const packument = async (name: string) => {
      try {
        const json = run('npm', ['view', name, '--json', '--registry', url]);
        return JSON.parse(json) as PackumentJson;
      } catch {
        return undefined;
      }
    };
    return { url, token, packument, stop, output: () => output };
  } catch (error) {
    stop();
    throw error;
  }
}
