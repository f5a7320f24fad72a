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

/** How ingested entities are named, placed and owned (from `ske.catalog`). */
export interface CatalogSettings {
  /** Catalog namespace of the Promise Components and Templates. */
  promiseNamespace: string;
  /** Owner of entities with no better owner (an entity ref). */
  defaultOwner: string;
  /** Owner of Promise Components and Templates; default `defaultOwner`. */
  promiseOwner: string;
  /** System of Promise and resource Components, if any. */
  system?: string;
  lifecycle: string;
  /** One catalog namespace for every resource Component; default: the request's namespace. */
  resourceNamespace?: string;
  /** Owner of the requests of a platform namespace, by namespace. */
  namespaceOwners: Record<string, string>;
  /** The `backstage.io/managed-by-location` of every entity. */
  location: string;
}

/** The defaults, for tests and for a config without `ske.catalog`. */
export const DEFAULT_CATALOG_SETTINGS: CatalogSettings = {
  promiseNamespace: 'default',
  defaultOwner: 'group:default/platform-team',
  promiseOwner: 'group:default/platform-team',
  lifecycle: 'production',
  namespaceOwners: {},
  location: 'kratix:platform',
};
