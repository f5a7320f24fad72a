/**
 * Starts the whole e2e / demo stack: the simulated Kratix platform (in this
 * process), then the real Backstage backend serving the built app.
 *
 *   tsx e2e/scripts/stack.ts            # ports from env, defaults below
 *
 * Env: SKE_BACKEND_PORT (7007), SKE_PLATFORM_PORT (6443), SKE_PIPELINE_DELAY_MS (3000),
 * SKE_OIDC_PORT (unset): when set, an OpenID provider runs on that port, the
 * platform accepts its ID tokens and Backstage signs users in through it
 * (app-config.oidc.yaml: the cluster uses `authProvider: oidc`).
 * SKE_EXTRA_CONFIG (unset): one more app-config file for the backend, read
 * last (the benchmarks add catalog locations with it).
 * Writes e2e/.run/<port>/ with platform.json (URL, CA, tokens), a kubeconfig,
 * the runtime app-config, platform-requests.jsonl (who did what on the
 * platform), backend.log (the backend's output) and, with OIDC, oidc.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startPlatform, writeKubeconfig } from '../platform/src';
import {
  spawnE2eBackend,
  stopTogether,
  writeRuntimeConfig,
} from './e2eBackend';
import { startOidcIssuer } from './oidcIssuer';

const e2eDir = path.resolve(__dirname, '..');
const backendPort = Number(process.env.SKE_BACKEND_PORT ?? 7007);
const platformPort = Number(process.env.SKE_PLATFORM_PORT ?? 6443);
const oidcPort = process.env.SKE_OIDC_PORT;
const runDir = path.join(e2eDir, '.run', String(backendPort));

/** Appends a stream to a file and passes it on to `out`. */
function tee(
  stream: NodeJS.ReadableStream,
  file: fs.WriteStream,
  out: NodeJS.WritableStream,
) {
  stream.on('data', chunk => {
    file.write(chunk);
    out.write(chunk);
  });
}

async function main() {
  const baseUrl = `http://127.0.0.1:${backendPort}`;
  fs.rmSync(runDir, { recursive: true, force: true });
  fs.mkdirSync(runDir, { recursive: true, mode: 0o700 });
  const oidc = oidcPort
    ? await startOidcIssuer(Number(oidcPort), baseUrl, runDir)
    : undefined;
  const requestLog = fs.createWriteStream(
    path.join(runDir, 'platform-requests.jsonl'),
  );
  const platform = await startPlatform({
    port: platformPort,
    pipelineDelayMs: Number(process.env.SKE_PIPELINE_DELAY_MS ?? 3000),
    authenticators: oidc ? [oidc.authenticator] : [],
    onRequest: entry => requestLog.write(`${JSON.stringify(entry)}\n`),
  });
  fs.writeFileSync(path.join(runDir, 'ca.crt'), platform.caCert);
  fs.writeFileSync(
    path.join(runDir, 'platform.json'),
    JSON.stringify({ url: platform.url, tokens: platform.tokens }, null, 2),
    { mode: 0o600 },
  );
  writeKubeconfig(path.join(runDir, 'kubeconfig'), platform);

  const runtimeConfig = writeRuntimeConfig(runDir, backendPort);
  process.stdout.write(
    `[stack] platform ${platform.url}; kubeconfig ${path.join(
      runDir,
      'kubeconfig',
    )}\n`,
  );

  const backend = spawnE2eBackend({
    configs: [
      runtimeConfig,
      ...(oidc ? [path.join(e2eDir, 'app-config.oidc.yaml')] : []),
      ...(process.env.SKE_EXTRA_CONFIG ? [process.env.SKE_EXTRA_CONFIG] : []),
    ],
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...oidc?.backendEnv,
      SKE_PLATFORM_URL: platform.url,
      SKE_PLATFORM_SA_TOKEN: platform.tokens.backstage,
      SKE_PLATFORM_CA_DATA: Buffer.from(platform.caCert).toString('base64'),
    },
  });
  const backendLog = fs.createWriteStream(path.join(runDir, 'backend.log'));
  tee(backend.stdout!, backendLog, process.stdout);
  tee(backend.stderr!, backendLog, process.stderr);
  stopTogether(backend, async () => {
    await platform.stop();
    await oidc?.provider.stop();
  });
  process.stdout.write(`[stack] Backstage starting on ${baseUrl}\n`);
}

main().catch(e => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exit(1);
});
