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

import { InputError } from '@backstage/errors';
import type { ResourceManifest } from '@syntasso/plugin-ske-common';
import { requireDepthWithin } from '../inputLimits';
import { parseYamlText } from './yamlText';

/** The most YAML fields one step may name. */
export const MAX_YAML_FIELDS = 100;

const FIELD_PATH = /^spec(\.([A-Za-z0-9_-]+|\*))+$/;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks the `yamlFields` input: dotted paths under `spec`, `*` for every array item. */
function checkedPaths(paths: unknown): string[][] {
  if (paths === undefined) return [];
  if (
    !Array.isArray(paths) ||
    paths.length > MAX_YAML_FIELDS ||
    !paths.every(p => typeof p === 'string')
  ) {
    throw new InputError(
      `Invalid yamlFields: expected at most ${MAX_YAML_FIELDS} dotted paths under spec`,
    );
  }
  return paths.map(path => {
    const segments = path.split('.');
    if (!FIELD_PATH.test(path) || segments.some(s => UNSAFE_KEYS.has(s))) {
      throw new InputError(
        `Invalid yamlFields: '${path}' is not a dotted path under spec (like spec.config or spec.servers.*.options)`,
      );
    }
    return segments;
  });
}

/** The (key, value) pairs a path segment picks: every array item for `*`, else one own property. */
function childrenOf(parent: unknown, segment: string): [string, unknown][] {
  if (segment === '*') {
    return Array.isArray(parent)
      ? parent.map((item, i) => [String(i), item])
      : [];
  }
  return isRecord(parent) && Object.hasOwn(parent, segment)
    ? [[segment, parent[segment]]]
    : [];
}

/** Every (parent, key, field name) the path `segments` reaches from `parent`. */
function* reach(
  parent: unknown,
  segments: string[],
  done: string[],
): Generator<[Record<string, unknown> | unknown[], string, string]> {
  const [head, ...rest] = segments;
  for (const [key, child] of childrenOf(parent, head)) {
    if (rest.length === 0) {
      yield [parent as Record<string, unknown>, key, [...done, key].join('.')];
    } else {
      yield* reach(child, rest, [...done, key]);
    }
  }
}

/**
 * The manifest with the free-form fields a generated Template collects as
 * YAML text parsed into values. `paths` are dotted paths from the manifest
 * (`spec.config`, `spec.servers.*.options`); a field that is absent or
 * already a value stays as it is, blank text removes the field, and text
 * that is not YAML is refused naming the field (`spec.servers.1.options`).
 */
export function parseYamlFields(
  manifest: ResourceManifest,
  paths: unknown,
): ResourceManifest {
  const fields = checkedPaths(paths);
  if (fields.length === 0) return manifest;
  const copy = structuredClone(manifest);
  for (const [root, ...segments] of fields) {
    for (const [parent, key, name] of reach(copy, [root, ...segments], [])) {
      const text = (parent as Record<string, unknown>)[key];
      if (typeof text !== 'string') continue;
      const value = text.trim() === '' ? null : parseYamlText(text, name);
      if (value === null || value === undefined) {
        if (Array.isArray(parent)) parent[Number(key)] = {};
        else delete parent[key];
      } else {
        requireDepthWithin(value, name);
        (parent as Record<string, unknown>)[key] = value;
      }
    }
  }
  return copy;
}
