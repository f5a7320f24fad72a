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

/**
 * The value a text field's text stands for: `undefined` when empty (so the
 * property is left out of the spec), a number when the schema wants one and
 * the text is a finite number ("1." and "1e3" included), the text otherwise.
 * Text that is not a number stays text, so schema validation can name it.
 */
export function parseFieldText(
  text: string,
  numeric: boolean,
): string | number | undefined {
  if (text === '') return undefined;
  if (numeric && text.trim() !== '') {
    const number = Number(text);
    if (Number.isFinite(number)) return number;
  }
  return text;
}
