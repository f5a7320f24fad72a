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

import fs from 'node:fs';
import git, { TreeEntry } from 'isomorphic-git';
import type { ObjectStore } from './treeEdit';

/** A file's content and blob id (its resourceVersion in GitOps mode). */
export interface RepoFile {
  oid: string;
  text: string;
}

/** Nothing at the path, or something of the other type (a file where a directory was asked for). */
const isNotFound = (error: unknown) =>
  ['NotFoundError', 'ObjectTypeError'].includes(
    (error as { code?: string })?.code ?? '',
  );

/** Read access to the repository's files as of one commit of the branch. */
export class RepoSnapshot {
  constructor(
    private readonly store: ObjectStore,
    /** The branch's commit; undefined for a branch with no commits yet. */
    readonly commit: string | undefined,
  ) {}

  /** The root tree of the commit, if any. */
  async tree(): Promise<string | undefined> {
    if (!this.commit) return undefined;
    const { commit } = await git.readCommit({
      fs,
      ...this.store,
      oid: this.commit,
    });
    return commit.tree;
  }

  /** The file at `path`, or undefined when there is none. */
  async readFile(path: string): Promise<RepoFile | undefined> {
    if (!this.commit) return undefined;
    try {
      const { oid, blob } = await git.readBlob({
        fs,
        ...this.store,
        oid: this.commit,
        filepath: path,
      });
      return { oid, text: Buffer.from(blob).toString('utf8') };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** The entries of the directory at `path` ('' = root); [] when there is none. */
  async list(path: string): Promise<TreeEntry[]> {
    if (!this.commit) return [];
    try {
      const { tree } = await git.readTree({
        fs,
        ...this.store,
        oid: this.commit,
        filepath: path || undefined,
      });
      return tree;
    } catch (error) {
      if (isNotFound(error)) return [];
      throw error;
    }
  }
}
