/*
 * Copyright 2026 The Kratix Authors
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

import type { LoggerService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import type { KratixStatus, PromiseSummary } from '@syntasso/plugin-ske-common';
import YAML from 'yaml';
import type { KratixPromiseObject } from '../promiseView';
import { isYamlFile } from './repositoryLayout';
import type { RepoSnapshot } from './RepoSnapshot';

/** The status every Promise and resource shows in GitOps mode: git holds desired state only. */
export const NOT_LIVE_STATUS: KratixStatus = {
  message: 'Not live in GitOps mode',
  conditions: [],
  pipelines: [],
  extra: {},
};

const isPromise = (doc: unknown): doc is KratixPromiseObject => {
  const obj = doc as {
    kind?: unknown;
    apiVersion?: unknown;
    metadata?: { name?: unknown };
  };
  return (
    obj?.kind === 'Promise' &&
    typeof obj.apiVersion === 'string' &&
    obj.apiVersion.startsWith('platform.kratix.io/') &&
    typeof obj.metadata?.name === 'string'
  );
};

/**
 * The Promise definitions in the repository: every `kind: Promise` document
 * (multi-document YAML allowed) in the `.yaml`/`.yml` files directly inside
 * `dir`. Files that do not parse are skipped with a warning; the first
 * definition of a name wins.
 */
export async function readPromiseDefinitions(
  snapshot: RepoSnapshot,
  dir: string,
  logger: LoggerService,
): Promise<KratixPromiseObject[]> {
  const byName = new Map<string, KratixPromiseObject>();
  const files = (await snapshot.list(dir)).filter(
    e => e.type === 'blob' && isYamlFile(e.path),
  );
  for (const entry of files) {
    const path = [dir, entry.path].filter(Boolean).join('/');
    const file = await snapshot.readFile(path);
    for (const doc of YAML.parseAllDocuments(file?.text ?? '')) {
      if (doc.errors.length > 0) {
        logger.warn(
          `Skipping ${path}: not valid YAML (${doc.errors[0].message})`,
        );
        break;
      }
      const value = doc.toJS();
      if (isPromise(value) && !byName.has(value.metadata.name)) {
        byName.set(value.metadata.name, value);
      }
    }
  }
  return [...byName.values()];
}

/** The Promise that offers `kind` in API `group`, or 404. */
export function promiseOffering(
  promises: PromiseSummary[],
  ref: { apiVersion: string; kind: string },
): PromiseSummary {
  const group = ref.apiVersion.includes('/')
    ? ref.apiVersion.split('/')[0]
    : '';
  const match = promises.find(p => p.group === group && p.kind === ref.kind);
  if (!match) {
    throw new NotFoundError(
      `No Promise in the repository offers kind '${ref.kind}' in API group '${group}'`,
    );
  }
  return match;
}
