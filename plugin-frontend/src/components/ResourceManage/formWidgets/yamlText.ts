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

import { LineCounter, parseDocument, stringify } from 'yaml';

/** A value as the YAML a person would write; nothing for an absent value. */
export function toYamlText(value: unknown): string {
  if (value === undefined) return '';
  return stringify(value, { lineWidth: 0 });
}

/** A problem in YAML text, at the line (1-based) it is on. */
export interface YamlProblem {
  line?: number;
  message: string;
}

export type ParsedYaml =
  | { ok: true; value: unknown }
  | { ok: false; problem: YamlProblem };

/** Parses YAML text; empty text is an absent value. */
export function parseYamlText(text: string): ParsedYaml {
  if (text.trim() === '') return { ok: true, value: undefined };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    return {
      ok: false,
      problem: {
        line: error.linePos?.[0].line,
        message: error.message.split('\n')[0],
      },
    };
  }
  return { ok: true, value: doc.toJS() };
}
