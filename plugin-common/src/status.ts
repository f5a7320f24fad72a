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

import type { KratixCondition, KratixPipeline, KratixStatus } from './types';

const KNOWN_KEYS = new Set([
  'status',
  'message',
  'observedGeneration',
  'conditions',
  'kratix',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function asConditions(value: unknown): KratixCondition[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.filter(isRecord).flatMap(c => {
    const type = asString(c.type);
    const status = asString(c.status);
    if (!type || !status) {
      return [];
    }
    return [
      {
        type,
        status,
        reason: asString(c.reason),
        message: asString(c.message),
        lastTransitionTime: asString(c.lastTransitionTime),
      },
    ];
  });
}

function asPipelines(value: unknown): KratixPipeline[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.filter(isRecord).flatMap(p => {
    const name = asString(p.name);
    const phase = asString(p.phase);
    return name && phase
      ? [
          {
            name,
            phase,
            message: asString(p.message),
            lastTransitionTime: asString(p.lastTransitionTime),
          },
        ]
      : [];
  });
}

/**
 * Normalises a Kratix `status` object. Newer Kratix also writes its fields
 * under `status.kratix`; those win over the top-level ones. Anything that is
 * not an object yields an empty status.
 *
 * @public
 */
export function readKratixStatus(raw: unknown): KratixStatus {
  const top = isRecord(raw) ? raw : {};
  const nested = isRecord(top.kratix) ? top.kratix : {};
  const pick = (key: string) => nested[key] ?? top[key];
  const workflows = isRecord(nested.workflows) ? nested.workflows : {};
  const observedGeneration = pick('observedGeneration');
  return {
    status: asString(pick('status')),
    message: asString(pick('message')),
    observedGeneration:
      typeof observedGeneration === 'number' ? observedGeneration : undefined,
    conditions: asConditions(pick('conditions')),
    pipelines: asPipelines(workflows.pipelines),
    extra: Object.fromEntries(
      Object.entries(top).filter(([key]) => !KNOWN_KEYS.has(key)),
    ),
  };
}
