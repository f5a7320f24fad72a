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

/** Where git objects live: a (bare) git directory and isomorphic-git's pack cache. */
export interface ObjectStore {
  gitdir: string;
  cache: object;
}

/** A file to write (blob oid) or delete (null), by its path split at `/`. */
type Write = [segments: string[], blob: string | null];

async function entriesOf(store: ObjectStore, tree: string | undefined) {
  if (!tree) return [];
  return (await git.readTree({ fs, ...store, oid: tree })).tree;
}

/** Writes `writes` into `tree` bottom-up; undefined when the result is empty. */
async function rewrite(
  store: ObjectStore,
  tree: string | undefined,
  writes: Write[],
): Promise<string | undefined> {
  const byName = new Map<string, TreeEntry>(
    (await entriesOf(store, tree)).map(e => [e.path, e]),
  );
  const deeper = new Map<string, Write[]>();
  for (const [[name, ...rest], blob] of writes) {
    if (rest.length > 0) {
      deeper.set(name, [...(deeper.get(name) ?? []), [rest, blob]]);
    } else if (blob === null) {
      byName.delete(name);
    } else {
      byName.set(name, { mode: '100644', path: name, oid: blob, type: 'blob' });
    }
  }
  for (const [name, subWrites] of deeper) {
    const existing = byName.get(name);
    const subtree = await rewrite(
      store,
      existing?.type === 'tree' ? existing.oid : undefined,
      subWrites,
    );
    if (subtree) {
      byName.set(name, {
        mode: '040000',
        path: name,
        oid: subtree,
        type: 'tree',
      });
    } else {
      byName.delete(name);
    }
  }
  if (byName.size === 0) return undefined;
  return git.writeTree({
    fs,
    gitdir: store.gitdir,
    tree: [...byName.values()],
  });
}

/**
 * The tree `base` with `files` (path → content, null deletes) applied;
 * directories left empty by a delete disappear, as in git.
 */
export async function editTree(
  store: ObjectStore,
  base: string | undefined,
  files: Record<string, string | null>,
): Promise<string> {
  const writes: Write[] = [];
  for (const [path, content] of Object.entries(files)) {
    const blob =
      content === null
        ? null
        : await git.writeBlob({
            fs,
            gitdir: store.gitdir,
            blob: Buffer.from(content, 'utf8'),
          });
    writes.push([path.split('/'), blob]);
  }
  return (
    (await rewrite(store, base, writes)) ??
    git.writeTree({ fs, gitdir: store.gitdir, tree: [] })
  );
}
