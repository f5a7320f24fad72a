import { ApiBlueprint } from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { createSkeApiFactory, optionalStringSchema } from './api';
import {
  SkeEntityExtensionName,
  SkeEntityExtensionSpec,
  skeEntityExtensionTable,
} from './extensionTable';

/**
 * The SKE API client (`api:ske`), overridable like any other API. Config
 * `oidcProvider` (and optionally `oidcAuthApiId`) makes it forward the
 * user's OIDC ID token for clusters with `authProvider: oidc`.
 *
 * @public
 */
export const skeApi = ApiBlueprint.makeWithOverrides({
  configSchema: {
    oidcProvider: optionalStringSchema,
    oidcAuthApiId: optionalStringSchema,
  },
  factory: (originalFactory, { config }) =>
    originalFactory(define => define(createSkeApiFactory(config))),
});

function toExtension(spec: SkeEntityExtensionSpec) {
  if (spec.kind === 'content') {
    return EntityContentBlueprint.make({
      name: spec.name,
      params: {
        path: spec.path,
        title: spec.title,
        group: spec.group,
        filter: spec.filter,
        loader: spec.loader,
      },
    });
  }
  return EntityCardBlueprint.make({
    name: spec.name,
    params: { type: spec.type, filter: spec.filter, loader: spec.loader },
  });
}

/**
 * One extension per row of the table, addressable by name, e.g.
 * `skeEntityExtensions['promise-overview']`.
 *
 * @public
 */
export const skeEntityExtensions = Object.fromEntries(
  skeEntityExtensionTable.map(spec => [spec.name, toExtension(spec)]),
) as Record<SkeEntityExtensionName, ReturnType<typeof toExtension>>;
