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

import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import YAML from 'yaml';

export const CONFIGURE_RESOURCE_ID = 'ske:configure-resource';
export const DELETE_RESOURCE_ID = 'ske:delete-resource';
export const WRITE_MANIFEST_ID = 'ske:write-manifest';
export const PUBLISH_CATALOG_ID = 'ske:publish-catalog';
export const RECORD_REQUEST_ID = 'ske:record-request';

/** A resource request as an SKE-generated Template builds it from its parameters. */
const generatedTemplateManifest = {
  apiVersion: 'marketplace.kratix.io/v1alpha2',
  kind: 'postgresql',
  metadata: {
    name: '${{ parameters.objname }}',
    namespace: '${{ parameters.objnamespace }}',
  },
  spec: '${{ parameters.spec }}',
};

/** A complete resource request, for examples with literal values. */
export const exampleManifest = {
  apiVersion: 'marketplace.kratix.io/v1alpha2',
  kind: 'postgresql',
  metadata: { name: 'orders-db', namespace: 'team-a' },
  spec: { teamId: 'team-a', env: 'staging', dbName: 'orders' },
};

export const exampleRef = {
  apiVersion: exampleManifest.apiVersion,
  kind: exampleManifest.kind,
  name: exampleManifest.metadata.name,
  namespace: exampleManifest.metadata.namespace,
};

/** A Template `steps` snippet that runs one action. */
const step = (
  action: string,
  id: string,
  name: string,
  input: Record<string, unknown>,
) => YAML.stringify({ steps: [{ id, name, action, input }] });

export const configureResourceExamples: TemplateExample[] = [
  {
    description:
      'Request a resource from the parameters of an SKE-generated Template (objname, objnamespace, spec)',
    example: step(CONFIGURE_RESOURCE_ID, 'request', 'Request PostgreSQL', {
      manifest: generatedTemplateManifest,
    }),
  },
  {
    description:
      'Create or update a resource request given as YAML text; an existing one gets the new spec',
    example: step(CONFIGURE_RESOURCE_ID, 'configure', 'Configure orders-db', {
      manifest: YAML.stringify(exampleManifest),
    }),
  },
];

export const deleteResourceExamples: TemplateExample[] = [
  {
    description: 'Delete a resource request',
    example: step(DELETE_RESOURCE_ID, 'delete', 'Delete orders-db', exampleRef),
  },
  {
    description:
      'Delete the resource an SKE-generated Template parameter names',
    example: step(DELETE_RESOURCE_ID, 'delete', 'Delete the database', {
      ...exampleRef,
      name: '${{ parameters.objname }}',
      namespace: '${{ parameters.objnamespace }}',
    }),
  },
];

/** Where an example request goes in the workspace and in the requests repository. */
const examplePath = 'team-a/postgresql/orders-db.yaml';

export const writeManifestExamples: TemplateExample[] = [
  {
    description:
      "Write the resource request of an SKE-generated Template's parameters into the workspace",
    example: step(WRITE_MANIFEST_ID, 'write', 'Write the request', {
      manifest: generatedTemplateManifest,
      targetPath:
        '${{ parameters.objnamespace }}/postgresql/${{ parameters.objname }}.yaml',
    }),
  },
  {
    description: 'Write a request given as YAML text, comments kept',
    example: step(WRITE_MANIFEST_ID, 'write', 'Write orders-db', {
      manifest: `# requested through Backstage\n${YAML.stringify(
        exampleManifest,
      )}`,
      targetPath: examplePath,
    }),
  },
];

export const publishCatalogExamples: TemplateExample[] = [
  {
    description:
      "Push the written request to a branch of a GitHub repository with the credentials of Backstage's integrations",
    example: step(PUBLISH_CATALOG_ID, 'publish', 'Publish the request', {
      filePath: '${{ steps.write.output.manifestPath }}',
      targetPath: `platform/requests/${examplePath}`,
      repoUrl: 'https://github.com/acme/platform-requests.git',
      branchName: 'request/orders-db',
      type: 'github',
      commitMessage: 'Request orders-db',
    }),
  },
  {
    description:
      "Push to GitLab with a token from the task's secrets (never logged), as a named author",
    example: step(PUBLISH_CATALOG_ID, 'publish', 'Publish the request', {
      filePath: examplePath,
      targetPath: examplePath,
      repoUrl: 'https://gitlab.example.com/platform/requests.git',
      branchName: 'main',
      type: 'gitlab',
      token: '${{ secrets.gitlabToken }}',
      defaultAuthor: { name: 'Platform Bot', email: 'bot@example.com' },
    }),
  },
];

export const recordRequestExamples: TemplateExample[] = [
  {
    description:
      'Record the request a previous step put in a pull request, so it shows as pending review',
    example: step(RECORD_REQUEST_ID, 'record', 'Record the pending request', {
      promiseName: 'postgresql',
      name: '${{ parameters.objname }}',
      namespace: '${{ parameters.objnamespace }}',
      action: 'Request',
      pullRequestUrl: '${{ steps.pr.output.remoteUrl }}',
      requestsRepoUrl: 'https://github.com/acme/platform-requests',
      manifest: generatedTemplateManifest,
    }),
  },
  {
    description: 'Record a pending deletion',
    example: step(RECORD_REQUEST_ID, 'record', 'Record the deletion', {
      promiseName: 'postgresql',
      name: 'orders-db',
      namespace: 'team-a',
      action: 'Delete',
    }),
  },
];
