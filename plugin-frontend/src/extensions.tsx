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

import { ApiBlueprint, PageBlueprint } from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { createSkeApiFactory, optionalStringSchema } from './api';
import {
  SkeEntityCardSpec,
  SkeEntityContentSpec,
  skeEntityExtensionTable,
} from './extensionTable';
import { resourcePageRouteRef } from './routes';
import {
  SkeEntityContentName,
  skeTranslationRef,
  tabTitle,
} from './translation';

/**
 * The SKE API client (`api:ske`), overridable like any other API. Config
 * `oidcProvider` (and optionally `oidcAuthApiId`) makes it forward the
 * user's OIDC ID token for clusters with `authProvider: oidc`.
 *
 * @public
 */
export const skeApi = ApiBlueprint.makeWithOverrides({
  configSchema: {
    oidcProvider: optionalStringSchema,
    oidcAuthApiId: optionalStringSchema,
  },
  factory: (originalFactory, { config }) =>
    originalFactory(define => define(createSkeApiFactory(config))),
});

/** The entity tab a `content` row of the table becomes; its name stays literal. */
/** The page of any resource request, with or without a catalog entity. */
export const skeResourcePage = PageBlueprint.make({
  name: 'resource',
  params: {
    path: '/ske/resources',
    routeRef: resourcePageRouteRef,
    title: skeTranslationRef('resourcePage.title'),
    loader: () =>
      import('./components/ResourcePage').then(m => <m.ResourcePage />),
  },
});

function contentExtension<TName extends SkeEntityContentName>(
  spec: SkeEntityContentSpec & { name: TName },
) {
  return EntityContentBlueprint.make({
    name: spec.name,
    params: {
      path: spec.path,
      title: tabTitle(spec.name),
      group: spec.group,
      filter: spec.filter,
      loader: spec.loader,
    },
  });
}

/** The Overview card a `card` row of the table becomes; its name stays literal. */
function cardExtension<TName extends string>(
  spec: SkeEntityCardSpec & { name: TName },
) {
  return EntityCardBlueprint.make({
    name: spec.name,
    params: { type: spec.type, filter: spec.filter, loader: spec.loader },
  });
}

type SkeEntityExtensionRow = (typeof skeEntityExtensionTable)[number];

/** The extension each row becomes, keyed by its literal name. */
type SkeEntityExtensions = {
  [Row in SkeEntityExtensionRow as Row['name']]: Row extends {
    kind: 'content';
  }
    ? ReturnType<typeof contentExtension<Row['name']>>
    : ReturnType<typeof cardExtension<Row['name']>>;
};

const isContentRow = (
  row: SkeEntityExtensionRow,
): row is Extract<SkeEntityExtensionRow, { kind: 'content' }> =>
  row.kind === 'content';

const toExtension = (row: SkeEntityExtensionRow) =>
  isContentRow(row) ? contentExtension(row) : cardExtension(row);

/**
 * One extension per row of the table, addressable by name, e.g.
 * `skeEntityExtensions['promise-overview']`. Names stay literal, so the
 * plugin's `getExtension('entity-content:ske/promise-overview')` is typed.
 *
 * @public
 */
export const skeEntityExtensions = Object.fromEntries(
  skeEntityExtensionTable.map(spec => [spec.name, toExtension(spec)]),
) as SkeEntityExtensions;
