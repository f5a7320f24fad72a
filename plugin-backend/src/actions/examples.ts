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
