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

import type { WidgetProps } from '@rjsf/utils';
import { Radio, RadioGroup, Select } from '@backstage/ui';
import { widgetFieldProps } from './describeField';

/** Up to this many allowed values show as radio buttons, more as a Select. */
const MAX_RADIO_OPTIONS = 5;

interface EnumOption {
  label: string;
  value: unknown;
}

/**
 * Enums: every allowed value visible as a BUI RadioGroup when there are few
 * (one click to choose, and a fraction of a Select's cost to render), a BUI
 * Select when there are more.
 */
export function EnumWidget(props: WidgetProps) {
  const { value, onChange, disabled, readonly, options } = props;
  const enumOptions = (options.enumOptions ?? []) as EnumOption[];
  const selected = value === undefined || value === null ? null : String(value);
  const choose = (key: unknown) =>
    onChange(enumOptions.find(o => String(o.value) === String(key))?.value);
  const common = {
    ...widgetFieldProps(props),
    isDisabled: disabled || readonly,
  };
  if (enumOptions.length <= MAX_RADIO_OPTIONS) {
    return (
      <RadioGroup
        {...common}
        orientation="horizontal"
        value={selected}
        onChange={choose}
      >
        {enumOptions.map(o => (
          <Radio key={String(o.value)} value={String(o.value)}>
            {o.label}
          </Radio>
        ))}
      </RadioGroup>
    );
  }
  return (
    <Select
      {...common}
      options={enumOptions.map(o => ({
        value: String(o.value),
        label: o.label,
      }))}
      selectedKey={selected}
      onSelectionChange={choose}
    />
  );
}
