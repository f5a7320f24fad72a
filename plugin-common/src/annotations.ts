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

import {
  CompoundEntityRef,
  DEFAULT_NAMESPACE,
  Entity,
  parseEntityRef,
} from '@backstage/catalog-model';

/**
 * Catalog annotations written by SKE's entity generator. This module owns the
 * annotation contract; every other module reads annotations through it.
 *
 * @public
 */
export const KRATIX_ANNOTATIONS = {
  type: 'kratix.io/type',
  promiseName: 'kratix.io/promise-name',
  apiName: 'kratix.io/api-name',
  apiGroup: 'kratix.io/api-group',
  status: 'kratix.io/status',
  promiseTemplate: 'kratix.io/backstage-promise-template',
  promiseSummary: 'kratix.io/promise-summary',
  group: 'kratix.io/group',
  version: 'kratix.io/version',
  kind: 'kratix.io/kind',
  name: 'kratix.io/name',
  namespace: 'kratix.io/namespace',
} as const;

/** @public */
export type KratixEntityType = 'promise' | 'resource';

const SPEC_TYPES: Record<string, KratixEntityType> = {
  'kratix-promise': 'promise',
  promise: 'promise',
  'kratix-resource': 'resource',
  resource: 'resource',
};

/**
 * The Kratix type of a catalog entity: the `kratix.io/type` annotation wins
 * when present and non-empty, otherwise `spec.type` decides.
 *
 * @public
 */
export function getKratixType(entity: Entity): KratixEntityType | undefined {
  const annotation = entity.metadata.annotations?.[KRATIX_ANNOTATIONS.type];
  if (annotation && annotation.trim() !== '') {
    const value = annotation.trim();
    return value === 'promise' || value === 'resource' ? value : undefined;
  }
  const specType = entity.spec?.type;
  return typeof specType === 'string' ? SPEC_TYPES[specType] : undefined;
}

/** @public */
export function isKratixType(entity: Entity, type: KratixEntityType): boolean {
  return getKratixType(entity) === type;
}

/** Identifies a resource request on the platform. @public */
export interface ResourceRef {
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string;
}

/** @public */
export type AnnotationResult<T> =
  | { ok: true; value: T }
  | { ok: false; missing: string[] };

function readRequired<K extends keyof typeof KRATIX_ANNOTATIONS>(
  entity: Entity,
  keys: K[],
): AnnotationResult<Record<K, string>> {
  const annotations = entity.metadata.annotations ?? {};
  const missing = keys
    .map(key => KRATIX_ANNOTATIONS[key])
    .filter(annotation => !annotations[annotation]?.trim());
  if (missing.length > 0) {
    return { ok: false, missing };
  }
  const value = Object.fromEntries(
    keys.map(key => [key, annotations[KRATIX_ANNOTATIONS[key]].trim()]),
  ) as Record<K, string>;
  return { ok: true, value };
}

/**
 * The Promise name of a Promise entity (required annotation).
 *
 * @public
 */
export function getPromiseName(entity: Entity): AnnotationResult<string> {
  const result = readRequired(entity, ['promiseName']);
  return result.ok ? { ok: true, value: result.value.promiseName } : result;
}

/**
 * The resource request a Resource entity stands for (required annotations).
 *
 * @public
 */
export function getResourceRef(entity: Entity): AnnotationResult<ResourceRef> {
  const result = readRequired(entity, [
    'group',
    'version',
    'kind',
    'name',
    'namespace',
  ]);
  if (!result.ok) {
    return result;
  }
  const { group, version, kind, name, namespace } = result.value;
  return {
    ok: true,
    value: { apiVersion: `${group}/${version}`, kind, name, namespace },
  };
}

/**
 * The `kratix.io/status` fallback annotation, parsed. Invalid JSON or a
 * non-object yields `undefined`: the annotation is a hint, never a crash.
 *
 * @public
 */
export function parseStatusAnnotation(
  entity: Entity,
): Record<string, unknown> | undefined {
  const raw = entity.metadata.annotations?.[KRATIX_ANNOTATIONS.status];
  if (!raw) {
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Template the `kratix.io/backstage-promise-template` annotation names,
 * as a full reference. The value is a Template name, looked up in the
 * entity's own namespace; `<namespace>/<name>` and `template:<namespace>/<name>`
 * are accepted too. Absent, empty, unparsable or non-Template values yield
 * `undefined`.
 *
 * @public
 */
export function getPromiseTemplateRef(
  entity: Entity,
): CompoundEntityRef | undefined {
  const raw =
    entity.metadata.annotations?.[KRATIX_ANNOTATIONS.promiseTemplate]?.trim();
  if (!raw) {
    return undefined;
  }
  try {
    const ref = parseEntityRef(raw, {
      defaultKind: 'template',
      defaultNamespace: entity.metadata.namespace ?? DEFAULT_NAMESPACE,
    });
    return ref.kind.toLocaleLowerCase('en-US') === 'template' ? ref : undefined;
  } catch {
    return undefined;
  }
}
