/**
 * Dry run of a release: in a scratch repository with a single changeset (a
 * minor change to the common library), `changeset version` must, with no
 * registry reachable, bump the common library a minor, bump the plugins that
 * depend on it (internal dependencies go together), keep their `workspace:^`
 * ranges (which `yarn npm publish` turns into ^<new version>), write the
 * CHANGELOGs and consume the changeset, and leave private packages alone.
 *
 * Run: tsx scripts/changesets/versionDryRun.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { removeScratchCopy } from '../packaging/scratchCopy';
import {
  publishablePackages,
  readJson,
  repoRoot,
  report,
  run,
} from '../packaging/workspace';
import {
  changesetFiles,
  scratchRepoAfterRelease,
  writeChangeset,
} from './scratchRepo';

const unreachable = 'http://127.0.0.1:9';
const parts = (v: string) => v.split('.').map(Number);
const minorBump = (v: string) => `${parts(v)[0]}.${parts(v)[1] + 1}.0`;
const newer = (a: string, b: string) => {
  const [x, y] = [parts(a), parts(b)];
  const i = x.findIndex((n, k) => n !== y[k]);
  return i >= 0 && x[i] > y[i];
};
const dir = scratchRepoAfterRelease('changeset-version');
const problems: string[] = [];
try {
  const before = publishablePackages(dir);
  const common = before.find(p => p.json.backstage?.role === 'common-library')!;
  const dependents = before.filter(
    p => p.json.dependencies?.[common.json.name],
  );
  const privateBefore = readJson(
    path.join(dir, 'e2e/app/package.json'),
  ).version;
  const summary = 'Dry run: a new annotation helper.';
  writeChangeset(dir, 'dry-run', { [common.json.name]: 'minor' }, summary);

  run(path.join(repoRoot, 'node_modules/.bin/changeset'), ['version'], {
    cwd: dir,
    env: {
      ...process.env,
      npm_config_registry: unreachable,
      YARN_NPM_REGISTRY_SERVER: unreachable,
      HTTPS_PROXY: unreachable,
      HTTP_PROXY: unreachable,
    },
  });

  const after = new Map(
    publishablePackages(dir).map(p => [p.json.name, p.json]),
  );
  const changelog = (d: string) =>
    fs.readFileSync(path.join(dir, d, 'CHANGELOG.md'), 'utf8');
  const commonVersion = after.get(common.json.name)!.version;
  const expected = minorBump(common.json.version);
  if (commonVersion !== expected) {
    problems.push(
      `${common.json.name} is ${commonVersion}, expected ${expected}`,
    );
  }
  if (
    !changelog(common.dir).includes(`## ${commonVersion}`) ||
    !changelog(common.dir).includes(summary)
  ) {
    problems.push(
      `${common.dir}/CHANGELOG.md has no ${commonVersion} entry with the summary`,
    );
  }
  for (const dependent of dependents) {
    const json = after.get(dependent.json.name)!;
    if (!newer(json.version, dependent.json.version)) {
      problems.push(
        `${json.name} stayed at ${json.version} although ${common.json.name} changed`,
      );
    }
    const range = json.dependencies![common.json.name];
    // `workspace:^` publishes as ^<version at publish time>; an explicit
    // `workspace:^x.y.z` must have been moved to the new version.
    if (!['workspace:^', `workspace:^${commonVersion}`].includes(range)) {
      problems.push(
        `${json.name} depends on ${common.json.name}@${range}, which does not publish as ^${commonVersion}`,
      );
    }
    const log = changelog(dependent.dir);
    if (
      !log.includes(`## ${json.version}`) ||
      !log.includes(`${common.json.name}@${commonVersion}`)
    ) {
      problems.push(
        `${dependent.dir}/CHANGELOG.md does not record ${json.version} with the ${common.json.name}@${commonVersion} update`,
      );
    }
    console.log(
      `${json.name}: ${dependent.json.version} → ${json.version}, depends on ${range}`,
    );
  }
  console.log(`${common.json.name}: ${common.json.version} → ${commonVersion}`);
  if (changesetFiles(dir).length)
    problems.push(`changesets left after version: ${changesetFiles(dir)}`);
  if (
    readJson(path.join(dir, 'e2e/app/package.json')).version !== privateBefore
  ) {
    problems.push('the private e2e app was versioned');
  }
} finally {
  removeScratchCopy(dir);
}
report(
  problems,
  'changeset version bumps versions, ranges and CHANGELOGs together, offline',
);
