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
