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
  ResourceDetails,
  ResourceManifest,
  ResourceRef,
} from '@syntasso/plugin-ske-common';
import YAML from 'yaml';
import { ResourceObject, toResourceDetails } from '../resourceView';
import { NOT_LIVE_STATUS } from './promiseDefinitions';
import type { RepoFile } from './RepoSnapshot';

/** A resource request file as read from the repository. */
export interface StoredResource {
  path: string;
  /** Blob id of the file: the resource's `resourceVersion` in GitOps mode. */
  oid: string;
  document: YAML.Document;
  object: ResourceObject;
}

/** Parses a resource request file; a file that is not one gives an Error naming the path. */
export function parseResourceFile(
  path: string,
  file: RepoFile,
): StoredResource {
  const document = YAML.parseDocument(file.text);
  const object = document.toJS() as ResourceObject | null;
  if (document.errors.length > 0 || !object || typeof object !== 'object') {
    throw new Error(`${path} in the repository is not a YAML object`);
  }
  return { path, oid: file.oid, document, object };
}

/** Whether a stored resource is the one `ref` names (the file could hold another kind). */
export const isResource = (stored: StoredResource, ref: ResourceRef) =>
  stored.object.apiVersion === ref.apiVersion &&
  stored.object.kind === ref.kind &&
  stored.object.metadata?.name === ref.name &&
  stored.object.metadata?.namespace === ref.namespace;

/** A resource request manifest as the YAML file GitOps mode writes. */
export function manifestYaml(manifest: ResourceManifest): string {
  const { name, namespace, labels, annotations } = manifest.metadata;
  return YAML.stringify({
    apiVersion: manifest.apiVersion,
    kind: manifest.kind,
    metadata: {
      name,
      namespace,
      ...(labels && { labels }),
      ...(annotations && { annotations }),
    },
    spec: manifest.spec,
  });
}

/** `stored` with its spec replaced, keeping the rest of the file (and its comments). */
export function withSpec(
  stored: StoredResource,
  spec: Record<string, unknown>,
): string {
  const document = stored.document.clone();
  document.set('spec', document.createNode(spec));
  return document.toString();
}

/** The API view of a resource request file at blob `oid`. */
export function storedResourceDetails(
  object: ResourceObject,
  oid: string,
  promiseName: string,
): ResourceDetails {
  const details = toResourceDetails({
    ...object,
    metadata: { ...object.metadata, resourceVersion: oid },
  });
  return {
    ...details,
    promiseName: details.promiseName ?? promiseName,
    status: NOT_LIVE_STATUS,
  };
}
