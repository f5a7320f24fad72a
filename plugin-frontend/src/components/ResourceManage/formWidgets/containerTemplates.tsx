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

import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Button, Flex, Text } from '@backstage/ui';
import type {
  ArrayFieldItemTemplateProps,
  ArrayFieldTemplateProps,
  ErrorSchema,
  ObjectFieldTemplateProps,
  OptionalDataControlsTemplateProps,
} from '@rjsf/utils';
import { skeTranslationRef } from '../../../translation';
import { FormSection } from './FormSection';

/** Whether an rjsf error schema holds any error, at any depth. */
function hasErrors(errorSchema?: ErrorSchema): boolean {
  if (!errorSchema) return false;
  return Object.entries(errorSchema).some(([key, value]) =>
    key === '__errors'
      ? Array.isArray(value) && value.length > 0
      : hasErrors(value as ErrorSchema),
  );
}

const descriptionText = (description: unknown) =>
  typeof description === 'string' ? description : undefined;

/** Objects: the root plainly, nested objects as sections. */
export function ObjectFieldTemplate(props: ObjectFieldTemplateProps) {
  const {
    title,
    description,
    properties,
    required,
    optionalDataControl,
    fieldPathId,
    errorSchema,
    formData,
  } = props;
  const fields = properties.map(p => p.content);
  if (fieldPathId.path.length === 0) return <>{fields}</>;
  const inArray = typeof fieldPathId.path.at(-1) === 'number';
  return (
    <FormSection
      id={fieldPathId.$id}
      title={title}
      description={descriptionText(description)}
      required={required}
      defaultExpanded={Boolean(required) || inArray}
      hasErrors={hasErrors(errorSchema)}
      filled={formData !== undefined}
      controls={optionalDataControl}
    >
      {formData === undefined && !required ? null : fields}
    </FormSection>
  );
}

/** Arrays: a section listing the items, with an Add button. */
export function ArrayFieldTemplate(props: ArrayFieldTemplateProps) {
  const {
    title,
    schema,
    items,
    canAdd,
    onAddClick,
    disabled,
    readonly,
    required,
    fieldPathId,
    errorSchema,
    registry,
  } = props;
  const { AddButton } = registry.templates.ButtonTemplates;
  return (
    <FormSection
      id={fieldPathId.$id}
      title={title}
      description={descriptionText(schema.description)}
      required={required}
      defaultExpanded
      hasErrors={hasErrors(errorSchema)}
    >
      {items}
      {canAdd && (
        <AddButton
          onClick={onAddClick}
          disabled={disabled || readonly}
          registry={registry}
        />
      )}
    </FormSection>
  );
}

/** One array item: its field, then its move/copy/remove buttons. */
export function ArrayFieldItemTemplate(props: ArrayFieldItemTemplateProps) {
  const { children, buttonsProps, hasToolbar, registry } = props;
  const { ArrayFieldItemButtonsTemplate } = registry.templates;
  return (
    <Flex
      direction="column"
      gap="1"
      style={{ marginBottom: 'var(--bui-space-3)' }}
    >
      {children}
      {hasToolbar && (
        <Flex gap="2">
          <ArrayFieldItemButtonsTemplate {...buttonsProps} />
        </Flex>
      )}
    </Flex>
  );
}

/** Adds or removes an optional object; its data stays absent until added. */
export function OptionalDataControlsTemplate(
  props: OptionalDataControlsTemplateProps,
) {
  const { id, onAddClick, onRemoveClick } = props;
  const { t } = useTranslationRef(skeTranslationRef);
  if (onAddClick) {
    return (
      <Button id={id} size="small" variant="secondary" onPress={onAddClick}>
        {t('specForm.addOptional')}
      </Button>
    );
  }
  if (onRemoveClick) {
    return (
      <Button id={id} size="small" variant="secondary" onPress={onRemoveClick}>
        {t('specForm.removeOptional')}
      </Button>
    );
  }
  return (
    <Text id={id} variant="body-small" color="secondary">
      {t('specForm.notSet')}
    </Text>
  );
}
