import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import {
  generateTokens,
  PLATFORM_BINDINGS,
  PLATFORM_USERS,
  PlatformUserName,
} from '../access';
import { promiseCrd } from '../fixtures/promiseCrd';
import { seedNamespaces } from '../fixtures/resources';
import { generatePki } from '../pki';
import { PlatformHttpClient } from '../testing/httpClient';
import { findKubeBinaries, KubeBinaries } from './binaries';
import {
  auditPolicy,
  authenticationConfig,
  KubeOidcIssuer,
  tokenAuthFile,
} from './configFiles';
import { startEtcd } from './etcd';
import { freePorts, PortRange } from './ports';
import { startProcess, StackProcess, waitUntilReady } from './process';
import { rbacObjects } from './rbacObjects';

export interface KubeOptions {
  /** Loopback ports for etcd and kube-apiserver; default 23000-23999. */
  ports?: PortRange;
  /** Run directory (PKI, config, logs, etcd data); default a fresh temp dir, removed on stop. */
  dir?: string;
  /** OpenID issuers the JWT authenticator trusts. */
  oidc?: KubeOidcIssuer[];
  /** Namespaces, RBAC bindings of the simulated users and the Promise CRD; default true. */
  seed?: boolean;
  /** How long etcd and kube-apiserver may take to become ready (each); default 120 s. */
  readyTimeoutMs?: number;
  binaries?: KubeBinaries;
}

/** A running kube-apiserver: the same fields as the double's RunningPlatform where they overlap. */
export interface RunningKube {
  url: string;
  caCert: string;
  tokens: Record<PlatformUserName, string>;
  version: string;
  dir: string;
  /** kube-apiserver's audit log (JSON lines, Metadata level). */
  auditLogFile: string;
  stop(): Promise<void>;
}

const readyz = (url: string, caCert: string, token: string) =>
  new Promise<boolean>(resolve => {
    const req = https.get(
      `${url}/readyz`,
      {
        ca: caCert,
        headers: { Authorization: `Bearer ${token}` },
        agent: false,
      },
      res => {
        res.resume();
        res.on('end', () => resolve(res.statusCode === 200));
      },
    );
    req.on('error', () => resolve(false));
    req.setTimeout(5000, () => req.destroy());
  });

/** Creates each object as admin; a CRD is waited for until it is Established. */
async function install(
  client: PlatformHttpClient,
  objects: Record<string, any>[],
) {
  for (const obj of objects) {
    const [group, version] = (obj.apiVersion as string).includes('/')
      ? obj.apiVersion.split('/')
      : ['', obj.apiVersion];
    const plural = `${(obj.kind as string).toLowerCase()}s`.replace(
      /ys$/,
      'ies',
    );
    const base = group ? `/apis/${group}/${version}` : `/api/${version}`;
    const ns = obj.metadata.namespace
      ? `/namespaces/${obj.metadata.namespace}`
      : '';
    const res = await client.post(`${base}${ns}/${plural}`, obj);
    if (res.status !== 201 && res.status !== 409) {
      throw new Error(
        `creating ${obj.kind} ${obj.metadata.name} failed: ${res.status} ${res.text}`,
      );
    }
    if (obj.kind === 'CustomResourceDefinition') {
      await waitForCrd(client, obj.metadata.name);
    }
  }
}

export async function waitForCrd(
  client: PlatformHttpClient,
  name: string,
  timeoutMs = 30_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const crd = await client.get(
      `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${name}`,
    );
    const established = (crd.body?.status?.conditions ?? []).some(
      (c: { type: string; status: string }) =>
        c.type === 'Established' && c.status === 'True',
    );
    if (established) return;
    if (Date.now() > deadline)
      throw new Error(`CRD ${name} not Established within ${timeoutMs}ms`);
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}

/**
 * Starts etcd and kube-apiserver on loopback: the project's own PKI (TLS),
 * RBAC, static tokens for admin / alice / bob / backstage, an audit log and
 * (with `oidc`) the structured JWT authenticator; then installs the seed
 * namespaces, the RBAC the double grants and the Promise CRD.
 */
export async function startKube(
  options: KubeOptions = {},
): Promise<RunningKube> {
  const found = options.binaries
    ? { binaries: options.binaries }
    : findKubeBinaries();
  if ('missing' in found) throw new Error(found.missing);
  const { binaries } = found;
  const ownDir = !options.dir;
  const dir =
    options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ske-kube-'));
  fs.mkdirSync(dir, { recursive: true });
  const file = (name: string, content: string) => {
    const full = path.join(dir, name);
    fs.writeFileSync(full, content, { mode: 0o600 });
    return full;
  };
  const timeoutMs = options.readyTimeoutMs ?? 120_000;
  const [etcdClient, etcdPeer, apiPort] = await freePorts(
    3,
    options.ports ?? { from: 23000, to: 23999 },
  );
  const started: StackProcess[] = [];
  const stop = async () => {
    for (const proc of started.reverse()) await proc.stop();
    if (ownDir) fs.rmSync(dir, { recursive: true, force: true });
  };

  try {
    const etcd = await startEtcd(
      binaries.etcd,
      dir,
      { client: etcdClient, peer: etcdPeer },
      timeoutMs,
    );
    started.push(etcd.process);

    const pki = generatePki();
    const serviceAccountKey = generateKeyPairSync('rsa', {
      modulusLength: 2048,
    });
    const tokens = generateTokens();
    const auditLogFile = path.join(dir, 'audit.log');
    const args = [
      `--etcd-servers=${etcd.url}`,
      '--bind-address=127.0.0.1',
      '--advertise-address=127.0.0.1',
      `--secure-port=${apiPort}`,
      `--cert-dir=${path.join(dir, 'certs')}`,
      `--tls-cert-file=${file('apiserver.crt', pki.serverCert)}`,
      `--tls-private-key-file=${file('apiserver.key', pki.serverKey)}`,
      `--service-account-key-file=${file(
        'sa.pub',
        serviceAccountKey.publicKey.export({
          type: 'spki',
          format: 'pem',
        }) as string,
      )}`,
      `--service-account-signing-key-file=${file(
        'sa.key',
        serviceAccountKey.privateKey.export({
          type: 'pkcs8',
          format: 'pem',
        }) as string,
      )}`,
      '--service-account-issuer=https://kubernetes.default.svc',
      '--service-cluster-ip-range=10.96.0.0/24',
      '--authorization-mode=RBAC',
      // like the double: a request without credentials is 401, not system:anonymous
      '--anonymous-auth=false',
      `--token-auth-file=${file(
        'tokens.csv',
        tokenAuthFile(
          Object.entries(tokens).map(([name, token]) => [
            token,
            PLATFORM_USERS[name as PlatformUserName],
          ]),
        ),
      )}`,
      `--audit-policy-file=${file('audit-policy.yaml', auditPolicy())}`,
      `--audit-log-path=${auditLogFile}`,
      '--audit-log-mode=blocking',
      // no flow-control bootstrap: faster to ready, nothing here depends on it
      '--enable-priority-and-fairness=false',
      '--profiling=false',
      ...(options.oidc?.length
        ? [
            `--authentication-config=${file(
              'authentication.yaml',
              authenticationConfig(options.oidc),
            )}`,
          ]
        : []),
    ];
    const apiserver = startProcess(
      'kube-apiserver',
      binaries.kubeApiserver,
      args,
      path.join(dir, 'kube-apiserver.log'),
    );
    started.push(apiserver);
    const url = `https://127.0.0.1:${apiPort}`;
    await waitUntilReady(
      apiserver,
      () => readyz(url, pki.caCert, tokens.admin),
      timeoutMs,
    );

    if (options.seed !== false) {
      const admin = new PlatformHttpClient({ url, caCert: pki.caCert, tokens });
      await install(admin, [
        ...seedNamespaces
          .filter(name => name !== 'default')
          .map(name => ({
            apiVersion: 'v1',
            kind: 'Namespace',
            metadata: { name },
          })),
        ...rbacObjects(PLATFORM_BINDINGS),
        promiseCrd,
      ]);
    }
    return {
      url,
      caCert: pki.caCert,
      tokens,
      version: binaries.version,
      dir,
      auditLogFile,
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}
