import { ApiBlueprint, coreApis } from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { SkeClient, skeApiRef } from './api';
import {
  SkeEntityExtensionName,
  SkeEntityExtensionSpec,
  skeEntityExtensionTable,
} from './extensionTable';

/** The SKE API client, overridable like any other API. @public */
export const skeApi = ApiBlueprint.make({
  params: define =>
    define({
      api: skeApiRef,
      deps: { discoveryApi: coreApis.discovery, fetchApi: coreApis.fetch },
      factory: deps => new SkeClient(deps),
    }),
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
