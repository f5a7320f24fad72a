import { useApi } from '@backstage/frontend-plugin-api';
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
import { useLiveResource } from '../../hooks/useLiveResource';
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
          title: 'The platform refused this change',
          message,
        });
      else
        setOutcome({
          kind: 'error',
          title: 'The change was not applied',
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
        title: 'The resource was not deleted',
        message: describeSkeError(e).message,
      });
    }
  };

  return (
    <Card>
      <CardHeader>
        <Flex justify="between" align="center">
          <Text variant="title-small" as="h2">
            Manage {refResult.value.name}
          </Text>
          <Button
            variant="secondary"
            destructive
            onPress={() => setConfirmingDelete(true)}
            isDisabled={!resource || outcome.kind === 'deleting'}
          >
            Delete
          </Button>
        </Flex>
      </CardHeader>
      <CardBody>
        <Flex direction="column" gap="4">
          {loadError && (
            <Alert
              status="danger"
              title="Could not load the resource"
              description={describeSkeError(loadError).message}
            />
          )}
          {promise.error && (
            <Alert
              status="danger"
              title="Could not load the Promise's schema"
              description={describeSkeError(promise.error).message}
            />
          )}
          {outcome.kind === 'updated' && (
            <Alert
              status="success"
              title="Update sent to the platform"
              description="Its status will show the change being applied."
            />
          )}
          {outcome.kind === 'deleting' && (
            <Alert
              status="info"
              title="Deleting"
              description="The platform is running the delete workflow."
            />
          )}
          {outcome.kind === 'conflict' && (
            <Alert
              status="warning"
              title="This resource changed since you opened it"
              description="Reload to see the latest version, then apply your change again."
              customActions={
                <Button
                  size="small"
                  onPress={() => {
                    setOutcome({ kind: 'idle' });
                    reload();
                  }}
                >
                  Reload
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
            <TextField label="Name" value={refResult.value.name} isReadOnly />
            <TextField
              label="Namespace"
              value={refResult.value.namespace}
              isReadOnly
            />
          </Flex>
          {resource && specSchema && outcome.kind !== 'deleting' && (
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
            <Text>This Promise has no API schema to edit.</Text>
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
