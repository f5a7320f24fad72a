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
import { DeletingNotice } from '../DeletingNotice';
import { ResourceOutputs } from '../ResourceOutputs';
import { ResourceYaml } from '../ResourceYaml';
import { ResourceEvents } from '../ResourceEvents';
import { PromiseSummary } from './PromiseSummary';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { skeTranslationRef } from '../../translation';

/** The Resource tab: what was requested, from which Promise, and its live status. */
export function ResourceOverview() {
  const { entity } = useEntity();
  const refResult = getResourceRef(entity);
  const { t } = useTranslationRef(skeTranslationRef);
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

  const { name, namespace, kind, apiVersion } = refResult.value;
  const identity = [
    ['name', t('common.name'), name],
    ['namespace', t('common.namespace'), namespace],
    ['kind', t('common.kind'), kind],
    ['api-version', t('resourceOverview.apiVersion'), apiVersion],
  ] as const;

  return (
    <Flex direction="column" gap="4">
      <Card>
        <CardHeader>
          <Text variant="title-small" as="h2">
            {t('resourceOverview.heading', {
              kind: refResult.value.kind,
              name: refResult.value.name,
            })}
          </Text>
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
            <Flex gap="6">
              {identity.map(([id, label, value]) => (
                <Field key={id} id={id} label={label} value={value} />
              ))}
              <Field
                id="promise"
                label={t('resourceOverview.promise')}
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
              <DeletingNotice
                deletionTimestamp={resource.deletionTimestamp}
                finalizers={resource.finalizers}
              />
            )}
            {resource && (
              <StatusPanel
                status={resource.status}
                generation={resource.generation}
              />
            )}
            {resource && <ResourceOutputs outputs={resource.status.extra} />}
            <ResourceEvents
              resourceRef={refResult.value}
              resourceVersion={resource?.resourceVersion}
            />
            {!resource && error && fallback && (
              <StatusPanel status={readKratixStatus(fallback)} notLive />
            )}
            <DependencyGraph entity={entity} />
          </Flex>
        </CardBody>
      </Card>
      <ResourceYaml
        resourceRef={refResult.value}
        resourceVersion={resource?.resourceVersion}
      />
    </Flex>
  );
}
