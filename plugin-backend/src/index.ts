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

/**
 * The SKE (Kratix) backend plugin for Backstage.
 *
 * @packageDocumentation
 */
import { createBackendFeatureLoader } from '@backstage/backend-plugin-api';
import { skePlugin } from './plugin';
import { skeScaffolderModule } from './scaffolderModule';
import { skeCatalogModule } from './catalog/catalogModule';

/**
 * Everything `backend.add(import('@syntasso/plugin-ske-backend'))` installs:
 * the `ske` plugin (HTTP API and actions-registry actions), the scaffolder
 * module with `ske:configure-resource` and `ske:delete-resource`, and the
 * catalog module that ingests Promises, their Templates and resource
 * requests (see `ske.catalog`).
 *
 * @public
 */
const skeFeatures = createBackendFeatureLoader({
  *loader() {
    yield skePlugin;
    yield skeScaffolderModule;
    yield skeCatalogModule;
  },
});

export default skeFeatures;
export { skePlugin, skeScaffolderModule, skeCatalogModule };
