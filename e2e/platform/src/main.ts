import fs from 'node:fs';
import path from 'node:path';
import { startPlatform } from './platform';
import { writeKubeconfig } from './kubeconfig';

/**
 * Runs the simulated platform until stopped. Writes what clients need
 * (`platform.json` with URL, CA and tokens, and a kubeconfig) to STATE_DIR.
 */
async function main() {
  const stateDir = path.resolve(process.env.SKE_PLATFORM_STATE_DIR ?? path.join(__dirname, '../../.run/platform'));
  const port = Number(process.env.SKE_PLATFORM_PORT ?? 6443);
  const platform = await startPlatform({ port, pipelineDelayMs: Number(process.env.SKE_PIPELINE_DELAY_MS ?? 3000) });
  fs.mkdirSync(stateDir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(stateDir, 'ca.crt'), platform.caCert);
  fs.writeFileSync(
    path.join(stateDir, 'platform.json'),
    JSON.stringify({ url: platform.url, caFile: path.join(stateDir, 'ca.crt'), tokens: platform.tokens }, null, 2),
    { mode: 0o600 },
  );
  writeKubeconfig(path.join(stateDir, 'kubeconfig'), platform);
  process.stdout.write(`Simulated Kratix platform listening on ${platform.url} (state in ${stateDir})\n`);
  const stop = () => platform.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch(e => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exit(1);
});
