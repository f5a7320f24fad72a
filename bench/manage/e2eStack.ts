/**
 * The e2e stack (e2e/scripts/stack.ts: simulated platform + real Backstage
 * serving the built app in e2e/app/dist) with generated Promises, one resource
 * each, and their catalog entities. The objects go to the platform through its
 * API as the platform admin; the entities through an extra catalog location
 * given to the backend in SKE_EXTRA_CONFIG. Nothing lands in the demo data.
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CustomObjectsApi, KubeConfig } from '@kubernetes/client-node';
import { kubeconfigFor } from '@syntasso/ske-platform-simulator';
import YAML from 'yaml';
import { GeneratedForm, GROUP, NAMESPACE, VERSION } from './generatedPromise';

const ROOT = path.resolve(__dirname, '../..');
const WORK = path.join(ROOT, '.tools', 'bench-manage');

export interface E2eStack {
  baseUrl: string;
  /** Ends the stack's process group; resolves once it is gone. */
  stop(): Promise<void>;
}

/** The extra app-config: the e2e catalog locations plus one file per entity. */
function writeExtraConfig(forms: GeneratedForm[]): string {
  fs.rmSync(WORK, { recursive: true, force: true });
  fs.mkdirSync(WORK, { recursive: true });
  const base = YAML.parse(
    fs.readFileSync(path.join(ROOT, 'e2e/app-config.yaml'), 'utf8'),
  );
  const extra = forms.map(form => {
    const file = path.join(WORK, `${form.name}.yaml`);
    fs.writeFileSync(file, YAML.stringify(form.entity));
    return { type: 'file', target: file };
  });
  const config = path.join(WORK, 'app-config.yaml');
  fs.writeFileSync(
    config,
    // Config arrays replace, not merge: repeat the e2e locations.
    YAML.stringify({
      catalog: { locations: [...base.catalog.locations, ...extra] },
    }),
  );
  return config;
}

async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  alive: () => boolean = () => true,
) {
  for (let i = 0; i < 1800 && alive(); i++) {
    if (await check().catch(() => false)) return;
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error(
    `no ${what}: the stack ended or timed out (see e2e/.run/<port>/backend.log)`,
  );
}

function adminClient(backendPort: number): CustomObjectsApi {
  const runDir = path.join(ROOT, 'e2e/.run', String(backendPort));
  const platform = JSON.parse(
    fs.readFileSync(path.join(runDir, 'platform.json'), 'utf8'),
  ) as { url: string; tokens: { admin: string } };
  const kc = new KubeConfig();
  kc.loadFromString(
    kubeconfigFor(
      {
        url: platform.url,
        caCert: fs.readFileSync(path.join(runDir, 'ca.crt'), 'utf8'),
      },
      platform.tokens.admin,
    ),
  );
  return kc.makeApiClient(CustomObjectsApi);
}

/** Creates each Promise, then its resource once the platform serves its API. */
async function applyForms(api: CustomObjectsApi, forms: GeneratedForm[]) {
  for (const form of forms) {
    await api.createClusterCustomObject({
      group: 'platform.kratix.io',
      version: 'v1alpha1',
      plural: 'promises',
      body: form.promise,
    });
    const plural = `${(form.resource as { kind: string }).kind}s`;
    await waitFor(`API ${plural}`, async () => {
      await api.createNamespacedCustomObject({
        group: GROUP,
        version: VERSION,
        namespace: NAMESPACE,
        plural,
        body: form.resource,
      });
      return true;
    });
  }
}

export async function startE2eStack(
  forms: GeneratedForm[],
  ports: { backend: number; platform: number },
): Promise<E2eStack> {
  const baseUrl = `http://127.0.0.1:${ports.backend}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/.bin/tsx'), 'scripts/stack.ts'],
    {
      cwd: path.join(ROOT, 'e2e'),
      // Its own process group, so stop() ends the backend it starts too.
      detached: true,
      stdio: 'ignore',
      env: {
        ...process.env,
        SKE_BACKEND_PORT: String(ports.backend),
        SKE_PLATFORM_PORT: String(ports.platform),
        SKE_PIPELINE_DELAY_MS: '200',
        SKE_EXTRA_CONFIG: writeExtraConfig(forms),
      },
    },
  );
  const exited = new Promise<void>(resolve => child.once('exit', resolve));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // the group is gone
    }
  };
  const killOnExit = () => signal('SIGKILL');
  process.once('exit', killOnExit);
  const stop = async () => {
    signal('SIGTERM');
    // The backend shuts down gracefully; it must not hold the port for the next run.
    const timer = setTimeout(() => signal('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    signal('SIGKILL');
    process.off('exit', killOnExit);
  };
  try {
    await waitFor(
      'backend',
      async () => (await fetch(`${baseUrl}/api/ske/health`)).ok,
      () => child.exitCode === null,
    );
    await applyForms(adminClient(ports.backend), forms);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
