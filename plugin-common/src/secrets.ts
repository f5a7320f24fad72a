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
 * Keys whose values are secrets (connection passwords, tokens, keys,
 * certificates): shown masked until the viewer reveals them.
 *
 * @public
 */
export const SECRET_KEY_PATTERN = /password|secret|token|key|credential|cert/i;

/** What a masked value is shown as. @public */
export const MASKED_VALUE = '********';

/** Whether values under `key` are masked. @public */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY_PATTERN.test(key);
}

/**
 * A copy of `value` in which every value held under a secret key (at any
 * depth, whatever its type) is replaced by {@link MASKED_VALUE}.
 *
 * @public
 */
export function maskSecrets<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.map(item => maskSecrets(item)) as T;
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        isSecretKey(key) && inner !== null && inner !== undefined
          ? MASKED_VALUE
          : maskSecrets(inner),
      ]),
    ) as T;
  }
  return value;
}
