/** Builders for the status Kratix writes on Promises and resource requests. */

const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

const condition = (
  type: string,
  status: string,
  reason: string,
  message: string,
) => ({
  type,
  status,
  reason,
  message,
  lastTransitionTime: now(),
});

/** The conditions of a workflow that ran to completion and whose works are ready. */
const succeededConditions = () => [
  condition(
    'ConfigureWorkflowCompleted',
    'True',
    'PipelinesExecutedSuccessfully',
    'Pipelines completed',
  ),
  condition(
    'WorksSucceeded',
    'True',
    'WorksSucceeded',
    'All works associated with this resource are ready',
  ),
  condition('Reconciled', 'True', 'Reconciled', 'Reconciled'),
];

/** Newer Kratix writes the same data at the top level and under `status.kratix`. */
function withKratixMirror(
  status: Record<string, unknown>,
  pipelines: unknown[],
) {
  const { conditions, message, observedGeneration, ...counters } = status;
  return {
    ...status,
    kratix: {
      conditions,
      message,
      observedGeneration,
      ...counters,
      workflows: { pipelines },
    },
  };
}

export function promiseAvailable(
  spec: {
    api?: {
      spec?: {
        group?: string;
        names?: { kind?: string };
        versions?: { name: string; storage?: boolean }[];
      };
    };
  },
  version: string | undefined,
  generation: number,
) {
  const api = spec.api?.spec;
  const storage = api?.versions?.find(v => v.storage) ?? api?.versions?.[0];
  const pipelines = [
    {
      name: 'promise-configure',
      phase: 'Succeeded',
      lastTransitionTime: now(),
    },
  ];
  return withKratixMirror(
    {
      status: 'Available',
      message: 'Promise is available',
      observedGeneration: generation,
      lastAvailableTime: now(),
      ...(api
        ? { kind: api.names?.kind, apiVersion: `${api.group}/${storage?.name}` }
        : {}),
      version,
      workflows: 1,
      workflowsSucceeded: 1,
      workflowsFailed: 0,
      conditions: [
        condition(
          'RequirementsFulfilled',
          'True',
          'RequirementsInstalled',
          'Requirements fulfilled',
        ),
        ...succeededConditions(),
        condition(
          'Available',
          'True',
          'PromiseAvailable',
          'Ready to fulfil resource requests',
        ),
      ],
    },
    pipelines,
  );
}

export function resourceInProgress(
  previous: Record<string, unknown> | undefined,
  pipeline: string,
) {
  const pipelines = [
    { name: pipeline, phase: 'Running', lastTransitionTime: now() },
  ];
  return withKratixMirror(
    {
      ...(previous ?? {}),
      message:
        previous?.message === undefined ? 'Pending' : 'Resource requested',
      workflows: 1,
      workflowsSucceeded: 0,
      workflowsFailed: 0,
      conditions: [
        condition(
          'ConfigureWorkflowCompleted',
          'False',
          'PipelinesInProgress',
          'Pipelines are still in progress',
        ),
        condition(
          'WorksSucceeded',
          'Unknown',
          'WorksPending',
          'Waiting for works',
        ),
        condition('Reconciled', 'Unknown', 'WorkflowPending', 'Pending'),
      ],
    },
    pipelines,
  );
}

export function resourceSucceeded(
  name: string,
  generation: number,
  pipeline: string,
) {
  const pipelines = [
    { name: pipeline, phase: 'Succeeded', lastTransitionTime: now() },
  ];
  return withKratixMirror(
    {
      message: 'Resource provisioned',
      instanceName: `${name}-instance`,
      observedGeneration: generation,
      lastSuccessfulConfigureWorkflowTime: now(),
      workflows: 1,
      workflowsSucceeded: 1,
      workflowsFailed: 0,
      conditions: [...succeededConditions()],
    },
    pipelines,
  );
}

export function resourceFailed(generation: number, pipeline: string) {
  const pipelines = [
    {
      name: pipeline,
      phase: 'Failed',
      message: 'container "configure" exited with code 1',
      lastTransitionTime: now(),
    },
  ];
  return withKratixMirror(
    {
      message: 'A Configure Pipeline has failed',
      observedGeneration: generation,
      workflows: 1,
      workflowsSucceeded: 0,
      workflowsFailed: 1,
      conditions: [
        condition(
          'ConfigureWorkflowCompleted',
          'False',
          'ConfigureWorkflowFailed',
          `A Configure Pipeline has failed: ${pipeline}`,
        ),
        condition(
          'WorksSucceeded',
          'Unknown',
          'WorksPending',
          'Waiting for works',
        ),
        condition('Reconciled', 'False', 'ConfigureWorkflowFailed', 'Failing'),
      ],
    },
    pipelines,
  );
}
