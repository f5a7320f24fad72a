import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { postgresqlPromise } from '../../fixtures/promises';
import { writeKubeconfig } from '../../kubeconfig';
import {
  conditionOf,
  eventually,
  PlatformHttpClient,
} from '../../testing/httpClient';
import { findKubeBinaries } from '../binaries';
import { RunningKubePlatform, startKubePlatform } from '../startKubePlatform';

/**
 * What the Kratix controller does only against kube-apiserver: the CRD it
 * installs for a Promise (status subresource, free-form status, printer
 * columns), Works and WorkPlacements, Promise deletion, and pipeline pods
 * whose logs kube-apiserver fetches from the stub kubelet.
 */
const found = findKubeBinaries();
const maybe = 'missing' in found ? describe.skip : describe;
if ('missing' in found) {
  // eslint-disable-next-line no-console
  console.warn(`controller suite on kube-apiserver skipped: ${found.missing}`);
}

const PROMISES = '/apis/platform.kratix.io/v1alpha1/promises';
const CRDS = '/apis/apiextensions.k8s.io/v1/customresourcedefinitions';
const WIDGETS = '/apis/gadgets.example.com/v1/namespaces/team-a/widgets';

let platform: RunningKubePlatform;
let admin: PlatformHttpClient;
let dir: string;

/** A Promise whose API declares no status and no printer columns. */
function widgetPromise() {
  const promise = structuredClone(postgresqlPromise) as any;
  promise.metadata = {
    name: 'widget',
    labels: { 'kratix.io/promise-version': 'v0.1.0' },
  };
  promise.spec.api.metadata.name = 'widgets.gadgets.example.com';
  promise.spec.api.spec.group = 'gadgets.example.com';
  promise.spec.api.spec.names = {
    kind: 'Widget',
    plural: 'widgets',
    singular: 'widget',
  };
  const [version] = promise.spec.api.spec.versions;
  version.name = 'v1';
  delete version.subresources;
  version.schema.openAPIV3Schema.properties = {
    spec: { type: 'object', properties: { size: { type: 'integer' } } },
  };
  return promise;
}

const kubectl = (args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>(resolve => {
    const child = execFile(
      '/usr/bin/kubectl',
      [...args, '--request-timeout=20s'],
      {
        timeout: 30_000,
        env: {
          PATH: process.env.PATH,
          HOME: dir,
          KUBECONFIG: path.join(dir, 'kubeconfig'),
        },
      },
      (error, stdout, stderr) =>
        resolve({
          code: error ? Number(error.code ?? -1) : 0,
          stdout: String(stdout),
          stderr: String(stderr),
        }),
    );
    child.stdin?.end();
  });

async function until<T>(
  objectPath: string,
  done: (obj: any) => boolean,
  what: string,
) {
  return eventually<T>(
    async () => {
      const res = await admin.get(objectPath);
      return res.status === 200 && done(res.body) ? res.body : undefined;
    },
    { timeoutMs: 30_000, what },
  );
}

maybe('the Kratix controller beside kube-apiserver', () => {
  beforeAll(async () => {
    platform = await startKubePlatform({
      pipelineDelayMs: 300,
      seedPlatform: false,
    });
    admin = new PlatformHttpClient(platform);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ske-kratix-'));
    writeKubeconfig(path.join(dir, 'kubeconfig'), platform);
    const created = await admin.post(PROMISES, widgetPromise());
    if (created.status !== 201) throw new Error(created.text);
    await until(
      `${PROMISES}/widget`,
      p => p.status?.status === 'Available',
      'the widget Promise',
    );
  }, 180_000);

  afterAll(async () => {
    await platform?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('installs a Promise API as Kratix does: status subresource, free-form status, printer columns', async () => {
    const crd = (await admin.get(`${CRDS}/widgets.gadgets.example.com`)).body;
    const [version] = crd.spec.versions;
    expect(version.subresources).toEqual({ status: {} });
    expect(version.schema.openAPIV3Schema.properties.status).toMatchObject({
      type: 'object',
      'x-kubernetes-preserve-unknown-fields': true,
      properties: {
        message: { type: 'string' },
        conditions: { type: 'array' },
      },
    });
    expect(
      version.additionalPrinterColumns.map((c: any) => [c.name, c.jsonPath]),
    ).toEqual([
      ['message', '.status.message'],
      ['status', '.status.conditions[?(@.type=="Reconciled")].message'],
    ]);
    expect(
      (await admin.get(`${PROMISES}/widget`)).body.metadata.finalizers,
    ).toEqual(['kratix.io/api-crd-cleanup']);
  });

  it('reconciles a request: its free-form status survives, kubectl prints the columns, a Work is placed', async () => {
    const created = await admin.post(WIDGETS, {
      apiVersion: 'gadgets.example.com/v1',
      kind: 'Widget',
      metadata: { name: 'w1' },
      spec: { size: 3 },
    });
    expect(created.status).toBe(201);
    const done = await until<any>(
      `${WIDGETS}/w1`,
      w => conditionOf(w, 'Reconciled')?.status === 'True',
      'w1 to reconcile',
    );
    // a key the CRD does not declare, written by the pipeline, is kept
    expect(done.status.instanceName).toBe('w1-instance');
    expect(done.status.kratix.workflows.pipelines[0].phase).toBe('Succeeded');

    const table = await kubectl(['get', 'widgets', '-n', 'team-a']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/NAME\s+MESSAGE\s+STATUS/);
    expect(table.stdout).toMatch(/w1\s+Resource provisioned\s+Reconciled/);

    const works = await eventually(
      async () => {
        const list = await admin.get(
          '/apis/platform.kratix.io/v1alpha1/namespaces/team-a/works?labelSelector=kratix.io%2Fresource-name%3Dw1',
        );
        return list.body.items.length ? list.body.items : undefined;
      },
      { what: 'the Work of w1' },
    );
    expect(works.map((w: any) => w.metadata.name)).toEqual([
      'widget-w1-instance-configure',
    ]);
    const placements = await admin.get(
      '/apis/platform.kratix.io/v1alpha1/namespaces/team-a/workplacements?labelSelector=kratix.io%2Fwork%3Dwidget-w1-instance-configure',
    );
    expect(
      placements.body.items.map((p: any) => p.spec.targetDestinationName),
    ).toEqual(['worker-1']);
  });

  it("serves a pipeline pod's logs through kube-apiserver and the stub kubelet (kubectl logs)", async () => {
    await admin.post(WIDGETS, {
      apiVersion: 'gadgets.example.com/v1',
      kind: 'Widget',
      metadata: {
        name: 'logged',
        labels: { 'simulator.ske.io/outcome': 'fail' },
      },
      spec: { size: 1 },
    });
    await until(
      `${WIDGETS}/logged`,
      w => conditionOf(w, 'Reconciled')?.status === 'False',
      'logged to fail',
    );
    const [pod] = platform.kubelet!.podsOf({
      namespace: 'team-a',
      name: 'logged',
    });
    expect(pod).toBe('kr-configure-widget-logged-1');
    const phase = await until<any>(
      `/api/v1/namespaces/team-a/pods/${pod}`,
      p => p.status?.phase === 'Failed',
      'the pod to fail',
    );
    expect(phase.spec.nodeName).toBe(platform.kubelet!.nodeName);

    const logs = await kubectl(['logs', '-n', 'team-a', pod]);
    expect(logs.stderr).toBe('');
    expect(logs.stdout.trim().split('\n')).toEqual([
      'instance-configure: configure Widget team-a/logged (generation 1)',
      'instance-configure: Error: container "configure" exited with code 1',
    ]);
    const tail = await kubectl(['logs', '-n', 'team-a', pod, '--tail=1']);
    expect(tail.stdout).toBe(
      'instance-configure: Error: container "configure" exited with code 1\n',
    );
    const noPod = await kubectl(['logs', '-n', 'team-a', 'no-such-pod']);
    expect(noPod.code).not.toBe(0);
    expect(noPod.stderr).toContain('pods "no-such-pod" not found');
  });

  it('on delete runs the delete pipeline, removes the Works, then releases the request', async () => {
    await until(
      `${WIDGETS}/w1`,
      w => conditionOf(w, 'Reconciled')?.status === 'True',
      'w1',
    );
    const deleting = await admin.delete(`${WIDGETS}/w1`);
    expect(deleting.status).toBe(200);
    expect(deleting.body.metadata.deletionTimestamp).toBeTruthy();
    await eventually(
      async () =>
        (await admin.get(`${WIDGETS}/w1`)).status === 404 ? true : undefined,
      {
        timeoutMs: 30_000,
        what: 'w1 to be deleted',
      },
    );
    const works = await admin.get(
      '/apis/platform.kratix.io/v1alpha1/namespaces/team-a/works?labelSelector=kratix.io%2Fresource-name%3Dw1',
    );
    expect(works.body.items).toEqual([]);
    const pods = platform.kubelet!.podsOf({ namespace: 'team-a', name: 'w1' });
    expect(pods[0]).toMatch(/^kr-delete-widget-w1-/);
  });

  it('deleting a Promise deletes its requests, then its API, then the Promise', async () => {
    expect((await admin.delete(`${PROMISES}/widget`)).status).toBe(200);
    await eventually(
      async () =>
        (await admin.get(`${PROMISES}/widget`)).status === 404
          ? true
          : undefined,
      {
        timeoutMs: 60_000,
        what: 'the widget Promise to be deleted',
      },
    );
    expect(
      (await admin.get(`${CRDS}/widgets.gadgets.example.com`)).status,
    ).toBe(404);
  });
});
