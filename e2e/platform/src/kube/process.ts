import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';

/** A child process of the stack, its output in a log file. */
export interface StackProcess {
  name: string;
  child: ChildProcess;
  logFile: string;
  /** Resolves once the process has exited (SIGTERM first, SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

const tail = (file: string, lines = 30) =>
  fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .trimEnd()
        .split('\n')
        .slice(-lines)
        .join('\n')
    : '';

/** Starts `command` with its stdout and stderr appended to `logFile`. */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  logFile: string,
): StackProcess {
  const out = fs.openSync(logFile, 'a');
  const child = spawn(command, args, {
    stdio: ['ignore', out, out],
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
  fs.closeSync(out);
  const exited = new Promise<void>(resolve => {
    if (child.exitCode !== null) resolve();
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  return {
    name,
    child,
    logFile,
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * Resolves once `ready()` answers true; rejects when the process exits first
 * (with the end of its log) or after `timeoutMs`.
 */
export async function waitUntilReady(
  proc: StackProcess,
  ready: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (proc.child.exitCode !== null || proc.child.signalCode !== null) {
      throw new Error(
        `${proc.name} exited (${
          proc.child.exitCode ?? proc.child.signalCode
        }) before it was ready; its log ends:\n${tail(proc.logFile)}`,
      );
    }
    if (await ready().catch(() => false)) return;
    if (Date.now() > deadline) {
      throw new Error(
        `${
          proc.name
        } was not ready within ${timeoutMs}ms; its log ends:\n${tail(
          proc.logFile,
        )}`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}
