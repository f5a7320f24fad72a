/**
 * A scratch copy of the working tree (tracked and untracked, not ignored
 * files) so scripts can build, pack, version or commit without touching the
 * checkout. node_modules is linked, not copied.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, run } from './workspace';

export function workingTreeFiles(root = repoRoot): string[] {
  return run('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: root,
  })
    .split('\0')
    .filter(f => f && fs.existsSync(path.join(root, f)));
}

export function makeScratchCopy(
  label: string,
  root = repoRoot,
  files = workingTreeFiles(root),
): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ske-${label}-`));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(path.join(root, file), path.join(dir, file));
  }
  fs.symlinkSync(
    path.join(root, 'node_modules'),
    path.join(dir, 'node_modules'),
  );
  const installState = path.join(root, '.yarn', 'install-state.gz');
  if (fs.existsSync(installState)) {
    fs.mkdirSync(path.join(dir, '.yarn'), { recursive: true });
    fs.copyFileSync(installState, path.join(dir, '.yarn', 'install-state.gz'));
  }
  return dir;
}

export function removeScratchCopy(dir: string): void {
  if (dir.startsWith(os.tmpdir()) && !process.env.SKE_KEEP_SCRATCH) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
