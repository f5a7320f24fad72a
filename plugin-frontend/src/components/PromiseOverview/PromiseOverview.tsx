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

import { useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Alert, Card, CardBody, CardHeader, Flex, Text } from '@backstage/ui';
import {
  getPromiseName,
  KRATIX_ANNOTATIONS,
  parseStatusAnnotation,
  readKratixStatus,
} from '@syntasso/plugin-ske-common';
import useAsync from 'react-use/esm/useAsync';
import { describeSkeError, skeApiRef } from '../../api';
import { CreateResourceButton } from '../CreateResourceButton';
import { DependencyGraph } from '../DependencyGraph';
import { Field } from '../Field';
import { MissingAnnotations } from '../MissingAnnotations';
import { PromiseRequests } from '../PromiseRequests';
import { StatusPanel } from '../StatusPanel';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { skeTranslationRef } from '../../translation';

/** The Promise tab: what the Promise offers, its live status, how to request it and who uses it. */
export function PromiseOverview() {
  const { entity } = useEntity();
  const skeApi = useApi(skeApiRef);
  const { t } = useTranslationRef(skeTranslationRef);
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
  const annotations = entity.metadata.annotations ?? {};
  const fallbackStatus = parseStatusAnnotation(entity);

  return (
    <Card>
      <CardHeader>
        <Flex justify="between" align="center">
          <Text variant="title-small" as="h2">
            {t('promiseOverview.heading', { name: promiseName.value })}
          </Text>
          <CreateResourceButton
            entity={entity}
            promiseName={promiseName.value}
          />
        </Flex>
      </CardHeader>
      <CardBody>
        <Flex direction="column" gap="4">
          {error && (
            <Alert
              status="warning"
              title={t('common.liveDataUnavailable')}
              description={describeSkeError(error).message}
            />
          )}
          {loading && <Text>{t('promiseOverview.loading')}</Text>}
          <Flex gap="6">
            <Field
              id="api-group"
              label={t('promiseOverview.apiGroup')}
              value={promise?.group ?? annotations[KRATIX_ANNOTATIONS.apiGroup]}
            />
            <Field
              id="kind"
              label={t('common.kind')}
              value={promise?.kind ?? annotations[KRATIX_ANNOTATIONS.apiName]}
            />
            <Field
              id="version"
              label={t('promiseOverview.version')}
              value={promise?.promiseVersion}
            />
          </Flex>
          <Text>{entity.metadata.description}</Text>
          {promise && <StatusPanel status={promise.status} />}
          {!promise && error && fallbackStatus && (
            <StatusPanel status={readKratixStatus(fallbackStatus)} notLive />
          )}
          {promise?.kind && <PromiseRequests promise={promise} />}
          <DependencyGraph entity={entity} />
        </Flex>
      </CardBody>
    </Card>
  );
}
