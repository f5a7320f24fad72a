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
 * Text typed into a multi-line field, with the stored value's line endings.
 * A browser's text area turns every "\r\n" into "\n"; when the stored text
 * used "\r\n" throughout, the edited text is given "\r\n" back, so only the
 * characters the user changed differ from what was stored.
 */
export function keepLineEndings(typed: string, stored: string): string {
  const storedUsesCrlf = stored.includes('\r\n') && !/(^|[^\r])\n/.test(stored);
  if (!storedUsesCrlf || typed.includes('\r')) return typed;
  return typed.replace(/\n/g, '\r\n');
}
