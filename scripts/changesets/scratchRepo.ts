/**
 * A scratch git repository holding a copy of the working tree, with main as
 * its only branch, for trying changesets commands without touching the
 * checkout.
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeScratchCopy } from '../packaging/scratchCopy';
import { run } from '../packaging/workspace';

export const gitIdentity = {
  GIT_AUTHOR_NAME: 'scratch',
  GIT_AUTHOR_EMAIL: 'scratch@example.com',
  GIT_COMMITTER_NAME: 'scratch',
  GIT_COMMITTER_EMAIL: 'scratch@example.com',
};

export function git(dir: string, ...args: string[]): string {
  return run('git', args, {
    cwd: dir,
    env: { ...process.env, ...gitIdentity },
  });
}

export function commitAll(dir: string, message: string): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '--quiet', '--allow-empty', '-m', message);
}

/** Pending changesets of the copy (everything but README.md). */
export function changesetFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(dir, '.changeset'))
    .filter(f => f.endsWith('.md') && f !== 'README.md');
}

export function writeChangeset(
  dir: string,
  name: string,
  bumps: Record<string, 'major' | 'minor' | 'patch'>,
  summary: string,
): void {
  const header = Object.entries(bumps)
    .map(([pkg, bump]) => `'${pkg}': ${bump}`)
    .join('\n');
  fs.writeFileSync(
    path.join(dir, '.changeset', `${name}.md`),
    `---\n${header}\n---\n\n${summary}\n`,
  );
}

/** A copy of the working tree, committed on main, with no pending changesets. */
export function scratchRepoAfterRelease(label: string): string {
  const dir = makeScratchCopy(label);
  git(dir, 'init', '--quiet', '--initial-branch=main');
  fs.appendFileSync(path.join(dir, '.git/info/exclude'), 'node_modules\n');
  changesetFiles(dir).forEach(f => fs.rmSync(path.join(dir, '.changeset', f)));
  commitAll(dir, 'release');
  return dir;
}
