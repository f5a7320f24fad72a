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

import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import type { ErrorSchema } from '@rjsf/utils';
import {
  Alert,
  Button,
  Card,
  CardBody,
  CardHeader,
  Flex,
  Text,
  TextField,
} from '@backstage/ui';
import {
  getResourceRef,
  JsonSchema,
  KRATIX_ANNOTATIONS,
} from '@syntasso/plugin-ske-common';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { describeSkeError, skeApiRef } from '../../api';
import { skeTranslationRef } from '../../translation';
import { useLiveResource } from '../../hooks/useLiveResource';
import { DeletingNotice } from '../DeletingNotice';
import { MissingAnnotations } from '../MissingAnnotations';
import { DeleteResourceDialog } from './DeleteResourceDialog';
import { fieldErrorsToErrorSchema } from './fieldErrorsToErrorSchema';
import { SpecForm } from './SpecForm';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'updated' }
  | { kind: 'conflict' }
  | { kind: 'error'; title: string; message: string; extraErrors?: ErrorSchema }
  | { kind: 'deleting' };

/** The Manage tab: edit the resource's spec with a generated form, or delete it. */
export function ResourceManage() {
  const { entity } = useEntity();
  const skeApi = useApi(skeApiRef);
  const { t } = useTranslationRef(skeTranslationRef);
  const refResult = getResourceRef(entity);
  const ref = refResult.ok ? refResult.value : undefined;
  const {
    value: resource,
    error: loadError,
    retry: reload,
  } = useLiveResource(ref, 0);
  const promiseName =
    resource?.promiseName ??
    entity.metadata.annotations?.[KRATIX_ANNOTATIONS.promiseName];
  // Without the resource's annotations there is no form: no schema needed.
  const schemaPromiseName = ref ? promiseName : undefined;
  const promise = useAsync(
    async () =>
      schemaPromiseName ? skeApi.getPromise(schemaPromiseName) : undefined,
    [skeApi, schemaPromiseName],
  );
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [submitting, setSubmitting] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  if (!refResult.ok) {
    return <MissingAnnotations missing={refResult.missing} />;
  }
  // A request being deleted can no longer be changed.
  const deleting =
    outcome.kind === 'deleting' || Boolean(resource?.deletionTimestamp);
  const specSchema = (
    promise.value?.schema?.properties as Record<string, JsonSchema> | undefined
  )?.spec;

  const update = async (spec: Record<string, unknown>) => {
    if (!resource) return;
    setSubmitting(true);
    try {
      await skeApi.updateResource(refResult.value, {
        spec,
        resourceVersion: resource.resourceVersion,
      });
      setOutcome({ kind: 'updated' });
      reload();
    } catch (e) {
      const { status, message, fieldErrors } = describeSkeError(e);
      if (status === 409) setOutcome({ kind: 'conflict' });
      else if (status === 403)
        setOutcome({
          kind: 'error',
          title: t('manage.refusedTitle'),
          message,
        });
      else
        setOutcome({
          kind: 'error',
          title: t('manage.notAppliedTitle'),
          message,
          extraErrors: fieldErrors.length
            ? fieldErrorsToErrorSchema(fieldErrors)
            : undefined,
        });
    } finally {
      setSubmitting(false);
    }
  };

  const remove = async () => {
    setConfirmingDelete(false);
    try {
      await skeApi.deleteResource(refResult.value);
      setOutcome({ kind: 'deleting' });
    } catch (e) {
      setOutcome({
        kind: 'error',
        title: t('manage.notDeletedTitle'),
        message: describeSkeError(e).message,
      });
    }
  };

  return (
    <Card>
      <CardHeader>
        <Flex justify="between" align="center">
          <Text variant="title-small" as="h2">
            {t('manage.heading', { name: refResult.value.name })}
          </Text>
          <Button
            variant="secondary"
            destructive
            onPress={() => setConfirmingDelete(true)}
            isDisabled={!resource || deleting}
          >
            {t('common.delete')}
          </Button>
        </Flex>
      </CardHeader>
      <CardBody>
        <Flex direction="column" gap="4">
          {loadError && (
            <Alert
              status="danger"
              title={t('manage.loadResourceFailed')}
              description={describeSkeError(loadError).message}
            />
          )}
          {promise.error && (
            <Alert
              status="danger"
              title={t('manage.loadSchemaFailed')}
              description={describeSkeError(promise.error).message}
            />
          )}
          {outcome.kind === 'updated' && (
            <Alert
              status="success"
              title={t('manage.updatedTitle')}
              description={t('manage.updatedDescription')}
            />
          )}
          <DeletingNotice
            deletionTimestamp={resource?.deletionTimestamp}
            finalizers={resource?.finalizers}
            readOnly
          />
          {outcome.kind === 'deleting' && (
            <Alert
              status="info"
              title={t('manage.deletingTitle')}
              description={t('manage.deletingDescription')}
            />
          )}
          {outcome.kind === 'conflict' && (
            <Alert
              status="warning"
              title={t('manage.conflictTitle')}
              description={t('manage.conflictDescription')}
              customActions={
                <Button
                  size="small"
                  onPress={() => {
                    setOutcome({ kind: 'idle' });
                    reload();
                  }}
                >
                  {t('manage.reload')}
                </Button>
              }
            />
          )}
          {outcome.kind === 'error' && (
            <Alert
              status="danger"
              title={outcome.title}
              description={outcome.message}
            />
          )}
          <Flex gap="4">
            <TextField
              label={t('common.name')}
              value={refResult.value.name}
              isReadOnly
            />
            <TextField
              label={t('common.namespace')}
              value={refResult.value.namespace}
              isReadOnly
            />
          </Flex>
          {resource && specSchema && !deleting && (
            <SpecForm
              key={resource.resourceVersion}
              schema={specSchema}
              spec={resource.spec}
              extraErrors={
                outcome.kind === 'error' ? outcome.extraErrors : undefined
              }
              submitting={submitting}
              onSubmit={update}
            />
          )}
          {resource && promise.value && !specSchema && (
            <Text>{t('manage.noSchema')}</Text>
          )}
        </Flex>
      </CardBody>
      <DeleteResourceDialog
        name={refResult.value.name}
        isOpen={confirmingDelete}
        onCancel={() => setConfirmingDelete(false)}
        onConfirm={remove}
      />
    </Card>
  );
}
