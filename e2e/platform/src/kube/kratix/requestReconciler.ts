import type { KubeObject } from '../../store';
import type { PlatformHttpClient } from '../../testing/httpClient';
import {
  resourceFailed,
  resourceInProgress,
  resourceSucceeded,
} from '../../kratixStatus';
import {
  adopt,
  FINALIZER,
  isAdopted,
  outcomeOf,
  PIPELINE,
  release,
} from '../../kratixRules';
import { objectPath, TypePath, updateObject, writeStatus } from './kubeApi';
import type { WorkQueue } from './workQueue';
import { deleteWorks, writeWorks } from './works';

/** A pipeline's life, told to whoever plays its pod (the stub kubelet). */
export interface PipelineRuns {
  started(run: PipelineRun): Promise<void>;
  finished(run: PipelineRun, outcome: 'succeed' | 'fail'): Promise<void>;
}

export interface PipelineRun {
  promise: string;
  request: KubeObject;
  pipeline: string;
  /** `configure` (with the request's generation) or `delete`. */
  action: 'configure' | 'delete';
  generation: number;
}

export interface RequestReconcilerOptions {
  client: PlatformHttpClient;
  queue: WorkQueue;
  promise: string;
  type: TypePath;
  pipelineDelayMs: number;
  pipelines?: PipelineRuns;
  /** Schedules `fn` after `ms` (cancelled when the controller stops). */
  later(fn: () => void, ms: number): void;
}

/**
 * Kratix's handling of one Promise's requests, against the API server:
 * label and finalizer, a configure pipeline per generation (status and
 * conditions as Kratix writes them, then a Work and its WorkPlacement), and
 * on delete a delete pipeline, the Works removed and the finalizer released.
 */
export class RequestReconciler {
  private readonly started = new Set<string>();

  constructor(private readonly options: RequestReconcilerOptions) {}

  private key(obj: KubeObject, suffix = '') {
    const { group, plural } = this.options.type;
    return `${group}/${plural}/${obj.metadata.namespace ?? ''}/${
      obj.metadata.name
    }${suffix}`;
  }

  /** Queues a reconcile of the request an event was about. */
  enqueue(obj: KubeObject) {
    this.options.queue.add(this.key(obj), () => this.reconcile(obj));
  }

  private async reconcile(ref: KubeObject) {
    const { client, promise, type } = this.options;
    const path = objectPath(type, ref);
    const res = await client.get<KubeObject>(path);
    if (res.status === 404) return;
    const obj = res.body;
    if (obj.metadata.deletionTimestamp) {
      this.startDelete(obj);
      return;
    }
    if (!isAdopted(obj, promise)) {
      // the update's own event reconciles it further
      await updateObject(client, path, current =>
        isAdopted(current, promise) ? undefined : adopt(current, promise),
      );
      return;
    }
    const generation = obj.metadata.generation ?? 1;
    const runKey = `${obj.metadata.uid}/${generation}`;
    const status = obj.status as { observedGeneration?: number } | undefined;
    if (status?.observedGeneration === generation || this.started.has(runKey))
      return;
    this.started.add(runKey);
    await writeStatus(client, path, generation, current =>
      resourceInProgress(
        current.status as Record<string, unknown> | undefined,
        PIPELINE,
      ),
    );
    const run: PipelineRun = {
      promise,
      request: obj,
      pipeline: PIPELINE,
      action: 'configure',
      generation,
    };
    await this.options.pipelines?.started(run);
    const outcome = outcomeOf(obj);
    if (outcome === 'pending') return;
    this.options.later(
      () =>
        this.options.queue.add(this.key(obj, '#configure'), () =>
          this.finishConfigure(run, outcome),
        ),
      this.options.pipelineDelayMs,
    );
  }

  private async finishConfigure(run: PipelineRun, outcome: 'succeed' | 'fail') {
    const { client, type } = this.options;
    const { request, generation } = run;
    const written = await writeStatus(
      client,
      objectPath(type, request),
      generation,
      () =>
        outcome === 'fail'
          ? resourceFailed(generation, PIPELINE)
          : resourceSucceeded(request.metadata.name, generation, PIPELINE),
    );
    await this.options.pipelines?.finished(run, outcome);
    if (written && outcome === 'succeed') {
      await writeWorks(client, run.promise, request);
    }
  }

  private startDelete(obj: KubeObject) {
    if (!(obj.metadata.finalizers ?? []).includes(FINALIZER)) return;
    const runKey = `${obj.metadata.uid}/delete`;
    if (this.started.has(runKey)) return;
    this.started.add(runKey);
    const { client, promise, type } = this.options;
    const run: PipelineRun = {
      promise,
      request: obj,
      pipeline: 'instance-delete',
      action: 'delete',
      generation: obj.metadata.generation ?? 1,
    };
    const finish = async () => {
      await deleteWorks(client, promise, obj);
      await this.options.pipelines?.finished(run, 'succeed');
      await updateObject(client, objectPath(type, obj), current =>
        current.metadata.uid === obj.metadata.uid
          ? release(current)
          : undefined,
      );
    };
    this.options.queue.add(this.key(obj, '#delete'), async () => {
      await this.options.pipelines?.started(run);
      this.options.later(
        () => this.options.queue.add(this.key(obj, '#delete'), finish),
        this.options.pipelineDelayMs,
      );
    });
  }
}
