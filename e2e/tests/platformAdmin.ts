import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The run directory e2e/scripts/stack.ts writes for this backend port. */
const runDir = path.resolve(
  __dirname,
  '..',
  '.run',
  process.env.SKE_E2E_BACKEND_PORT ?? '7017',
);

/**
 * Runs the real kubectl as the platform's admin (context `kratix-admin` of the
 * kubeconfig the stack wrote), to change the platform behind the app's back.
 * Returns kubectl's stdout.
 */
export function kubectlAsAdmin(args: string[]): string {
  // kubectl keeps a discovery cache under HOME: one per call, never the user's.
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ske-e2e-kubectl-'));
  try {
    return execFileSync(
      process.env.KUBECTL_PATH ?? '/usr/bin/kubectl',
      [
        '--kubeconfig',
        path.join(runDir, 'kubeconfig'),
        '--context',
        'kratix-admin',
        ...args,
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, HOME: home },
        timeout: 30_000,
      },
    );
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}
