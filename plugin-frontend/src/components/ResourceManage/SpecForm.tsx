import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Form from '@rjsf/core';
import type { ErrorSchema, RJSFSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { Button, Flex } from '@backstage/ui';
import type { JsonSchema } from '@syntasso/plugin-ske-common';
import { useCallback, useMemo, useRef } from 'react';
import { skeTranslationRef } from '../../translation';
import { buiFields, buiTemplates, buiWidgets } from './formWidgets';

export interface SpecFormProps {
  /** The Promise's schema for `spec` (from its openAPIV3Schema). */
  schema: JsonSchema;
  spec: Record<string, unknown>;
  /** Errors from the server, placed at the fields they name. */
  extraErrors?: ErrorSchema;
  submitting: boolean;
  onSubmit(spec: Record<string, unknown>): void;
}

/**
 * The resource's spec as a form generated from the Promise's OpenAPI v3 schema.
 *
 * The form is uncontrolled (`initialFormData`): it keeps what is typed in its
 * own state, so a keystroke updates the form alone. The props it gets keep
 * their identity across renders, because rjsf rebuilds its whole state (every
 * field's schema and defaults) whenever a prop differs from the last one.
 */
export function SpecForm({
  schema,
  spec,
  extraErrors,
  submitting,
  onSubmit,
}: SpecFormProps) {
  const formSchema = useMemo(
    () => ({ ...(schema as RJSFSchema), title: undefined }),
    [schema],
  );
  const { t } = useTranslationRef(skeTranslationRef);
  const latestOnSubmit = useRef(onSubmit);
  latestOnSubmit.current = onSubmit;
  const submit = useCallback(
    (e: { formData?: unknown }) =>
      latestOnSubmit.current(e.formData as Record<string, unknown>),
    [],
  );
  const buttons = useMemo(
    () => (
      <Flex gap="2">
        <Button
          type="submit"
          variant="primary"
          isDisabled={submitting}
          loading={submitting}
        >
          {t('specForm.update')}
        </Button>
      </Flex>
    ),
    [submitting, t],
  );
  return (
    <Form
      schema={formSchema}
      initialFormData={spec}
      validator={validator}
      widgets={buiWidgets}
      fields={buiFields}
      templates={buiTemplates}
      extraErrors={extraErrors}
      showErrorList={false}
      noHtml5Validate
      autoComplete="off"
      disabled={submitting}
      onSubmit={submit}
    >
      {buttons}
    </Form>
  );
}
