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

import { InputError } from '@backstage/errors';
import YAML from 'yaml';
import { requireSizeWithin } from '../inputLimits';

/**
 * YAML (or JSON) text an action was given, parsed; `what` names it in the
 * error when it is too large or not YAML.
 */
export function parseYamlText(text: string, what: string): unknown {
  requireSizeWithin(text, what);
  try {
    return YAML.parse(text);
  } catch (error) {
    // A stack overflow on absurd nesting is not the parser's message to pass on.
    throw new InputError(
      error instanceof RangeError ||
      /Maximum call stack/.test((error as Error).message)
        ? `Invalid ${what}: nested too deeply`
        : `Invalid ${what}: not YAML: ${(error as Error).message}`,
    );
  }
}
