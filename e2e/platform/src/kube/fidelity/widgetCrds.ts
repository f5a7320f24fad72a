import { customResourceDefinition, FREE_FORM } from '../../fixtures/crd';

/** Test types for the fidelity suite, in a group alice may write in team-a. */
export const GROUP = 'marketplace.kratix.io';
const VERSION = 'v1alpha1';

const crd = (kind: string, plural: string, version: Record<string, unknown>) =>
  customResourceDefinition({
    group: GROUP,
    kind,
    plural,
    version: { name: VERSION, ...version },
  });

/** Widgets: a validated spec and a status subresource, like a Kratix-installed request type. */
export const widgetCrd = crd('Widget', 'fidelitywidgets', {
  subresources: { status: {} },
  schema: {
    openAPIV3Schema: {
      type: 'object',
      properties: {
        spec: {
          type: 'object',
          required: ['size'],
          properties: {
            size: { type: 'integer', minimum: 1 },
            colour: { type: 'string', enum: ['red', 'blue'] },
          },
        },
        status: FREE_FORM,
      },
    },
  },
});

/** Gadgets: a request type as a Promise declares it, before Kratix adds status. */
export const gadgetCrd = crd('Gadget', 'fidelitygadgets', {
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
});

export const widgets = (namespace: string) =>
  `/apis/${GROUP}/${VERSION}/namespaces/${namespace}/fidelitywidgets`;
export const gadgets = (namespace: string) =>
  `/apis/${GROUP}/${VERSION}/namespaces/${namespace}/fidelitygadgets`;

export const widget = (
  name: string,
  spec: Record<string, unknown> = { size: 1 },
  extra: Record<string, unknown> = {},
) => ({
  apiVersion: `${GROUP}/${VERSION}`,
  kind: 'Widget',
  metadata: { name },
  spec,
  ...extra,
});
