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

import { startTransition, useEffect, useState } from 'react';

/**
 * How many top-level fields a form draws at once; the rest follow in a
 * transition, which React renders in slices that yield to input. A screen
 * holds far fewer fields than this, so what the user sees first is complete.
 */
export const FIRST_SCREEN_FIELDS = 30;

/**
 * `false` on the first render when `defer` is set, `true` once React has
 * rendered the deferred part in the background (a transition, so typing
 * and clicks are never held up by it).
 */
export function useDeferredRender(defer: boolean): boolean {
  const [ready, setReady] = useState(!defer);
  useEffect(() => {
    if (!ready) startTransition(() => setReady(true));
  }, [ready]);
  return ready;
}
