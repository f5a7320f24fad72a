import http from 'node:http';
import path from 'node:path';
import { startProcess, StackProcess, waitUntilReady } from './process';

export interface RunningEtcd {
  url: string;
  process: StackProcess;
}

function healthy(url: string): Promise<boolean> {
  return new Promise(resolve => {
    const req = http.get(`${url}/health`, res => {
      let body = '';
      res.on('data', chunk => (body += chunk));
      res.on('end', () =>
        resolve(res.statusCode === 200 && body.includes('"health":"true"')),
      );
    });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => req.destroy());
  });
}

/** Starts a single-member etcd on loopback with its data under `dir`. */
export async function startEtcd(
  binary: string,
  dir: string,
  ports: { client: number; peer: number },
  timeoutMs = 60_000,
): Promise<RunningEtcd> {
  const url = `http://127.0.0.1:${ports.client}`;
  const peer = `http://127.0.0.1:${ports.peer}`;
  const proc = startProcess(
    'etcd',
    binary,
    [
      '--name=ske',
      `--data-dir=${path.join(dir, 'etcd-data')}`,
      `--listen-client-urls=${url}`,
      `--advertise-client-urls=${url}`,
      `--listen-peer-urls=${peer}`,
      `--initial-advertise-peer-urls=${peer}`,
      `--initial-cluster=ske=${peer}`,
      '--initial-cluster-state=new',
      // test data: durability across power loss is not needed
      '--unsafe-no-fsync=true',
      '--log-level=warn',
    ],
    path.join(dir, 'etcd.log'),
  );
  try {
    await waitUntilReady(proc, () => healthy(url), timeoutMs);
  } catch (e) {
    await proc.stop();
    throw e;
  }
  return { url, process: proc };
}
