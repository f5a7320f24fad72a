/**
 * The README's compatibility table: written by `yarn compat:matrix` from its
 * results, read back by each CI compatibility check, which fails when its
 * own run disagrees with the table's row for its release.
 */
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, run } from '../packaging/workspace';
import type { ReleaseResult } from './compatApp';

const readme = path.join(repoRoot, 'README.md');
const BEGIN = '<!-- compat-matrix:begin';
const END = '<!-- compat-matrix:end -->';

/**
 * Short reasons for the table: the APIs the sources miss first (missing
 * exports, then the first line of other build errors), then how many
 * dependency ranges exclude the release.
 */
function summarise(problems: string[]): string[] {
  const ranges = problems.filter(p => p.startsWith('range '));
  const api = problems
    .filter(p => !p.startsWith('range '))
    .map(problem => {
      const missing =
        /Module '"(@backstage\/[^"]+)"' has no exported member '([^']+)'/.exec(
          problem,
        );
      if (missing) return `\`${missing[1]}\` has no \`${missing[2]}\``;
      return problem.split('\n')[0].replace(' error TS', ' TS').slice(0, 100);
    })
    // Follow-up errors of a missing export say nothing more.
    .filter(reason => !/TS2322|TS2345/.test(reason));
  const unique = [...new Set(api)];
  return [
    ...(unique.length > 3
      ? [...unique.slice(0, 3), `${unique.length - 3} more`]
      : unique),
    ...(ranges.length === 1
      ? [ranges[0].replace(/^range /, '')]
      : ranges.length
      ? [`${ranges.length} dependency ranges exclude it`]
      : []),
  ];
}

function cell(problems: string[]): string {
  return problems.length
    ? `no: ${summarise(problems).join('; ').replace(/\|/g, '\\|')}`
    : 'yes';
}

function renderTable(results: ReleaseResult[]): string {
  const names = results[0].packages.map(p => p.name);
  const header = [
    'Backstage release',
    '`create-app`',
    '`frontend-plugin-api`',
    '`backend-plugin-api`',
    ...names.map(n => `\`${n.replace('@syntasso/', '')}\``),
  ];
  const rows = results.map(r => [
    r.release,
    r.createApp ?? '—',
    r.frontendPluginApi,
    r.backendPluginApi,
    ...r.packages.map(p => cell(p.problems)),
  ]);
  return [header, header.map(() => '---'), ...rows]
    .map(cells => `| ${cells.join(' | ')} |`)
    .join('\n');
}

function block(text: string): { start: number; end: number } {
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) {
    throw new Error(`README.md has no ${BEGIN} … ${END} block`);
  }
  return { start, end };
}

export function writeReadmeTable(results: ReleaseResult[]): void {
  const text = fs.readFileSync(readme, 'utf8');
  const { start, end } = block(text);
  const marker = `${BEGIN} (yarn compat:matrix writes this table) -->`;
  fs.writeFileSync(
    readme,
    `${text.slice(0, start)}${marker}\n\n${renderTable(
      results,
    )}\n\n${text.slice(end)}`,
  );
  run(path.join(repoRoot, 'node_modules/.bin/prettier'), ['--write', readme]);
}

/** One row of the README's table: a release, its core plugin APIs, and per package whether it works. */
export type CompatibilityRow = {
  release: string;
  frontendPluginApi: string;
  backendPluginApi: string;
  works: Map<string, boolean>;
};

/** The README's compatibility table, newest release first. */
export function readReadmeTable(): CompatibilityRow[] {
  const text = fs.readFileSync(readme, 'utf8');
  const { start, end } = block(text);
  const lines = text
    .slice(start, end)
    .split('\n')
    .filter(l => l.startsWith('|'))
    .map(l =>
      l
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map(c => c.trim()),
    );
  const [header, , ...rows] = lines;
  const column = (name: string) => header.indexOf(`\`${name}\``);
  return rows.map(row => {
    const works = new Map<string, boolean>();
    header.forEach((name, i) => {
      const pkg = /^`(plugin-ske-[a-z]+)`$/.exec(name)?.[1];
      if (pkg) works.set(`@syntasso/${pkg}`, row[i] === 'yes');
    });
    return {
      release: row[0],
      frontendPluginApi: row[column('frontend-plugin-api')],
      backendPluginApi: row[column('backend-plugin-api')],
      works,
    };
  });
}

/** Where this run and the README's row for its release disagree. */
export function compareWithReadme(result: ReleaseResult): string[] {
  const row = readReadmeTable().find(r => r.release === result.release);
  if (!row) return [`the README's table has no row for ${result.release}`];
  return result.packages.flatMap(({ name, problems }) => {
    const claimed = row.works.get(name);
    const works = problems.length === 0;
    if (claimed === works) return [];
    return [
      `${name} on ${result.release}: README says ${
        claimed ? 'it works' : 'it does not'
      }, this run ${
        works ? 'works' : `fails: ${summarise(problems).join('; ')}`
      }`,
    ];
  });
}
