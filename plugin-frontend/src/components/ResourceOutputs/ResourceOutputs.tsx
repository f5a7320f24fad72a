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
import { Box, Flex, Text } from '@backstage/ui';
import { isSecretKey, MASKED_VALUE } from '@syntasso/plugin-ske-common';
import { useState } from 'react';
import { skeTranslationRef } from '../../translation';
import { RevealToggle } from '../RevealToggle';
import { SectionTitle } from '../SectionTitle';

export interface ResourceOutputsProps {
  /** The status keys beyond Kratix's own (`KratixStatus.extra`). */
  outputs: Record<string, unknown>;
}

interface Output {
  key: string;
  value: string;
  secret: boolean;
}

/** Nested objects as dotted keys; a value under a secret key at any level is secret. */
function flatten(value: unknown, prefix: string, secret: boolean): Output[] {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) =>
      flatten(
        inner,
        prefix ? `${prefix}.${key}` : key,
        secret || isSecretKey(key),
      ),
    );
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return [{ key: prefix, value: text, secret }];
}

/** What pipelines wrote to the status beyond the standard fields, secrets masked until revealed. */
export function ResourceOutputs({ outputs }: ResourceOutputsProps) {
  const { t } = useTranslationRef(skeTranslationRef);
  const [revealed, setRevealed] = useState(false);
  const rows = flatten(outputs, '', false);
  if (rows.length === 0) {
    return null;
  }
  return (
    <Box data-testid="ske-outputs">
      <Flex justify="between" align="center">
        <SectionTitle
          title={t('outputs.title')}
          description={t('outputs.description')}
        />
        {rows.some(row => row.secret) && (
          <RevealToggle
            revealed={revealed}
            onToggle={() => setRevealed(r => !r)}
          />
        )}
      </Flex>
      <table>
        <thead>
          <tr>
            <th align="left">
              <Text variant="body-small">{t('outputs.key')}</Text>
            </th>
            <th align="left">
              <Text variant="body-small">{t('outputs.value')}</Text>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(row => (
            <tr key={row.key} data-testid={`ske-output-${row.key}`}>
              <td>
                <Text>{row.key}</Text>
              </td>
              <td>
                <Text style={{ wordBreak: 'break-all' }}>
                  {row.secret && !revealed ? MASKED_VALUE : row.value}
                </Text>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Box>
  );
}
