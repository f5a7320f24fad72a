import https from 'node:https';
import type { KubeObject } from '../../store';
import type { PlatformHttpClient } from '../../testing/httpClient';
import { onJsonLines } from '../../testing/jsonLines';

export type InformerEvent = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface Informer {
  /** Resolves once the first list has been handed to the handler. */
  synced: Promise<void>;
  stop(): void;
}

export interface InformerTarget {
  url: string;
  caCert: string;
  token: string;
}

/**
 * Lists a collection, then watches it from the list's resourceVersion and
 * hands every object to `onEvent`, as client-go's informers do: a watch that
 * ends is resumed from the last resourceVersion seen, a watch that expired
 * (410 Gone) starts again with a list.
 */
export function startInformer(
  client: PlatformHttpClient,
  target: InformerTarget,
  path: string,
  onEvent: (type: InformerEvent, obj: KubeObject) => void,
): Informer {
  let stopped = false;
  let request: ReturnType<typeof https.request> | undefined;
  let markSynced: () => void = () => undefined;
  const synced = new Promise<void>(resolve => {
    markSynced = resolve;
  });

  const list = async (): Promise<string> => {
    const res = await client.get(path);
    if (res.status !== 200) {
      throw new Error(`listing ${path}: ${res.status} ${res.text}`);
    }
    for (const item of res.body.items ?? []) onEvent('ADDED', item);
    markSynced();
    return res.body.metadata.resourceVersion;
  };

  /** Resolves with the resourceVersion to resume from, or `undefined` to list again. */
  const watch = (resourceVersion: string) =>
    new Promise<string | undefined>(resolve => {
      const url = new URL(path, target.url);
      url.searchParams.set('watch', 'true');
      url.searchParams.set('resourceVersion', resourceVersion);
      url.searchParams.set('allowWatchBookmarks', 'true');
      url.searchParams.set('timeoutSeconds', '300');
      let latest: string | undefined = resourceVersion;
      request = https.request(
        {
          hostname: url.hostname,
          port: url.port,
          path: `${url.pathname}${url.search}`,
          ca: target.caCert,
          agent: false,
          headers: {
            Accept: 'application/json',
            Authorization: `Bearer ${target.token}`,
          },
        },
        res => {
          if (res.statusCode !== 200) {
            res.resume();
            res.on('end', () => resolve(undefined));
            return;
          }
          onJsonLines<{ type: string; object: KubeObject }>(res, event => {
            if (event.type === 'ERROR') {
              latest = undefined; // expired: list again
              return;
            }
            latest = event.object.metadata.resourceVersion ?? latest;
            if (event.type !== 'BOOKMARK') {
              onEvent(event.type as InformerEvent, event.object);
            }
          });
          res.on('end', () => resolve(latest));
          res.on('error', () => resolve(latest));
        },
      );
      request.on('error', () => resolve(latest));
      request.end();
    });

  const run = async () => {
    let resourceVersion: string | undefined;
    while (!stopped) {
      try {
        resourceVersion = resourceVersion ?? (await list());
        resourceVersion = await watch(resourceVersion);
      } catch {
        resourceVersion = undefined;
        if (!stopped) await new Promise(r => setTimeout(r, 200));
      }
    }
  };
  run();
  return {
    synced,
    stop() {
      stopped = true;
      request?.destroy();
    },
  };
}
