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
  ResourceManifest,
  ResourceRef,
} from '@syntasso/plugin-ske-common';
import { requireDepthWithin } from '../inputLimits';
import { manifestSchema, parse, resourceRefSchema } from '../inputSchemas';
import { parseYamlText } from './yamlText';

/**
 * A resource request given to an action: an object, or YAML / JSON text as
 * SKE-generated Templates pass it. Checked like `POST /resources` input.
 */
export function parseManifest(input: unknown): ResourceManifest {
  const value =
    typeof input === 'string' ? parseYamlText(input, 'manifest') : input;
  requireDepthWithin(value, 'manifest');
  return parse(manifestSchema, value, 'manifest');
}

/** The resource a delete names, checked like the `/delete-resource` body. */
export function parseResourceRef(input: unknown): ResourceRef {
  return parse(resourceRefSchema, input, 'resource');
}

/** The resource a manifest describes. */
export const refOf = (manifest: ResourceManifest): ResourceRef => ({
  apiVersion: manifest.apiVersion,
  kind: manifest.kind,
  namespace: manifest.metadata.namespace,
  name: manifest.metadata.name,
});

/**
 * The `resourceId` actions output: `<apiVersion>/<kind>/<namespace>/<name>`,
 * e.g. `marketplace.kratix.io/v1alpha2/postgresql/team-a/orders-db`, which is
 * also the path of the resource under `/api/ske/resources/`.
 */
export const resourceIdOf = (ref: ResourceRef): string =>
  [ref.apiVersion, ref.kind, ref.namespace, ref.name].join('/');
