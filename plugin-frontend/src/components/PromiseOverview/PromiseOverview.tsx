import { useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Alert, Card, CardBody, CardHeader, Flex, Text } from '@backstage/ui';
import {
  getPromiseName,
  parseStatusAnnotation,
  readKratixStatus,
} from '@syntasso/plugin-ske-common';
import useAsync from 'react-use/esm/useAsync';
import { skeApiRef } from '../../api';
import { Field } from '../Field';
import { MissingAnnotations } from '../MissingAnnotations';
import { StatusBadge } from '../StatusBadge';

/** The Promise tab: what the Promise offers and its live status. */
export function PromiseOverview() {
  const { entity } = useEntity();
  const skeApi = useApi(skeApiRef);
  const promiseName = getPromiseName(entity);
  const name = promiseName.ok ? promiseName.value : undefined;
  const {
    value: promise,
    loading,
    error,
  } = useAsync(
    async () => (name ? skeApi.getPromise(name) : undefined),
    [skeApi, name],
  );

  if (!promiseName.ok) {
    return <MissingAnnotations missing={promiseName.missing} />;
  }
  const fallbackStatus = parseStatusAnnotation(entity);

  return (
    <Card>
      <CardHeader>
        <Text variant="title-small" as="h2">
          Promise {name}
        </Text>
      </CardHeader>
      <CardBody>
        <Flex direction="column" gap="4">
          {error && (
            <Alert
              status="warning"
              title="Live data from the platform is unavailable"
              description={`${error.message}${
                fallbackStatus
                  ? ' — showing the status recorded in the catalog, which is not live.'
                  : ''
              }`}
            />
          )}
          {loading && <Text>Loading the Promise from the platform…</Text>}
          <Flex gap="6">
            <Field
              label="API group"
              value={
                promise?.group ??
                entity.metadata.annotations?.['kratix.io/api-group']
              }
            />
            <Field
              label="Kind"
              value={
                promise?.kind ??
                entity.metadata.annotations?.['kratix.io/api-name']
              }
            />
            <Field label="Version" value={promise?.promiseVersion} />
          </Flex>
          <Text>{entity.metadata.description}</Text>
          {promise && <StatusBadge status={promise.status} />}
          {!promise && fallbackStatus && (
            <StatusBadge status={readKratixStatus(fallbackStatus)} />
          )}
        </Flex>
      </CardBody>
    </Card>
  );
}
