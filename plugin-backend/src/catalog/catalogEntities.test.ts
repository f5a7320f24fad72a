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

import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  getResourceRef,
  parseStatusAnnotation,
} from '@syntasso/plugin-ske-common';
import { catalogEntities } from './catalogEntities';
import { DEFAULT_CATALOG_SETTINGS } from './CatalogSettings';
import type { PromiseObject, RequestObject } from './platformObjects';

const settings = {
  ...DEFAULT_CATALOG_SETTINGS,
  system: 'system:default/kratix-platform',
  namespaceOwners: { 'team-b': 'team-b' },
};

const promise = (
  name: string,
  api?: { group: string; kind: string; spec?: Record<string, unknown> },
): PromiseObject => ({
  metadata: {
    name,
    annotations: { 'ske.syntasso.io/description': `The ${name} Promise` },
  },
  spec: api && {
    api: {
      spec: {
        group: api.group,
        names: { kind: api.kind },
        versions: [
          { name: 'v1beta1', storage: false },
          {
            name: 'v1alpha2',
            storage: true,
            schema: {
              openAPIV3Schema: {
                type: 'object',
                properties: api.spec ? { spec: api.spec } : {},
              },
            },
          },
        ],
      },
    },
  },
  status: { status: 'Available', message: 'Promise is available' },
});

const request = (
  kind: string,
  namespace: string,
  name: string,
  annotations?: Record<string, string>,
  apiVersion = 'marketplace.kratix.io/v1alpha2',
): RequestObject => ({
  apiVersion,
  kind,
  metadata: { name, namespace, annotations },
  status: { message: 'Resource provisioned' },
});

const pgPromise = promise('postgresql', {
  group: 'marketplace.kratix.io',
  kind: 'postgresql',
  spec: { type: 'object', properties: { env: { type: 'string' } } },
});

const byRef = (entities: ReturnType<typeof catalogEntities>) =>
  new Map(entities.map(e => [stringifyEntityRef(e), e]));

describe('catalogEntities', () => {
  it('emits a Component and a Template per Promise with an API, a Component only without one', () => {
    const entities = byRef(
      catalogEntities(
        {
          promises: [
            { promise: pgPromise, requests: [] },
            { promise: promise('namespace-baseline'), requests: [] },
          ],
        },
        settings,
      ),
    );
    expect([...entities.keys()].sort()).toEqual([
      'component:default/namespace-baseline-promise',
      'component:default/postgresql-promise',
      'template:default/postgresql-promise-template',
    ]);
    const component = entities.get('component:default/postgresql-promise')!;
    expect(component.metadata.title).toBe('postgresql');
    expect(component.metadata.description).toBe('The postgresql Promise');
    expect(component.metadata.annotations).toMatchObject({
      'kratix.io/type': 'promise',
      'kratix.io/promise-name': 'postgresql',
      'kratix.io/api-name': 'postgresql',
      'kratix.io/api-group': 'marketplace.kratix.io',
      'kratix.io/backstage-promise-template': 'postgresql-promise-template',
      'backstage.io/managed-by-location': 'kratix:platform',
      'backstage.io/managed-by-origin-location': 'kratix:platform',
    });
    expect(parseStatusAnnotation(component)).toEqual({
      status: 'Available',
      message: 'Promise is available',
    });
    expect(component.spec).toEqual({
      type: 'kratix-promise',
      lifecycle: 'production',
      owner: 'group:default/platform-team',
      system: 'system:default/kratix-platform',
    });
    const baseline = entities.get(
      'component:default/namespace-baseline-promise',
    )!;
    expect(baseline.metadata.annotations).not.toHaveProperty(
      'kratix.io/backstage-promise-template',
    );
    expect(baseline.metadata.annotations).not.toHaveProperty(
      'kratix.io/api-name',
    );
  });

  it("generates the Template in the generator's shape, with the storage version", () => {
    const template = byRef(
      catalogEntities(
        { promises: [{ promise: pgPromise, requests: [] }] },
        settings,
      ),
    ).get('template:default/postgresql-promise-template')!;
    const spec = template.spec as Record<string, any>;
    expect(spec.owner).toBe('group:default/platform-team');
    expect(spec.parameters).toHaveLength(2);
    expect(spec.parameters[0].required).toEqual(['objname', 'objnamespace']);
    expect(Object.keys(spec.parameters[0].properties)).toEqual([
      'objname',
      'objnamespace',
    ]);
    expect(spec.parameters[1].properties.spec.properties.env).toEqual({
      title: 'env',
      type: 'string',
    });
    expect(spec.steps).toEqual([
      {
        id: 'request',
        name: 'Request postgresql',
        action: 'ske:configure-resource',
        input: {
          manifest: {
            apiVersion: 'marketplace.kratix.io/v1alpha2',
            kind: 'postgresql',
            metadata: {
              name: '${{ parameters.objname }}',
              namespace: '${{ parameters.objnamespace }}',
            },
            spec: '${{ parameters.spec }}',
          },
        },
      },
    ]);
    // The step outputs the ref ingestion gives the request, hashed names included.
    expect(spec.output.links[0].entityRef).toBe(
      '${{ steps.request.output.entityRef }}',
    );
  });

  it('gives a Template without a spec form to a Promise whose API has no spec', () => {
    const template = byRef(
      catalogEntities(
        {
          promises: [
            {
              promise: promise('bare', { group: 'x.io', kind: 'Bare' }),
              requests: [],
            },
          ],
        },
        settings,
      ),
    ).get('template:default/bare-promise-template')!;
    const spec = template.spec as Record<string, any>;
    expect(spec.parameters).toHaveLength(1);
    expect(spec.steps[0].input.manifest.spec).toEqual({});
  });

  it('emits a Component per request in its namespace, readable by the frontend contract', () => {
    const entities = byRef(
      catalogEntities(
        {
          promises: [
            {
              promise: pgPromise,
              requests: [request('postgresql', 'team-a', 'orders-db')],
            },
          ],
        },
        settings,
      ),
    );
    const component = entities.get('component:team-a/postgresql-orders-db')!;
    expect(getResourceRef(component)).toEqual({
      ok: true,
      value: {
        apiVersion: 'marketplace.kratix.io/v1alpha2',
        kind: 'postgresql',
        name: 'orders-db',
        namespace: 'team-a',
      },
    });
    expect(component.metadata.annotations).toMatchObject({
      'kratix.io/type': 'resource',
      'kratix.io/promise-name': 'postgresql',
      'kratix.io/backstage-promise-template':
        'template:default/postgresql-promise-template',
    });
    expect(parseStatusAnnotation(component)).toEqual({
      message: 'Resource provisioned',
    });
    expect(component.spec).toEqual({
      type: 'kratix-resource',
      lifecycle: 'production',
      owner: 'group:default/platform-team',
      system: 'system:default/kratix-platform',
      dependsOn: ['component:default/postgresql-promise'],
    });
  });

  it('resolves owners: annotation, then namespace mapping, then the default', () => {
    const entities = byRef(
      catalogEntities(
        {
          promises: [
            {
              promise: pgPromise,
              requests: [
                request('postgresql', 'team-a', 'annotated', {
                  'backstage.io/owner': 'user:default/alice',
                }),
                request('postgresql', 'team-a', 'bare-group', {
                  'backstage.io/owner': 'team-a',
                }),
                request('postgresql', 'team-a', 'invalid', {
                  'backstage.io/owner': 'not an owner!',
                }),
                request('postgresql', 'team-b', 'mapped'),
                request('postgresql', 'team-c', 'unmapped'),
              ],
            },
          ],
        },
        settings,
      ),
    );
    const owner = (ref: string) => entities.get(ref)!.spec!.owner;
    expect(owner('component:team-a/postgresql-annotated')).toBe(
      'user:default/alice',
    );
    expect(owner('component:team-a/postgresql-bare-group')).toBe(
      'group:default/team-a',
    );
    expect(owner('component:team-a/postgresql-invalid')).toBe(
      'group:default/platform-team',
    );
    expect(owner('component:team-b/postgresql-mapped')).toBe(
      'group:default/team-b',
    );
    expect(owner('component:team-c/postgresql-unmapped')).toBe(
      'group:default/platform-team',
    );
  });

  it('keeps refs apart: same name in two kinds, two namespaces, one fixed namespace, two groups', () => {
    const redis = promise('redis', {
      group: 'marketplace.kratix.io',
      kind: 'redis',
    });
    const otherPg = promise('pg-other', {
      group: 'other.io',
      kind: 'postgresql',
    });
    const inventory = {
      promises: [
        {
          promise: pgPromise,
          requests: [
            request('postgresql', 'team-a', 'shared'),
            request('postgresql', 'team-b', 'shared'),
          ],
        },
        { promise: redis, requests: [request('redis', 'team-a', 'shared')] },
        {
          promise: otherPg,
          requests: [
            request('postgresql', 'team-a', 'shared', {}, 'other.io/v1'),
          ],
        },
      ],
    };
    const refs = (s: typeof settings) =>
      catalogEntities(inventory, s)
        .filter(
          e => e.kind === 'Component' && e.spec?.type === 'kratix-resource',
        )
        .map(e => stringifyEntityRef(e));

    const perNamespace = refs(settings);
    expect(new Set(perNamespace).size).toBe(4);
    expect(perNamespace).toEqual(
      expect.arrayContaining([
        'component:team-b/postgresql-shared',
        'component:team-a/redis-shared',
      ]),
    );
    // Two kinds `postgresql` in team-a (two API groups): both hashed.
    expect(
      perNamespace.filter(r =>
        /^component:team-a\/postgresql-shared-[0-9a-f]{8}$/.test(r),
      ),
    ).toHaveLength(2);

    const fixed = refs({ ...settings, resourceNamespace: 'kratix' });
    expect(new Set(fixed).size).toBe(4);
    expect(fixed).toEqual(
      expect.arrayContaining([
        'component:kratix/postgresql-team-b-shared',
        'component:kratix/redis-team-a-shared',
      ]),
    );
  });
});
