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
import { Button, Flex, Text, TextField } from '@backstage/ui';
import type { FieldProps } from '@rjsf/utils';
import { useRef, useState } from 'react';
import { skeTranslationRef } from '../../../translation';
import { FormSection } from './FormSection';
import { fieldLabel } from './fieldLabel';

type Row = { key: string; value: string };
const COLUMNS = ['key', 'value'] as const;

const toRows = (value: unknown): Row[] =>
  value && typeof value === 'object'
    ? Object.entries(value as Record<string, unknown>).map(([key, v]) => ({
        key,
        value: typeof v === 'string' ? v : String(v ?? ''),
      }))
    : [];

/**
 * String maps (`additionalProperties: { type: string }`, e.g. labels): a
 * key/value editor. Rows are edited locally and reach the form when a field
 * is left, a row is added or removed, or Enter is pressed; a row without a
 * key is left out. A map left with no row is absent unless required.
 */
export function KeyValueField(props: FieldProps) {
  const { formData, onChange, fieldPathId, required, disabled, readonly } =
    props;
  const { t } = useTranslationRef(skeTranslationRef);
  const [rows, setRows] = useState<Row[]>(() => toRows(formData));
  const latestRows = useRef(rows);
  latestRows.current = rows;
  const label = fieldLabel(props);
  const locked = disabled || readonly;

  const apply = (next: Row[] = latestRows.current) => {
    const keyed = next.filter(r => r.key !== '');
    const map = Object.fromEntries(keyed.map(r => [r.key, r.value]));
    const unchanged =
      JSON.stringify(map) === JSON.stringify(formData ?? {}) &&
      (formData !== undefined || keyed.length === 0);
    if (unchanged) return;
    onChange(
      keyed.length === 0 && !required ? undefined : map,
      fieldPathId.path,
    );
  };
  const edit = (index: number, change: Partial<Row>) =>
    setRows(current =>
      current.map((r, i) => (i === index ? { ...r, ...change } : r)),
    );
  const onKeyDown = (event: { key: string; continuePropagation(): void }) => {
    if (event.key === 'Enter') apply();
    event.continuePropagation();
  };

  return (
    <FormSection
      id={fieldPathId.$id}
      title={label}
      description={props.schema.description}
      required={required}
      defaultExpanded={Boolean(required) || rows.length > 0}
    >
      <Flex direction="column" gap="2">
        {rows.length === 0 && (
          <Text variant="body-small" color="secondary">
            {t('specForm.noEntries')}
          </Text>
        )}
        {rows.map((row, index) => (
          <Flex key={index} gap="2" align="end">
            {COLUMNS.map(column => (
              <TextField
                key={column}
                label={t(
                  column === 'key'
                    ? 'specForm.entryKey'
                    : 'specForm.entryValue',
                  { label, position: String(index + 1) },
                )}
                value={row[column]}
                isDisabled={locked}
                onChange={text => edit(index, { [column]: text })}
                onBlur={() => apply()}
                onKeyDown={onKeyDown}
              />
            ))}
            <Button
              size="small"
              variant="secondary"
              isDisabled={locked}
              onPress={() => {
                const next = rows.filter((_, i) => i !== index);
                setRows(next);
                apply(next);
              }}
            >
              {t('specForm.remove')}
            </Button>
          </Flex>
        ))}
        <Flex>
          <Button
            size="small"
            variant="secondary"
            isDisabled={locked}
            onPress={() => setRows([...rows, { key: '', value: '' }])}
          >
            {t('specForm.addEntry')}
          </Button>
        </Flex>
      </Flex>
    </FormSection>
  );
}
