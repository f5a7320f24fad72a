import { parseEntityRef, RELATION_DEPENDS_ON } from '@backstage/catalog-model';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import { Alert, Card, CardBody, CardHeader, Flex, Text } from '@backstage/ui';
import {
  getResourceRef,
  KRATIX_ANNOTATIONS,
  parseStatusAnnotation,
  readKratixStatus,
} from '@syntasso/plugin-ske-common';
import { describeSkeError } from '../../api';
import { DependencyGraph } from '../DependencyGraph';
import { useLiveResource } from '../../hooks/useLiveResource';
import { Field } from '../Field';
import { MissingAnnotations } from '../MissingAnnotations';
import { StatusPanel } from '../StatusPanel';
import { PromiseSummary } from './PromiseSummary';

/** The Resource tab: what was requested, from which Promise, and its live status. */
export function ResourceOverview() {
  const { entity } = useEntity();
  const refResult = getResourceRef(entity);
  const ref = refResult.ok ? refResult.value : undefined;
  const { value: resource, error } = useLiveResource(ref);

  if (!refResult.ok) {
    return <MissingAnnotations missing={refResult.missing} />;
  }
  const annotations = entity.metadata.annotations ?? {};
  const promiseName =
    resource?.promiseName ?? annotations[KRATIX_ANNOTATIONS.promiseName];
  const promiseEntity = entity.relations?.find(
    r =>
      r.type === RELATION_DEPENDS_ON &&
      parseEntityRef(r.targetRef).kind === 'component',
  );
  const summary = annotations[KRATIX_ANNOTATIONS.promiseSummary];
  const fallback = parseStatusAnnotation(entity);

  return (
    <Card>
      <CardHeader>
        <Text variant="title-small" as="h2">
          {refResult.value.kind} {refResult.value.name}
        </Text>
      </CardHeader>
      <CardBody>
        <Flex direction="column" gap="4">
          {error && (
            <Alert
              status="warning"
              title="Live data from the platform is unavailable"
              description={describeSkeError(error).message}
            />
          )}
          <Flex gap="6">
            <Field label="Name" value={refResult.value.name} />
            <Field label="Namespace" value={refResult.value.namespace} />
            <Field label="Kind" value={refResult.value.kind} />
            <Field label="API version" value={refResult.value.apiVersion} />
            <Field
              label="Promise"
              value={
                promiseEntity ? (
                  <EntityRefLink
                    entityRef={promiseEntity.targetRef}
                    title={promiseName}
                  />
                ) : (
                  promiseName
                )
              }
            />
          </Flex>
          {summary && <PromiseSummary markdown={summary} />}
          {resource && (
            <StatusPanel
              status={resource.status}
              generation={resource.generation}
            />
          )}
          {!resource && error && fallback && (
            <StatusPanel status={readKratixStatus(fallback)} notLive />
          )}
          <DependencyGraph entity={entity} />
        </Flex>
      </CardBody>
    </Card>
  );
}
