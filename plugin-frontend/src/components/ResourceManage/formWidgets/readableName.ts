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

/** Words shown in capitals wherever they appear in a property name. */
const ACRONYMS = new Set([
  'api',
  'ca',
  'cidr',
  'cpu',
  'db',
  'dns',
  'gb',
  'gpu',
  'http',
  'https',
  'id',
  'ip',
  'json',
  'kb',
  'mb',
  'os',
  'sql',
  'ssh',
  'ssl',
  'tb',
  'tls',
  'ttl',
  'ui',
  'uid',
  'uri',
  'url',
  'uuid',
  'vpc',
  'yaml',
]);

/**
 * A property name as people read it: `storageGb` → "Storage GB",
 * `max_connections` → "Max connections", `tls-secret` → "TLS secret".
 * Words are split at case changes, `-`, `_`, `.` and spaces; the first
 * word is capitalised, known acronyms are in capitals, the rest as written.
 */
export function readableName(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_.-]+/)
    .filter(Boolean);
  return words
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (ACRONYMS.has(lower)) return lower.toUpperCase();
      if (word === word.toUpperCase() && word.length > 1) return word;
      if (i === 0) return lower.charAt(0).toUpperCase() + lower.slice(1);
      return lower;
    })
    .join(' ');
}
