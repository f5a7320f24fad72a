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
import type { ResourceRef } from '@syntasso/plugin-ske-common';
import { parse, resourcePathSchema } from '../inputSchemas';

/** Where one resource request lives in the `/api/ske` routes. */
export const RESOURCE_PATH =
  '/resources/:group/:version/:kind/:namespace/:name';

/** The validated resource a `RESOURCE_PATH` route names. */
export function refFromPath(params: unknown): ResourceRef {
  const { group, version, kind, namespace, name } = parse(
    resourcePathSchema,
    params,
    'resource path',
  );
  return { apiVersion: `${group}/${version}`, kind, namespace, name };
}
