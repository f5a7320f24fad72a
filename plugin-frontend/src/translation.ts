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

import { createTranslationRef } from '@backstage/frontend-plugin-api';
import { skeEntityExtensionTable } from './extensionTable';

type SkeEntityContentRow = Extract<
  (typeof skeEntityExtensionTable)[number],
  { kind: 'content' }
>;

/** The name of an entity tab of the table. @public */
export type SkeEntityContentName = SkeEntityContentRow['name'];

/** Each tab's default title, from the table: `tabs.<name>` messages. */
const tabTitles = Object.fromEntries(
  skeEntityExtensionTable.flatMap(row =>
    row.kind === 'content' ? [[row.name, row.title]] : [],
  ),
) as { [Row in SkeEntityContentRow as Row['name']]: Row['title'] };

/**
 * Every string the SKE plugin shows. Override any message from the app with
 * `TranslationBlueprint` and `createTranslationMessages({ ref: skeTranslationRef, ... })`.
 *
 * @alpha
 */
export const skeTranslationRef = createTranslationRef({
  id: 'plugin.ske',
  messages: {
    tabs: tabTitles,
    common: {
      liveDataUnavailable: 'Live data from the platform is unavailable',
      name: 'Name',
      namespace: 'Namespace',
      kind: 'Kind',
      delete: 'Delete',
      cancel: 'Cancel',
    },
    missingAnnotations: {
      title: 'This entity is missing Kratix annotations',
      description:
        "Add {{annotations}} to the entity's metadata.annotations so the Kratix plugin can find it on the platform.",
    },
    promiseOverview: {
      heading: 'Promise {{name}}',
      loading: 'Loading the Promise from the platform…',
      apiGroup: 'API group',
      version: 'Version',
      create: 'Create',
    },
    resourceOverview: {
      heading: '{{kind}} {{name}}',
      apiVersion: 'API version',
      promise: 'Promise',
    },
    dependencyGraph: {
      title: 'Dependencies',
      missingPlugin:
        'Add @backstage/plugin-catalog-graph to the app to see the dependency graph.',
    },
    status: {
      available: 'Available',
      unavailable: 'Unavailable',
      reconciled: 'Reconciled',
      failing: 'Failing',
      pending: 'Pending',
      unknown: 'Unknown',
      notLiveTitle: 'Not live',
      notLiveDescription:
        'This status was recorded in the catalog and may be out of date.',
      applyingTitle: 'A change is being applied',
      applyingDescription:
        'The platform has not finished reconciling the latest change.',
      failingTitle: 'Provisioning is failing',
      conditions: 'Conditions',
      pipelines: 'Pipelines',
    },
    manage: {
      heading: 'Manage {{name}}',
      loadResourceFailed: 'Could not load the resource',
      loadSchemaFailed: "Could not load the Promise's schema",
      updatedTitle: 'Update sent to the platform',
      updatedDescription: 'Its status will show the change being applied.',
      deletingTitle: 'Deleting',
      deletingDescription: 'The platform is running the delete workflow.',
      conflictTitle: 'This resource changed since you opened it',
      conflictDescription:
        'Reload to see the latest version, then apply your change again.',
      reload: 'Reload',
      refusedTitle: 'The platform refused this change',
      notAppliedTitle: 'The change was not applied',
      notDeletedTitle: 'The resource was not deleted',
      noSchema: 'This Promise has no API schema to edit.',
    },
    deleteDialog: {
      title: 'Delete {{name}}?',
      body: "The platform will run the Promise's delete workflow and remove what it provisioned. Type {{name}} to confirm.",
      confirmLabel: 'Resource name',
    },
    resourcePage: {
      title: 'Kratix request',
    },
    requests: {
      heading: 'Requests',
      status: 'Status',
      age: 'Age',
      ages: {
        seconds: '{{n}}s',
        minutes: '{{n}}m',
        hours: '{{n}}h',
        days: '{{n}}d',
      },
      total: '{{number}} requests',
      atLeast: '{{number}}+',
      tones: {
        ok: 'Ready: {{number}}',
        pending: 'Pending: {{number}}',
        failed: 'Failing: {{number}}',
        unknown: 'Unknown: {{number}}',
      },
      filterLabel: 'Filter requests by namespace',
      allNamespaces: 'All namespaces',
      applyFilter: 'Show',
      invalidNamespace:
        'A namespace is a lowercase DNS-1123 label: a-z, 0-9 and -, at most 63 characters.',
      namespaceNeededTitle: 'Choose a namespace',
      namespaceNeededDescription:
        'You may not list requests in every namespace ({{reason}}). Enter a namespace you can read to see its requests.',
      loadFailed: 'Could not list the requests',
      empty: 'No requests.',
    },
    specForm: {
      update: 'Update',
      addItem: 'Add item',
      remove: 'Remove',
      moveUp: 'Move up',
      moveDown: 'Move down',
      copy: 'Copy',
      optional: 'Optional',
      requiredSection: 'Required',
      addOptional: 'Add',
      removeOptional: 'Remove',
      notSet: 'Not set',
      item: 'Item {{position}}',
      itemWithSummary: 'Item {{position}}: {{summary}}',
      noEntries: 'No entries.',
      entryKey: '{{label}} key {{position}}',
      entryValue: '{{label}} value {{position}}',
      addEntry: 'Add entry',
      yamlHelp: 'Free-form: write YAML.',
      yamlProblem: 'Line {{line}}: {{message}}',
      yamlNotAnObject: 'Must be a YAML mapping (key: value).',
      viewLabel: 'Edit as',
      formView: 'Form',
      yamlView: 'YAML',
      yamlLabel: 'Spec (YAML)',
      yamlDescription:
        'The same spec as the form. It is checked against the schema before it is sent.',
      onlyWithValues: 'Show only fields with values',
    },
    secrets: {
      reveal: 'Reveal secrets',
      hide: 'Hide secrets',
    },
    yamlView: {
      title: 'YAML',
      description: 'The request as the platform holds it.',
      copy: 'Copy',
      copied: 'Copied',
      download: 'Download',
      loadFailed: 'Could not load the YAML',
    },
    outputs: {
      title: 'Outputs',
      description: 'What the pipelines wrote to the status.',
      key: 'Key',
      value: 'Value',
    },
    events: {
      title: 'Events',
      description:
        'What the platform reported about this request and the Works Kratix made for it, newest first.',
      none: 'No events.',
      warning: 'Warning',
      unavailable: 'Events are unavailable',
    },
    deleting: {
      title: 'Being deleted since {{since}}',
      waitingFor: 'The platform waits for: {{finalizers}}',
      noFinalizers: 'The platform is removing it.',
      manageReadOnly: 'It is being deleted: it can no longer be changed.',
    },
  },
});

/** The title of an entity tab of the table, as a message of `skeTranslationRef`. */
export function tabTitle(name: SkeEntityContentName) {
  const key: `tabs.${SkeEntityContentName}` = `tabs.${name}`;
  return skeTranslationRef(key);
}
