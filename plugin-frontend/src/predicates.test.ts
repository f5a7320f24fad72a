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
import { filterPredicateToFilterFunction } from '@backstage/filter-predicates';
import { getKratixType } from '@syntasso/plugin-ske-common';
import {
  isKratixPromisePredicate,
  isKratixResourcePredicate,
} from './predicates';

const component = (
  annotations: Record<string, string>,
  specType?: string,
  kind = 'Component',
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name: 'x', annotations },
  spec: specType ? { type: specType } : {},
});

const cases: [string, Entity][] = [
  ['annotation promise', component({ 'kratix.io/type': 'promise' }, 'service')],
  [
    'annotation resource beats spec.type',
    component({ 'kratix.io/type': 'resource' }, 'kratix-promise'),
  ],
  [
    'empty annotation falls back to spec.type',
    component({ 'kratix.io/type': '' }, 'kratix-resource'),
  ],
  ['spec.type kratix-promise', component({}, 'kratix-promise')],
  ['spec.type promise', component({}, 'promise')],
  ['spec.type kratix-resource', component({}, 'kratix-resource')],
  ['spec.type resource', component({}, 'resource')],
  ['plain service', component({}, 'service')],
  [
    'unknown annotation value',
    component({ 'kratix.io/type': 'database' }, 'kratix-promise'),
  ],
];

describe('Kratix entity predicates', () => {
  const isPromise = filterPredicateToFilterFunction(isKratixPromisePredicate);
  const isResource = filterPredicateToFilterFunction(isKratixResourcePredicate);

  it.each(cases)('agree with the annotation contract: %s', (_name, entity) => {
    const type = getKratixType(entity);
    expect(isPromise(entity)).toBe(type === 'promise');
    expect(isResource(entity)).toBe(type === 'resource');
  });

  it('match Components only', () => {
    const api = component(
      { 'kratix.io/type': 'promise' },
      'kratix-promise',
      'API',
    );
    expect(isPromise(api)).toBe(false);
  });
});
