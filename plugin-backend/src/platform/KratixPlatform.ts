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

import type {
  PlatformAuthInfo,
  PromiseDetails,
  PromiseSummary,
  ResourceDetails,
  ResourceEvent,
  ResourceList,
  ResourceManifest,
  ResourceRef,
} from '@syntasso/plugin-ske-common';
import type { PlatformCredentials } from './PlatformCredentials';

/**
 * Per-request context for platform calls: whose platform credentials the
 * call carries (a caller's forwarded tokens, never stored, or the backend's
 * own service credential) and who the caller is.
 */
export interface PlatformRequestContext {
  credentials: PlatformCredentials;
  /** Who asked, for the record (GitOps commit messages): a user entity ref, or `<principal type>:<subject>`. */
  actor?: string;
}

/** Which resources of a Promise to list. */
export interface ListResourcesOptions {
  namespace?: string;
  limit?: number;
  continueToken?: string;
}

/** A page of objects as stored on the platform. */
export interface ManifestPage {
  items: Record<string, unknown>[];
  /** Pass back as `continueToken` to get the next page. */
  continueToken?: string;
}

/** A spec change based on a known resourceVersion. */
export interface ResourceSpecUpdate {
  spec: Record<string, unknown>;
  resourceVersion: string;
}

/**
 * What a write reports beyond the resource itself: in GitOps mode, the commit
 * that carries the change. Kubernetes mode leaves it empty.
 */
export interface WriteReceipt {
  commitSha?: string;
}

/**
 * The Kratix platform behind the plugin. The router and services talk only to
 * this interface; `kubernetes` and `gitops` modes implement it. Failures are
 * `@backstage/errors` types carrying the platform's own message.
 */
export interface KratixPlatform {
  /**
   * Whether the platform can act as the backend itself, with
   * `PlatformCredentials.service()` (Kubernetes: the cluster's service
   * account, or `ske.catalog.serviceAccountToken` with OIDC; GitOps: the
   * plugin's git credential). Without one, such calls fail with an
   * AuthenticationError.
   */
  hasServiceCredentials(): boolean;
  /** What a user's browser must forward for calls made as the user; absent: nothing (e.g. GitOps). */
  authInfo?(): PlatformAuthInfo;
  listPromises(ctx: PlatformRequestContext): Promise<PromiseSummary[]>;
  getPromise(
    name: string,
    ctx: PlatformRequestContext,
  ): Promise<PromiseDetails>;
  listResources(
    promise: PromiseSummary,
    options: ListResourcesOptions,
    ctx: PlatformRequestContext,
  ): Promise<ResourceList>;
  /** Every Promise as stored on the platform (metadata, API schema, raw status), for catalog ingestion. */
  listPromiseManifests(
    ctx: PlatformRequestContext,
  ): Promise<Record<string, unknown>[]>;
  /** A page of a Promise's resource requests as stored on the platform, for catalog ingestion. */
  listResourceManifests(
    promise: PromiseSummary,
    options: ListResourcesOptions,
    ctx: PlatformRequestContext,
  ): Promise<ManifestPage>;
  getResource(
    ref: ResourceRef,
    ctx: PlatformRequestContext,
  ): Promise<ResourceDetails>;
  /** The resource request as stored on the platform (for the SKE-compatible `/resource` route). */
  getResourceManifest(
    ref: ResourceRef,
    ctx: PlatformRequestContext,
  ): Promise<Record<string, unknown>>;
  createResource(
    manifest: ResourceManifest,
    ctx: PlatformRequestContext,
    options?: { dryRun?: boolean },
  ): Promise<ResourceDetails & WriteReceipt>;
  /** Applies a spec change; refuses (ConflictError) when `resourceVersion` is stale. */
  updateResource(
    ref: ResourceRef,
    update: ResourceSpecUpdate,
    ctx: PlatformRequestContext,
  ): Promise<ResourceDetails & WriteReceipt>;
  deleteResource(
    ref: ResourceRef,
    ctx: PlatformRequestContext,
    options?: { dryRun?: boolean },
  ): Promise<WriteReceipt | void>;

  /**
   * Events of the request and of the objects Kratix made for it (its Works),
   * in any order. Only a live platform has them: absent in GitOps mode.
   */
  listResourceEvents?(
    ref: ResourceRef,
    ctx: PlatformRequestContext,
  ): Promise<ResourceEvent[]>;
}
