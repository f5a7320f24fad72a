/**
 * Promises and requests for the catalog ingestion figure: 20 Promises
 * (`bench-0` … `bench-19`, each with its own API in `bench.kratix.io`) and
 * requests spread round-robin across them in namespace `catalog`.
 */
import type {
  KubeObject,
  RunningPlatform,
} from '@syntasso/ske-platform-simulator';

export const CATALOG_PROMISES = 20;
const GROUP = 'bench.kratix.io';

const kindOf = (i: number) => `bench${i}`;

function benchPromise(i: number): KubeObject {
  const kind = kindOf(i);
  return {
    apiVersion: 'platform.kratix.io/v1alpha1',
    kind: 'Promise',
    metadata: { name: `bench-${i}` },
    spec: {
      api: {
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'CustomResourceDefinition',
        metadata: { name: `${kind}s.${GROUP}` },
        spec: {
          group: GROUP,
          scope: 'Namespaced',
          names: { kind, plural: `${kind}s`, singular: kind },
          versions: [
            {
              name: 'v1',
              served: true,
              storage: true,
              schema: {
                openAPIV3Schema: {
                  type: 'object',
                  properties: {
                    spec: {
                      type: 'object',
                      properties: { size: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          ],
        },
      },
    },
  } as unknown as KubeObject;
}

/** The API paths listing every request of each bench Promise, for the direct listing. */
export const catalogRequestPlurals = () =>
  Array.from({ length: CATALOG_PROMISES }, (_, i) => `${kindOf(i)}s`);
export const CATALOG_GROUP = GROUP;

export class CatalogSeed {
  private requests = 0;
  private promisesApplied = false;

  constructor(private readonly platform: RunningPlatform) {}

  /** Resolves once the platform serves every bench Promise's API (its reconciler installs them). */
  private async served() {
    const plurals = new Set(catalogRequestPlurals());
    while (
      this.platform.registry
        .all()
        .filter(t => t.group === GROUP && plurals.has(t.plural)).length <
      plurals.size
    ) {
      await new Promise(resolve => setTimeout(resolve, 25));
    }
  }

  /** Adds the Promises (once) and requests until there are `count`; returns the count. */
  async grow(count: number): Promise<number> {
    if (!this.promisesApplied) {
      this.platform.apply({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: 'catalog' },
      } as KubeObject);
      for (let i = 0; i < CATALOG_PROMISES; i++) {
        this.platform.apply(benchPromise(i));
      }
      this.promisesApplied = true;
      await this.served();
    }
    for (; this.requests < count; this.requests++) {
      const kind = kindOf(this.requests % CATALOG_PROMISES);
      this.platform.apply({
        apiVersion: `${GROUP}/v1`,
        kind,
        metadata: { name: `r-${this.requests}`, namespace: 'catalog' },
        spec: { size: this.requests },
      } as KubeObject);
    }
    return this.requests;
  }
}
