import {
  generateTokens,
  PLATFORM_BINDINGS,
  PLATFORM_USERS,
  PlatformUserName,
} from './access';
import {
  Authenticator,
  PlatformUser,
  StaticTokenAuthenticator,
  UnionAuthenticator,
} from './auth';
import { promiseCrd } from './fixtures/promiseCrd';
import { seedPromises } from './fixtures/promises';
import { seedNamespaces, seedResources } from './fixtures/resources';
import { generatePki, PlatformPki } from './pki';
import { Rbac } from './rbac';
import { requestSettled } from './kratixRules';
import { KratixReconciler } from './reconciler';
import { splitApiVersion, TypeRegistry } from './registry';
import { ResourceApi } from './resourceApi';
import { ApiServer, RequestLogEntry } from './server';
import { KubeObject, ObjectStore } from './store';

export interface PlatformOptions {
  host?: string;
  port?: number;
  /** How long simulated pipelines run (ms); default 1500. */
  pipelineDelayMs?: number;
  /** Seed Promises and resources; default true. */
  seed?: boolean;
  /** Extra authenticators (e.g. OIDC) tried after the static tokens. */
  authenticators?: Authenticator[];
  pki?: PlatformPki;
  /** Told of every handled request (who, what, result; never the token). */
  onRequest?: (entry: RequestLogEntry) => void;
}

export interface RunningPlatform {
  url: string;
  caCert: string;
  tokens: Record<PlatformUserName, string>;
  store: ObjectStore;
  registry: TypeRegistry;
  requestLog: RequestLogEntry[];
  /** Creates an object as the platform itself would (no RBAC). */
  apply(obj: KubeObject): KubeObject;
  /** Resolves once every seeded Promise is Available and seeded resources have settled. */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

function routeOf(registry: TypeRegistry, obj: KubeObject) {
  const { group, version } = splitApiVersion(obj.apiVersion);
  const type = registry
    .all()
    .find(
      t =>
        t.group === group &&
        t.kind === obj.kind &&
        t.versions.includes(version),
    );
  if (!type) throw new Error(`no type ${obj.apiVersion} ${obj.kind} is served`);
  return {
    type,
    route: {
      group,
      version,
      plural: type.plural,
      namespace: obj.metadata.namespace,
    },
  };
}

/** Starts the simulated Kratix platform: API server, reconciler and seed data. */
export async function startPlatform(
  options: PlatformOptions = {},
): Promise<RunningPlatform> {
  const pki = options.pki ?? generatePki();
  const tokens = generateTokens();
  const registry = new TypeRegistry();
  const store = new ObjectStore();
  const api = new ResourceApi(registry, store);
  const reconciler = new KratixReconciler(store, registry, api, {
    pipelineDelayMs: options.pipelineDelayMs ?? 1500,
  });
  const tokenUsers = Object.fromEntries(
    Object.entries(tokens).map(([name, token]) => [
      token,
      PLATFORM_USERS[name as PlatformUserName] as PlatformUser,
    ]),
  );
  const server = new ApiServer({
    pki,
    registry,
    store,
    rbac: new Rbac(PLATFORM_BINDINGS),
    authenticator: new UnionAuthenticator([
      new StaticTokenAuthenticator(tokenUsers),
      ...(options.authenticators ?? []),
    ]),
    host: options.host,
    port: options.port,
    onRequest: options.onRequest,
  });

  const apply = (obj: KubeObject): KubeObject => {
    const { type, route } = routeOf(registry, obj);
    return api.handle({
      method: 'POST',
      type,
      route,
      query: new URLSearchParams(),
      contentType: 'application/json',
      body: obj,
    }).body as KubeObject;
  };

  const waitFor = async (check: () => boolean) => {
    for (let i = 0; i < 200 && !check(); i++)
      await new Promise(r => setTimeout(r, 25));
  };

  apply(promiseCrd as KubeObject);
  if (options.seed !== false) {
    seedNamespaces.forEach(name =>
      apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } }),
    );
    seedPromises.forEach(p => apply(p as KubeObject));
    await waitFor(() =>
      seedResources.every(r => {
        try {
          routeOf(registry, r as KubeObject);
          return true;
        } catch {
          return false;
        }
      }),
    );
    seedResources.forEach(r => apply(r as KubeObject));
  }
  const resourceSettled = (seeded: KubeObject) => {
    const { type } = routeOf(registry, seeded);
    const { name, namespace } = seeded.metadata;
    return requestSettled(
      store.list(type, namespace).find(o => o.metadata.name === name),
    );
  };
  const url = await server.listen();
  return {
    url,
    caCert: pki.caCert,
    tokens,
    store,
    registry,
    requestLog: server.requestLog,
    apply,
    settled: () =>
      waitFor(() => {
        const promiseType = registry.find(
          'platform.kratix.io',
          'v1alpha1',
          'promises',
        )!;
        const promisesAvailable = store
          .list(promiseType)
          .every(
            p =>
              (p.status as { status?: string } | undefined)?.status ===
              'Available',
          );
        return (
          promisesAvailable &&
          (options.seed === false ||
            seedResources.every(r => resourceSettled(r as KubeObject)))
        );
      }),
    async stop() {
      reconciler.stop();
      await server.close();
    },
  };
}
