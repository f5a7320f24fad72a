import { Page } from '@playwright/test';
import { signInAsGuest } from './signIn';

/**
 * The e2e catalog as catalog ingestion fills it from the simulated platform's
 * seed (e2e/platform/src/fixtures): a Component `<promise>-promise` and a
 * Template `<promise>-promise-template` per Promise in the `default`
 * namespace, a Component `<kind>-<name>` per resource request in the
 * request's own namespace. Titles are the Promise's and the request's names.
 */
const componentPage = (namespace: string, name: string) =>
  `/catalog/${namespace}/component/${name}`;

export const POSTGRESQL_PROMISE = componentPage(
  'default',
  'postgresql-promise',
);
export const REDIS_PROMISE = componentPage('default', 'redis-promise');
/** A Promise without an API: no Template, so no Template annotation. */
export const BASELINE_PROMISE = componentPage(
  'default',
  'namespace-baseline-promise',
);
export const POSTGRESQL_TEMPLATE =
  '/create/templates/default/postgresql-promise-template';
export const ACID_DB = componentPage('team-a', 'postgresql-acid-db');
/** The seeded request whose pipeline fails. */
export const BROKEN_DB = componentPage('team-b', 'postgresql-broken-db');
export const CACHE = componentPage('team-a', 'redis-cache');
export const DATA_PLATFORM_ONE = componentPage(
  'team-a',
  'dataplatform-data-platform-one',
);

/** The entity ref of an entity page (`/catalog/<namespace>/<kind>/<name>`). */
export const entityRefOf = (page: string) => {
  const [, , namespace, kind, name] = page.split('/');
  return `${kind}:${namespace}/${name}`;
};

/** Entity refs of the seeded objects every spec may open. */
const SEEDED_REFS = [
  POSTGRESQL_PROMISE,
  REDIS_PROMISE,
  BASELINE_PROMISE,
  ACID_DB,
  BROKEN_DB,
  CACHE,
  DATA_PLATFORM_ONE,
]
  .map(entityRefOf)
  .concat('template:default/postgresql-promise-template');

/** Signs in as guest and returns the Authorization header the app sends to the catalog. */
export async function catalogAuthorization(page: Page): Promise<string> {
  await signInAsGuest(page);
  const catalogCall = page.waitForRequest(r =>
    r.url().includes('/api/catalog/'),
  );
  await page.goto('/catalog');
  return (await catalogCall).headers().authorization;
}

/** Which of `refs` the catalog's API does not hold yet. */
async function missingFromCatalog(
  page: Page,
  authorization: string,
  refs: string[],
): Promise<string[]> {
  const response = await page.request.post('/api/catalog/entities/by-refs', {
    headers: { authorization },
    data: { entityRefs: refs },
  });
  const { items } = (await response.json()) as { items: unknown[] };
  return refs.filter((_, i) => !items[i]);
}

/**
 * Waits until the catalog holds every entity of `refs` (by default the
 * seeded ones): the backend answers before its first ingestion has run
 * (every 3 s; a loaded 2-core machine needs longer for the first pass).
 */
export async function untilSeeded(
  page: Page,
  authorization: string,
  refs: string[] = SEEDED_REFS,
  timeoutMs = 120_000,
) {
  const deadline = Date.now() + timeoutMs;
  let missing = await missingFromCatalog(page, authorization, refs);
  while (missing.length > 0) {
    if (Date.now() > deadline) {
      throw new Error(
        `not ingested after ${timeoutMs} ms: ${missing.join(', ')}`,
      );
    }
    await new Promise(poll => setTimeout(poll, 1_000));
    missing = await missingFromCatalog(page, authorization, refs);
  }
}
