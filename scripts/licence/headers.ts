/**
 * Apache-2.0 licence headers, as Backstage's own sources carry them, on every
 * .ts/.tsx/.js source of the published packages (tests included).
 *
 * Run: tsx scripts/licence/headers.ts --check      lists files without one, exits 1
 *      tsx scripts/licence/headers.ts --fix        adds the header where missing
 *      tsx scripts/licence/headers.ts --self-test  proves --check and --fix work
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { publishablePackages, repoRoot, report } from '../packaging/workspace';

export function licenceHeader(year: number): string {
  return `/*
 * Copyright ${year} The Kratix Authors
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
`;
}

const shebang = /^#!.*\n/;
const sourceFile = /\.(ts|tsx|js|jsx|mjs|cjs)$/;
const skippedDirs = new Set(['node_modules', 'dist', 'dist-types', 'coverage']);
// Any year, so files keep the year they were created in.
const headerPattern = new RegExp(
  `^${licenceHeader(0)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(' 0 ', ' \\d{4} ')}`,
);

export function hasHeader(text: string): boolean {
  return headerPattern.test(text.replace(shebang, ''));
}

/** The text with the header after any shebang line; unchanged if it has one. */
export function withHeader(text: string, year: number): string {
  if (hasHeader(text)) return text;
  const bang = text.match(shebang)?.[0] ?? '';
  return `${bang}${licenceHeader(year)}\n${text.slice(bang.length)}`;
}

/** Every source file under the given directories, skipping build output. */
export function sourceFiles(dirs: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skippedDirs.has(entry.name)) walk(full);
      } else if (sourceFile.test(entry.name) && !entry.name.startsWith('.')) {
        // Dotfiles (.eslintrc.js) are tool config; Backstage's carry none.
        files.push(full);
      }
    }
  };
  dirs.forEach(walk);
  return files.sort();
}

export function filesWithoutHeader(dirs: string[]): string[] {
  return sourceFiles(dirs).filter(f => !hasHeader(fs.readFileSync(f, 'utf8')));
}

export function addHeaders(dirs: string[], year: number): string[] {
  const missing = filesWithoutHeader(dirs);
  for (const file of missing) {
    fs.writeFileSync(file, withHeader(fs.readFileSync(file, 'utf8'), year));
  }
  return missing;
}

/** --check must catch a file without the header, and --fix must add it once. */
function selfTest(): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ske-licence-'));
  const problems: string[] = [];
  try {
    const body = 'export const x = 1; // Copyright 2020 someone else\n';
    const files = {
      'ok.ts': withHeader(body, 2020),
      'missing.ts': body,
      'bin.js': `#!/usr/bin/env node\n${body}`,
      'nested/Missing.tsx': `/** doc */\n${body}`,
      'node_modules/skipped.js': body,
      '.eslintrc.js': body,
    };
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    const relative = (list: string[]) =>
      list.map(f => path.relative(dir, f)).join(',');
    const found = relative(filesWithoutHeader([dir]));
    if (found !== 'bin.js,missing.ts,nested/Missing.tsx')
      problems.push(`self-test: --check found [${found}]`);
    addHeaders([dir], 2026);
    const left = relative(filesWithoutHeader([dir]));
    if (left)
      problems.push(`self-test: still without a header after --fix: ${left}`);
    const bin = fs.readFileSync(path.join(dir, 'bin.js'), 'utf8');
    if (!bin.startsWith('#!/usr/bin/env node\n/*\n * Copyright 2026'))
      problems.push('self-test: --fix did not keep the shebang first');
    if (!bin.endsWith(body)) problems.push('self-test: --fix changed the code');
    const ok = fs.readFileSync(path.join(dir, 'ok.ts'), 'utf8');
    if (ok !== files['ok.ts'])
      problems.push('self-test: --fix touched a file that had a header');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return problems;
}

if (require.main === module) {
  const mode = process.argv[2] ?? '--check';
  const dirs = publishablePackages().map(p => path.join(repoRoot, p.dir));
  if (mode === '--self-test') {
    report(selfTest(), 'the licence header check catches a missing header');
  } else if (mode === '--fix') {
    const added = addHeaders(dirs, new Date().getFullYear());
    added.forEach(f => console.log(`added: ${path.relative(repoRoot, f)}`));
    console.log(`${added.length} file(s) given a licence header`);
  } else {
    const missing = filesWithoutHeader(dirs);
    report(
      missing.map(f => `${path.relative(repoRoot, f)} has no licence header`),
      `${sourceFiles(dirs).length} source files carry the licence header`,
    );
  }
}
