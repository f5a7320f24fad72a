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

import { parseFieldText } from './parseFieldText';

describe('parseFieldText', () => {
  it('leaves an empty field out of the spec', () => {
    expect(parseFieldText('', false)).toBeUndefined();
    expect(parseFieldText('', true)).toBeUndefined();
  });

  it('keeps text as typed when the schema wants a string', () => {
    expect(parseFieldText('42', false)).toBe('42');
    expect(parseFieldText(' db ', false)).toBe(' db ');
  });

  it('turns number text into a number when the schema wants one', () => {
    expect(parseFieldText('42', true)).toBe(42);
    expect(parseFieldText('-1.5', true)).toBe(-1.5);
    expect(parseFieldText('1.', true)).toBe(1);
    expect(parseFieldText('1e3', true)).toBe(1000);
  });

  it('keeps text that is not a number, for validation to name', () => {
    expect(parseFieldText('12a', true)).toBe('12a');
    expect(parseFieldText('   ', true)).toBe('   ');
    expect(parseFieldText('Infinity', true)).toBe('Infinity');
  });
});
