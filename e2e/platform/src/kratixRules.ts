import type { KubeObject } from './store';

/**
 * What the Kratix controller does to Promises and requests, shared by the
 * double's reconciler and the controller that runs beside kube-apiserver.
 */

/** Label steering the simulated pipeline: `fail` or `pending` (never completes). */
export const OUTCOME_LABEL = 'simulator.ske.io/outcome';
export const PROMISE_LABEL = 'kratix.io/promise-name';
export const FINALIZER = 'kratix.io/resource-cleanup';
export const PIPELINE = 'instance-configure';

type CrdVersion = {
  name: string;
  subresources?: Record<string, unknown>;
  schema?: { openAPIV3Schema?: Record<string, any> };
  additionalPrinterColumns?: unknown[];
};

const int64 = { type: 'integer', format: 'int64' };

/** The typed fields Kratix declares in every request's free-form `status`. */
const STATUS_SCHEMA = {
  type: 'object',
  'x-kubernetes-preserve-unknown-fields': true,
  properties: {
    message: { type: 'string' },
    observedGeneration: int64,
    workflows: int64,
    workflowsSucceeded: int64,
    workflowsFailed: int64,
    lastSuccessfulConfigureWorkflowTime: {
      type: 'string',
      format: 'date-time',
    },
    conditions: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          lastTransitionTime: { type: 'string', format: 'date-time' },
          message: { type: 'string' },
          reason: { type: 'string' },
          status: { type: 'string' },
          type: { type: 'string' },
        },
      },
    },
  },
};

const PRINTER_COLUMNS = [
  { name: 'message', type: 'string', jsonPath: '.status.message' },
  {
    name: 'status',
    type: 'string',
    jsonPath: '.status.conditions[?(@.type=="Reconciled")].message',
  },
];

/**
 * The CRD Kratix installs from a Promise's `spec.api`: every version gets the
 * status subresource, the free-form `status` schema and (when it declares
 * none) the `message` / `status` printer columns. `undefined` for a Promise
 * without an API.
 */
export function promiseApiCrd(promise: KubeObject): KubeObject | undefined {
  const api = (promise.spec as { api?: KubeObject } | undefined)?.api;
  if (!api?.spec) return undefined;
  const spec = api.spec as { versions?: CrdVersion[] };
  return {
    ...api,
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: api.metadata.name },
    spec: {
      ...spec,
      versions: (spec.versions ?? []).map(version => {
        const schema = version.schema?.openAPIV3Schema ?? { type: 'object' };
        return {
          ...version,
          subresources: { ...version.subresources, status: {} },
          schema: {
            openAPIV3Schema: {
              ...schema,
              properties: { ...schema.properties, status: STATUS_SCHEMA },
            },
          },
          additionalPrinterColumns: version.additionalPrinterColumns?.length
            ? version.additionalPrinterColumns
            : PRINTER_COLUMNS,
        };
      }),
    },
  };
}

/** `group/plural` of the requests a Promise's API serves. */
export function requestTypeKey(crd: KubeObject): string {
  const spec = crd.spec as { group: string; names: { plural: string } };
  return `${spec.group}/${spec.names.plural}`;
}

/** Whether Kratix has labelled the request with its Promise and added its finalizer. */
export function isAdopted(obj: KubeObject, promise: string): boolean {
  return (
    obj.metadata.labels?.[PROMISE_LABEL] === promise &&
    (obj.metadata.finalizers ?? []).includes(FINALIZER)
  );
}

/** The request with Kratix's label and finalizer. */
export function adopt(obj: KubeObject, promise: string): KubeObject {
  return {
    ...obj,
    metadata: {
      ...obj.metadata,
      labels: { ...obj.metadata.labels, [PROMISE_LABEL]: promise },
      finalizers: [
        ...(obj.metadata.finalizers ?? []).filter(f => f !== FINALIZER),
        FINALIZER,
      ],
    },
  };
}

/** The request without Kratix's finalizer (its delete pipeline has run). */
export function release(obj: KubeObject): KubeObject {
  return {
    ...obj,
    metadata: {
      ...obj.metadata,
      finalizers: (obj.metadata.finalizers ?? []).filter(f => f !== FINALIZER),
    },
  };
}

/** How the simulated configure pipeline of a request ends. */
export function outcomeOf(obj: KubeObject): 'succeed' | 'fail' | 'pending' {
  const label = obj.metadata.labels?.[OUTCOME_LABEL];
  return label === 'fail' || label === 'pending' ? label : 'succeed';
}

/**
 * Whether a request has settled: its workflow finished for its current
 * generation, or (outcome `pending`) is running; one deleted (`undefined`) has too.
 */
export function requestSettled(current: KubeObject | undefined): boolean {
  if (!current) return true;
  const status = current.status as
    | { observedGeneration?: number; conditions?: unknown[] }
    | undefined;
  if (!status) return false;
  return outcomeOf(current) === 'pending'
    ? (status.conditions?.length ?? 0) > 0
    : status.observedGeneration === current.metadata.generation;
}
