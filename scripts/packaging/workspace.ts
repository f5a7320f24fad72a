/**
 * The workspace as the packaging scripts see it: where it is, which of its
 * packages are published, and a way to run a command with readable failures.
 */
import { execFileSync, ExecFileSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../..');

export type PackageJson = {
  name: string;
  version: string;
  private?: boolean;
  main?: string;
  module?: string;
  types?: string;
  exports?: Record<string, unknown>;
  typesVersions?: Record<string, Record<string, string[]>>;
  configSchema?: string | object;
  files?: string[];
  backstage?: { role?: string; pluginId?: string };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  workspaces?: { packages: string[] };
  engines?: { node?: string };
  [key: string]: unknown;
};

export function readJson<T = PackageJson>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

export type WorkspacePackage = { dir: string; json: PackageJson };

/** Every workspace package that is not private, i.e. what gets published. */
export function publishablePackages(root = repoRoot): WorkspacePackage[] {
  const rootJson = readJson(path.join(root, 'package.json'));
  return (rootJson.workspaces?.packages ?? [])
    .map(dir => ({ dir, json: readJson(path.join(root, dir, 'package.json')) }))
    .filter(p => !p.json.private);
}

/** Runs a command, returns its stdout; on failure the error carries its output. */
export function run(
  command: string,
  args: string[],
  options: ExecFileSyncOptions = {},
): string {
  try {
    return execFileSync(command, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
      ...options,
    }) as string;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${command} ${args.join(' ')} failed: ${e.message}\n${e.stdout ?? ''}\n${
        e.stderr ?? ''
      }`,
    );
  }
}

/** Prints problems and exits 1, or prints the success line. */
export function report(problems: string[], success: string): void {
  if (problems.length) {
    console.error(`${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log(success);
}
