/**
 * Runs one task per key at a time, as a controller's work queue does: a key
 * added while its task runs is run once more afterwards (with the newest
 * task), so every change is reconciled and no object is reconciled twice at
 * once.
 */
export class WorkQueue {
  private readonly running = new Set<string>();
  private readonly pending = new Map<string, () => Promise<void>>();
  private readonly idleWaiters: (() => void)[] = [];
  private stopped = false;

  constructor(
    private readonly onError: (key: string, error: unknown) => void,
  ) {}

  add(key: string, task: () => Promise<void>) {
    if (this.stopped) return;
    if (this.running.has(key)) {
      this.pending.set(key, task);
      return;
    }
    this.running.add(key);
    this.run(key, task);
  }

  private async run(key: string, task: () => Promise<void>) {
    try {
      await task();
    } catch (error) {
      if (!this.stopped) this.onError(key, error);
    }
    const next = this.pending.get(key);
    this.pending.delete(key);
    if (next && !this.stopped) {
      this.run(key, next);
      return;
    }
    this.running.delete(key);
    if (this.running.size === 0) this.idleWaiters.splice(0).forEach(r => r());
  }

  /** Resolves when no task runs (tasks started later are not waited for). */
  idle(): Promise<void> {
    if (this.running.size === 0) return Promise.resolve();
    return new Promise(resolve => this.idleWaiters.push(resolve));
  }

  stop() {
    this.stopped = true;
    this.pending.clear();
  }
}
