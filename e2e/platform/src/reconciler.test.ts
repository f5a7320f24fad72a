/* eslint jest/no-standalone-expect: ["error", { "additionalTestBlockFunctions": ["maybe"] }] */
import { postgresqlPromise } from './fixtures/promises';
import { OUTCOME_LABEL } from './kratixRules';
import {
  conditionOf,
  eventually,
  PlatformHttpClient,
} from './testing/httpClient';
import { platformTargets, TestPlatform } from './testing/platformTargets';

/** The simulated Kratix controller, observed only through the API as a client would. */
const POSTGRESQLS =
  '/apis/marketplace.kratix.io/v1alpha2/namespaces/team-a/postgresqls';
const REDISES =
  '/apis/marketplace.kratix.io/v1alpha1/namespaces/team-a/redises';
const PROMISES = '/apis/platform.kratix.io/v1alpha1/promises';

type Obj = {
  metadata: {
    name: string;
    generation: number;
    labels?: Record<string, string>;
    finalizers?: string[];
    deletionTimestamp?: string;
  };
  spec: Record<string, unknown>;
  status?: Record<string, any>;
};

let admin: PlatformHttpClient;
let alice: PlatformHttpClient;

const reconciled = (obj: Obj | undefined) => conditionOf(obj, 'Reconciled');
const pipelines = (
  obj: Obj | undefined,
): { name: string; phase: string }[] | undefined =>
  obj?.status?.kratix?.workflows?.pipelines;

/** Polls a resource until `done` holds for it (bounded), and returns it. */
async function until(
  path: string,
  done: (obj: Obj) => boolean,
  what: string,
): Promise<Obj> {
  return eventually(
    async () => {
      const response = await admin.get<Obj>(path);
      return response.status === 200 && done(response.body)
        ? response.body
        : undefined;
    },
    { timeoutMs: 10_000, what },
  );
}

const database = (
  name: string,
  labels?: Record<string, string>,
  spec: Record<string, unknown> = { teamId: 'team-a' },
) => ({
  apiVersion: 'marketplace.kratix.io/v1alpha2',
  kind: 'postgresql',
  metadata: { name, ...(labels ? { labels } : {}) },
  spec,
});

describe.each(platformTargets({ pipelineDelayMs: 200 }))(
  'the Kratix controller on $name',
  target => {
    if (target.skip) {
      // eslint-disable-next-line no-console
      console.warn(
        `controller suite on ${target.name} skipped: ${target.skip}`,
      );
    }
    const maybe = target.skip ? it.skip : it;
    let platform: TestPlatform;

    beforeAll(async () => {
      if (target.skip) return;
      platform = await target.start();
      await platform.settled();
      admin = new PlatformHttpClient(platform);
      alice = admin.as('alice');
    }, 180_000);

    afterAll(async () => {
      await platform?.stop();
    }, 60_000);

    maybe(
      'walks a new request from in progress to Reconciled, for its generation',
      async () => {
        const watch = await admin.watch<Obj>(
          `${POSTGRESQLS}?fieldSelector=${encodeURIComponent(
            'metadata.name=walker',
          )}`,
        );
        try {
          const created = await alice.post<Obj>(
            POSTGRESQLS,
            database('walker'),
          );
          expect(created.status).toBe(201);
          expect(created.body.status).toBeUndefined();

          const done = await until(
            `${POSTGRESQLS}/walker`,
            obj => reconciled(obj)?.status === 'True',
            'walker to reconcile',
          );
          expect(done.metadata.generation).toBe(1);
          expect(done.status!.observedGeneration).toBe(
            done.metadata.generation,
          );
          expect(done.status!.kratix.observedGeneration).toBe(
            done.metadata.generation,
          );
          expect(reconciled(done)).toMatchObject({
            status: 'True',
            reason: 'Reconciled',
          });
          expect(conditionOf(done, 'ConfigureWorkflowCompleted')).toMatchObject(
            {
              status: 'True',
              reason: 'PipelinesExecutedSuccessfully',
            },
          );
          expect(pipelines(done)).toEqual([
            expect.objectContaining({
              name: 'instance-configure',
              phase: 'Succeeded',
            }),
          ]);
          expect(done.status).toMatchObject({
            message: 'Resource provisioned',
            instanceName: 'walker-instance',
            workflowsSucceeded: 1,
          });
          expect(done.metadata.labels).toEqual({
            'kratix.io/promise-name': 'postgresql',
          });
          expect(done.metadata.finalizers).toEqual([
            'kratix.io/resource-cleanup',
          ]);

          // every state it went through, as a watching client saw them
          await watch.waitFor(e => reconciled(e.object)?.status === 'True');
          const states = watch.events.map(e => e.object);
          const inProgress = states.findIndex(
            o => reconciled(o)?.status === 'Unknown',
          );
          const finished = states.findIndex(
            o => reconciled(o)?.status === 'True',
          );
          expect(watch.events[0].type).toBe('ADDED');
          expect(inProgress).toBeGreaterThan(0);
          expect(finished).toBeGreaterThan(inProgress);
          const running = states[inProgress];
          expect(reconciled(running)).toMatchObject({
            status: 'Unknown',
            reason: 'WorkflowPending',
          });
          expect(
            conditionOf(running, 'ConfigureWorkflowCompleted'),
          ).toMatchObject({
            status: 'False',
            reason: 'PipelinesInProgress',
          });
          expect(pipelines(running)).toEqual([
            expect.objectContaining({
              name: 'instance-configure',
              phase: 'Running',
            }),
          ]);
          expect(running.status!.observedGeneration).toBeUndefined();
        } finally {
          watch.close();
        }
      },
    );

    maybe(
      'reconciles again when the spec changes, up to the new generation',
      async () => {
        await alice.post(POSTGRESQLS, database('grower'));
        await until(
          `${POSTGRESQLS}/grower`,
          obj => reconciled(obj)?.status === 'True',
          'grower to reconcile',
        );

        const patched = await alice.patch<Obj>(
          `${POSTGRESQLS}/grower`,
          { spec: { storageGb: 200 } },
          'application/merge-patch+json',
        );
        expect(patched.status).toBe(200);
        expect(patched.body.metadata.generation).toBe(2);
        // the status still describes generation 1 until the workflow for 2 has run
        expect(patched.body.status!.observedGeneration).toBe(1);

        const done = await until(
          `${POSTGRESQLS}/grower`,
          obj =>
            obj.status?.observedGeneration === 2 &&
            reconciled(obj)?.status === 'True',
          'grower to reconcile generation 2',
        );
        expect(done.metadata.generation).toBe(2);
        expect(done.spec.storageGb).toBe(200);
      },
    );

    maybe(
      'leaves a metadata-only change alone: no new generation, no new workflow',
      async () => {
        await alice.post(POSTGRESQLS, database('relabelled'));
        const before = await until(
          `${POSTGRESQLS}/relabelled`,
          obj => reconciled(obj)?.status === 'True',
          'relabelled',
        );
        const patched = await alice.patch<Obj>(
          `${POSTGRESQLS}/relabelled`,
          { metadata: { labels: { owner: 'alice' } } },
          'application/merge-patch+json',
        );
        expect(patched.body.metadata.generation).toBe(1);
        expect(patched.body.status).toEqual(before.status);
      },
    );

    maybe(
      'ends a request labelled to fail with Reconciled False / ConfigureWorkflowFailed',
      async () => {
        const watch = await admin.watch<Obj>(
          `${POSTGRESQLS}?fieldSelector=${encodeURIComponent(
            'metadata.name=doomed',
          )}`,
        );
        try {
          await alice.post(
            POSTGRESQLS,
            database('doomed', { [OUTCOME_LABEL]: 'fail' }),
          );
          const failed = await until(
            `${POSTGRESQLS}/doomed`,
            obj => reconciled(obj)?.status === 'False',
            'doomed to fail',
          );
          expect(reconciled(failed)).toMatchObject({
            status: 'False',
            reason: 'ConfigureWorkflowFailed',
          });
          expect(
            conditionOf(failed, 'ConfigureWorkflowCompleted'),
          ).toMatchObject({
            status: 'False',
            reason: 'ConfigureWorkflowFailed',
            message: 'A Configure Pipeline has failed: instance-configure',
          });
          expect(failed.status!.observedGeneration).toBe(
            failed.metadata.generation,
          );
          expect(failed.status).toMatchObject({
            message: 'A Configure Pipeline has failed',
            workflowsFailed: 1,
            workflowsSucceeded: 0,
          });
          expect(pipelines(failed)).toEqual([
            expect.objectContaining({ phase: 'Failed' }),
          ]);

          // it was in progress before it failed
          await watch.waitFor(e => reconciled(e.object)?.status === 'False');
          const statuses = watch.events
            .map(e => reconciled(e.object)?.status)
            .filter(Boolean);
          expect(statuses).toEqual(['Unknown', 'False']);
        } finally {
          watch.close();
        }
      },
    );

    maybe(
      'keeps a request labelled pending in progress while others finish',
      async () => {
        await alice.post(REDISES, {
          apiVersion: 'marketplace.kratix.io/v1alpha1',
          kind: 'redis',
          metadata: { name: 'stuck', labels: { [OUTCOME_LABEL]: 'pending' } },
          spec: {},
        });
        await alice.post(REDISES, {
          apiVersion: 'marketplace.kratix.io/v1alpha1',
          kind: 'redis',
          metadata: { name: 'quick' },
          spec: {},
        });
        await until(
          `${REDISES}/quick`,
          obj => reconciled(obj)?.status === 'True',
          'quick to reconcile',
        );
        const stuck = await until(
          `${REDISES}/stuck`,
          obj => reconciled(obj) !== undefined,
          'stuck to start',
        );
        expect(reconciled(stuck)).toMatchObject({
          status: 'Unknown',
          reason: 'WorkflowPending',
        });
        expect(pipelines(stuck)).toEqual([
          expect.objectContaining({ phase: 'Running' }),
        ]);
        expect(stuck.status!.observedGeneration).toBeUndefined();
      },
    );

    maybe(
      'has settled the seeded requests by the time settled() resolves',
      async () => {
        const get = (path: string) =>
          admin.get<Obj>(`/apis/${path}`).then(r => r.body);
        const acid = await get(
          'marketplace.kratix.io/v1alpha2/namespaces/team-a/postgresqls/acid-db',
        );
        const broken = await get(
          'marketplace.kratix.io/v1alpha2/namespaces/team-b/postgresqls/broken-db',
        );
        const cache = await get(
          'marketplace.kratix.io/v1alpha1/namespaces/team-a/redises/cache',
        );
        const sessions = await get(
          'marketplace.kratix.io/v1alpha1/namespaces/team-b/redises/sessions',
        );
        const events = await get(
          'streaming.syntasso.io/v1/namespaces/team-a/kafkas/events',
        );
        expect(
          [acid, broken, cache, sessions, events].map(
            o => reconciled(o)?.status,
          ),
        ).toEqual(['True', 'False', 'True', 'Unknown', 'True']);
        expect(events.metadata.labels).toEqual({
          'kratix.io/promise-name': 'kafka',
        });
      },
    );

    maybe(
      'removes its finalizer after a delete, and then the request is gone',
      async () => {
        await alice.post(POSTGRESQLS, database('leaver'));
        await until(
          `${POSTGRESQLS}/leaver`,
          obj => reconciled(obj)?.status === 'True',
          'leaver to reconcile',
        );
        const deleting = await alice.delete<Obj>(`${POSTGRESQLS}/leaver`);
        expect(deleting.status).toBe(200);
        expect(deleting.body.metadata.deletionTimestamp).toBeTruthy();
        expect(deleting.body.metadata.finalizers).toEqual([
          'kratix.io/resource-cleanup',
        ]);
        await eventually(
          async () =>
            (await admin.get(`${POSTGRESQLS}/leaver`)).status === 404
              ? true
              : undefined,
          { what: 'leaver to be deleted' },
        );
      },
    );

    maybe(
      'marks the seeded Promises Available and serves their APIs',
      async () => {
        const promises = (await admin.get(PROMISES)).body.items as Obj[];
        expect(
          promises.map(p => [
            p.metadata.name,
            p.status?.status,
            p.status?.observedGeneration,
          ]),
        ).toEqual([
          ['data-platform', 'Available', 1],
          ['kafka', 'Available', 1],
          ['namespace-baseline', 'Available', 1],
          ['postgresql', 'Available', 1],
          ['redis', 'Available', 1],
        ]);
        const postgresql = promises.find(
          p => p.metadata.name === 'postgresql',
        )!;
        expect(postgresql.status).toMatchObject({
          kind: 'postgresql',
          apiVersion: 'marketplace.kratix.io/v1alpha2',
          version: 'v1.2.0',
        });
        expect(conditionOf(postgresql, 'Available')).toMatchObject({
          status: 'True',
          reason: 'PromiseAvailable',
        });
      },
    );

    maybe('installs the API of a Promise created through the API', async () => {
      const mysql = structuredClone(postgresqlPromise) as any;
      mysql.metadata = {
        name: 'mysql',
        labels: { 'kratix.io/promise-version': 'v0.0.1' },
      };
      mysql.spec.api.metadata.name = 'mysqls.marketplace.kratix.io';
      mysql.spec.api.spec.names = {
        kind: 'mysql',
        plural: 'mysqls',
        singular: 'mysql',
      };
      expect((await admin.post(PROMISES, mysql)).status).toBe(201);

      const available = await until(
        `${PROMISES}/mysql`,
        obj => obj.status?.status === 'Available',
        'mysql Promise',
      );
      expect(available.status).toMatchObject({
        kind: 'mysql',
        apiVersion: 'marketplace.kratix.io/v1alpha2',
        version: 'v0.0.1',
      });
      const discovery = await admin.get('/apis/marketplace.kratix.io/v1alpha2');
      expect(
        discovery.body.resources.map((r: { name: string }) => r.name),
      ).toEqual(
        expect.arrayContaining(['postgresqls', 'mysqls', 'mysqls/status']),
      );

      const path =
        '/apis/marketplace.kratix.io/v1alpha2/namespaces/team-a/mysqls';
      const created = await alice.post(path, {
        apiVersion: 'marketplace.kratix.io/v1alpha2',
        kind: 'mysql',
        metadata: { name: 'm' },
        spec: { teamId: 'team-a' },
      });
      expect(created.status).toBe(201);
      const done = await until(
        `${path}/m`,
        obj => reconciled(obj)?.status === 'True',
        'mysql request',
      );
      expect(done.metadata.labels).toEqual({
        'kratix.io/promise-name': 'mysql',
      });
    });
  },
);
