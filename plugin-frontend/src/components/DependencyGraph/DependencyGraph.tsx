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
