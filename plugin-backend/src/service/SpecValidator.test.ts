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

import type { JsonSchema, PromiseDetails } from '@syntasso/plugin-ske-common';
import { readKratixStatus } from '@syntasso/plugin-ske-common';
import { SpecValidationError, SpecValidator } from './SpecValidator';

/** A Promise whose resource API has `spec` as described. */
const promiseWithSpec = (spec?: JsonSchema): PromiseDetails => ({
  name: 'postgresql',
  kind: 'postgresql',
  group: 'marketplace.kratix.io',
  version: 'v1alpha2',
  status: readKratixStatus({}),
  schema: spec
    ? { type: 'object', properties: { spec } }
    : { type: 'object', properties: {} },
});

const DATABASE_SPEC: JsonSchema = {
  type: 'object',
  required: ['teamId'],
  'x-kubernetes-preserve-unknown-fields': false,
  properties: {
    teamId: { type: 'string', minLength: 1 },
    env: { type: 'string', enum: ['dev', 'prod'] },
    storageGb: { type: 'integer', minimum: 1, maximum: 500 },
    backup: { type: 'boolean', nullable: true },
    size: {
      type: 'object',
      'x-kubernetes-map-type': 'atomic',
      required: ['cpu'],
      properties: { cpu: { type: 'integer', minimum: 1 } },
    },
    topics: {
      type: 'array',
      'x-kubernetes-list-type': 'map',
      'x-kubernetes-list-map-keys': ['name'],
      items: {
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string', pattern: '^[a-z0-9.]+$' } },
      },
    },
    port: { 'x-kubernetes-int-or-string': true },
  },
};

/** The field errors validation reports for `spec`, or [] when it is valid. */
function fieldErrors(spec: unknown, schema: JsonSchema = DATABASE_SPEC) {
  try {
    new SpecValidator().validate(promiseWithSpec(schema), spec);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(SpecValidationError);
    return (error as SpecValidationError).fieldErrors;
  }
}

describe('SpecValidator', () => {
  it('accepts a valid spec, tolerating x-kubernetes-* keywords and nullable', () => {
    expect(
      fieldErrors({
        teamId: 'team-a',
        env: 'prod',
        storageGb: 20,
        backup: null,
        size: { cpu: 2 },
        topics: [{ name: 'audit.v1' }],
        port: 5432,
      }),
    ).toEqual([]);
  });

  it('names a missing required field by its path', () => {
    expect(fieldErrors({ env: 'dev' })).toEqual([
      { path: 'spec.teamId', message: 'is required' },
    ]);
  });

  it('lists the allowed values of an enum', () => {
    expect(fieldErrors({ teamId: 'a', env: 'staging' })).toEqual([
      { path: 'spec.env', message: 'must be one of "dev", "prod"' },
    ]);
  });

  it('reports bounds and types with ajv messages', () => {
    expect(fieldErrors({ teamId: 'a', storageGb: 0 })).toEqual([
      { path: 'spec.storageGb', message: 'must be >= 1' },
    ]);
    expect(fieldErrors({ teamId: 'a', storageGb: 'lots' })).toEqual([
      { path: 'spec.storageGb', message: 'must be integer' },
    ]);
  });

  it('names fields inside nested objects and arrays', () => {
    expect(
      fieldErrors({
        teamId: 'a',
        size: {},
        topics: [{ name: 'ok' }, { name: 'Not OK' }, {}],
      }),
    ).toEqual([
      { path: 'spec.size.cpu', message: 'is required' },
      {
        path: 'spec.topics[1].name',
        message: 'must match pattern "^[a-z0-9.]+$"',
      },
      { path: 'spec.topics[2].name', message: 'is required' },
    ]);
  });

  it('lists every problem at once, and says them all in the error message', () => {
    let error: SpecValidationError | undefined;
    try {
      new SpecValidator().validate(promiseWithSpec(DATABASE_SPEC), {
        env: 'x',
        storageGb: 1000,
      });
    } catch (e) {
      error = e as SpecValidationError;
    }
    expect(error?.name).toBe('InputError');
    expect(error?.fieldErrors.map(e => e.path).sort()).toEqual([
      'spec.env',
      'spec.storageGb',
      'spec.teamId',
    ]);
    expect(error?.message).toBe(
      'The spec does not match the Promise\'s schema: spec.teamId is required; spec.env must be one of "dev", "prod"; spec.storageGb must be <= 500',
    );
  });

  it('rejects a spec that is not an object', () => {
    expect(fieldErrors('team-a')).toEqual([
      { path: 'spec', message: 'must be object' },
    ]);
  });

  it('accepts any spec when the Promise does not describe one', () => {
    expect(() =>
      new SpecValidator().validate(promiseWithSpec(undefined), {
        anything: ['goes'],
      }),
    ).not.toThrow();
  });

  it('keeps validating correctly when one validator serves several Promises', () => {
    const validator = new SpecValidator();
    const redis = promiseWithSpec({
      type: 'object',
      properties: { replicas: { type: 'integer', maximum: 3 } },
    });
    const db = promiseWithSpec(DATABASE_SPEC);
    for (let i = 0; i < 3; i++) {
      expect(() => validator.validate(redis, { replicas: 2 })).not.toThrow();
      expect(() => validator.validate(db, { replicas: 2 })).toThrow(
        SpecValidationError,
      );
      expect(() => validator.validate(redis, { replicas: 4 })).toThrow(
        'spec.replicas must be <= 3',
      );
    }
  });
});
