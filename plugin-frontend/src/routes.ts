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

import {
  createExternalRouteRef,
  createRouteRef,
  createSubRouteRef,
} from '@backstage/frontend-plugin-api';

/**
 * A Template's page in the scaffolder, where the Create button of a Promise
 * leads. Bound to the scaffolder's `selectedTemplate` route by default; an
 * app can rebind it under `app.routes.bindings` as `ske.template`.
 *
 * @public
 */
export const templateRouteRef = createExternalRouteRef({
  params: ['namespace', 'templateName'],
  defaultTarget: 'scaffolder.selectedTemplate',
});

/**
 * The scaffolder's template list, where the Create button leads (filtered for
 * the Promise) when the Promise names no Template. Bound to the scaffolder's
 * `root` route by default; rebind it as `ske.templateList`.
 *
 * @public
 */
export const templateListRouteRef = createExternalRouteRef({
  defaultTarget: 'scaffolder.root',
});

/** The page of any resource request, reachable without a catalog entity. */
export const resourcePageRouteRef = createRouteRef();

/** One request on that page: `/:group/:version/:kind/:namespace/:name`. */
export const resourceRequestRouteRef = createSubRouteRef({
  parent: resourcePageRouteRef,
  path: '/:group/:version/:kind/:namespace/:name',
});
