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

import { useCallback, useEffect, useRef, useState } from 'react';

/** Typing that pauses this long is applied to the form. */
export const APPLY_AFTER_MS = 300;

export interface TypedText {
  /** What the field shows: the text being typed, else the form's value. */
  text: string;
  /** A keystroke: shown at once, applied once typing pauses. */
  type(text: string): void;
  /** Applies what was typed now (Enter, submit). */
  apply(): void;
  /** The field lost focus: applies what was typed and shows the form's value. */
  leave(): void;
}

/**
 * Text typed into one field of a large form. rjsf recomputes and re-renders
 * the whole form on every change, which for a large schema takes longer than
 * a frame; so a keystroke only re-renders its own field, and the form gets
 * the text when typing pauses, when the field is left (before any click on
 * Update lands) or when `apply` is called.
 */
export function useTypedText(
  formText: string,
  onApply: (text: string) => void,
): TypedText {
  const [draft, setDraft] = useState<string>();
  const pending = useRef<string>();
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const latestOnApply = useRef(onApply);
  latestOnApply.current = onApply;

  const apply = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (pending.current === undefined) return;
    const text = pending.current;
    pending.current = undefined;
    latestOnApply.current(text);
  }, []);

  const type = useCallback(
    (text: string) => {
      setDraft(text);
      pending.current = text;
      clearTimeout(timer.current);
      timer.current = setTimeout(apply, APPLY_AFTER_MS);
    },
    [apply],
  );

  const leave = useCallback(() => {
    apply();
    setDraft(undefined);
  }, [apply]);

  // An unmounted form has nothing to apply to.
  useEffect(() => () => clearTimeout(timer.current), []);

  return { text: draft ?? formText, type, apply, leave };
}
