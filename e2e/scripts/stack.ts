/**
 * Starts the whole e2e / demo stack: the simulated Kratix platform (in this
 * process), then the real Backstage backend serving the built app.
 *
 *   tsx e2e/scripts/stack.ts            # ports from env, defaults below
 *
 * Env: SKE_BACKEND_PORT (7007), SKE_PLATFORM_PORT (6443), SKE_PIPELINE_DELAY_MS (3000).
 * Writes e2e/.run/<port>/ with platform.json (URL, CA, tokens), a kubeconfig
 * and the runtime app-config.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { startPlatform, writeKubeconfig } from '../platform/src';

const e2eDir = path.resolve(__dirname, '..');
const backendPort = Number(process.env.SKE_BACKEND_PORT ?? 7007);
const platformPort = Number(process.env.SKE_PLATFORM_PORT ?? 6443);
const runDir = path.join(e2eDir, '.run', String(backendPort));

async function main() {
  const platform = await startPlatform({
    port: platformPort,
    pipelineDelayMs: Number(process.env.SKE_PIPELINE_DELAY_MS ?? 3000),
  });
  fs.mkdirSync(runDir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(runDir, 'ca.crt'), platform.caCert);
  fs.writeFileSync(
    path.join(runDir, 'platform.json'),
    JSON.stringify({ url: platform.url, tokens: platform.tokens }, null, 2),
    { mode: 0o600 },
  );
  writeKubeconfig(path.join(runDir, 'kubeconfig'), platform);

  const baseUrl = `http://127.0.0.1:${backendPort}`;
  const runtimeConfig = path.join(runDir, 'app-config.runtime.yaml');
  fs.writeFileSync(
    runtimeConfig,
    YAML.stringify({
      app: { baseUrl },
      backend: {
        baseUrl,
        listen: { host: '127.0.0.1', port: backendPort },
        cors: { origin: baseUrl },
      },
    }),
  );
  process.stdout.write(
    `[stack] platform ${platform.url}; kubeconfig ${path.join(
      runDir,
      'kubeconfig',
    )}\n`,
  );

  const backend = spawn(
    'yarn',
    [
      'workspace',
      'backend',
      'start',
      '--config',
      path.join(e2eDir, 'app-config.yaml'),
      '--config',
      runtimeConfig,
    ],
    {
      cwd: e2eDir,
      stdio: 'inherit',
      env: {
        ...process.env,
        SKE_PLATFORM_URL: platform.url,
        SKE_PLATFORM_SA_TOKEN: platform.tokens.backstage,
        SKE_PLATFORM_CA_DATA: Buffer.from(platform.caCert).toString('base64'),
      },
    },
  );
  const stop = async (code: number) => {
    backend.kill('SIGTERM');
    await platform.stop();
    process.exit(code);
  };
  backend.on('exit', code => stop(code ?? 1));
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  process.stdout.write(`[stack] Backstage starting on ${baseUrl}\n`);
}

main().catch(e => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exit(1);
});
