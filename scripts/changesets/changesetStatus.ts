/**
 * Reports a change to a publishable package that comes without a changeset:
 * `changeset status --since=<base>`, where the base is the last release tag
 * (`changeset publish` tags `<name>@<version>`) or, before the first release,
 * the repository's first commit. A clean clone where main is the only branch
 * has both, so the check never needs another branch.
 *
 * Run: tsx scripts/changesets/changesetStatus.ts
 */
import path from 'node:path';
import { publishablePackages, repoRoot, run } from '../packaging/workspace';

export function releaseBase(dir: string): { ref: string; why: string } {
  const scopes = publishablePackages(dir).map(p => `--match=${p.json.name}@*`);
  try {
    const tag = run('git', ['describe', '--tags', '--abbrev=0', ...scopes], {
      cwd: dir,
    }).trim();
    return { ref: tag, why: `the last release tag ${tag}` };
  } catch {
    const first = run('git', ['rev-list', '--max-parents=0', 'HEAD'], {
      cwd: dir,
    })
      .trim()
      .split('\n')[0];
    return {
      ref: first,
      why: `no release tag yet, so the first commit ${first.slice(0, 8)}`,
    };
  }
}

/** Undefined when every changed publishable package has a changeset. */
export function missingChangesets(
  dir: string,
  since: string,
): string | undefined {
  try {
    run(
      path.join(repoRoot, 'node_modules/.bin/changeset'),
      ['status', `--since=${since}`],
      {
        cwd: dir,
        env: { ...process.env, CI: 'true', FORCE_COLOR: '0' },
      },
    );
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

if (require.main === module) {
  if (
    run('git', ['rev-parse', '--is-shallow-repository'], {
      cwd: repoRoot,
    }).trim() === 'true'
  ) {
    console.log(
      'shallow clone: the release base is not available, skipping (fetch with --unshallow to check)',
    );
    process.exit(0);
  }
  const base = releaseBase(repoRoot);
  const problem = missingChangesets(repoRoot, base.ref);
  if (problem) {
    console.error(
      `A publishable package changed since ${base.why} without a changeset.\nRun \`yarn changeset\` (or \`yarn changeset --empty\` when no release is needed).\n${problem}`,
    );
    process.exit(1);
  }
  console.log(
    `every publishable package changed since ${base.why} has a changeset`,
  );
}
