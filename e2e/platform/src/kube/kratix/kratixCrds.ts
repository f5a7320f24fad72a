import { customResourceDefinition, FREE_FORM } from '../../fixtures/crd';

/**
 * Kratix's Work and WorkPlacement types, as small CRDs of our own (the real
 * ones live in the Go module github.com/syntasso/kratix, not fetched here):
 * enough for the controller to record what a pipeline scheduled where.
 */
const kratixCrd = (kind: string, plural: string) =>
  customResourceDefinition({
    group: 'platform.kratix.io',
    kind,
    plural,
    categories: ['kratix'],
    version: {
      name: 'v1alpha1',
      subresources: { status: {} },
      schema: {
        openAPIV3Schema: {
          type: 'object',
          properties: { spec: FREE_FORM, status: FREE_FORM },
        },
      },
    },
  });

export const workCrd = kratixCrd('Work', 'works');
export const workPlacementCrd = kratixCrd('WorkPlacement', 'workplacements');

/** The namespace Kratix runs in (its Promise-level Works live there). */
export const KRATIX_NAMESPACE = 'kratix-platform-system';
/** The one destination the simulated platform schedules to. */
export const DESTINATION = 'worker-1';
