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
import { Box, TextAreaField, Text } from '@backstage/ui';
import { skeTranslationRef } from '../../translation';
import type { YamlProblem } from './formWidgets/yamlText';

export interface SpecYamlEditorProps {
  text: string;
  problems: YamlProblem[];
  disabled: boolean;
  onChange(text: string): void;
}

/** The spec as YAML, with each syntax or schema problem listed at its line. */
export function SpecYamlEditor({
  text,
  problems,
  disabled,
  onChange,
}: SpecYamlEditorProps) {
  const { t } = useTranslationRef(skeTranslationRef);
  return (
    <Box>
      <TextAreaField
        id="ske-spec-yaml"
        label={t('specForm.yamlLabel')}
        description={t('specForm.yamlDescription')}
        value={text}
        onChange={onChange}
        isDisabled={disabled}
        isInvalid={problems.length > 0}
        rows={Math.min(30, Math.max(8, text.split('\n').length + 1))}
        spellCheck="false"
        style={{ fontFamily: 'var(--bui-font-monospace, monospace)' }}
      />
      {problems.length > 0 && (
        <ul data-testid="ske-yaml-problems">
          {problems.map((p, i) => (
            <li key={i}>
              <Text color="danger">
                {p.line === undefined
                  ? p.message
                  : t('specForm.yamlProblem', {
                      line: String(p.line),
                      message: p.message,
                    })}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </Box>
  );
}
