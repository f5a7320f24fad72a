/**
 * Starts the e2e Backstage in GitOps mode: a git server on loopback
 * (`git http-backend` with basic auth) whose bare repository holds the
 * simulated platform's Promises and resource requests, and the real backend
 * with `ske.mode: gitops` pointing at it. No Kubernetes platform runs.
 *
 *   tsx e2e/scripts/gitopsStack.ts      # SKE_BACKEND_PORT (7007)
 *
 * Writes e2e/.run/<port>-gitops/gitops.json (repository URL and bare
 * directory, no credentials) and the runtime app-config.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  promiseFiles,
  resourceRequestFiles,
  startGitServer,
} from '../platform/src';
import {
  spawnE2eBackend,
  stopTogether,
  writeRuntimeConfig,
} from './e2eBackend';

const e2eDir = path.resolve(__dirname, '..');
const backendPort = Number(process.env.SKE_BACKEND_PORT ?? 7007);
const runDir = path.join(e2eDir, '.run', `${backendPort}-gitops`);

async function main() {
  fs.rmSync(runDir, { recursive: true, force: true });
  fs.mkdirSync(runDir, { recursive: true, mode: 0o700 });
  const git = await startGitServer({
    dir: path.join(runDir, 'git'),
    files: {
      ...promiseFiles('catalog/promises'),
      ...resourceRequestFiles('catalog'),
    },
  });
  fs.writeFileSync(
    path.join(runDir, 'gitops.json'),
    JSON.stringify({ repoUrl: git.repoUrl, bareDir: git.bareDir }, null, 2),
  );
  const baseUrl = `http://127.0.0.1:${backendPort}`;
  const runtimeConfig = writeRuntimeConfig(runDir, backendPort, {
    ske: {
      mode: 'gitops',
      scm: {
        repoUrl: git.repoUrl,
        username: git.username,
        token: '${SKE_GIT_TOKEN}',
        path: 'catalog',
      },
    },
  });
  const backend = spawnE2eBackend({
    configs: [runtimeConfig],
    stdio: 'inherit',
    env: {
      SKE_GIT_TOKEN: git.password,
      // The Kubernetes section of app-config.yaml is unused in GitOps mode.
      SKE_PLATFORM_URL: 'https://127.0.0.1:1',
      SKE_PLATFORM_SA_TOKEN: 'unused',
      SKE_PLATFORM_CA_DATA: '',
    },
  });
  stopTogether(backend, () => git.stop());
  process.stdout.write(
    `[gitops-stack] ${git.repoUrl}; Backstage on ${baseUrl}\n`,
  );
}

main().catch(e => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exit(1);
});
