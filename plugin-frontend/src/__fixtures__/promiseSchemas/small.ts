import { promiseFixture } from './PromiseFixture';

/** A Promise whose kind has a hyphen, as some Promises name theirs. */
export const hyphenatedKind = promiseFixture({
  name: 'redis-cluster',
  kind: 'redis-cluster',
  schema: {
    type: 'object',
    properties: {
      spec: {
        type: 'object',
        properties: {
          size: { type: 'string', enum: ['small', 'large'], default: 'small' },
          'max-memory-mb': { type: 'integer', minimum: 64 },
        },
      },
    },
  },
  spec: { size: 'large', 'max-memory-mb': 512 },
});

/** A Promise whose API has no `spec`: nothing to edit. */
export const noSpec = promiseFixture({
  name: 'audit-log',
  kind: 'AuditLog',
  schema: {
    type: 'object',
    properties: { status: { type: 'object' } },
  },
  spec: {},
});
