import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import YAML from 'yaml';
import type { Authenticator, PlatformUser } from './auth';
import { StatusError, statusErrors } from './k8sStatus';
import { openApiDocument, openApiIndex } from './openapi';
import { Rbac } from './rbac';
import type { ResourceType, TypeRegistry } from './registry';
import { parseFieldSelector } from './fieldSelector';
import { parseLabelSelector } from './labelSelector';
import { ResourceApi, ResourceRoute, verbOf } from './resourceApi';
import {
  REVIEW_PATHS,
  selfSubjectAccessReview,
  selfSubjectReview,
} from './reviews';
import type { KubeObject, ObjectStore } from './store';
import type { PlatformPki } from './pki';

/** One handled request, for tests to see who did what (never the token). */
export interface RequestLogEntry {
  time: string;
  user?: string;
  method: string;
  path: string;
  verb?: string;
  code: number;
}

export interface ApiServerOptions {
  pki: PlatformPki;
  registry: TypeRegistry;
  store: ObjectStore;
  authenticator: Authenticator;
  rbac: Rbac;
  host?: string;
  port?: number;
  /** Told of every handled request as it is logged. */
  onRequest?: (entry: RequestLogEntry) => void;
}

/** Parses `/api/v1/...` and `/apis/<g>/<v>/...` resource paths. */
function parseResourcePath(pathname: string): ResourceRoute | undefined {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  let group: string;
  let version: string;
  let rest: string[];
  if (parts[0] === 'api' && parts.length >= 3) {
    [group, version, rest] = ['', parts[1], parts.slice(2)];
  } else if (parts[0] === 'apis' && parts.length >= 4) {
    [group, version, rest] = [parts[1], parts[2], parts.slice(3)];
  } else {
    return undefined;
  }
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  const [plural, name, subresource] = rest;
  return rest.length > 3
    ? undefined
    : { group, version, plural, namespace, name, subresource };
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  const type = req.headers['content-type'] ?? '';
  try {
    return type.includes('yaml') ? YAML.parse(text) : JSON.parse(text);
  } catch (e) {
    throw statusErrors.badRequest(
      `the body of the request could not be decoded: ${(e as Error).message}`,
    );
  }
}

/** The simulated kube-apiserver: TLS, bearer-token authentication, RBAC, discovery and CRUD. */
export class ApiServer {
  readonly requestLog: RequestLogEntry[] = [];
  private readonly api: ResourceApi;
  private server?: https.Server;

  constructor(private readonly options: ApiServerOptions) {
    this.api = new ResourceApi(options.registry, options.store);
  }

  async listen(): Promise<string> {
    const { pki, host = '127.0.0.1', port = 0 } = this.options;
    this.server = https.createServer(
      { cert: pki.serverCert, key: pki.serverKey },
      (req, res) => {
        this.handle(req, res);
      },
    );
    await new Promise<void>(resolve =>
      this.server!.listen(port, host, resolve),
    );
    const address = this.server.address() as AddressInfo;
    return `https://${host}:${address.port}`;
  }

  private record(entry: RequestLogEntry) {
    this.requestLog.push(entry);
    this.options.onRequest?.(entry);
  }

  async close() {
    this.server?.closeAllConnections();
    await new Promise<void>(resolve =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'https://localhost');
    const entry: RequestLogEntry = {
      time: new Date().toISOString(),
      method: req.method ?? 'GET',
      path: url.pathname,
      code: 500,
    };
    const send = (code: number, body: unknown) => {
      entry.code = code;
      this.record(entry);
      res.writeHead(code, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    try {
      const user = await this.authenticate(req);
      entry.user = user.name;
      const result = await this.dispatch(req, url, user, entry);
      if ('watch' in result && result.watch) {
        this.watch(req, res, url, result.watch.type, result.watch.route);
        entry.code = 200;
        this.record(entry);
        return;
      }
      send(result.code, result.body);
    } catch (e) {
      const error =
        e instanceof StatusError
          ? e
          : new StatusError(
              500,
              'InternalError',
              `Internal error occurred: ${(e as Error).message}`,
            );
      if (error.plainText !== undefined) {
        entry.code = error.code;
        this.record(entry);
        res.writeHead(error.code, {
          'Content-Type': 'text/plain; charset=utf-8',
        });
        res.end(error.plainText);
        return;
      }
      send(error.code, error.toStatus());
    }
  }

  /**
   * Streams watch events (`{type, object}` per line) until the client goes or
   * the timeout passes. Like the API server, a watch without a
   * resourceVersion (or `0`) starts with synthetic ADDED events for the
   * objects that exist, and one from a resourceVersion first replays the
   * changes made since then, so a client that lists and then watches misses
   * nothing in between.
   */
  private watch(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    type: ResourceType,
    route: ResourceRoute,
  ) {
    const { store } = this.options;
    let selector: ReturnType<typeof parseLabelSelector>;
    let fields: ReturnType<typeof parseFieldSelector>;
    try {
      selector = parseLabelSelector(url.searchParams.get('labelSelector'));
      fields = parseFieldSelector(url.searchParams.get('fieldSelector'));
    } catch (e) {
      throw statusErrors.badRequest((e as Error).message);
    }
    const matches = (obj: KubeObject) =>
      (route.namespace === undefined ||
        obj.metadata.namespace === route.namespace) &&
      fields(obj) &&
      selector(obj.metadata.labels);
    const isType = (changed: ResourceType) =>
      changed.group === type.group && changed.plural === type.plural;
    const send = (event: string, object: unknown) =>
      res.write(`${JSON.stringify({ type: event, object })}\n`);
    const resourceVersion = url.searchParams.get('resourceVersion');
    const replay =
      resourceVersion && resourceVersion !== '0'
        ? store.eventsSince(resourceVersion)
        : [];

    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Transfer-Encoding': 'chunked',
    });
    res.flushHeaders();
    if (replay === undefined) {
      const gone = new StatusError(
        410,
        'Expired',
        `too old resource version: ${resourceVersion} (${store.currentResourceVersion()})`,
      );
      send('ERROR', gone.toStatus());
      res.end();
      return;
    }
    // subscribing and catching up happen in one turn of the event loop: no change is lost or sent twice
    const unsubscribe = store.onChange((event, obj, changed) => {
      if (isType(changed) && matches(obj)) send(event, obj);
    });
    if (resourceVersion && resourceVersion !== '0') {
      replay
        .filter(e => isType(e.resource) && matches(e.object))
        .forEach(e => send(e.type, e.object));
    } else {
      store
        .list(type, route.namespace)
        .filter(matches)
        .forEach(obj => send('ADDED', obj));
    }
    let timer: NodeJS.Timeout | undefined = undefined;
    const end = () => {
      unsubscribe();
      clearTimeout(timer);
      res.end();
    };
    timer = setTimeout(
      end,
      Number(url.searchParams.get('timeoutSeconds') ?? 300) * 1000,
    );
    req.on('close', end);
  }

  private async authenticate(req: IncomingMessage): Promise<PlatformUser> {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const user = match
      ? await this.options.authenticator.authenticate(match[1])
      : undefined;
    if (!user) {
      throw statusErrors.unauthorized();
    }
    return user;
  }

  private discovery(pathname: string): unknown {
    const { registry } = this.options;
    const trimmed = pathname.replace(/\/+$/, '') || '/';
    if (trimmed === '/version') {
      return {
        major: '1',
        minor: '32',
        gitVersion: 'v1.32.0-ske-simulator',
        platform: 'linux/amd64',
      };
    }
    if (trimmed === '/healthz' || trimmed === '/readyz' || trimmed === '/livez')
      return 'ok';
    if (trimmed === '/api') {
      return {
        kind: 'APIVersions',
        versions: ['v1'],
        serverAddressByClientCIDRs: [],
      };
    }
    if (trimmed === '/apis') return registry.apiGroupList();
    if (trimmed === '/openapi/v3') return openApiIndex(registry);
    const openapi =
      /^\/openapi\/v3\/(?:apis\/([^/]+)\/([^/]+)|api\/(v1))$/.exec(trimmed);
    if (openapi) {
      return (
        openApiDocument(registry, openapi[1] ?? '', openapi[2] ?? openapi[3]) ??
        null
      );
    }
    const gv = /^\/(?:apis\/([^/]+)\/([^/]+)|api\/(v1))$/.exec(trimmed);
    if (gv)
      return registry.apiResourceList(gv[1] ?? '', gv[2] ?? gv[3]) ?? null;
    const group = /^\/apis\/([^/]+)$/.exec(trimmed);
    if (group) {
      return (
        registry.apiGroupList().groups.find(g => g.name === group[1]) ?? null
      );
    }
    return undefined;
  }

  private async dispatch(
    req: IncomingMessage,
    url: URL,
    user: PlatformUser,
    entry: RequestLogEntry,
  ) {
    const discovered =
      req.method === 'GET' ? this.discovery(url.pathname) : undefined;
    if (discovered === null) throw statusErrors.pathNotFound(url.pathname);
    if (discovered !== undefined) return { code: 200, body: discovered };
    if (req.method === 'POST') {
      const path = url.pathname.replace(/\/+$/, '');
      if (path === REVIEW_PATHS.selfSubjectReviews) {
        return { code: 201, body: selfSubjectReview(user) };
      }
      if (path === REVIEW_PATHS.selfSubjectAccessReviews) {
        const review = await readBody(req);
        return {
          code: 201,
          body: selfSubjectAccessReview(this.options.rbac, user, review),
        };
      }
    }

    const route = parseResourcePath(url.pathname);
    const type =
      route &&
      this.options.registry.find(route.group, route.version, route.plural);
    if (!route || !type) throw statusErrors.pathNotFound(url.pathname);

    const verb = verbOf(req.method ?? 'GET', route);
    entry.verb = verb;
    const access = {
      verb,
      group: route.group,
      resource: route.subresource
        ? `${route.plural}/${route.subresource}`
        : route.plural,
      namespace: type.namespaced ? route.namespace : undefined,
    };
    if (!this.options.rbac.allows(user, access)) {
      const name = route.name;
      throw new StatusError(
        403,
        'Forbidden',
        Rbac.forbiddenMessage(user, access, name),
        {
          ...(name ? { name } : {}),
          group: route.group,
          kind: route.plural,
        },
      );
    }
    if (
      verb === 'list' &&
      ['true', '1'].includes(url.searchParams.get('watch') ?? '')
    ) {
      entry.verb = 'watch';
      return { code: 200, body: undefined, watch: { route, type } };
    }
    const body = ['POST', 'PUT', 'PATCH'].includes(req.method ?? '')
      ? await readBody(req)
      : undefined;
    return this.api.handle({
      method: req.method ?? 'GET',
      route,
      type,
      query: url.searchParams,
      contentType: req.headers['content-type'] ?? 'application/json',
      body,
    });
  }
}
