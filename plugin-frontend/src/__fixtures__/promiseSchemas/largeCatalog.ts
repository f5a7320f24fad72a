import type { JsonSchema } from '@syntasso/plugin-ske-common';
import { promiseFixture } from './PromiseFixture';
import {
  FIELDS_PER_SECTION,
  largeCatalogSpec,
  largeCatalogSpecSchema,
  SECTIONS,
} from './largeCatalogSchema';

/** A data platform with 300 settings in 12 sections and a five-deep tree. */
export const largeCatalog = promiseFixture({
  name: 'data-platform',
  kind: 'DataPlatform',
  schema: {
    type: 'object',
    properties: { spec: largeCatalogSpecSchema },
  } as JsonSchema,
  spec: largeCatalogSpec,
});

/** How many leaf properties the large catalog has (sections plus the tree). */
export const LARGE_CATALOG_FIELDS = SECTIONS * FIELDS_PER_SECTION + 7;
