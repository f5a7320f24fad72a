import fs from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

const created = new Set<string>();

/** Removes every directory made here when the process exits. */
function removeAll() {
  for (const dir of created) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  created.clear();
}

/**
 * A new private (0700) directory in the OS temp directory for a local copy
 * of the repository; removed when the process exits.
 */
export function privateGitDir(): string {
  if (created.size === 0) process.once('exit', removeAll);
  const dir = fs.mkdtempSync(join(os.tmpdir(), 'ske-gitops-'));
  fs.chmodSync(dir, 0o700);
  created.add(dir);
  return dir;
}
