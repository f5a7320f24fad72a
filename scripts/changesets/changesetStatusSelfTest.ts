/**
 * Proves the changeset check can fail: in a scratch repository right after a
 * release (tagged the way `changeset publish` tags), a commit changing a
 * publishable package without a changeset must be reported, the same change
 * with a changeset must pass, and a change to the private e2e app must pass.
 *
 * Run: tsx scripts/changesets/changesetStatusSelfTest.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { removeScratchCopy } from '../packaging/scratchCopy';
import { publishablePackages, report } from '../packaging/workspace';
import { missingChangesets, releaseBase } from './changesetStatus';
import {
  commitAll,
  git,
  scratchRepoAfterRelease,
  writeChangeset,
} from './scratchRepo';

const dir = scratchRepoAfterRelease('changeset-status');
const problems: string[] = [];
try {
  const common = publishablePackages(dir).find(
    p => p.json.backstage?.role === 'common-library',
  )!;
  const tag = `${common.json.name}@${common.json.version}`;
  git(dir, 'tag', tag);
  const base = releaseBase(dir);
  if (base.ref !== tag)
    problems.push(`the base is ${base.ref}, expected the release tag ${tag}`);

  fs.appendFileSync(
    path.join(dir, 'e2e/app/src/App.tsx'),
    '\n// private app change\n',
  );
  commitAll(dir, 'change the private e2e app');
  if (missingChangesets(dir, base.ref)) {
    problems.push(
      'a change to the private e2e app was reported as needing a changeset',
    );
  }

  fs.appendFileSync(
    path.join(dir, common.dir, 'src/index.ts'),
    '\n// a change\n',
  );
  commitAll(dir, `change ${common.json.name}`);
  if (!missingChangesets(dir, base.ref)) {
    problems.push(
      `a change to ${common.json.name} without a changeset went unreported`,
    );
  }

  writeChangeset(dir, 'a-change', { [common.json.name]: 'patch' }, 'A change.');
  commitAll(dir, 'add a changeset');
  const still = missingChangesets(dir, base.ref);
  if (still)
    problems.push(
      `the change has a changeset but was still reported:\n${still}`,
    );
} finally {
  removeScratchCopy(dir);
}
report(
  problems,
  'the changeset check reports a package change without a changeset, and only that',
);
