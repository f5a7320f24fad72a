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

import type { LoggerService } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import fs from 'node:fs';
import git, { HttpClient } from 'isomorphic-git';
import nodeHttp from 'isomorphic-git/http/node';
import { withTimeout } from '../withTimeout';
import type { GitCredentialSource } from './gitCredentials';
import { mapGitError } from './mapGitError';
import { privateGitDir } from './privateGitDir';
import { RepoSnapshot } from './RepoSnapshot';
import { editTree, ObjectStore } from './treeEdit';

/** One commit to make: files to write (content) or delete (null), and its message. */
export interface RepoChange<T> {
  files: Record<string, string | null>;
  message: string;
  /** What the caller gets back once the change is pushed. */
  result: T;
}

export interface GitRepositoryOptions {
  url: string;
  branch: string;
  author: { name: string; email: string };
  credentials: GitCredentialSource;
  logger: LoggerService;
  /** Push attempts before a moving branch gives up with 409 (default 5). */
  maxPushAttempts?: number;
  /** Per network operation (default 30 s). */
  timeoutMs?: number;
  /** isomorphic-git's HTTP client (default: its Node client). */
  http?: HttpClient;
  /**
   * Where a `branch` that does not exist yet starts: the head of the
   * repository's default branch, or of a named one. Default: empty.
   */
  newBranchFrom?: 'default-branch' | { branch: string };
  /** An empty directory for the local copy, owned by the caller (default: a private temp directory removed at exit). */
  gitdir?: string;
}

/**
 * A push refused because the branch moved since our fetch: isomorphic-git
 * sees it (not-fast-forward, or the server's head is not even known
 * locally), or the server reports it for the ref.
 */
function isMovedBranch(error: unknown): boolean {
  const { code, message } = (error ?? {}) as {
    code?: string;
    message?: string;
  };
  if (code === 'PushRejectedError' || code === 'NotFoundError') return true;
  return (
    code === 'GitPushError' &&
    /non-fast-forward|fetch first|failed to (update|lock)|cannot lock/.test(
      message ?? '',
    )
  );
}

/**
 * A local bare copy of one branch of the remote repository (isomorphic-git,
 * in a private temp directory). Reads fetch the branch first; writes build a
 * commit on the fetched head and push it. When the push is rejected because
 * the branch moved (non-fast-forward), the change is planned again on the
 * refetched head and retried, a bounded number of times, then fails with 409.
 * Fetches and pushes of one instance run one at a time.
 */
export class GitRepository {
  private readonly store: ObjectStore;
  private readonly http: HttpClient;
  private initialised?: Promise<void>;
  private queue: Promise<unknown> = Promise.resolve();
  private inflightFetch?: Promise<RepoSnapshot>;

  constructor(private readonly options: GitRepositoryOptions) {
    this.store = {
      gitdir: options.gitdir ?? privateGitDir(),
      cache: {},
    };
    this.http = options.http ?? nodeHttp;
  }

  /** Runs `fn` after every earlier fetch or write of this instance. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** A call to the server with the current credentials; `expected` errors are rethrown as they are. */
  private async remoteCall<T>(
    action: string,
    fn: (headers: Record<string, string>) => Promise<T>,
    expected: (error: unknown) => boolean = () => false,
  ): Promise<T> {
    let secrets: string[] = [];
    try {
      const auth = await this.options.credentials.get();
      const headers: Record<string, string> = {};
      if (auth) {
        const basic = Buffer.from(`${auth.username}:${auth.password}`).toString(
          'base64',
        );
        headers.Authorization = `Basic ${basic}`;
        secrets = [auth.password, basic];
      }
      const timeoutMs = this.options.timeoutMs ?? 30_000;
      return await withTimeout(
        () => fn(headers),
        timeoutMs,
        `Git server did not answer within ${timeoutMs} ms while trying to ${action}`,
      );
    } catch (error) {
      throw expected(error) ? error : mapGitError(error, action, secrets);
    }
  }

  private init(): Promise<void> {
    this.initialised ??= (async () => {
      await git.init({ fs, gitdir: this.store.gitdir, bare: true });
      await git.addRemote({
        fs,
        gitdir: this.store.gitdir,
        remote: 'origin',
        url: this.options.url,
      });
    })();
    return this.initialised;
  }

  /** Fetches the branch; a snapshot of its head (empty when the branch does not exist yet). */
  private async fetch(): Promise<RepoSnapshot> {
    await this.init();
    const { branch, newBranchFrom } = this.options;
    const missingBranch = (error: unknown) =>
      newBranchFrom !== undefined &&
      (error as { code?: string })?.code === 'NotFoundError';
    const fetchRef = (
      ref: string | undefined,
      expected?: (error: unknown) => boolean,
    ) =>
      this.remoteCall(
        ref ? `fetch branch '${ref}'` : 'fetch the default branch',
        headers =>
          git.fetch({
            fs,
            http: this.http,
            ...this.store,
            remote: 'origin',
            ref,
            singleBranch: true,
            tags: false,
            headers,
          }),
        expected,
      );
    let result;
    try {
      result = await fetchRef(branch, missingBranch);
    } catch (error) {
      if (!missingBranch(error)) throw error;
      // A new branch: its first commit goes on top of the base branch.
      result = await fetchRef(
        newBranchFrom === 'default-branch' ? undefined : newBranchFrom?.branch,
      );
    }
    return new RepoSnapshot(this.store, result.fetchHead ?? undefined);
  }

  /** The branch as it is on the server now. */
  snapshot(): Promise<RepoSnapshot> {
    this.inflightFetch ??= this.exclusive(() => this.fetch()).finally(() => {
      this.inflightFetch = undefined;
    });
    return this.inflightFetch;
  }

  /**
   * Plans a change on the current head (`plan` may throw, e.g. 404 or 409),
   * commits it as the configured author and pushes it; replans on a rejected
   * push. With `dryRun`, or when the plan changes no file, plans on a fresh
   * head and stops before committing.
   */
  change<T>(
    plan: (snapshot: RepoSnapshot) => Promise<RepoChange<T>>,
    options: { dryRun?: boolean } = {},
  ): Promise<{ result: T; commit?: string }> {
    return this.exclusive(async () => {
      const attempts = this.options.maxPushAttempts ?? 5;
      for (let attempt = 1; attempt <= attempts; attempt++) {
        const snapshot = await this.fetch();
        const planned = await plan(snapshot);
        if (options.dryRun || Object.keys(planned.files).length === 0) {
          return { result: planned.result };
        }
        const commit = await this.commitOn(snapshot, planned);
        if (await this.push(commit)) {
          return { result: planned.result, commit };
        }
        this.options.logger.info(
          `Push to '${this.options.branch}' rejected because the branch moved; retrying (${attempt}/${attempts})`,
        );
      }
      throw new ConflictError(
        `Could not push to branch '${this.options.branch}': it kept moving during ${attempts} attempts; try again`,
      );
    });
  }

  private async commitOn(snapshot: RepoSnapshot, change: RepoChange<unknown>) {
    const tree = await editTree(
      this.store,
      await snapshot.tree(),
      change.files,
    );
    const signature = {
      ...this.options.author,
      timestamp: Math.floor(Date.now() / 1000),
      timezoneOffset: 0,
    };
    return git.writeCommit({
      fs,
      gitdir: this.store.gitdir,
      commit: {
        message: `${change.message.trim()}\n`,
        tree,
        parent: snapshot.commit ? [snapshot.commit] : [],
        author: signature,
        committer: signature,
      },
    });
  }

  /** Pushes `commit` to the branch; false when the server has moved on (non-fast-forward). */
  private async push(commit: string): Promise<boolean> {
    const { branch } = this.options;
    await git.writeRef({
      fs,
      gitdir: this.store.gitdir,
      ref: `refs/heads/${branch}`,
      value: commit,
      force: true,
    });
    try {
      const result = await this.remoteCall(
        `push to branch '${branch}'`,
        headers =>
          git.push({
            fs,
            http: this.http,
            ...this.store,
            remote: 'origin',
            ref: branch,
            remoteRef: branch,
            headers,
          }),
        isMovedBranch,
      );
      return result.ok;
    } catch (error) {
      if (isMovedBranch(error)) return false;
      throw error;
    }
  }
}
