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
