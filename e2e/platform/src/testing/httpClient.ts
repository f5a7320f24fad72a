import https from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import type { RunningPlatform } from '../platform';
import type { PlatformUserName } from '../access';
import { onJsonLines } from './jsonLines';

/** A response of the simulated API server, its body parsed as JSON when it is JSON. */
export interface HttpResponse<T = any> {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  body: T;
}

export interface RequestOptions {
  body?: unknown;
  contentType?: string;
  /** Overrides the bearer token; `null` sends no Authorization header. */
  token?: string | null;
}

/** One event of a watch stream. */
export interface WatchEvent<T = any> {
  type: string;
  object: T;
}

export interface WatchStream<T = any> {
  status: number;
  events: WatchEvent<T>[];
  /** Resolves with the first event (seen so far or later) that matches, or rejects after `timeoutMs`. */
  waitFor(
    predicate: (event: WatchEvent<T>) => boolean,
    timeoutMs?: number,
  ): Promise<WatchEvent<T>>;
  close(): void;
}

type Target = Pick<RunningPlatform, 'url' | 'caCert' | 'tokens'>;

/**
 * A minimal HTTPS client for the simulated API server: verifies the
 * platform's CA and authenticates as one of the simulated users.
 */
export class PlatformHttpClient {
  constructor(
    private readonly platform: Target,
    private readonly user: PlatformUserName = 'admin',
  ) {}

  /** The same client acting as another user. */
  as(user: PlatformUserName): PlatformHttpClient {
    return new PlatformHttpClient(this.platform, user);
  }

  private requestOptions(
    method: string,
    path: string,
    options: RequestOptions,
    body?: string,
  ): https.RequestOptions {
    const url = new URL(path, this.platform.url);
    const token =
      options.token === undefined
        ? this.platform.tokens[this.user]
        : options.token;
    return {
      method,
      hostname: url.hostname,
      port: url.port,
      path: `${url.pathname}${url.search}`,
      ca: this.platform.caCert,
      agent: false,
      headers: {
        Accept: 'application/json',
        ...(token !== null ? { Authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined
          ? {
              'Content-Type': options.contentType ?? 'application/json',
              'Content-Length': Buffer.byteLength(body),
            }
          : {}),
      },
    };
  }

  request<T = any>(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<HttpResponse<T>> {
    let body: string | undefined;
    if (typeof options.body === 'string') body = options.body;
    else if (options.body !== undefined) body = JSON.stringify(options.body);
    return new Promise((resolve, reject) => {
      const req = https.request(
        this.requestOptions(method, path, options, body),
        res => {
          const chunks: Buffer[] = [];
          res.on('data', chunk => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = text;
            try {
              parsed = text ? JSON.parse(text) : undefined;
            } catch {
              // not JSON: keep the text
            }
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              text,
              body: parsed as T,
            });
          });
        },
      );
      req.setTimeout(10_000, () =>
        req.destroy(new Error(`${method} ${path} timed out`)),
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  get<T = any>(path: string, options?: RequestOptions) {
    return this.request<T>('GET', path, options);
  }

  post<T = any>(path: string, body: unknown, options?: RequestOptions) {
    return this.request<T>('POST', path, { ...options, body });
  }

  put<T = any>(path: string, body: unknown, options?: RequestOptions) {
    return this.request<T>('PUT', path, { ...options, body });
  }

  patch<T = any>(
    path: string,
    body: unknown,
    contentType: string,
    options?: RequestOptions,
  ) {
    return this.request<T>('PATCH', path, { ...options, body, contentType });
  }

  delete<T = any>(path: string, options?: RequestOptions) {
    return this.request<T>('DELETE', path, options);
  }

  /** Opens a watch (`?watch=true` is added) and collects its newline-delimited events. */
  watch<T = any>(path: string): Promise<WatchStream<T>> {
    const url = new URL(path, this.platform.url);
    url.searchParams.set('watch', 'true');
    return new Promise((resolve, reject) => {
      const events: WatchEvent<T>[] = [];
      const waiters: {
        predicate: (e: WatchEvent<T>) => boolean;
        resolve: (e: WatchEvent<T>) => void;
      }[] = [];
      const req = https.request(
        this.requestOptions('GET', `${url.pathname}${url.search}`, {}),
        res => {
          onJsonLines<WatchEvent<T>>(res, event => {
            events.push(event);
            for (const waiter of [...waiters]) {
              if (waiter.predicate(event)) {
                waiters.splice(waiters.indexOf(waiter), 1);
                waiter.resolve(event);
              }
            }
          });
          res.on('error', () => undefined);
          resolve({
            status: res.statusCode ?? 0,
            events,
            close: () => req.destroy(),
            waitFor: (predicate, timeoutMs = 10_000) => {
              const seen = events.find(predicate);
              if (seen) return Promise.resolve(seen);
              return new Promise<WatchEvent<T>>((resolveEvent, rejectEvent) => {
                let timer: NodeJS.Timeout | undefined = undefined;
                const waiter = {
                  predicate,
                  resolve: (event: WatchEvent<T>) => {
                    clearTimeout(timer);
                    resolveEvent(event);
                  },
                };
                timer = setTimeout(() => {
                  waiters.splice(waiters.indexOf(waiter), 1);
                  rejectEvent(
                    new Error(
                      `no matching watch event within ${timeoutMs}ms; saw ${events.length} events`,
                    ),
                  );
                }, timeoutMs);
                waiters.push(waiter);
              });
            },
          });
        },
      );
      req.on('error', error => {
        if (!req.destroyed) reject(error);
      });
      req.end();
    });
  }
}

/** Polls `check` until it returns a value other than `undefined`, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  { timeoutMs = 10_000, intervalMs = 25, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs}ms waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, intervalMs));
  }
}

/** The condition of a given type in a Kratix-style status. */
export function conditionOf(
  obj: { status?: unknown } | undefined,
  type: string,
) {
  const conditions = (
    obj?.status as
      | { conditions?: { type: string; status: string; reason?: string }[] }
      | undefined
  )?.conditions;
  return conditions?.find(c => c.type === type);
}
