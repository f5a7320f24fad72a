import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { generatePki } from '../../pki';
import { PROMISE_LABEL } from '../../kratixRules';
import type { PlatformUserName } from '../../access';
import { PlatformHttpClient } from '../../testing/httpClient';
import { expectStatus, updateObject } from './kubeApi';
import type { PipelineRun, PipelineRuns } from './requestReconciler';

/** The Node the stub kubelet registers; pipeline pods are bound to it. */
export const STUB_NODE = 'kratix-pipelines';
const CONTAINER = 'configure';

export interface StubKubelet {
  nodeName: string;
  /** The kubelet's HTTPS port on 127.0.0.1 (kube-apiserver proxies pod logs to it). */
  port: number;
  /** Plays pipeline pods for the Kratix controller. */
  pipelines: PipelineRuns;
  /** The pod a pipeline run of a request created (namespace, name), newest first. */
  podsOf(request: { namespace?: string; name: string }): string[];
  stop(): Promise<void>;
}

const podName = (run: PipelineRun) => {
  const suffix =
    run.action === 'configure' ? `${run.generation}` : `delete-${Date.now()}`;
  return `kr-${run.action}-${run.promise}-${run.request.metadata.name}-${suffix}`
    .toLowerCase()
    .slice(0, 63)
    .replace(/-+$/, '');
};

/**
 * A kubelet that runs nothing: registers a Node whose endpoint is itself,
 * creates the Pod of each pipeline the Kratix controller plays (bound to that
 * Node, its status Running then Succeeded or Failed) and serves the pods'
 * logs at `/containerLogs/<ns>/<pod>/<container>`, so that kube-apiserver's
 * own pod-log endpoint (`kubectl logs`) answers through it.
 */
export async function startStubKubelet(kube: {
  url: string;
  caCert: string;
  tokens: Record<PlatformUserName, string>;
}): Promise<StubKubelet> {
  const client = new PlatformHttpClient(kube, 'admin');
  const logs = new Map<string, string[]>();
  const pods = new Map<string, string[]>();
  const pki = generatePki();
  const server = https.createServer(
    { cert: pki.serverCert, key: pki.serverKey },
    (req, res) => {
      const url = new URL(req.url ?? '/', 'https://kubelet');
      const match = /^\/containerLogs\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(
        url.pathname,
      );
      const lines = match && logs.get(`${match[1]}/${match[2]}/${match[3]}`);
      if (req.method !== 'GET' || !lines) {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('404 page not found\n');
        return;
      }
      const tail = Number(url.searchParams.get('tailLines') ?? NaN);
      const shown =
        Number.isInteger(tail) && tail >= 0
          ? lines.slice(-tail || lines.length)
          : lines;
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(tail === 0 ? '' : shown.map(l => `${l}\n`).join(''));
    },
  );
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const nodePath = `/api/v1/nodes/${STUB_NODE}`;
  expectStatus(
    'registering the stub kubelet Node',
    await client.post('/api/v1/nodes', {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name: STUB_NODE,
        labels: {
          'kubernetes.io/hostname': STUB_NODE,
          'kratix.io/stub': 'true',
        },
      },
    }),
    [201, 409],
  );
  await updateObject(
    client,
    nodePath,
    node => ({
      ...node,
      status: {
        addresses: [{ type: 'InternalIP', address: '127.0.0.1' }],
        daemonEndpoints: { kubeletEndpoint: { Port: port } },
        conditions: [
          {
            type: 'Ready',
            status: 'True',
            reason: 'KubeletReady',
            message: 'stub kubelet is posting ready status',
            lastHeartbeatTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
            lastTransitionTime: new Date()
              .toISOString()
              .replace(/\.\d+Z$/, 'Z'),
          },
        ],
        nodeInfo: {
          kubeletVersion: 'stub',
          architecture: 'amd64',
          operatingSystem: 'linux',
        },
      },
    }),
    'status',
  );

  const log = (namespace: string, pod: string, line: string) => {
    const key = `${namespace}/${pod}/${CONTAINER}`;
    logs.set(key, [...(logs.get(key) ?? []), line]);
  };
  const setPhase = (
    namespace: string,
    pod: string,
    phase: 'Running' | 'Succeeded' | 'Failed',
  ) => {
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const state =
      phase === 'Running'
        ? { running: { startedAt: now } }
        : {
            terminated: {
              exitCode: phase === 'Succeeded' ? 0 : 1,
              reason: phase === 'Succeeded' ? 'Completed' : 'Error',
              finishedAt: now,
            },
          };
    return updateObject(
      client,
      `/api/v1/namespaces/${namespace}/pods/${pod}`,
      current => ({
        ...current,
        status: {
          phase,
          hostIP: '127.0.0.1',
          startTime:
            (current.status as { startTime?: string })?.startTime ?? now,
          containerStatuses: [
            {
              name: CONTAINER,
              image: (current.spec as any).containers[0].image,
              imageID: '',
              ready: phase === 'Running',
              restartCount: 0,
              started: phase === 'Running',
              state,
            },
          ],
        },
      }),
      'status',
    );
  };

  const ensureServiceAccount = async (namespace: string, name: string) => {
    expectStatus(
      `creating service account ${namespace}/${name}`,
      await client.post(`/api/v1/namespaces/${namespace}/serviceaccounts`, {
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: { name, namespace },
      }),
      [201, 409],
    );
  };

  const pipelines: PipelineRuns = {
    async started(run) {
      const namespace =
        run.request.metadata.namespace ?? 'kratix-platform-system';
      const name = podName(run);
      const serviceAccount = `${run.promise}-resource-pipeline`;
      await ensureServiceAccount(namespace, serviceAccount);
      const created = await client.post(
        `/api/v1/namespaces/${namespace}/pods`,
        {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: {
            name,
            namespace,
            labels: {
              [PROMISE_LABEL]: run.promise,
              'kratix.io/resource-name': run.request.metadata.name,
              'kratix.io/pipeline-name': run.pipeline,
              'kratix.io/workflow-type': 'resource',
              'kratix.io/workflow-action': run.action,
            },
          },
          spec: {
            nodeName: STUB_NODE,
            restartPolicy: 'Never',
            serviceAccountName: serviceAccount,
            automountServiceAccountToken: false,
            containers: [
              {
                name: CONTAINER,
                image: `ghcr.io/syntasso/${run.promise}-${run.action}:v0.1.0`,
              },
            ],
          },
        },
      );
      expectStatus(`creating pipeline pod ${name}`, created, [201, 409]);
      const key = `${namespace}/${run.request.metadata.name}`;
      pods.set(key, [name, ...(pods.get(key) ?? []).filter(p => p !== name)]);
      log(
        namespace,
        name,
        `${run.pipeline}: ${run.action} ${run.request.kind} ${namespace}/${run.request.metadata.name} (generation ${run.generation})`,
      );
      await setPhase(namespace, name, 'Running');
    },
    async finished(run, outcome) {
      const namespace =
        run.request.metadata.namespace ?? 'kratix-platform-system';
      const name = podName(run);
      if (run.action === 'delete') {
        // the name of a delete run carries its start time: find it
        const started = pods
          .get(`${namespace}/${run.request.metadata.name}`)
          ?.find(p => p.startsWith(name.replace(/-\d+$/, '')));
        if (started) {
          log(namespace, started, `${run.pipeline}: cleaned up`);
          await setPhase(namespace, started, 'Succeeded');
        }
        return;
      }
      log(
        namespace,
        name,
        outcome === 'succeed'
          ? `${run.pipeline}: wrote the Work for ${run.request.metadata.name}`
          : `${run.pipeline}: Error: container "${CONTAINER}" exited with code 1`,
      );
      await setPhase(
        namespace,
        name,
        outcome === 'succeed' ? 'Succeeded' : 'Failed',
      );
    },
  };

  return {
    nodeName: STUB_NODE,
    port,
    pipelines,
    podsOf: ({ namespace, name }) =>
      pods.get(`${namespace ?? 'kratix-platform-system'}/${name}`) ?? [],
    async stop() {
      await new Promise<void>(resolve => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}
