import Form from '@rjsf/core';
import type { ErrorSchema, RJSFSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { Button, Flex } from '@backstage/ui';
import type { JsonSchema } from '@syntasso/plugin-ske-common';
import { useState } from 'react';
import { buiTemplates } from './buiTemplates';
import { buiWidgets } from './buiWidgets';

export interface SpecFormProps {
  /** The Promise's schema for `spec` (from its openAPIV3Schema). */
  schema: JsonSchema;
  spec: Record<string, unknown>;
  /** Errors from the server, placed at the fields they name. */
  extraErrors?: ErrorSchema;
  submitting: boolean;
  onSubmit(spec: Record<string, unknown>): void;
}

/** The resource's spec as a form generated from the Promise's OpenAPI v3 schema. */
export function SpecForm({
  schema,
  spec,
  extraErrors,
  submitting,
  onSubmit,
}: SpecFormProps) {
  const [formData, setFormData] = useState(spec);
  return (
    <Form
      schema={{ ...(schema as RJSFSchema), title: undefined }}
      formData={formData}
      validator={validator}
      widgets={buiWidgets}
      templates={buiTemplates}
      extraErrors={extraErrors}
      showErrorList={false}
      noHtml5Validate
      disabled={submitting}
      onChange={e => setFormData(e.formData)}
      onSubmit={e => onSubmit(e.formData as Record<string, unknown>)}
    >
      <Flex gap="2">
        <Button
          type="submit"
          variant="primary"
          isDisabled={submitting}
          loading={submitting}
        >
          Update
        </Button>
      </Flex>
    </Form>
  );
}
