/**
 * Fails when portal-manifest/manifest.yaml disagrees with its JSON Schema,
 * the real package metadata, the frontend extension table, the packages'
 * config.d.ts or the README's compatibility table, and says what to write
 * instead.
 *
 * Run: tsx portal-manifest/check.ts              (the check, in CI)
 *      tsx portal-manifest/check.ts --self-test  (drifted manifests must fail)
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { report } from '../scripts/packaging/workspace';
import { manifestProblems } from './manifestProblems';
import { RepositoryFacts, repositoryFacts } from './repositoryFacts';

type Drift = { what: string; apply: (m: any) => void };

const drifts: Drift[] = [
  {
    what: 'a changed default path',
    apply: m => (m.frontendExtensions[1].path = '/elsewhere'),
  },
  { what: 'a missing extension', apply: m => m.frontendExtensions.pop() },
  {
    what: 'a changed default filter',
    apply: m => (m.frontendExtensions[1].filter = { kind: 'api' }),
  },
  {
    what: 'an extension off by default',
    apply: m => (m.frontendExtensions[1].enabledByDefault = false),
  },
  {
    what: 'a missing secret key',
    apply: m =>
      (m.config = m.config.filter((c: any) => c.visibility !== 'secret')),
  },
  {
    what: 'a wrong visibility',
    apply: m => (m.config[0].visibility = 'frontend'),
  },
  {
    what: 'an undeclared config key',
    apply: m => m.config.push({ key: 'ske.nothing', visibility: 'backend' }),
  },
  {
    what: 'a badly named Portal secret',
    apply: m =>
      (m.config.find((c: any) => c.portalSecret).portalSecret = 'TOKEN'),
  },
  {
    what: 'a wrong package role',
    apply: m => (m.packages[0].role = 'web-library'),
  },
  { what: 'a wrong node range', apply: m => (m.compatibility.node = '20') },
  {
    what: 'a Backstage release the compatibility table does not prove',
    apply: m =>
      m.compatibility.backstage['@syntasso/plugin-ske-frontend'].push('1.55.0'),
  },
  {
    what: 'a package without its proven releases',
    apply: m =>
      delete m.compatibility.backstage['@syntasso/plugin-ske-backend'],
  },
  {
    what: "a current release whose APIs are not the table's",
    apply: m => (m.compatibility.currentRelease.frontendPluginApi = '0.18.1'),
  },
];

function selfTest(manifest: unknown, facts: RepositoryFacts): string[] {
  return drifts.flatMap(({ what, apply }) => {
    const drifted = structuredClone(manifest);
    apply(drifted);
    return manifestProblems(drifted, facts).length
      ? []
      : [`self-test: ${what} went unnoticed`];
  });
}

async function main() {
  const manifest = YAML.parse(
    fs.readFileSync(path.join(__dirname, 'manifest.yaml'), 'utf8'),
  );
  const facts = await repositoryFacts(manifest?.pluginId ?? 'ske');
  if (process.argv.includes('--self-test')) {
    report(
      selfTest(manifest, facts),
      `all ${drifts.length} kinds of manifest drift are reported`,
    );
    return;
  }
  const problems = manifestProblems(manifest, facts);
  report(
    problems.map(p => `portal-manifest/manifest.yaml: ${p}`),
    'portal-manifest/manifest.yaml matches its schema, the packages, the extension table, config.d.ts and the compatibility table',
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
