/*
 * Copyright 2026 The Kratix Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

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
