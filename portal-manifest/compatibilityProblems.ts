/**
 * The manifest's `compatibility` against what the repository proves: the
 * Node range of package.json's engines (named in the README) and, per
 * package, the Backstage releases the README's compatibility table says it
 * works on (the table is written by `yarn compat:matrix` and checked by
 * CI's compatibility runs, so the manifest cannot claim more than they
 * proved).
 */
import type { RepositoryFacts } from './repositoryFacts';

export type ManifestCompatibility = {
  backstage: Record<string, string[]>;
  currentRelease: { frontendPluginApi: string; backendPluginApi: string };
  node: string;
};

const list = (values: string[]) => `[${values.join(', ')}]`;

function nodeProblems(
  c: ManifestCompatibility,
  facts: RepositoryFacts,
): string[] {
  const problems: string[] = [];
  if (c.node !== facts.node) {
    problems.push(
      `compatibility.node is ${c.node}, package.json engines.node is ${facts.node}`,
    );
  }
  for (const major of c.node.split('||').map(v => `Node ${v.trim()}`)) {
    if (!facts.readme.includes(major)) {
      problems.push(
        `README.md's compatibility section does not mention "${major}"`,
      );
    }
  }
  return problems;
}

function releaseProblems(
  c: ManifestCompatibility,
  facts: RepositoryFacts,
): string[] {
  const table = facts.compatibility;
  const problems: string[] = [];
  for (const { name } of facts.packages) {
    const proven = table.filter(r => r.works.get(name)).map(r => r.release);
    const claimed = c.backstage[name] ?? [];
    if (list([...claimed].sort()) !== list([...proven].sort())) {
      problems.push(
        `compatibility.backstage['${name}'] is ${list(
          claimed,
        )}; the README's compatibility table proves ${list(proven)}`,
      );
    }
  }
  for (const name of Object.keys(c.backstage)) {
    if (!facts.packages.some(p => p.name === name)) {
      problems.push(
        `compatibility.backstage names ${name}, which is not published; remove it`,
      );
    }
  }
  const current = table.find(r => r.release === 'current');
  const { frontendPluginApi, backendPluginApi } = c.currentRelease;
  if (
    current?.frontendPluginApi !== frontendPluginApi ||
    current?.backendPluginApi !== backendPluginApi
  ) {
    problems.push(
      `compatibility.currentRelease is frontend-plugin-api ${frontendPluginApi}, backend-plugin-api ${backendPluginApi}; the README's table says ${current?.frontendPluginApi}, ${current?.backendPluginApi}`,
    );
  }
  return problems;
}

export function compatibilityProblems(
  c: ManifestCompatibility,
  facts: RepositoryFacts,
): string[] {
  return [...nodeProblems(c, facts), ...releaseProblems(c, facts)];
}
