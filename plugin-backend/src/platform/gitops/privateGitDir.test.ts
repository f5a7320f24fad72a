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

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { join } from 'node:path';

describe('privateGitDir', () => {
  it('makes a fresh 0700 directory per call and removes them all when the process exits', () => {
    // A child process, so that its exit is observable.
    const script = `
      require('@backstage/cli/config/nodeTransform.cjs');
      const { privateGitDir } = require(${JSON.stringify(
        join(__dirname, 'privateGitDir.ts'),
      )});
      const dirs = [privateGitDir(), privateGitDir()];
      console.log(JSON.stringify(dirs.map(d => [d, require('fs').statSync(d).mode & 0o777])));
    `;
    const out = execFileSync(process.execPath, ['-e', script], {
      encoding: 'utf8',
    });
    const dirs: [string, number][] = JSON.parse(out.trim());
    expect(dirs).toHaveLength(2);
    expect(dirs[0][0]).not.toBe(dirs[1][0]);
    expect(dirs.map(([, mode]) => mode)).toEqual([0o700, 0o700]);
    expect(dirs.filter(([dir]) => fs.existsSync(dir))).toEqual([]);
  });
});
