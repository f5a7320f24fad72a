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

import { mergePatchBetween } from './specMergePatch';

/** Applies a JSON merge patch (RFC 7386), as the API server does. */
function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    return patch;
  }
  const result: Record<string, unknown> =
    typeof target === 'object' && target !== null && !Array.isArray(target)
      ? { ...(target as Record<string, unknown>) }
      : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = applyMergePatch(result[key], value);
  }
  return result;
}

describe('mergePatchBetween', () => {
  it('sets changed values and leaves unchanged ones out', () => {
    expect(
      mergePatchBetween(
        { teamId: 'team-a', storageGb: 10, env: 'dev' },
        { teamId: 'team-a', storageGb: 20, env: 'dev' },
      ),
    ).toEqual({ storageGb: 20 });
  });

  it('removes keys that are gone with null', () => {
    expect(
      mergePatchBetween(
        { teamId: 'team-a', backup: true },
        { teamId: 'team-a' },
      ),
    ).toEqual({ backup: null });
  });

  it('recurses into nested objects', () => {
    expect(
      mergePatchBetween(
        { size: { cpu: 1, memory: '1Gi' }, env: 'dev' },
        { size: { cpu: 2 }, env: 'dev' },
      ),
    ).toEqual({ size: { cpu: 2, memory: null } });
  });

  it('replaces arrays whole', () => {
    expect(
      mergePatchBetween(
        { extensions: ['pgcrypto', 'postgis'] },
        { extensions: ['postgis'] },
      ),
    ).toEqual({ extensions: ['postgis'] });
  });

  it('replaces an object with a scalar and a scalar with an object', () => {
    expect(
      mergePatchBetween({ a: { b: 1 }, c: 1 }, { a: 'flat', c: { d: 2 } }),
    ).toEqual({ a: 'flat', c: { d: 2 } });
  });

  it.each([
    [{}, { teamId: 'team-a' }],
    [{ teamId: 'team-a', size: { cpu: 1 } }, {}],
    [
      { topics: [{ name: 'a', partitions: 1 }], tier: 'standard' },
      {
        topics: [{ name: 'a', partitions: 3 }],
        tier: 'premium',
        acl: { x: 1 },
      },
    ],
  ])('turns %j into %j when applied', (from, to) => {
    expect(applyMergePatch(from, mergePatchBetween(from, to))).toEqual(to);
  });
});
