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

type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The JSON merge patch (RFC 7386) that turns `from` into `to`: changed values
 * are set, removed keys become `null`. Arrays are replaced whole.
 */
export function mergePatchBetween(from: Json, to: Json): Json {
  if (!isObject(from) || !isObject(to)) {
    return to;
  }
  const patch: Record<string, Json> = {};
  for (const key of Object.keys(from)) {
    if (!(key in to)) patch[key] = null;
  }
  for (const [key, value] of Object.entries(to)) {
    if (JSON.stringify(from[key]) !== JSON.stringify(value)) {
      patch[key] =
        isObject(from[key]) && isObject(value)
          ? mergePatchBetween(from[key], value)
          : value;
    }
  }
  return patch;
}
