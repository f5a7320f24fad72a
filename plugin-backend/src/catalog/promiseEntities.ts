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

import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { KRATIX_ANNOTATIONS } from '@syntasso/plugin-ske-common';
import type { CatalogSettings } from './CatalogSettings';
import { promiseComponentName, promiseTemplateName } from './entityNames';
import { PromiseObject, promiseApi } from './platformObjects';
import { specForm } from './templateParameters';

/** Promise annotations the catalog reads for a title, a description and a summary. */
const PROMISE_TITLE_ANNOTATION = 'ske.syntasso.io/title';
const PROMISE_DESCRIPTION_ANNOTATION = 'ske.syntasso.io/description';

const DNS_LABEL = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$';

/** The annotations every ingested entity carries. */
export const locationAnnotations = (settings: CatalogSettings) => ({
  [ANNOTATION_LOCATION]: settings.location,
  [ANNOTATION_ORIGIN_LOCATION]: settings.location,
});

/** A JSON object as the `kratix.io/status` annotation, when there is one. */
export const statusAnnotation = (status: unknown): Record<string, string> =>
  status && typeof status === 'object' && !Array.isArray(status)
    ? { [KRATIX_ANNOTATIONS.status]: JSON.stringify(status) }
    : {};

const titleOf = (promise: PromiseObject) =>
  promise.metadata.annotations?.[PROMISE_TITLE_ANNOTATION] ??
  promise.metadata.name;

const descriptionOf = (promise: PromiseObject) =>
  promise.metadata.annotations?.[PROMISE_DESCRIPTION_ANNOTATION] ??
  `Kratix Promise ${promise.metadata.name}`;

/** The Promise's `kratix.io/promise-summary` annotation, passed on when it has one. */
export const summaryAnnotation = (
  promise: PromiseObject,
): Record<string, string> => {
  const summary =
    promise.metadata.annotations?.[KRATIX_ANNOTATIONS.promiseSummary];
  return summary ? { [KRATIX_ANNOTATIONS.promiseSummary]: summary } : {};
};

/** Metadata of a Promise's Component or Template. */
const promiseEntityMetadata = (
  promise: PromiseObject,
  name: string,
  settings: CatalogSettings,
  annotations: Record<string, string>,
) => ({
  name,
  namespace: settings.promiseNamespace,
  title: titleOf(promise),
  description: descriptionOf(promise),
  tags: ['kratix'],
  annotations: { ...locationAnnotations(settings), ...annotations },
});

/** The Promise's Template as an entity ref (what resource Components point to). */
export const promiseTemplateRef = (
  promise: string,
  settings: CatalogSettings,
) =>
  stringifyEntityRef({
    kind: 'Template',
    namespace: settings.promiseNamespace,
    name: promiseTemplateName(promise),
  });

/** The Promise's Component as an entity ref (what resource Components depend on). */
export const promiseComponentRef = (
  promise: string,
  settings: CatalogSettings,
) =>
  stringifyEntityRef({
    kind: 'Component',
    namespace: settings.promiseNamespace,
    name: promiseComponentName(promise),
  });

/** One Component for a Promise, following the generator's annotation contract. */
export function promiseComponent(
  promise: PromiseObject,
  settings: CatalogSettings,
): Entity {
  const name = promise.metadata.name;
  const api = promiseApi(promise);
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: promiseEntityMetadata(
      promise,
      promiseComponentName(name),
      settings,
      {
        [KRATIX_ANNOTATIONS.type]: 'promise',
        [KRATIX_ANNOTATIONS.promiseName]: name,
        ...(api && {
          [KRATIX_ANNOTATIONS.apiName]: api.kind,
          [KRATIX_ANNOTATIONS.apiGroup]: api.group,
          [KRATIX_ANNOTATIONS.promiseTemplate]: promiseTemplateName(name),
        }),
        ...summaryAnnotation(promise),
        ...statusAnnotation(promise.status),
      },
    ),
    spec: {
      type: 'kratix-promise',
      lifecycle: settings.lifecycle,
      owner: settings.promiseOwner,
      ...(settings.system && { system: settings.system }),
    },
  };
}

/**
 * One Template for a Promise with an API, in the generator's shape:
 * parameters `objname`, `objnamespace` and `spec` (a form generated from the
 * API's schema), one `ske:configure-resource` step, and a link to the
 * request's Component. A Promise without an API gets none.
 */
export function promiseTemplate(
  promise: PromiseObject,
  settings: CatalogSettings,
): Entity | undefined {
  const api = promiseApi(promise);
  if (!api) return undefined;
  const name = promise.metadata.name;
  const specSchema = (
    api.schema?.properties as
      | Record<string, Record<string, unknown>>
      | undefined
  )?.spec;
  const form = specSchema ? specForm(specSchema) : undefined;
  const specRequired =
    Array.isArray(api.schema?.required) && api.schema.required.includes('spec');
  return {
    apiVersion: 'scaffolder.backstage.io/v1beta3',
    kind: 'Template',
    metadata: promiseEntityMetadata(
      promise,
      promiseTemplateName(name),
      settings,
      {
        [KRATIX_ANNOTATIONS.promiseName]: name,
      },
    ),
    spec: {
      owner: settings.promiseOwner,
      type: 'kratix-resource',
      parameters: [
        {
          title: 'Resource metadata',
          required: ['objname', 'objnamespace'],
          properties: {
            objname: {
              title: 'Name',
              type: 'string',
              description: `Name of the ${api.kind} request (lowercase letters, digits and dashes)`,
              pattern: DNS_LABEL,
              maxLength: 63,
              'ui:autofocus': true,
            },
            objnamespace: {
              title: 'Namespace',
              type: 'string',
              description: 'Namespace of the request on the platform',
              pattern: DNS_LABEL,
              maxLength: 63,
              default: 'default',
            },
          },
        },
        ...(form
          ? [
              {
                title: titleOf(promise),
                ...(specRequired && { required: ['spec'] }),
                properties: { spec: form.schema as Entity['spec'] },
              },
            ]
          : []),
      ],
      steps: [
        {
          id: 'request',
          name: `Request ${api.kind}`,
          action: 'ske:configure-resource',
          input: {
            manifest: {
              apiVersion: `${api.group}/${api.version}`,
              kind: api.kind,
              metadata: {
                name: '${{ parameters.objname }}',
                namespace: '${{ parameters.objnamespace }}',
              },
              spec: form ? '${{ parameters.spec }}' : {},
            },
            ...(form &&
              form.yamlFields.length > 0 && {
                yamlFields: form.yamlFields,
              }),
          },
        },
      ],
      output: {
        links: [
          {
            title: 'Open the request in the catalog',
            icon: 'catalog',
            entityRef: '${{ steps.request.output.entityRef }}',
          },
        ],
        text: [
          {
            title: 'Resource request',
            content:
              '${{ steps.request.output.operation }} `${{ steps.request.output.resourceId }}`',
          },
        ],
      },
    },
  };
}
