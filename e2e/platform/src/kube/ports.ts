import net from 'node:net';

/** The loopback port range the kube-apiserver stack takes its ports from. */
export interface PortRange {
  from: number;
  to: number;
}

function isFree(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * Free loopback ports from `range`, starting at a random offset so that
 * concurrent runs rarely race for the same port.
 */
export async function freePorts(
  count: number,
  range: PortRange,
): Promise<number[]> {
  const size = range.to - range.from + 1;
  const offset = Math.floor(Math.random() * size);
  const ports: number[] = [];
  for (let i = 0; i < size && ports.length < count; i++) {
    const port = range.from + ((offset + i) % size);
    if (await isFree(port)) ports.push(port);
  }
  if (ports.length < count) {
    throw new Error(
      `only ${ports.length} of ${count} ports free in ${range.from}-${range.to}`,
    );
  }
  return ports;
}
