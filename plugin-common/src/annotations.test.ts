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

import type { Entity } from '@backstage/catalog-model';
import {
  getKratixType,
  getPromiseName,
  getPromiseTemplateRef,
  getResourceRef,
  isKratixType,
  parseStatusAnnotation,
} from './annotations';

const entity = (
  annotations: Record<string, string> = {},
  specType?: string,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'x', annotations },
  spec: specType ? { type: specType } : {},
});

describe('getKratixType', () => {
  it.each([
    [{ 'kratix.io/type': 'promise' }, undefined, 'promise'],
    [{ 'kratix.io/type': 'resource' }, 'kratix-promise', 'resource'],
    [{ 'kratix.io/type': '' }, 'kratix-resource', 'resource'],
    [{ 'kratix.io/type': '   ' }, 'kratix-promise', 'promise'],
    [{}, 'kratix-promise', 'promise'],
    [{}, 'promise', 'promise'],
    [{}, 'resource', 'resource'],
    [{}, 'service', undefined],
    [{ 'kratix.io/type': 'database' }, 'kratix-promise', undefined],
  ])(
    'annotations %j with spec.type %s is %s',
    (annotations, specType, expected) => {
      expect(getKratixType(entity(annotations, specType))).toBe(expected);
    },
  );

  it('checks one type at a time', () => {
    const promise = entity({ 'kratix.io/type': 'promise' });
    expect(isKratixType(promise, 'promise')).toBe(true);
    expect(isKratixType(promise, 'resource')).toBe(false);
  });
});

describe('required annotations', () => {
  it('reads the Promise name', () => {
    expect(
      getPromiseName(entity({ 'kratix.io/promise-name': ' postgresql ' })),
    ).toEqual({ ok: true, value: 'postgresql' });
    expect(getPromiseName(entity({}))).toEqual({
      ok: false,
      missing: ['kratix.io/promise-name'],
    });
  });

  it('builds the resource reference and apiVersion from group and version', () => {
    const ref = getResourceRef(
      entity({
        'kratix.io/group': 'marketplace.kratix.io',
        'kratix.io/version': 'v1alpha2',
        'kratix.io/kind': 'postgresql',
        'kratix.io/name': 'acid-db',
        'kratix.io/namespace': 'team-a',
      }),
    );
    expect(ref).toEqual({
      ok: true,
      value: {
        apiVersion: 'marketplace.kratix.io/v1alpha2',
        kind: 'postgresql',
        name: 'acid-db',
        namespace: 'team-a',
      },
    });
  });

  it('lists every missing resource annotation', () => {
    expect(getResourceRef(entity({ 'kratix.io/name': 'orphan' }))).toEqual({
      ok: false,
      missing: [
        'kratix.io/group',
        'kratix.io/version',
        'kratix.io/kind',
        'kratix.io/namespace',
      ],
    });
  });
});

describe('parseStatusAnnotation', () => {
  it('parses a JSON object', () => {
    expect(
      parseStatusAnnotation(
        entity({ 'kratix.io/status': '{"status":"Available"}' }),
      ),
    ).toEqual({ status: 'Available' });
  });

  it.each(['not json {', '[1,2]', '"text"', 'null', ''])(
    'tolerates %j',
    raw => {
      expect(
        parseStatusAnnotation(entity({ 'kratix.io/status': raw })),
      ).toBeUndefined();
    },
  );
});

describe('getPromiseTemplateRef', () => {
  const withTemplate = (value: string, namespace?: string): Entity => {
    const result = entity({ 'kratix.io/backstage-promise-template': value });
    result.metadata.namespace = namespace;
    return result;
  };

  it.each([
    ['postgresql-request', undefined, 'default', 'postgresql-request'],
    [' postgresql-request ', 'platform', 'platform', 'postgresql-request'],
    ['team-a/pg', 'platform', 'team-a', 'pg'],
    ['template:team-b/pg', undefined, 'team-b', 'pg'],
  ])(
    '%j in namespace %s names template %s/%s',
    (value, entityNamespace, namespace, name) => {
      expect(
        getPromiseTemplateRef(withTemplate(value, entityNamespace)),
      ).toEqual({ kind: 'template', namespace, name });
    },
  );

  it.each(['', '   ', 'component:default/pg', 'a:b:c/d/e'])(
    'ignores %j',
    value => {
      expect(getPromiseTemplateRef(withTemplate(value))).toBeUndefined();
    },
  );

  it('is undefined without the annotation', () => {
    expect(getPromiseTemplateRef(entity({}))).toBeUndefined();
  });
});
