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

import type {
  FieldTemplateProps,
  IconButtonProps,
  TemplatesType,
} from '@rjsf/utils';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Button } from '@backstage/ui';
import { skeTranslationRef } from '../../../translation';
import {
  ArrayFieldItemTemplate,
  ArrayFieldTemplate,
  ObjectFieldTemplate,
  OptionalDataControlsTemplate,
} from './containerTemplates';
import { FIRST_SCREEN_FIELDS, useDeferredRender } from './useDeferredRender';

/** BUI's spacing token: a plain div here, since a form has one per field. */
const fieldSpacing = { marginBottom: 'var(--bui-space-3)' };

/**
 * A top-level field: its rendering (style, layout, paint) is skipped while
 * it is off screen, so a schema of a thousand fields costs what the visible
 * ones cost. The browser keeps the last size it drew for each field.
 */
const topLevelField = {
  ...fieldSpacing,
  contentVisibility: 'auto',
  containIntrinsicSize: 'auto 72px',
} as const;

/** What the spec form tells its fields (rjsf's `formContext`). */
export interface SpecFormContext {
  /** Set by the "show only fields with values" toggle. */
  onlyWithValues?: boolean;
  /** The position of each top-level property in the schema. */
  topLevelOrder?: ReadonlyMap<string, number>;
}

/** A value that shows nothing: absent, empty text, an empty list or object. */
const isEmptyValue = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 0);

/**
 * Widgets draw their own label and description; this adds only errors and
 * help, and hides fields without a value when the form asks for that.
 */
function FieldTemplate({
  children,
  errors,
  help,
  hidden,
  classNames,
  formData,
  fieldPathId,
  registry,
}: FieldTemplateProps) {
  const { onlyWithValues, topLevelOrder } =
    registry.formContext as SpecFormContext;
  const topLevel = fieldPathId.path.length === 1;
  const position = topLevel
    ? topLevelOrder?.get(String(fieldPathId.path[0]))
    : undefined;
  const drawn = useDeferredRender((position ?? 0) >= FIRST_SCREEN_FIELDS);
  const hideEmpty =
    onlyWithValues && fieldPathId.path.length > 0 && isEmptyValue(formData);
  if (hidden || hideEmpty) {
    return <div hidden>{drawn && children}</div>;
  }
  return (
    <div className={classNames} style={topLevel ? topLevelField : fieldSpacing}>
      {drawn && (
        <>
          {children}
          {errors}
          {help}
        </>
      )}
    </div>
  );
}

type ButtonMessage =
  | 'specForm.addItem'
  | 'specForm.remove'
  | 'specForm.moveUp'
  | 'specForm.moveDown'
  | 'specForm.copy';

function iconButton(message: ButtonMessage) {
  return function IconButton({
    onClick,
    disabled,
    className,
  }: IconButtonProps) {
    const { t } = useTranslationRef(skeTranslationRef);
    return (
      <Button
        size="small"
        variant="secondary"
        className={className}
        isDisabled={disabled}
        onPress={() => onClick?.({ preventDefault() {} } as never)}
      >
        {t(message)}
      </Button>
    );
  };
}

/** rjsf templates drawn with @backstage/ui. */
export const buiTemplates: Partial<TemplatesType> = {
  FieldTemplate,
  ObjectFieldTemplate,
  ArrayFieldTemplate,
  ArrayFieldItemTemplate,
  OptionalDataControlsTemplate,
  ButtonTemplates: {
    AddButton: iconButton('specForm.addItem'),
    RemoveButton: iconButton('specForm.remove'),
    MoveUpButton: iconButton('specForm.moveUp'),
    MoveDownButton: iconButton('specForm.moveDown'),
    CopyButton: iconButton('specForm.copy'),
  } as Partial<
    TemplatesType['ButtonTemplates']
  > as TemplatesType['ButtonTemplates'],
};
