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

import { act, renderHook } from '@testing-library/react';
import { APPLY_AFTER_MS, useTypedText } from './useTypedText';

function setup(formText = 'old') {
  const applied: string[] = [];
  const hook = renderHook(
    ({ text }) => useTypedText(text, t => applied.push(t)),
    {
      initialProps: { text: formText },
    },
  );
  return { hook, applied, typed: () => hook.result.current };
}

describe('useTypedText', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("shows the form's text until something is typed", () => {
    const { typed, hook } = setup('old');
    expect(typed().text).toBe('old');
    hook.rerender({ text: 'newer' });
    expect(typed().text).toBe('newer');
  });

  it('shows each keystroke at once and applies the text once typing pauses', () => {
    const { typed, applied } = setup();
    act(() => typed().type('a'));
    act(() => jest.advanceTimersByTime(APPLY_AFTER_MS - 1));
    act(() => typed().type('ab'));
    expect(typed().text).toBe('ab');
    act(() => jest.advanceTimersByTime(APPLY_AFTER_MS - 1));
    expect(applied).toEqual([]);
    act(() => jest.advanceTimersByTime(1));
    expect(applied).toEqual(['ab']);
  });

  it('applies at once on request, and only once', () => {
    const { typed, applied } = setup();
    act(() => typed().type('abc'));
    act(() => typed().apply());
    expect(applied).toEqual(['abc']);
    act(() => jest.advanceTimersByTime(APPLY_AFTER_MS));
    act(() => typed().apply());
    expect(applied).toEqual(['abc']);
  });

  it("applies what was typed on leaving, then shows the form's text", () => {
    const { typed, applied, hook } = setup('old');
    act(() => typed().type('1.'));
    act(() => typed().leave());
    expect(applied).toEqual(['1.']);
    hook.rerender({ text: '1' });
    expect(typed().text).toBe('1');
  });

  it('keeps the typed text while the form has not caught up', () => {
    const { typed, hook } = setup('old');
    act(() => typed().type('new'));
    hook.rerender({ text: 'old' });
    expect(typed().text).toBe('new');
  });

  it('applies nothing after unmounting', () => {
    const { typed, applied, hook } = setup();
    act(() => typed().type('lost'));
    hook.unmount();
    act(() => jest.advanceTimersByTime(APPLY_AFTER_MS));
    expect(applied).toEqual([]);
  });
});
