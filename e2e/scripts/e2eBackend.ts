/**
 * The real e2e Backstage backend (`yarn workspace backend start`) as both
 * stacks start it: on 127.0.0.1:<port>, serving the built app, with the
 * shared app-config.yaml plus a runtime config and any extra config files.
 */
import { ChildProcess, spawn, StdioOptions } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

const e2eDir = path.resolve(__dirname, '..');

/** Writes the runtime config (base URL, listen address) for a backend on `port`; returns its path. */
export function writeRuntimeConfig(
  runDir: string,
  port: number,
  extra: object = {},
): string {
  const baseUrl = `http://127.0.0.1:${port}`;
  const file = path.join(runDir, 'app-config.runtime.yaml');
  fs.writeFileSync(
    file,
    YAML.stringify({
      app: { baseUrl },
      backend: {
        baseUrl,
        listen: { host: '127.0.0.1', port },
        cors: { origin: baseUrl },
      },
      ...extra,
    }),
  );
  return file;
}

/** Starts the backend with app-config.yaml and then `configs`, in order. */
export function spawnE2eBackend(options: {
  configs: string[];
  env: Record<string, string | undefined>;
  stdio: StdioOptions;
}): ChildProcess {
  return spawn(
    'yarn',
    [
      'workspace',
      'backend',
      'start',
      ...[path.join(e2eDir, 'app-config.yaml'), ...options.configs].flatMap(
        file => ['--config', file],
      ),
    ],
    {
      cwd: e2eDir,
      stdio: options.stdio,
      env: { ...process.env, ...options.env },
    },
  );
}

/**
 * Stops the backend and runs `cleanup` once, when the backend exits or this
 * process is asked to stop; then exits with the backend's code (or 0).
 */
export function stopTogether(
  backend: ChildProcess,
  cleanup: () => Promise<void>,
) {
  let stopping: Promise<void> | undefined;
  const stop = (code: number) => {
    stopping ??= (async () => {
      backend.kill('SIGTERM');
      await cleanup();
      process.exit(code);
    })();
    return stopping;
  };
  backend.on('exit', code => stop(code ?? 1));
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
}
