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
import {
  Button,
  Flex,
  Switch,
  ToggleButton,
  ToggleButtonGroup,
} from '@backstage/ui';
import Form from '@rjsf/core';
import type { ErrorSchema, RJSFSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import type { JsonSchema } from '@syntasso/plugin-ske-common';
import { useCallback, useMemo, useRef, useState } from 'react';
import { skeTranslationRef } from '../../translation';
import {
  buildUiSchema,
  buiFields,
  buiTemplates,
  buiWidgets,
  SpecFormContext,
  summariseItem,
} from './formWidgets';
import { toYamlText, YamlProblem } from './formWidgets/yamlText';
import { checkSpecYaml } from './specYaml';
import { SpecYamlEditor } from './SpecYamlEditor';

export interface SpecFormProps {
  /** The Promise's schema for `spec` (from its openAPIV3Schema). */
  schema: JsonSchema;
  spec: Record<string, unknown>;
  /** Errors from the server, placed at the fields they name. */
  extraErrors?: ErrorSchema;
  submitting: boolean;
  onSubmit(spec: Record<string, unknown>): void;
}

type Spec = Record<string, unknown>;
type Mode = 'form' | 'yaml';

/**
 * How rjsf fills in defaults: only for required values, so an optional
 * object is never materialised (as `{}` or from its children's defaults,
 * which would then fail its own required children), and no array items
 * are made up to reach `minItems`. The stored spec is taken as it is: an
 * unchanged Update sends it back unchanged. An optional object that the
 * user adds gets its children's defaults then.
 */
const DEFAULTS = {
  emptyObjectFields: 'populateRequiredDefaults',
  arrayMinItems: { populate: 'never' },
  mergeDefaultsIntoFormData: 'useFormDataIfPresent',
  constAsDefaults: 'never',
} as const;

/**
 * The resource's spec as a form generated from the Promise's OpenAPI v3
 * schema, or as YAML: one spec, two views, one validation.
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
  const { t } = useTranslationRef(skeTranslationRef);
  const formSchema = useMemo(
    () => ({ ...(schema as RJSFSchema), title: undefined }),
    [schema],
  );
  const uiSchema = useMemo(
    () =>
      buildUiSchema(formSchema, (position, item) => {
        const summary = summariseItem(item);
        return summary === undefined
          ? t('specForm.item', { position: String(position) })
          : t('specForm.itemWithSummary', {
              position: String(position),
              summary,
            });
      }),
    [formSchema, t],
  );
  const [mode, setMode] = useState<Mode>('form');
  const [onlyWithValues, setOnlyWithValues] = useState(false);
  const topLevelOrder = useMemo(
    () =>
      new Map(
        Object.keys(formSchema.properties ?? {}).map((name, i) => [name, i]),
      ),
    [formSchema],
  );
  const formContext = useMemo<SpecFormContext>(
    () => ({ onlyWithValues, topLevelOrder }),
    [onlyWithValues, topLevelOrder],
  );
  // The one state both views share: the form's latest data, or the YAML.
  const [formStart, setFormStart] = useState<Spec>(spec);
  const [formKey, setFormKey] = useState(0);
  const latest = useRef<Spec>(spec);
  const [yamlText, setYamlText] = useState('');
  const [yamlProblems, setYamlProblems] = useState<YamlProblem[]>([]);

  const latestOnSubmit = useRef(onSubmit);
  latestOnSubmit.current = onSubmit;
  const submit = useCallback(
    (e: { formData?: unknown }) => latestOnSubmit.current(e.formData as Spec),
    [],
  );
  const track = useCallback((e: { formData?: unknown }) => {
    latest.current = (e.formData ?? {}) as Spec;
  }, []);

  const checkYaml = () => {
    const checked = checkSpecYaml(
      yamlText,
      value =>
        validator.validateFormData(value, formSchema).errors.map(e => ({
          property: e.property,
          message: e.message ?? e.stack,
        })),
      t('specForm.yamlNotAnObject'),
    );
    setYamlProblems(checked.ok ? [] : checked.problems);
    return checked;
  };

  const switchTo = (next: Mode) => {
    if (next === mode) return;
    if (next === 'yaml') {
      setYamlText(toYamlText(latest.current));
      setYamlProblems([]);
      setMode('yaml');
      return;
    }
    const checked = checkSpecYaml(
      yamlText,
      () => [],
      t('specForm.yamlNotAnObject'),
    );
    if (!checked.ok) {
      setYamlProblems(checked.problems);
      return;
    }
    latest.current = checked.value;
    setFormStart(checked.value);
    setFormKey(k => k + 1);
    setMode('form');
  };

  const updateButton = useMemo(
    () => (
      <Button
        type="submit"
        variant="primary"
        isDisabled={submitting}
        loading={submitting}
      >
        {t('specForm.update')}
      </Button>
    ),
    [submitting, t],
  );

  return (
    <Flex direction="column" gap="3">
      <Flex gap="4" align="center">
        <ToggleButtonGroup
          aria-label={t('specForm.viewLabel')}
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[mode]}
          onSelectionChange={keys => {
            const [next] = [...keys];
            if (next) switchTo(next as Mode);
          }}
        >
          <ToggleButton id="form">{t('specForm.formView')}</ToggleButton>
          <ToggleButton id="yaml">{t('specForm.yamlView')}</ToggleButton>
        </ToggleButtonGroup>
        {mode === 'form' && (
          <Switch
            label={t('specForm.onlyWithValues')}
            isSelected={onlyWithValues}
            onChange={setOnlyWithValues}
          />
        )}
      </Flex>
      {mode === 'form' ? (
        <Form
          key={formKey}
          schema={formSchema}
          uiSchema={uiSchema}
          initialFormData={formStart}
          formContext={formContext}
          validator={validator}
          widgets={buiWidgets}
          fields={buiFields}
          templates={buiTemplates}
          experimental_defaultFormStateBehavior={DEFAULTS}
          extraErrors={extraErrors}
          showErrorList={false}
          noHtml5Validate
          autoComplete="off"
          disabled={submitting}
          onChange={track}
          onSubmit={submit}
        >
          <Flex gap="2">{updateButton}</Flex>
        </Form>
      ) : (
        <form
          // The editor is marked invalid while it lists problems: native
          // validation would then swallow the next submit, so we check it.
          noValidate
          onSubmit={event => {
            event.preventDefault();
            const checked = checkYaml();
            if (checked.ok) latestOnSubmit.current(checked.value);
          }}
        >
          <Flex direction="column" gap="3">
            <SpecYamlEditor
              text={yamlText}
              problems={yamlProblems}
              disabled={submitting}
              onChange={setYamlText}
            />
            <Flex gap="2">{updateButton}</Flex>
          </Flex>
        </form>
      )}
    </Flex>
  );
}
