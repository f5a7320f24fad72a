/**
 * Compares the manifest with the repository's facts and says, for every
 * difference, what to change in manifest.yaml. Pure, so it can be tested
 * with a deliberately drifted manifest.
 */
import Ajv from 'ajv';
import YAML from 'yaml';
import {
  compatibilityProblems,
  ManifestCompatibility,
} from './compatibilityProblems';
import manifestSchema from './manifest.schema.json';
import type { ExtensionFact, RepositoryFacts } from './repositoryFacts';

export type Manifest = {
  pluginId: string;
  compatibility: ManifestCompatibility;
  packages: { name: string; role: string; directory: string }[];
  frontendExtensions: (Omit<ExtensionFact, 'configKeys'> & {
    config?: { key: string; description: string }[];
  })[];
  config: { key: string; visibility: string; portalSecret?: string }[];
};

const snippet = (value: unknown) =>
  YAML.stringify([value])
    .trimEnd()
    .split('\n')
    .map(l => `    ${l}`)
    .join('\n');

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a) === JSON.stringify(b);

export function portalSecretName(key: string): string {
  return `PORTAL_SECRET_${key
    .replace(/\[\]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase()}`;
}

function schemaProblems(manifest: unknown): string[] {
  const validate = new Ajv({ allErrors: true }).compile(manifestSchema);
  return validate(manifest)
    ? []
    : (validate.errors ?? []).map(
        e => `manifest.schema.json: ${e.instancePath || '/'} ${e.message}`,
      );
}

function packageProblems(m: Manifest, facts: RepositoryFacts): string[] {
  const problems: string[] = [];
  const expected = facts.packages.map(({ name, role, directory }) => ({
    name,
    role,
    directory,
  }));
  if (!same(m.packages, expected)) {
    problems.push(`packages should be:\n${expected.map(snippet).join('\n')}`);
  }
  facts.packages
    .filter(p => p.pluginId !== m.pluginId)
    .forEach(p =>
      problems.push(
        `${p.name} has backstage.pluginId ${p.pluginId}, the manifest says ${m.pluginId}`,
      ),
    );
  return problems;
}

function extensionProblems(m: Manifest, facts: RepositoryFacts): string[] {
  const problems: string[] = [];
  const listed = new Map(m.frontendExtensions.map(e => [e.id, e]));
  for (const fact of facts.extensions) {
    const { configKeys, ...expected } = fact;
    const entry = listed.get(fact.id);
    if (!entry) {
      problems.push(
        `frontend extension ${
          fact.id
        } is missing; add to frontendExtensions:\n${snippet({
          ...expected,
          ...(configKeys?.length
            ? { config: configKeys.map(key => ({ key, description: 'TODO' })) }
            : {}),
        })}`,
      );
      continue;
    }
    const {
      config,
      filterDescription: _d,
      ...listedFields
    } = entry as typeof entry & {
      filterDescription?: string;
    };
    if (!same(sortKeys(listedFields), sortKeys(expected))) {
      problems.push(
        `frontend extension ${
          fact.id
        } differs from the code; it should read:\n${snippet(expected)}`,
      );
    }
    const listedKeys = (config ?? []).map(c => c.key).sort();
    if (!same(listedKeys, [...(configKeys ?? [])].sort())) {
      problems.push(
        `frontend extension ${
          fact.id
        } config keys are [${listedKeys}], the code has [${configKeys ?? []}]`,
      );
    }
  }
  for (const id of listed.keys()) {
    if (!facts.extensions.some(e => e.id === id)) {
      problems.push(`frontend extension ${id} no longer exists; remove it`);
    }
  }
  return problems;
}

function sortKeys(value: object): object {
  return Object.fromEntries(
    Object.entries(value).sort(([a], [b]) => a.localeCompare(b)),
  );
}

function configProblems(m: Manifest, facts: RepositoryFacts): string[] {
  const problems: string[] = [];
  const listed = new Map(m.config.map(c => [c.key, c]));
  for (const declared of facts.configKeys) {
    const entry = listed.get(declared.key);
    const expected = {
      key: declared.key,
      visibility: declared.visibility,
      ...(declared.visibility === 'secret'
        ? { portalSecret: portalSecretName(declared.key) }
        : {}),
    };
    if (!entry) {
      problems.push(
        `config key ${declared.key} (${
          declared.from
        }) is missing; add to config:\n${snippet(expected)}`,
      );
    } else if (entry.visibility !== declared.visibility) {
      problems.push(
        `config key ${declared.key} is @visibility ${declared.visibility} in ${declared.from}, the manifest says ${entry.visibility}`,
      );
    }
  }
  for (const key of listed.keys()) {
    if (!facts.configKeys.some(d => d.key === key)) {
      problems.push(
        `config key ${key} is not declared in any config.d.ts; remove it`,
      );
    }
  }
  return problems;
}

export function manifestProblems(
  manifest: unknown,
  facts: RepositoryFacts,
): string[] {
  const invalid = schemaProblems(manifest);
  if (invalid.length) return invalid;
  const m = manifest as Manifest;
  return [
    ...packageProblems(m, facts),
    ...compatibilityProblems(m.compatibility, facts),
    ...extensionProblems(m, facts),
    ...configProblems(m, facts),
  ];
}
