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
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { Tab, TabList, TabPanel, Tabs } from '@backstage/ui';
import { KRATIX_ANNOTATIONS, ResourceRef } from '@syntasso/plugin-ske-common';
import { Route, Routes, useParams } from 'react-router-dom';
import { skeTranslationRef } from '../../translation';
import { ResourceManage } from '../ResourceManage';
import { ResourceOverview } from '../ResourceOverview';

/**
 * The entity a request would have in the catalog, built from its ref alone,
 * so the Resource and Manage views show a request that has no entity (yet).
 */
function requestEntityOf({
  apiVersion,
  kind,
  namespace,
  name,
}: ResourceRef): Entity {
  const [group, version] = apiVersion.split('/');
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      annotations: {
        [KRATIX_ANNOTATIONS.type]: 'resource',
        [KRATIX_ANNOTATIONS.group]: group,
        [KRATIX_ANNOTATIONS.version]: version,
        [KRATIX_ANNOTATIONS.kind]: kind,
        [KRATIX_ANNOTATIONS.namespace]: namespace,
        [KRATIX_ANNOTATIONS.name]: name,
      },
    },
    spec: { type: 'kratix-resource' },
  };
}

function RequestViews() {
  const { t } = useTranslationRef(skeTranslationRef);
  const params = useParams();
  const { group, version, kind, namespace, name } = params as Record<
    string,
    string
  >;
  const entity = requestEntityOf({
    apiVersion: `${group}/${version}`,
    kind,
    namespace,
    name,
  });
  return (
    <EntityProvider entity={entity}>
      <Tabs>
        <TabList>
          <Tab id="resource">{t('tabs.resource-overview')}</Tab>
          <Tab id="manage">{t('tabs.resource-manage')}</Tab>
        </TabList>
        <TabPanel id="resource">
          <ResourceOverview />
        </TabPanel>
        <TabPanel id="manage">
          <ResourceManage />
        </TabPanel>
      </Tabs>
    </EntityProvider>
  );
}

/** The page of any request: `/ske/resources/:group/:version/:kind/:namespace/:name`. */
export function ResourcePage() {
  return (
    <Routes>
      <Route
        path="/:group/:version/:kind/:namespace/:name"
        element={<RequestViews />}
      />
    </Routes>
  );
}
