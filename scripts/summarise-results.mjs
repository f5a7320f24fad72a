// Sums every suite's results into one closing line: `N passed, N failed`.
// Exits non-zero when anything failed or a suite produced no results.
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
let passed = 0;
let failed = 0;
const lines = [];

for (const file of fs
  .readdirSync(dir)
  .filter(f => f.endsWith('.check'))
  .sort()) {
  const ok = fs.readFileSync(path.join(dir, file), 'utf8').trim() === 'pass';
  ok ? passed++ : failed++;
  lines.push(
    `  check ${path.basename(file, '.check')}: ${ok ? 'passed' : 'FAILED'}`,
  );
}

function readJson(name) {
  const file = path.join(dir, name);
  return fs.existsSync(file)
    ? JSON.parse(fs.readFileSync(file, 'utf8'))
    : undefined;
}

const jest = readJson('jest.json');
if (jest) {
  const jp = jest.numPassedTests;
  const jf = jest.numFailedTests + jest.numRuntimeErrorTestSuites;
  passed += jp;
  failed += jf;
  lines.push(
    `  jest: ${jp} passed, ${jf} failed (${jest.numTotalTestSuites} suites)`,
  );
} else {
  failed++;
  lines.push('  jest: no results (the run crashed)');
}

// One Playwright run per stack: the main e2e stack (Kubernetes mode, OIDC)
// and the GitOps-mode stack; both take their catalog from ingestion.
for (const [name, file] of [
  ['e2e', 'e2e.json'],
  ['e2e gitops', 'e2e-gitops.json'],
]) {
  const e2e = readJson(file);
  if (e2e) {
    const ep = e2e.stats.expected + e2e.stats.flaky;
    const ef = e2e.stats.unexpected + (e2e.errors?.length ?? 0);
    passed += ep;
    failed += ef;
    lines.push(`  ${name}: ${ep} passed, ${ef} failed`);
  } else {
    failed++;
    lines.push(
      `  ${name}: no results (the run crashed or the app did not build)`,
    );
  }
}

console.log('Summary:');
console.log(lines.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
