import { kafkaPromise, postgresqlPromise } from './fixtures/promises';
import {
  defaultAndPrune,
  validateObjectName,
  validateSchema,
} from './schemaValidation';

type Schema = Record<string, any>;
const rootSchema = (promise: typeof postgresqlPromise): Schema =>
  promise.spec.api.spec.versions[0].schema.openAPIV3Schema;
const postgresqlSpec: Schema = rootSchema(postgresqlPromise).properties.spec;
const kafkaSpec: Schema = rootSchema(kafkaPromise).properties.spec;

describe('defaultAndPrune', () => {
  it.each([
    [
      'fills in defaults of missing fields',
      postgresqlSpec,
      { teamId: 'team-a' },
      {
        teamId: 'team-a',
        env: 'dev',
        dbName: 'postgres',
        backupEnabled: false,
        storageGb: 10,
      },
    ],
    [
      'keeps values that are set, falsy ones too',
      postgresqlSpec,
      {
        teamId: 'team-a',
        env: 'prod',
        dbName: '',
        backupEnabled: false,
        storageGb: 0,
      },
      {
        teamId: 'team-a',
        env: 'prod',
        dbName: '',
        backupEnabled: false,
        storageGb: 0,
      },
    ],
    [
      'defaults inside an object that is present, not one that is absent',
      postgresqlSpec,
      { teamId: 'team-a', resources: {} },
      {
        teamId: 'team-a',
        env: 'dev',
        dbName: 'postgres',
        backupEnabled: false,
        storageGb: 10,
        resources: { cpu: '500m', memoryMi: 512 },
      },
    ],
    [
      'prunes unknown fields, nested ones too',
      postgresqlSpec,
      { teamId: 'team-a', color: 'red', resources: { cpu: '1', gpu: 2 } },
      {
        teamId: 'team-a',
        env: 'dev',
        dbName: 'postgres',
        backupEnabled: false,
        storageGb: 10,
        resources: { cpu: '1', memoryMi: 512 },
      },
    ],
    [
      'defaults the items of arrays, and keeps x-kubernetes-preserve-unknown-fields as it is',
      kafkaSpec,
      {
        tier: 'standard',
        topics: [{ name: 'a' }, { name: 'b', partitions: 1, junk: true }],
        config: { any: { thing: 1 } },
      },
      {
        tier: 'standard',
        topics: [
          { name: 'a', partitions: 3, retentionHours: 168 },
          { name: 'b', partitions: 1, retentionHours: 168 },
        ],
        config: { any: { thing: 1 } },
      },
    ],
    [
      'keeps extra keys where additionalProperties allows them',
      {
        type: 'object',
        properties: { a: { type: 'string', default: 'x' } },
        additionalProperties: { type: 'string' },
      },
      { b: 'y' },
      { a: 'x', b: 'y' },
    ],
    [
      'returns scalars as they are',
      { type: 'string', default: 'x' },
      'given',
      'given',
    ],
  ])('%s', (_name, schema, input, expected) => {
    const copy = structuredClone(input);
    expect(defaultAndPrune(schema, input)).toEqual(expected);
    expect(input).toEqual(copy);
  });

  it('does not share default values between objects', () => {
    const schema = {
      type: 'object',
      properties: { tags: { type: 'array', default: ['a'] } },
    };
    const first = defaultAndPrune(schema, {}) as { tags: string[] };
    first.tags.push('b');
    expect(defaultAndPrune(schema, {})).toEqual({ tags: ['a'] });
  });
});

describe('validateSchema', () => {
  it.each([
    [
      'a valid postgresql spec',
      postgresqlSpec,
      {
        teamId: 'team-a',
        env: 'prod',
        storageGb: 500,
        extensions: ['postgis'],
      },
      [],
    ],
    [
      'a value above the maximum',
      postgresqlSpec,
      { teamId: 'team-a', storageGb: 3000 },
      [
        {
          field: 'spec.storageGb',
          message:
            'Invalid value: 3000: spec.storageGb in body should be less than or equal to 500',
        },
      ],
    ],
    [
      'a value below the minimum',
      postgresqlSpec,
      { teamId: 'team-a', storageGb: 0 },
      [
        {
          field: 'spec.storageGb',
          message:
            'Invalid value: 0: spec.storageGb in body should be greater than or equal to 1',
        },
      ],
    ],
    [
      'a missing required field',
      postgresqlSpec,
      { env: 'dev' },
      [{ field: 'spec.teamId', message: 'Required value' }],
    ],
    [
      'a value not in the enum',
      postgresqlSpec,
      { teamId: 'team-a', env: 'qa' },
      [
        {
          field: 'spec.env',
          message:
            'Unsupported value: "qa": supported values: "dev", "staging", "prod"',
        },
      ],
    ],
    [
      'a string not matching the pattern',
      postgresqlSpec,
      { teamId: 'Team A' },
      [
        {
          field: 'spec.teamId',
          message: `Invalid value: "Team A": spec.teamId in body should match '^[a-z][a-z0-9-]{2,29}$'`,
        },
      ],
    ],
    [
      'a string that is too long',
      postgresqlSpec,
      { teamId: 'team-a', dbName: 'x'.repeat(64) },
      [
        {
          field: 'spec.dbName',
          message: 'Too long: may not be longer than 63',
        },
      ],
    ],
    [
      'a value of the wrong type',
      postgresqlSpec,
      { teamId: 'team-a', backupEnabled: 'yes' },
      [
        {
          field: 'spec.backupEnabled',
          message:
            'Invalid value: "string": spec.backupEnabled in body must be of type boolean: "string"',
        },
      ],
    ],
    [
      'a fraction where an integer is required',
      postgresqlSpec,
      { teamId: 'team-a', storageGb: 1.5 },
      [
        {
          field: 'spec.storageGb',
          message:
            'Invalid value: "number": spec.storageGb in body must be of type integer: "number"',
        },
      ],
    ],
    [
      'an invalid item of an array',
      postgresqlSpec,
      { teamId: 'team-a', extensions: ['pgcrypto', 'plv8'] },
      [
        {
          field: 'spec.extensions[1]',
          message: expect.stringContaining('Unsupported value: "plv8"'),
        },
      ],
    ],
    [
      'invalid fields of objects in an array',
      kafkaSpec,
      {
        tier: 'standard',
        topics: [{ name: 'ok', partitions: 3 }, { partitions: 100 }],
      },
      [
        { field: 'spec.topics[1].name', message: 'Required value' },
        {
          field: 'spec.topics[1].partitions',
          message:
            'Invalid value: 100: spec.topics[1].partitions in body should be less than or equal to 64',
        },
      ],
    ],
    [
      'too many items',
      kafkaSpec,
      {
        tier: 'standard',
        topics: Array.from({ length: 21 }, (_, i) => ({ name: `t${i}` })),
      },
      [
        {
          field: 'spec.topics',
          message: 'Too many: 21: must have at most 20 items',
        },
      ],
    ],
    [
      'several errors at once',
      postgresqlSpec,
      { env: 'qa', storageGb: 3000 },
      [
        { field: 'spec.teamId', message: 'Required value' },
        {
          field: 'spec.env',
          message: expect.stringContaining('Unsupported value'),
        },
        {
          field: 'spec.storageGb',
          message: expect.stringContaining('less than or equal to 500'),
        },
      ],
    ],
    ['null where nullable', { type: 'string', nullable: true }, null, []],
    [
      'null where not nullable',
      { type: 'string' },
      null,
      [
        {
          field: 'spec',
          message: 'Invalid value: "null": field must not be null',
        },
      ],
    ],
    ['an integer where a number is required', { type: 'number' }, 3, []],
    [
      'exactly one oneOf alternative',
      { oneOf: [{ type: 'string' }, { type: 'integer' }] },
      3,
      [],
    ],
    [
      'no oneOf alternative',
      { oneOf: [{ type: 'string' }, { type: 'integer' }] },
      true,
      [
        {
          field: 'spec',
          message:
            'Invalid value: must validate one and only one schema (oneOf)',
        },
      ],
    ],
    ['no schema at all', undefined, { anything: 1 }, []],
  ])('%s', (_name, schema, value, expected) => {
    expect(validateSchema(schema, value, 'spec')).toEqual(expected);
  });
});

describe('validateObjectName', () => {
  it.each(['a', 'acid-db', 'db.team-a', '0-db', 'a'.repeat(253)])(
    'accepts %j',
    name => {
      expect(validateObjectName(name)).toEqual([]);
    },
  );

  it.each([
    'Acid-db',
    'acid_db',
    '-db',
    'db-',
    'db..a',
    'a'.repeat(254),
    'with space',
  ])('refuses %j', name => {
    expect(validateObjectName(name)).toEqual([
      {
        field: 'metadata.name',
        message: expect.stringMatching(
          /^Invalid value: ".*": a lowercase RFC 1123 subdomain/,
        ),
      },
    ]);
  });

  it.each([undefined, '', 42])('requires a name, not %j', name => {
    expect(validateObjectName(name)).toEqual([
      {
        field: 'metadata.name',
        message: 'Required value: name or generateName is required',
      },
    ]);
  });
});
