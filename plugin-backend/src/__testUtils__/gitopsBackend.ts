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

import {
  RunningGitServer,
  startGitServer,
} from '@syntasso/ske-platform-simulator';
import type { JsonObject } from './startSkeTestBackend';

export type { RunningGitServer };

/** The simulator's git server with the seeded Promises under `promises/`. */
export const startSkeGitServer = () => startGitServer();

/** Backstage config for GitOps mode against `server`; `scm` overrides (undefined drops a key). */
export function gitopsConfig(
  server: RunningGitServer,
  scm: Record<string, unknown> = {},
): JsonObject {
  const entries = Object.entries({
    repoUrl: server.repoUrl,
    username: server.username,
    token: server.password,
    ...scm,
  }).filter(([, v]) => v !== undefined);
  return {
    ske: { mode: 'gitops', scm: Object.fromEntries(entries) },
  } as JsonObject;
}
