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

import { checkSpecYaml, propertyPathKeys } from './specYaml';

describe('propertyPathKeys', () => {
  it('reads the paths rjsf reports', () => {
    expect(propertyPathKeys('.a.b.0.c')).toEqual(['a', 'b', 0, 'c']);
    expect(propertyPathKeys(".a['b-c'][1]")).toEqual(['a', 'b-c', 1]);
    expect(propertyPathKeys('.')).toEqual([]);
    expect(propertyPathKeys(undefined)).toEqual([]);
  });
});

describe('checkSpecYaml', () => {
  const noErrors = () => [];

  it('returns the spec of valid YAML, keeping multi-line text as written', () => {
    expect(
      checkSpecYaml('name: a\nscript: |\n  echo 1\n  echo 2\n', noErrors, 'x'),
    ).toEqual({
      ok: true,
      value: { name: 'a', script: 'echo 1\necho 2\n' },
    });
  });

  it('reports a syntax error at its line', () => {
    const checked = checkSpecYaml('a: 1\nb: [1, 2\nc: 3\n', noErrors, 'x');
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems[0].line).toBeGreaterThanOrEqual(2);
  });

  it('reports a duplicate key', () => {
    const checked = checkSpecYaml('a: 1\na: 2\n', noErrors, 'x');
    expect(!checked.ok && checked.problems[0].line).toBe(2);
  });

  it('refuses a document that is not an object', () => {
    expect(checkSpecYaml('- a\n- b\n', noErrors, 'not an object')).toEqual({
      ok: false,
      problems: [{ line: 1, message: 'not an object' }],
    });
  });

  it('reports schema errors at the line of the value they name', () => {
    const checked = checkSpecYaml(
      'name: a\ndb:\n  size: 9000\n',
      () => [
        { property: '.db.size', message: 'must be <= 500' },
        { property: '.db.missing', message: 'somewhere in db' },
      ],
      'x',
    );
    expect(checked).toEqual({
      ok: false,
      problems: [
        { line: 3, message: 'must be <= 500' },
        { line: 3, message: 'somewhere in db' },
      ],
    });
  });
});
