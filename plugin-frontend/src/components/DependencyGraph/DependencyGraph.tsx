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
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
} from '@backstage/catalog-model';
import {
  useApiHolder,
  useAppNavigate,
  useRouteRef,
} from '@backstage/frontend-plugin-api';
import {
  catalogGraphApiRef,
  EntityNode,
  EntityRelationsGraph,
} from '@backstage/plugin-catalog-graph';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { Box, Text } from '@backstage/ui';
import { useCallback, useMemo } from 'react';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { skeTranslationRef } from '../../translation';

const RELATIONS = [RELATION_DEPENDS_ON, RELATION_DEPENDENCY_OF];

/**
 * The catalog graph of an entity's direct dependencies: for a Promise its
 * Resources (they `dependsOn` it), for a Resource its Promise. Nodes open the
 * entity's page. Needs the catalog graph plugin's API in the app.
 */
export function DependencyGraph({ entity }: { entity: Entity }) {
  const { t } = useTranslationRef(skeTranslationRef);
  const hasGraphApi = Boolean(useApiHolder().get(catalogGraphApiRef));
  const entityPage = useRouteRef(entityRouteRef);
  const navigate = useAppNavigate();
  const root = useMemo(() => getCompoundEntityRef(entity), [entity]);
  const openNode = useCallback(
    (node: EntityNode) => {
      const { kind, namespace, name } = parseEntityRef(node.id);
      const path = entityPage?.({
        kind: kind.toLocaleLowerCase('en-US'),
        namespace: namespace.toLocaleLowerCase('en-US'),
        name,
      });
      if (path) navigate(path);
    },
    [entityPage, navigate],
  );

  return (
    <Box data-testid="ske-dependency-graph">
      <Text variant="body-small" color="secondary">
        {t('dependencyGraph.title')}
      </Text>
      {hasGraphApi ? (
        <Box style={{ height: 280 }}>
          <EntityRelationsGraph
            rootEntityNames={root}
            relations={RELATIONS}
            maxDepth={1}
            zoom="enable-on-click"
            onNodeClick={openNode}
          />
        </Box>
      ) : (
        <Text as="p">{t('dependencyGraph.missingPlugin')}</Text>
      )}
    </Box>
  );
}
