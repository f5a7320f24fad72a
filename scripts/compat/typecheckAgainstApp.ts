/**
 * Builds a published package's sources against another Backstage release:
 * copies its sources (no tests) into a throwaway app whose `@backstage/*`
 * packages are pinned to that release, and type-checks them there, so every
 * import resolves to the app's copies, as a build in that app would.
 */
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, run } from '../packaging/workspace';

function isTestFile(file: string): boolean {
  const base = path.basename(file);
  return (
    /\.test\.tsx?$/.test(base) ||
    base === 'setupTests.ts' ||
    base === '__testUtils__'
  );
}

/** The messages of a tsc run that failed, one per error. */
function tscErrors(output: string): string[] {
  return output
    .split('\n')
    .filter(line => /error TS\d+:/.test(line))
    .map(line => line.replace(/^.*compat-src\//, '').trim());
}

/** Type errors of `packageDir`'s sources against the app's packages. */
export function typecheckAgainstApp(
  appDir: string,
  packageDir: string,
): string[] {
  const target = path.join(appDir, 'compat-src', packageDir);
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const entry of ['src', 'package.json', 'config.d.ts']) {
    const from = path.join(repoRoot, packageDir, entry);
    if (!fs.existsSync(from)) continue;
    fs.cpSync(from, path.join(target, entry), {
      recursive: true,
      filter: f => !isTestFile(f),
    });
  }
  const tsconfig = {
    extends: path.join(
      repoRoot,
      'node_modules/@backstage/cli/config/tsconfig.json',
    ),
    include: ['src', 'config.d.ts'],
    compilerOptions: {
      noEmit: true,
      emitDeclarationOnly: false,
      declaration: false,
      incremental: false,
      strict: true,
      lib: ['DOM', 'DOM.Iterable', 'ScriptHost', 'ES2022'],
      target: 'ES2022',
      useUnknownInCatchVariables: false,
      jsx: 'react-jsx',
      types: ['node'],
      pretty: false,
    },
  };
  fs.writeFileSync(
    path.join(target, 'tsconfig.json'),
    JSON.stringify(tsconfig, null, 2),
  );
  try {
    run(
      process.execPath,
      [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', target],
      { cwd: target },
    );
    return [];
  } catch (error) {
    const errors = tscErrors((error as Error).message);
    return errors.length ? errors : [(error as Error).message.slice(-2000)];
  }
}
