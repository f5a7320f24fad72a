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

import { keepLineEndings } from './keepLineEndings';

describe('keepLineEndings', () => {
  it('leaves text stored with "\\n" as typed', () => {
    expect(keepLineEndings('a\nb\n', 'a\n')).toBe('a\nb\n');
  });

  it('gives "\\r\\n" back to text stored with "\\r\\n" throughout', () => {
    expect(keepLineEndings('line 1\nline 2\n', 'line 1\r\nold\r\n')).toBe(
      'line 1\r\nline 2\r\n',
    );
  });

  it('keeps mixed line endings as typed', () => {
    expect(keepLineEndings('a\nb', 'a\r\nb\nc')).toBe('a\nb');
  });

  it('keeps text that already has carriage returns', () => {
    expect(keepLineEndings('a\r\nb', 'x\r\ny')).toBe('a\r\nb');
  });
});
