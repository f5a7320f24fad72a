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

import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { readableName } from './readableName';
import { isFreeForm, isStringMap } from './schemaKinds';

/** How an array item is labelled: its position, and a summary of its value. */
export type ItemTitle = (position: number, item: unknown) => string;

const isSchema = (value: unknown): value is RJSFSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The fields that draw what rjsf cannot: see `buiFields`. */
function fieldFor(schema: RJSFSchema): string | undefined {
  if (isStringMap(schema)) return 'KeyValueField';
  if (isFreeForm(schema)) return 'YamlField';
  if (schema['x-kubernetes-int-or-string'] === true) return 'IntOrStringField';
  return undefined;
}

function nodeUiSchema(
  schema: RJSFSchema,
  title: string | undefined,
  itemTitle: ItemTitle,
): UiSchema {
  const ui: UiSchema = {};
  if (title !== undefined) ui['ui:title'] = title;
  const field = fieldFor(schema);
  if (field) {
    ui['ui:field'] = field;
    return ui;
  }
  if (isSchema(schema.properties)) {
    for (const [key, child] of Object.entries(schema.properties)) {
      if (isSchema(child)) {
        ui[key] = nodeUiSchema(
          child,
          child.title ?? readableName(key),
          itemTitle,
        );
      }
    }
  }
  if (isSchema(schema.items)) {
    const itemUi = nodeUiSchema(schema.items, undefined, itemTitle);
    ui.items = (item: unknown, index: number) => ({
      ...itemUi,
      'ui:title': itemTitle(index + 1, item),
    });
  }
  return ui;
}

/**
 * The uiSchema the spec form draws a Promise's schema with, built in one
 * walk: each property's `title`, else its readable name; array items by
 * position and summary; string maps, free-form objects and int-or-string
 * values to their own fields; optional objects left out until added.
 */
export function buildUiSchema(
  schema: RJSFSchema,
  itemTitle: ItemTitle,
): UiSchema {
  return {
    ...nodeUiSchema(schema, undefined, itemTitle),
    'ui:globalOptions': { enableOptionalDataFieldForType: ['object'] },
  };
}

const SUMMARY_KEYS = ['name', 'id', 'key', 'title', 'type'];
const MAX_SUMMARY = 40;

/** A few words for an array item: itself if plain, else its name-like value. */
export function summariseItem(item: unknown): string | undefined {
  if (item === undefined || item === null || item === '') return undefined;
  if (typeof item !== 'object') return String(item).slice(0, MAX_SUMMARY);
  if (Array.isArray(item)) return undefined;
  const record = item as Record<string, unknown>;
  const key =
    SUMMARY_KEYS.find(k => typeof record[k] === 'string' && record[k]) ??
    Object.keys(record).find(k => typeof record[k] === 'string' && record[k]);
  return key ? String(record[key]).slice(0, MAX_SUMMARY) : undefined;
}
