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
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import type {
  PromiseDetails,
  PromiseSummary,
  ResourceDetails,
  ResourceList,
  ResourceManifest,
  ResourceRef,
} from '@syntasso/plugin-ske-common';
import git from 'isomorphic-git';
import { dnsLabel } from '../../inputSchemas';
import type {
  KratixPlatform,
  ListResourcesOptions,
  ManifestPage,
  PlatformRequestContext,
  ResourceSpecUpdate,
  WriteReceipt,
} from '../KratixPlatform';
import { toPromiseDetails, toPromiseSummary } from '../promiseView';
import type { GitRepository } from './GitRepository';
import {
  NOT_LIVE_STATUS,
  promiseOffering,
  readPromiseDefinitions,
} from './promiseDefinitions';
import type { RepoSnapshot } from './RepoSnapshot';
import { RepositoryLayout, resourceNameOf } from './repositoryLayout';
import {
  isResource,
  manifestYaml,
  parseResourceFile,
  StoredResource,
  storedResourceDetails,
  withSpec,
} from './resourceFiles';

const label = (ref: Pick<ResourceRef, 'kind' | 'namespace' | 'name'>) =>
  `${ref.kind} '${ref.namespace}/${ref.name}'`;

/** The commit message: what changed, and who asked for it in Backstage. */
const commitMessage = (
  verb: 'Create' | 'Update' | 'Delete',
  ref: Pick<ResourceRef, 'kind' | 'namespace' | 'name'>,
  ctx: PlatformRequestContext,
) =>
  `${verb} ${ref.kind} ${ref.namespace}/${
    ref.name
  }\n\nRequested in Backstage by ${ctx.actor ?? 'an unidentified caller'}`;

const blobId = async (content: string) =>
  (await git.hashBlob({ object: content })).oid;

/**
 * GitOps mode: resource requests are YAML files in a git repository (layout
 * in {@link RepositoryLayout}) that Flux or Argo CD applies to the platform.
 * Reads come from the branch's current head; each create, update or delete
 * is one commit pushed to the branch. A resource's `resourceVersion` is the
 * blob id of its file, so an update based on an older file gives 409.
 * Status is not live: git holds the desired state only.
 */
export class GitOpsKratixPlatform implements KratixPlatform {
  constructor(
    private readonly repo: GitRepository,
    private readonly layout: RepositoryLayout,
    private readonly logger: LoggerService,
  ) {}

  /** The plugin's git credential serves every caller, so the backend can always act as itself. */
  hasServiceCredentials(): boolean {
    return true;
  }

  private async promises(snapshot: RepoSnapshot) {
    const definitions = await readPromiseDefinitions(
      snapshot,
      this.layout.promisesPath,
      this.logger,
    );
    return definitions.map(p => ({
      summary: { ...toPromiseSummary(p), status: NOT_LIVE_STATUS },
      definition: p,
    }));
  }

  async listPromises(): Promise<PromiseSummary[]> {
    const snapshot = await this.repo.snapshot();
    return (await this.promises(snapshot)).map(p => p.summary);
  }

  async getPromise(name: string): Promise<PromiseDetails> {
    const snapshot = await this.repo.snapshot();
    const found = (await this.promises(snapshot)).find(
      p => p.summary.name === name,
    );
    if (!found) {
      throw new NotFoundError(
        `Promise '${name}' not found in '${
          this.layout.promisesPath || '/'
        }' of the repository`,
      );
    }
    return { ...toPromiseDetails(found.definition), status: NOT_LIVE_STATUS };
  }

  /** The stored file of `ref` (404 when absent), with the Promise it belongs to. */
  private async readResource(snapshot: RepoSnapshot, ref: ResourceRef) {
    const promise = promiseOffering(
      (await this.promises(snapshot)).map(p => p.summary),
      ref,
    );
    const path = this.layout.resourceFile({ ...ref, promise: promise.name });
    const file = await snapshot.readFile(path);
    const stored = file && parseResourceFile(path, file);
    if (!stored || !isResource(stored, ref)) {
      throw new NotFoundError(`${label(ref)} not found in the repository`);
    }
    return { promise, stored };
  }

  async listPromiseManifests(): Promise<Record<string, unknown>[]> {
    const snapshot = await this.repo.snapshot();
    return (await this.promises(snapshot)).map(
      p => p.definition as unknown as Record<string, unknown>,
    );
  }

  /** A page of a Promise's resource files (all namespaces, or one), sorted by `<namespace>/<name>`. */
  private async storedResources(
    promise: PromiseSummary,
    options: ListResourcesOptions,
  ): Promise<{ items: StoredResource[]; continueToken?: string }> {
    if (!promise.group || !promise.version || !promise.kind) {
      throw new InputError(
        `Promise '${promise.name}' has no API, so it has no resources`,
      );
    }
    const snapshot = await this.repo.snapshot();
    const namespaces = options.namespace
      ? [options.namespace]
      : (await snapshot.list(this.layout.resourcesRoot))
          .filter(e => e.type === 'tree' && dnsLabel.safeParse(e.path).success)
          .map(e => e.path);
    const items: { key: string; stored: StoredResource }[] = [];
    for (const namespace of namespaces) {
      const dir = this.layout.promiseDir(namespace, promise.name);
      for (const entry of await snapshot.list(dir)) {
        const name = resourceNameOf(entry.path);
        if (entry.type !== 'blob' || !name) continue;
        const ref = {
          apiVersion: `${promise.group}/${promise.version}`,
          kind: promise.kind,
          namespace,
          name,
        };
        const file = await snapshot.readFile(`${dir}/${entry.path}`);
        const stored = file && parseResourceFile(`${dir}/${entry.path}`, file);
        if (stored && isResource(stored, ref)) {
          items.push({ key: `${namespace}/${name}`, stored });
        }
      }
    }
    const sorted = items
      .sort((a, b) => a.key.localeCompare(b.key))
      .filter(r => !options.continueToken || r.key > options.continueToken);
    const page = options.limit ? sorted.slice(0, options.limit) : sorted;
    return {
      items: page.map(r => r.stored),
      continueToken:
        page.length < sorted.length ? page[page.length - 1].key : undefined,
    };
  }

  async listResources(
    promise: PromiseSummary,
    options: ListResourcesOptions,
  ): Promise<ResourceList> {
    const page = await this.storedResources(promise, options);
    return {
      items: page.items.map(stored =>
        storedResourceDetails(stored.object, stored.oid, promise.name),
      ),
      continueToken: page.continueToken,
    };
  }

  async listResourceManifests(
    promise: PromiseSummary,
    options: ListResourcesOptions,
  ): Promise<ManifestPage> {
    const page = await this.storedResources(promise, options);
    return {
      items: page.items.map(stored => stored.object as Record<string, unknown>),
      continueToken: page.continueToken,
    };
  }

  async getResourceManifest(
    ref: ResourceRef,
  ): Promise<Record<string, unknown>> {
    const snapshot = await this.repo.snapshot();
    const { stored } = await this.readResource(snapshot, ref);
    return stored.object as Record<string, unknown>;
  }

  async getResource(ref: ResourceRef): Promise<ResourceDetails> {
    const snapshot = await this.repo.snapshot();
    const { promise, stored } = await this.readResource(snapshot, ref);
    return storedResourceDetails(stored.object, stored.oid, promise.name);
  }

  async createResource(
    manifest: ResourceManifest,
    ctx: PlatformRequestContext,
    options?: { dryRun?: boolean },
  ): Promise<ResourceDetails & WriteReceipt> {
    const ref = { ...manifest, ...manifest.metadata };
    const { result, commit } = await this.repo.change(async snapshot => {
      const promises = (await this.promises(snapshot)).map(p => p.summary);
      const promise = promiseOffering(promises, manifest);
      const path = this.layout.resourceFile({ ...ref, promise: promise.name });
      if (await snapshot.readFile(path)) {
        throw new ConflictError(
          `${label(ref)} already exists in the repository (${path})`,
        );
      }
      const content = manifestYaml(manifest);
      const details = storedResourceDetails(
        manifest,
        await blobId(content),
        promise.name,
      );
      return {
        files: { [path]: content },
        message: commitMessage('Create', ref, ctx),
        result: details,
      };
    }, options);
    return { ...result, commitSha: commit };
  }

  async updateResource(
    ref: ResourceRef,
    update: ResourceSpecUpdate,
    ctx: PlatformRequestContext,
  ): Promise<ResourceDetails & WriteReceipt> {
    const { result, commit } = await this.repo.change(async snapshot => {
      const { promise, stored } = await this.readResource(snapshot, ref);
      if (stored.oid !== update.resourceVersion) {
        throw new ConflictError(
          `${label(ref)} was changed in the repository after resourceVersion '${
            update.resourceVersion
          }' (now '${stored.oid}'); reload it and apply your change again`,
        );
      }
      const content = withSpec(stored, update.spec);
      const oid = await blobId(content);
      return {
        files: oid === stored.oid ? {} : { [stored.path]: content },
        message: commitMessage('Update', ref, ctx),
        result: storedResourceDetails(
          { ...stored.object, spec: update.spec },
          oid,
          promise.name,
        ),
      };
    });
    return { ...result, commitSha: commit };
  }

  async deleteResource(
    ref: ResourceRef,
    ctx: PlatformRequestContext,
    options?: { dryRun?: boolean },
  ): Promise<WriteReceipt> {
    const { commit } = await this.repo.change(async snapshot => {
      const { stored } = await this.readResource(snapshot, ref);
      return {
        files: { [stored.path]: null },
        message: commitMessage('Delete', ref, ctx),
        result: undefined,
      };
    }, options);
    return { commitSha: commit };
  }
}
