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

import type { FilterPredicate } from '@backstage/filter-predicates';
import {
  isKratixPromisePredicate,
  isKratixResourcePredicate,
} from './predicates';

interface SkeExtensionBase {
  /** The extension name: `entity-content:ske/<name>` or `entity-card:ske/<name>`. */
  name: string;
  /** Which entities it shows on (overridable with `config.filter`). */
  filter: FilterPredicate;
  /** Lazily loads the element, so the plugin adds little to the initial bundle. */
  loader: () => Promise<JSX.Element>;
}

/** An entity page tab. @public */
export interface SkeEntityContentSpec extends SkeExtensionBase {
  kind: 'content';
  path: string;
  /** The tab's title in English: the default of its `tabs.<name>` message in `skeTranslationRef`. */
  title: string;
  group?: string;
}

/** A card on the entity Overview tab. @public */
export interface SkeEntityCardSpec extends SkeExtensionBase {
  kind: 'card';
  type: 'info' | 'content';
}

/** @public */
export type SkeEntityExtensionSpec = SkeEntityContentSpec | SkeEntityCardSpec;

/**
 * THE table of every entity extension the plugin provides. Extensions are
 * generated from it (see `extensions.tsx`); add a row to add one.
 *
 * @public
 */
export const skeEntityExtensionTable = [
  {
    kind: 'content',
    name: 'promise-overview',
    path: '/kratix-promise',
    title: 'Promise',
    filter: isKratixPromisePredicate,
    loader: () =>
      import('./components/PromiseOverview').then(m => <m.PromiseOverview />),
  },
  {
    kind: 'content',
    name: 'resource-overview',
    path: '/kratix-resource',
    title: 'Resource',
    filter: isKratixResourcePredicate,
    loader: () =>
      import('./components/ResourceOverview').then(m => <m.ResourceOverview />),
  },
  {
    kind: 'content',
    name: 'resource-manage',
    path: '/kratix-manage',
    title: 'Manage',
    filter: isKratixResourcePredicate,
    loader: () =>
      import('./components/ResourceManage').then(m => <m.ResourceManage />),
  },
] as const satisfies readonly SkeEntityExtensionSpec[];

/** @public */
export type SkeEntityExtensionName =
  (typeof skeEntityExtensionTable)[number]['name'];
