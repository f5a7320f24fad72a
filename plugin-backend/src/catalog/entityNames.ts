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

import { createHash } from 'node:crypto';

/** Backstage's limit for `metadata.name`. */
const MAX_ENTITY_NAME_LENGTH = 63;
const HASH_LENGTH = 8;

const shortHash = (input: string) =>
  createHash('sha256').update(input).digest('hex').slice(0, HASH_LENGTH);

/**
 * A valid entity name from `base`: lowercased, characters outside
 * `[a-z0-9-_.]` replaced by `-`. When it is longer than 63 characters (or
 * `forceHash` asks for it), it is cut and ends in `-<8 hex>`, a hash of
 * `identity`, so that two different objects never share a name.
 */
export function entityName(
  base: string,
  identity: string,
  forceHash = false,
): string {
  const clean = base.toLocaleLowerCase('en-US').replace(/[^a-z0-9_.-]/g, '-');
  if (clean.length <= MAX_ENTITY_NAME_LENGTH && !forceHash) {
    return clean;
  }
  const head = clean
    .slice(0, MAX_ENTITY_NAME_LENGTH - HASH_LENGTH - 1)
    .replace(/[^a-z0-9]+$/, '');
  return `${head}-${shortHash(identity)}`;
}

/** The Promise's Component: `<promise>-promise`, as SKE's generator names it. */
export const promiseComponentName = (promise: string) =>
  entityName(`${promise}-promise`, `promise/${promise}`);

/** The Promise's Template: `<promise>-promise-template`. */
export const promiseTemplateName = (promise: string) =>
  entityName(`${promise}-promise-template`, `template/${promise}`);

/** What identifies a resource request on the platform. */
export interface RequestIdentity {
  apiVersion: string;
  kind: string;
  namespace: string;
  name: string;
}

const identityOf = (r: RequestIdentity) =>
  [r.apiVersion, r.kind, r.namespace, r.name].join('/');

/**
 * A resource request's Component name: `<kind>-<name>` (lowercased), with
 * the request's namespace in it (`<kind>-<namespace>-<name>`) when every
 * request goes to one catalog namespace. Cut with a hash when too long, or
 * when `forceHash` says it collides with another request's name.
 */
export function resourceComponentName(
  request: RequestIdentity,
  options: { includeNamespace: boolean; forceHash?: boolean },
): string {
  const parts = options.includeNamespace
    ? [request.kind, request.namespace, request.name]
    : [request.kind, request.name];
  return entityName(parts.join('-'), identityOf(request), options.forceHash);
}
