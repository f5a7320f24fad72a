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

/** A Kubernetes-style condition as Kratix writes it. @public */
export interface KratixCondition {
  type: string;
  status: 'True' | 'False' | 'Unknown' | string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

/** One workflow pipeline's phase. @public */
export interface KratixPipeline {
  name: string;
  phase: 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Suspended' | string;
  message?: string;
  lastTransitionTime?: string;
}

/** The status of a Promise or resource request, normalised. @public */
export interface KratixStatus {
  /** `Available` / `Unavailable` for Promises; absent for resources. */
  status?: string;
  message?: string;
  observedGeneration?: number;
  conditions: KratixCondition[];
  pipelines: KratixPipeline[];
  /** Free-form keys written by pipelines (e.g. `instanceName`). */
  extra: Record<string, unknown>;
}

/** A Promise as listed by the backend. @public */
export interface PromiseSummary {
  name: string;
  /** The resource API's kind, when the Promise has an API. */
  kind?: string;
  group?: string;
  /** The storage (else first served) version of the resource API. */
  version?: string;
  plural?: string;
  scope?: 'Namespaced' | 'Cluster';
  promiseVersion?: string;
  status: KratixStatus;
}

/** A JSON Schema (OpenAPI v3 subset), as found in a CRD. @public */
export type JsonSchema = { [key: string]: unknown };

/** A Promise with the schema of its resource API. @public */
export interface PromiseDetails extends PromiseSummary {
  /** `openAPIV3Schema` of the storage version, if the Promise has an API. */
  schema?: JsonSchema;
}

/** A resource request as returned by the backend. @public */
export interface ResourceDetails {
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string;
  promiseName?: string;
  resourceVersion: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  /** What the platform waits for before a deleted request is gone (e.g. `kratix.io/resource-cleanup`). */
  finalizers?: string[];
  labels: Record<string, string>;
  spec: Record<string, unknown>;
  status: KratixStatus;
}

/** A list response. @public */
export interface ListResult<T> {
  items: T[];
}

/** A page of resource requests. @public */
export interface ResourceList {
  items: ResourceDetails[];
  /** Pass back as `continue` to get the next page. */
  continueToken?: string;
}

/** A resource request to create, as a manifest. @public */
export interface ResourceManifest {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec: Record<string, unknown>;
}

/** An update of a resource request's spec. @public */
export interface UpdateResourceRequest {
  spec: Record<string, unknown>;
  /** The resourceVersion the change was based on; a stale one is refused. */
  resourceVersion: string;
  /** Optional; must match the resource (name and namespace are immutable). */
  metadata?: { name?: string; namespace?: string };
}

/** A validation problem at a path of the spec, e.g. `spec.storageGb`. @public */
export interface FieldError {
  path: string;
  message: string;
}

/** A resource request as the platform holds it, without `managedFields`. @public */
export interface ResourceManifestResponse {
  manifest: Record<string, unknown>;
}

/** A Kubernetes event about a resource request or an object Kratix made for it. @public */
export interface ResourceEvent {
  /** `Normal` or `Warning`. */
  type: string;
  reason?: string;
  message?: string;
  /** The object the event is about, e.g. the request itself or one of its Works. */
  involvedObject: { kind: string; name: string; namespace?: string };
  count?: number;
  /** When it last happened (ISO 8601). */
  lastSeen?: string;
}

/** A request's events, newest first. @public */
export interface ResourceEventList {
  items: ResourceEvent[];
}

/**
 * How many of a Promise's requests are in each status tone, counted by the
 * backend over at most `limit` requests (`atLimit`: there may be more).
 *
 * @public
 */
export interface ResourceStatusCounts {
  counts: Record<'ok' | 'failed' | 'pending' | 'unknown', number>;
  total: number;
  limit: number;
  atLimit: boolean;
}

/**
 * What the platform needs from a user's browser: with `authProvider: oidc`,
 * the ID token of `oidcProvider` (the cluster's `oidcTokenProvider`).
 *
 * @public
 */
export interface PlatformAuthInfo {
  authProvider: string;
  oidcProvider?: string;
}
