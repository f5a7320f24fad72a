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

import { InputError } from '@backstage/errors';
import { z } from 'zod';

/** A DNS-1123 subdomain: Kubernetes object names. */
export const dnsSubdomain = z
  .string()
  .min(1)
  .max(253)
  .regex(
    /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
    'must be a lowercase RFC 1123 name',
  );

/** A DNS-1123 label: Kubernetes namespaces. */
export const dnsLabel = z
  .string()
  .min(1)
  .max(63)
  .regex(
    /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
    'must be a lowercase RFC 1123 label',
  );

const DNS_SUBDOMAIN =
  '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*';
const VERSION = 'v[0-9]+((alpha|beta)[0-9]+)?';

/** An API group (a DNS-1123 subdomain). */
const group = z
  .string()
  .max(253)
  .regex(new RegExp(`^${DNS_SUBDOMAIN}$`), 'must be an API group');
/** An API version, as Kubernetes names them (`v1`, `v1alpha2`, `v2beta1`). */
const version = z
  .string()
  .regex(new RegExp(`^${VERSION}$`), 'must be an API version');
/** `<group>/<version>`: the group is required, since core kinds are never resources. */
const apiVersion = z
  .string()
  .max(300)
  .regex(
    new RegExp(`^${DNS_SUBDOMAIN}/${VERSION}$`),
    'must look like <group>/<version>',
  );
/** A kind whose lowercase form is a DNS-1035 label (e.g. `argocd-application`). */
const kind = z
  .string()
  .max(63)
  .refine(
    k => /^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(k.toLowerCase()),
    'must be a Kubernetes kind (its lowercase form a DNS-1035 label)',
  );
const specObject = z.record(z.string(), z.unknown());

export const resourceRefSchema = z.object({
  apiVersion,
  kind,
  name: dnsSubdomain,
  namespace: dnsLabel,
});

/** The SKE-compatible `GET /resource` query: as SKE, `namespace` defaults to `default`. */
export const resourceQuerySchema = resourceRefSchema.extend({
  namespace: dnsLabel.default('default'),
});

export const resourcePathSchema = z.object({
  group,
  version,
  kind,
  namespace: dnsLabel,
  name: dnsSubdomain,
});

export const listQuerySchema = z.object({
  namespace: dnsLabel.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  continue: z.string().max(4096).optional(),
});

export const manifestSchema = z.object({
  apiVersion,
  kind,
  metadata: z.object({
    name: dnsSubdomain,
    namespace: dnsLabel,
    labels: z.record(z.string(), z.string()).optional(),
    annotations: z.record(z.string(), z.string()).optional(),
  }),
  spec: specObject.default({}),
});

export const updateSchema = z.object({
  spec: specObject,
  resourceVersion: z
    .string()
    .min(1, 'is required: send the resourceVersion the change is based on'),
  metadata: z
    .object({ name: z.string().optional(), namespace: z.string().optional() })
    .optional(),
});

export const dryRunSchema = z.object({
  dryRun: z.enum(['true', 'false']).optional(),
});

/** Parses input or throws an InputError naming every problem. */
export function parse<T>(
  schema: z.ZodType<T>,
  value: unknown,
  what: string,
): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map(
      i => `${i.path.join('.') || 'value'} ${i.message}`,
    );
    throw new InputError(`Invalid ${what}: ${problems.join('; ')}`);
  }
  return result.data;
}
