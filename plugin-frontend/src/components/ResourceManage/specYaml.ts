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

import { LineCounter, parseDocument } from 'yaml';
import type { YamlProblem } from './formWidgets/yamlText';

/** An error a schema check reports, at the property path it names. */
export interface SchemaError {
  /** rjsf's property path: `.a.b.0.c`, `.a['b-c']`, or `.`/empty for the root. */
  property?: string;
  message: string;
}

export type CheckedYaml =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; problems: YamlProblem[] };

/** The keys of an rjsf property path: `.a.b[0]['c-d']` → ['a', 'b', 0, 'c-d']. */
export function propertyPathKeys(property = ''): (string | number)[] {
  const keys: (string | number)[] = [];
  const pattern = /\.([^.[\]]+)|\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\]/g;
  for (const match of property.matchAll(pattern)) {
    const key = match[1] ?? match[3] ?? match[4];
    if (match[2] !== undefined) keys.push(Number(match[2]));
    else if (key !== undefined)
      keys.push(/^\d+$/.test(key) ? Number(key) : key);
  }
  return keys;
}

/**
 * Checks a spec written as YAML: syntax first, then that it is an object,
 * then the schema (through `validate`, the form's own check); each problem
 * at the line of the value it concerns (the nearest one that exists).
 */
export function checkSpecYaml(
  text: string,
  validate: (value: Record<string, unknown>) => SchemaError[],
  notAnObject: string,
): CheckedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map(e => ({
        line: e.linePos?.[0].line,
        message: e.message.split('\n')[0],
      })),
    };
  }
  const value = text.trim() === '' ? {} : doc.toJS();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: [{ line: 1, message: notAnObject }] };
  }
  const errors = validate(value);
  if (errors.length === 0) return { ok: true, value };
  const lineOf = (keys: (string | number)[]): number | undefined => {
    for (let n = keys.length; n > 0; n--) {
      const node = doc.getIn(keys.slice(0, n), true) as
        | { range?: [number, number, number] }
        | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return {
    ok: false,
    problems: errors.map(e => ({
      line: lineOf(propertyPathKeys(e.property)),
      message: e.message,
    })),
  };
}
