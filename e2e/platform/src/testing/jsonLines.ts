import type { IncomingMessage } from 'node:http';

/** Hands each JSON document of a newline-delimited stream (a watch) to `onValue`. */
export function onJsonLines<T>(
  res: IncomingMessage,
  onValue: (value: T) => void,
) {
  let buffered = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => {
    buffered += chunk;
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      const line = buffered.slice(0, newline).trim();
      buffered = buffered.slice(newline + 1);
      newline = buffered.indexOf('\n');
      if (line) onValue(JSON.parse(line) as T);
    }
  });
}
