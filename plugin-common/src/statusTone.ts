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

import type { KratixStatus } from './types';

/**
 * How a Promise or resource request is doing, in one word: `ok`, `failed`,
 * `pending` or `unknown`. The frontend colours by it and the backend counts
 * by it, so both read a status the same way.
 *
 * @public
 */
export type StatusTone = 'ok' | 'failed' | 'pending' | 'unknown';

/** Every tone, in display order. @public */
export const STATUS_TONES: readonly StatusTone[] = [
  'ok',
  'pending',
  'failed',
  'unknown',
];

/** The word for a status (a translation key) and its tone. @public */
export type StatusWord =
  | 'available'
  | 'unavailable'
  | 'reconciled'
  | 'failing'
  | 'pending'
  | 'unknown';

/**
 * A status in a word, with the message that explains it and its tone:
 * a Promise by `status`, a resource request by its `Reconciled` condition.
 *
 * @public
 */
export function summariseStatus(status: KratixStatus): {
  word: StatusWord;
  message?: string;
  tone: StatusTone;
  lastTransitionTime?: string;
} {
  if (status.status === 'Available') return { word: 'available', tone: 'ok' };
  if (status.status === 'Unavailable')
    return { word: 'unavailable', tone: 'failed' };
  const reconciled = status.conditions.find(c => c.type === 'Reconciled');
  const since = reconciled?.lastTransitionTime;
  if (reconciled?.status === 'True')
    return { word: 'reconciled', tone: 'ok', lastTransitionTime: since };
  if (reconciled?.status === 'False')
    return {
      word: 'failing',
      message: reconciled.message,
      tone: 'failed',
      lastTransitionTime: since,
    };
  if (reconciled)
    return {
      word: 'pending',
      message: reconciled.message,
      tone: 'pending',
      lastTransitionTime: since,
    };
  return { word: 'unknown', message: status.message, tone: 'unknown' };
}
