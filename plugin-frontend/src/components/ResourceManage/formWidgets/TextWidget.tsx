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
import { TextAreaField, TextField } from '@backstage/ui';
import { widgetFieldProps } from './describeField';
import { keepLineEndings } from './keepLineEndings';
import { parseFieldText } from './parseFieldText';
import { asksForMultiline } from './schemaKinds';
import { useTypedText } from './useTypedText';

const asText = (value: unknown) =>
  value === undefined || value === null ? '' : String(value);

/**
 * Strings and numbers: a BUI TextField that keeps numbers numeric, or a
 * TextAreaField for multi-line text (text that has a line break, or a
 * schema that asks for one), whose line breaks are kept as stored. A
 * keystroke re-renders this field alone (see useTypedText); Enter in a
 * single-line field applies what was typed before the form submits.
 */
export function TextWidget(props: WidgetProps) {
  const { id, value, onChange, disabled, readonly, schema, onBlur, rawErrors } =
    props;
  const numeric =
    schema.type === 'integer' ||
    schema.type === 'number' ||
    schema['x-kubernetes-int-or-string'] === true;
  const stored = asText(value);
  const typed = useTypedText(stored, text =>
    onChange(parseFieldText(keepLineEndings(text, stored), numeric)),
  );
  const common = {
    ...widgetFieldProps(props),
    isDisabled: disabled,
    isReadOnly: readonly,
    isInvalid: Boolean(rawErrors?.length),
    value: typed.text,
    onChange: typed.type,
    onBlur: () => {
      typed.leave();
      onBlur(id, value);
    },
  };
  const multiline =
    !numeric && (asksForMultiline(schema) || typed.text.includes('\n'));
  if (multiline) {
    return (
      <TextAreaField
        {...common}
        rows={Math.min(12, Math.max(3, typed.text.split('\n').length))}
        spellCheck="false"
      />
    );
  }
  return (
    <TextField
      {...common}
      inputMode={numeric ? 'decimal' : undefined}
      onKeyDown={event => {
        if (event.key === 'Enter') typed.apply();
        event.continuePropagation();
      }}
    />
  );
}
