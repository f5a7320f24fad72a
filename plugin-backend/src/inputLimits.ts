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

import { CustomErrorBase, InputError } from '@backstage/errors';

/** The deepest nesting a request body (or an action's manifest) may have. */
const MAX_DEPTH = 100;
/** The largest request body (or an action's YAML manifest), in bytes. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** 413: the input is larger than the plugin accepts. */
class PayloadTooLargeError extends CustomErrorBase {
  name = 'PayloadTooLargeError' as const;
  /** Read by Backstage's error handler for the response status. */
  readonly statusCode = 413;
}

/** Whether `value` nests objects or arrays deeper than `max` (walked without recursion). */
function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(node)) {
      stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** Refuses input nested deeper than {@link MAX_DEPTH}, before any other work. */
export function requireDepthWithin(value: unknown, what: string): void {
  if (nestsDeeperThan(value, MAX_DEPTH)) {
    throw new InputError(
      `Invalid ${what}: nested deeper than ${MAX_DEPTH} levels`,
    );
  }
}

/** Refuses text larger than {@link MAX_BODY_BYTES}. */
export function requireSizeWithin(text: string, what: string): void {
  if (Buffer.byteLength(text, 'utf8') > MAX_BODY_BYTES) {
    throw new PayloadTooLargeError(
      `Invalid ${what}: larger than ${MAX_BODY_BYTES} bytes`,
    );
  }
}
