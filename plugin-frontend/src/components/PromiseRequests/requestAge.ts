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

/** The age of a request as kubectl shows it: the largest whole unit (s, m, h, d). */
export function requestAge(
  creationTimestamp: string | undefined,
  now: number = Date.now(),
): { unit: 'seconds' | 'minutes' | 'hours' | 'days'; n: number } | undefined {
  const created = creationTimestamp ? Date.parse(creationTimestamp) : NaN;
  if (Number.isNaN(created)) return undefined;
  const seconds = Math.max(0, Math.floor((now - created) / 1000));
  if (seconds < 60) return { unit: 'seconds', n: seconds };
  if (seconds < 3600) return { unit: 'minutes', n: Math.floor(seconds / 60) };
  if (seconds < 86400) return { unit: 'hours', n: Math.floor(seconds / 3600) };
  return { unit: 'days', n: Math.floor(seconds / 86400) };
}
