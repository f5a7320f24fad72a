import { fork, ChildProcess } from 'node:child_process';
import path from 'node:path';

/** A benchmark server in its own Node process, so it does not share an event loop with the load generator. */
export interface Child<Ready> {
  ready: Ready;
  /** Sends a message and resolves with the child's next answer. */
  ask<T>(message: object): Promise<T>;
  stop(): void;
}

/** Forks `bench/processes/<script>` under tsx and waits for its first message. */
export function startChild<Ready>(
  script: string,
  env: Record<string, string> = {},
): Promise<Child<Ready>> {
  const child: ChildProcess = fork(path.join(__dirname, script), [], {
    execArgv: ['--import', 'tsx', '--expose-gc', '--no-node-snapshot'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const next = <T>() =>
    new Promise<T>((resolve, reject) => {
      child.once('message', message => resolve(message as T));
      child.once('exit', code =>
        reject(new Error(`${script} exited with ${code}`)),
      );
    });
  return next<Ready>().then(ready => ({
    ready,
    ask: <T>(message: object) => {
      const answer = next<T>();
      child.send(message);
      return answer;
    },
    stop: () => {
      child.kill();
    },
  }));
}
