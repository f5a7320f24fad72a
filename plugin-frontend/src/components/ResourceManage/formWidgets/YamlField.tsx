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
import { Box, Text, TextAreaField } from '@backstage/ui';
import type { FieldProps } from '@rjsf/utils';
import { useState } from 'react';
import { skeTranslationRef } from '../../../translation';
import { fieldLabel } from './fieldLabel';
import { parseYamlText, toYamlText } from './yamlText';

const isPlainObject = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Free-form values (`x-kubernetes-preserve-unknown-fields`, maps of
 * objects, untyped properties): a YAML sub-editor. The text is parsed and
 * checked against the property's schema when the field is left; only valid
 * YAML reaches the form, and a problem is shown at its line.
 */
export function YamlField(props: FieldProps) {
  const {
    formData,
    onChange,
    fieldPathId,
    schema,
    required,
    disabled,
    readonly,
    registry,
    rawErrors,
  } = props;
  const { t } = useTranslationRef(skeTranslationRef);
  const [text, setText] = useState(() => toYamlText(formData));
  const [problem, setProblem] = useState<string>();

  const check = () => {
    if (text === toYamlText(formData)) {
      setProblem(undefined);
      return;
    }
    const parsed = parseYamlText(text);
    if (!parsed.ok) {
      setProblem(
        t('specForm.yamlProblem', {
          line: String(parsed.problem.line ?? 1),
          message: parsed.problem.message,
        }),
      );
      return;
    }
    const value = parsed.value;
    if (
      schema.type === 'object' &&
      value !== undefined &&
      !isPlainObject(value)
    ) {
      setProblem(t('specForm.yamlNotAnObject'));
      return;
    }
    if (value !== undefined) {
      const { errors } = registry.schemaUtils
        .getValidator()
        .validateFormData(value, schema);
      if (errors.length > 0) {
        setProblem(errors[0].stack);
        return;
      }
    }
    setProblem(undefined);
    onChange(value, fieldPathId.path);
  };

  return (
    <Box>
      <TextAreaField
        id={fieldPathId.$id}
        name={fieldPathId.$id}
        label={fieldLabel(props)}
        description={schema.description ?? t('specForm.yamlHelp')}
        isRequired={required}
        isDisabled={disabled}
        isReadOnly={readonly}
        isInvalid={Boolean(problem) || Boolean(rawErrors?.length)}
        rows={Math.min(12, Math.max(3, text.split('\n').length))}
        value={text}
        onChange={setText}
        onBlur={check}
        spellCheck="false"
        style={{ fontFamily: 'var(--bui-font-monospace, monospace)' }}
      />
      {problem && (
        <Text as="p" variant="body-small" color="danger" role="alert">
          {problem}
        </Text>
      )}
    </Box>
  );
}
