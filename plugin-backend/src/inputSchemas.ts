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

const apiVersion = z
  .string()
  .regex(/^([a-z0-9.-]+\/)?v[0-9a-z]+$/, 'must look like <group>/<version>');
const kind = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9]*$/, 'must be a Kubernetes kind');
const specObject = z.record(z.string(), z.unknown());

export const resourceRefSchema = z.object({
  apiVersion,
  kind,
  name: dnsSubdomain,
  namespace: dnsLabel,
});

export const resourcePathSchema = z.object({
  group: z.string().regex(/^[a-z0-9.-]+$/, 'must be an API group'),
  version: z.string().regex(/^v[0-9a-z]+$/, 'must be an API version'),
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
