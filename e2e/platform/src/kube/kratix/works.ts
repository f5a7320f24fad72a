import type { KubeObject } from '../../store';
import type { PlatformHttpClient } from '../../testing/httpClient';
import { PIPELINE, PROMISE_LABEL } from '../../kratixRules';
import { DESTINATION, KRATIX_NAMESPACE } from './kratixCrds';
import {
  collectionPath,
  expectStatus,
  objectPath,
  TypePath,
  updateObject,
} from './kubeApi';

const RESOURCE_LABEL = 'kratix.io/resource-name';
const WORK_LABEL = 'kratix.io/work';
const WORKS: TypePath = {
  group: 'platform.kratix.io',
  version: 'v1alpha1',
  plural: 'works',
};
const PLACEMENTS: TypePath = { ...WORKS, plural: 'workplacements' };

const namespaceOf = (request: KubeObject) =>
  request.metadata.namespace ?? KRATIX_NAMESPACE;

/** The Work a request's configure pipeline writes, and its WorkPlacement on the destination. */
function workObjects(promise: string, request: KubeObject) {
  const name = `${promise}-${request.metadata.name}-${PIPELINE}`;
  const namespace = namespaceOf(request);
  const workloads = [
    {
      filepath: `${request.metadata.name}.json`,
      content: JSON.stringify({ kind: request.kind, spec: request.spec }),
    },
  ];
  const labels = {
    [PROMISE_LABEL]: promise,
    [RESOURCE_LABEL]: request.metadata.name,
    'kratix.io/pipeline-name': PIPELINE,
    'kratix.io/work-type': 'resource',
  };
  const work: KubeObject = {
    apiVersion: 'platform.kratix.io/v1alpha1',
    kind: 'Work',
    metadata: { name, namespace, labels },
    spec: {
      promiseName: promise,
      resourceName: request.metadata.name,
      workloadGroups: [
        {
          id: 'default',
          directory: '.',
          workloads,
          destinationSelectors: [{ matchLabels: { environment: 'dev' } }],
        },
      ],
    },
  };
  const placement: KubeObject = {
    apiVersion: 'platform.kratix.io/v1alpha1',
    kind: 'WorkPlacement',
    metadata: {
      name: `${name}.${DESTINATION}`,
      namespace,
      labels: { ...labels, [WORK_LABEL]: name },
    },
    spec: {
      targetDestinationName: DESTINATION,
      promiseName: promise,
      resourceName: request.metadata.name,
      id: 'default',
      workloads,
    },
  };
  return [
    { type: WORKS, obj: work },
    { type: PLACEMENTS, obj: placement },
  ];
}

/** Creates (or replaces the spec of) the request's Work and WorkPlacement. */
export async function writeWorks(
  client: PlatformHttpClient,
  promise: string,
  request: KubeObject,
) {
  for (const { type, obj } of workObjects(promise, request)) {
    const path = collectionPath(type, obj.metadata.namespace);
    const created = await client.post(path, obj);
    if (created.status === 409) {
      await updateObject(client, objectPath(type, obj), current => ({
        ...current,
        spec: obj.spec,
      }));
    } else {
      expectStatus(`creating ${obj.kind} ${obj.metadata.name}`, created, [201]);
    }
  }
}

/** Deletes the Works and WorkPlacements of a request (no garbage collector runs here). */
export async function deleteWorks(
  client: PlatformHttpClient,
  promise: string,
  request: KubeObject,
) {
  const selector = encodeURIComponent(
    `${PROMISE_LABEL}=${promise},${RESOURCE_LABEL}=${request.metadata.name}`,
  );
  for (const type of [PLACEMENTS, WORKS]) {
    const path = collectionPath(type, namespaceOf(request));
    expectStatus(
      `deleting ${type.plural} of ${request.metadata.name}`,
      await client.delete(`${path}?labelSelector=${selector}`),
      [200],
    );
  }
}
