import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { writeKubeconfig } from './kubeconfig';
import { eventually, PlatformHttpClient } from './testing/httpClient';
import { preferredTarget, TestPlatform } from './testing/platformTargets';

/**
 * The fidelity check: the real kubectl must find the simulated API server
 * indistinguishable from a cluster for everything the plugins rely on.
 */
const KUBECTL = '/usr/bin/kubectl';

interface KubectlResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** kube-apiserver where it is built, else the double. */
const target = preferredTarget({ pipelineDelayMs: 200 });
let platform: TestPlatform;
let dir: string;
let kubeconfig: string;

function kubectl(
  args: string[],
  options: { kubeconfig?: string; timeoutMs?: number } = {},
): Promise<KubectlResult> {
  return new Promise(resolve => {
    const child = execFile(
      KUBECTL,
      [...args, '--request-timeout=10s'],
      {
        timeout: options.timeoutMs ?? 30_000,
        // HOME holds kubectl's discovery cache: one per run, never the user's
        env: {
          PATH: process.env.PATH,
          HOME: dir,
          KUBECONFIG: options.kubeconfig ?? kubeconfig,
        },
      },
      (error, stdout, stderr) => {
        let code = 0;
        if (error) code = typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
    // never let kubectl wait for a prompt's answer
    child.stdin?.end();
  });
}

function manifest(
  name: string,
  spec: Record<string, unknown>,
  namespace = 'team-a',
) {
  const file = path.join(
    dir,
    `${name}-${Math.random().toString(36).slice(2)}.yaml`,
  );
  fs.writeFileSync(
    file,
    YAML.stringify({
      apiVersion: 'marketplace.kratix.io/v1alpha2',
      kind: 'postgresql',
      metadata: { name, namespace },
      spec,
    }),
  );
  return file;
}

/** The NAME column (and NAMESPACE with -A) of kubectl's table output, header dropped. */
const rows = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .slice(1)
    .map(line => line.trim().split(/\s+/));

/** A kubeconfig for the same server with another user or CA. */
function variantKubeconfig(
  name: string,
  user: Record<string, unknown>,
  cluster: Record<string, unknown>,
) {
  const file = path.join(dir, name);
  fs.writeFileSync(
    file,
    YAML.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [
        {
          name: 'kratix-platform',
          cluster: { server: platform.url, ...cluster },
        },
      ],
      users: [{ name: 'someone', user }],
      contexts: [
        {
          name: 'variant',
          context: { cluster: 'kratix-platform', user: 'someone' },
        },
      ],
      'current-context': 'variant',
    }),
    { mode: 0o600 },
  );
  return file;
}

const caData = () => ({
  'certificate-authority-data': Buffer.from(platform.caCert).toString('base64'),
});

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ske-kubectl-'));
  platform = await target.start();
  await platform.settled();
  kubeconfig = path.join(dir, 'kubeconfig');
  writeKubeconfig(kubeconfig, platform);
}, 180_000);

afterAll(async () => {
  await platform?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe(`the real kubectl against the platform (${target.name})`, () => {
  it('uses a kubeconfig with one context per simulated user and the CA embedded', () => {
    const config = YAML.parse(fs.readFileSync(kubeconfig, 'utf8'));
    expect(config['current-context']).toBe('kratix-admin');
    expect(config.contexts.map((c: { name: string }) => c.name).sort()).toEqual(
      ['kratix-admin', 'kratix-alice', 'kratix-backstage', 'kratix-bob'],
    );
    expect(config.clusters[0].cluster.server).toBe(platform.url);
    expect(
      config.clusters[0].cluster['insecure-skip-tls-verify'],
    ).toBeUndefined();
    expect(fs.statSync(kubeconfig).mode & 0o077).toBe(0);
  });

  it('lists the five Promises', async () => {
    const result = await kubectl(['get', 'promises']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(rows(result.stdout).map(r => r[0])).toEqual([
      'data-platform',
      'kafka',
      'namespace-baseline',
      'postgresql',
      'redis',
    ]);
  });

  it('lists postgresqls across namespaces with their namespaces', async () => {
    const result = await kubectl(['get', 'postgresqls', '-A']);
    expect(result.code).toBe(0);
    // kube-apiserver prints the columns Kratix declares on the CRD; the double only the defaults
    expect(result.stdout.split('\n')[0]).toMatch(
      target.name === 'kube-apiserver'
        ? /^NAMESPACE\s+NAME\s+MESSAGE\s+STATUS$/
        : /^NAMESPACE\s+NAME\s+AGE/,
    );
    expect(rows(result.stdout).map(([ns, name]) => [ns, name])).toEqual([
      ['team-a', 'acid-db'],
      ['team-b', 'broken-db'],
    ]);
  });

  it('gets one resource as JSON, as stored, with the controller labels and finalizer', async () => {
    const result = await kubectl([
      'get',
      'postgresql',
      'acid-db',
      '-n',
      'team-a',
      '-o',
      'json',
    ]);
    expect(result.code).toBe(0);
    const obj = JSON.parse(result.stdout);
    expect(obj.apiVersion).toBe('marketplace.kratix.io/v1alpha2');
    expect(obj.kind).toBe('postgresql');
    expect(obj.metadata).toMatchObject({
      name: 'acid-db',
      namespace: 'team-a',
      generation: 1,
      labels: { 'kratix.io/promise-name': 'postgresql' },
      finalizers: ['kratix.io/resource-cleanup'],
    });
    expect(obj.metadata.resourceVersion).toMatch(/^\d+$/);
    expect(obj.spec).toEqual({
      env: 'prod',
      teamId: 'team-a',
      dbName: 'orders',
      backupEnabled: true,
      storageGb: 50,
      extensions: ['pgcrypto'],
    });
    expect(obj.status.observedGeneration).toBe(1);
  });

  it('shows schema defaults applied to fields a request left out', async () => {
    // broken-db was requested with only env and teamId
    const result = await kubectl([
      'get',
      'postgresql',
      'broken-db',
      '-n',
      'team-b',
      '-o',
      'json',
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).spec).toEqual({
      env: 'dev',
      teamId: 'team-b',
      dbName: 'postgres',
      backupEnabled: false,
      storageGb: 10,
    });
  });

  it('applies a new resource (created), again (unchanged), then a changed spec (configured)', async () => {
    const created = await kubectl([
      'apply',
      '-f',
      manifest('orders-db', { teamId: 'team-a', env: 'staging' }),
    ]);
    expect(created.stderr).toBe('');
    expect(created.stdout.trim()).toBe(
      'postgresql.marketplace.kratix.io/orders-db created',
    );

    const again = await kubectl([
      'apply',
      '-f',
      manifest('orders-db', { teamId: 'team-a', env: 'staging' }),
    ]);
    expect(again.stdout.trim()).toBe(
      'postgresql.marketplace.kratix.io/orders-db unchanged',
    );

    const first = JSON.parse(
      (
        await kubectl([
          'get',
          'postgresql',
          'orders-db',
          '-n',
          'team-a',
          '-o',
          'json',
        ])
      ).stdout,
    );
    expect(first.metadata.generation).toBe(1);
    expect(first.spec).toEqual({
      teamId: 'team-a',
      env: 'staging',
      dbName: 'postgres',
      backupEnabled: false,
      storageGb: 10,
    });
    expect(
      first.metadata.annotations[
        'kubectl.kubernetes.io/last-applied-configuration'
      ],
    ).toContain('"env":"staging"');

    const changed = await kubectl([
      'apply',
      '-f',
      manifest('orders-db', { teamId: 'team-a', env: 'prod', storageGb: 100 }),
    ]);
    expect(changed.stderr).toBe('');
    expect(changed.stdout.trim()).toBe(
      'postgresql.marketplace.kratix.io/orders-db configured',
    );

    const second = JSON.parse(
      (
        await kubectl([
          'get',
          'postgresql',
          'orders-db',
          '-n',
          'team-a',
          '-o',
          'json',
        ])
      ).stdout,
    );
    expect(second.metadata.generation).toBe(2);
    expect(second.metadata.uid).toBe(first.metadata.uid);
    expect(Number(second.metadata.resourceVersion)).toBeGreaterThan(
      Number(first.metadata.resourceVersion),
    );
    expect(second.spec).toMatchObject({ env: 'prod', storageGb: 100 });
  });

  it('refuses a spec the schema does not allow, with the API server wording', async () => {
    const result = await kubectl([
      'apply',
      '-f',
      manifest('huge-db', { teamId: 'team-a', storageGb: 3000 }),
    ]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('The postgresql "huge-db" is invalid');
    expect(result.stderr).toContain(
      'spec.storageGb: Invalid value: 3000: spec.storageGb in body should be less than or equal to 500',
    );
    const get = await kubectl(['get', 'postgresql', 'huge-db', '-n', 'team-a']);
    expect(get.stderr).toContain(
      'Error from server (NotFound): postgresqls.marketplace.kratix.io "huge-db" not found',
    );
  });

  it('lets alice create in team-a but not in team-b', async () => {
    const allowed = await kubectl([
      '--context',
      'kratix-alice',
      'apply',
      '-f',
      manifest('alice-db', { teamId: 'team-a' }),
    ]);
    expect(allowed.stdout.trim()).toBe(
      'postgresql.marketplace.kratix.io/alice-db created',
    );

    const refused = await kubectl([
      '--context',
      'kratix-alice',
      'create',
      '-f',
      manifest('alice-db', { teamId: 'team-b' }, 'team-b'),
    ]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('Error from server (Forbidden)');
    expect(refused.stderr).toContain(
      'User "alice" cannot create resource "postgresqls" in API group "marketplace.kratix.io" in the namespace "team-b"',
    );
  });

  it('refuses a delete by the read-only bob and keeps the object', async () => {
    const result = await kubectl([
      '--context',
      'kratix-bob',
      'delete',
      'postgresql',
      'acid-db',
      '-n',
      'team-a',
    ]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('Error from server (Forbidden)');
    expect(result.stderr).toContain(
      'postgresqls.marketplace.kratix.io "acid-db" is forbidden: User "bob" cannot delete resource "postgresqls" in API group "marketplace.kratix.io" in the namespace "team-a"',
    );
    const stillThere = await kubectl([
      '--context',
      'kratix-bob',
      'get',
      'postgresql',
      'acid-db',
      '-n',
      'team-a',
    ]);
    expect(stillThere.code).toBe(0);
    expect(rows(stillThere.stdout)[0][0]).toBe('acid-db');
  });

  it('deletes as admin, waiting for the finalizer to be removed, and the object is gone', async () => {
    const applied = await kubectl([
      'apply',
      '-f',
      manifest('doomed-db', { teamId: 'team-a' }),
    ]);
    expect(applied.code).toBe(0);
    const withFinalizer = await kubectl([
      'wait',
      'postgresql/doomed-db',
      '-n',
      'team-a',
      '--for=jsonpath={.metadata.finalizers[0]}=kratix.io/resource-cleanup',
      '--timeout=15s',
    ]);
    expect(withFinalizer.code).toBe(0);

    const deleted = await kubectl([
      'delete',
      'postgresql',
      'doomed-db',
      '-n',
      'team-a',
      '--timeout=20s',
    ]);
    expect(deleted.stderr).toBe('');
    expect(deleted.stdout.trim()).toBe(
      'postgresql.marketplace.kratix.io "doomed-db" deleted',
    );
    // kubectl waited for the deletion by watching the object
    await eventually(
      () =>
        platform
          .requests()
          .some(
            e =>
              e.verb === 'watch' &&
              e.path ===
                '/apis/marketplace.kratix.io/v1alpha2/namespaces/team-a/postgresqls',
          ) || undefined,
      { what: 'a watch of the postgresqls in the request log' },
    );

    const gone = await kubectl([
      'get',
      'postgresql',
      'doomed-db',
      '-n',
      'team-a',
    ]);
    expect(gone.code).not.toBe(0);
    expect(gone.stderr).toContain(
      'Error from server (NotFound): postgresqls.marketplace.kratix.io "doomed-db" not found',
    );
  });

  it('selects by field and by label', async () => {
    const byField = await kubectl([
      'get',
      'postgresqls',
      '-A',
      '--field-selector',
      'metadata.name=acid-db',
    ]);
    expect(byField.code).toBe(0);
    expect(rows(byField.stdout).map(([ns, name]) => `${ns}/${name}`)).toEqual([
      'team-a/acid-db',
    ]);

    const byLabel = await kubectl([
      'get',
      'redises',
      '-A',
      '-l',
      'simulator.ske.io/outcome=pending',
    ]);
    expect(byLabel.code).toBe(0);
    expect(rows(byLabel.stdout).map(([ns, name]) => `${ns}/${name}`)).toEqual([
      'team-b/sessions',
    ]);
  });

  it('discovers the CRD kinds with api-resources', async () => {
    const result = await kubectl(['api-resources']);
    expect(result.code).toBe(0);
    const table = rows(result.stdout).map(r => r.join(' '));
    expect(table).toEqual(
      expect.arrayContaining([
        'promises platform.kratix.io/v1alpha1 false Promise',
        'postgresqls marketplace.kratix.io/v1alpha2 true postgresql',
        'redises marketplace.kratix.io/v1alpha1 true redis',
        'kafkas streaming.syntasso.io/v1 true Kafka',
        'customresourcedefinitions crd,crds apiextensions.k8s.io/v1 false CustomResourceDefinition',
      ]),
    );
    const kratix = await kubectl([
      'api-resources',
      '--api-group=marketplace.kratix.io',
      '-o',
      'name',
    ]);
    expect(kratix.stdout.trim().split('\n').sort()).toEqual([
      'postgresqls.marketplace.kratix.io',
      'redises.marketplace.kratix.io',
    ]);
  });

  it('answers Unauthorized to a wrong token', async () => {
    const bogus = variantKubeconfig(
      'bogus-token',
      { token: 'not-a-real-token' },
      caData(),
    );
    const result = await kubectl(['get', 'promises'], { kubeconfig: bogus });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(
      'error: You must be logged in to the server (Unauthorized)',
    );
    await eventually(
      () =>
        platform.requests().some(e => e.code === 401 && e.user === undefined) ||
        undefined,
      { what: 'an unauthenticated 401 in the request log' },
    );
  });

  it('answers Unauthorized to a request without credentials', async () => {
    const anonymous = await new PlatformHttpClient(platform).get(
      '/apis/platform.kratix.io/v1alpha1/promises',
      {
        token: null,
      },
    );
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'Unauthorized',
      code: 401,
    });

    const raw = await kubectl(
      ['get', '--raw', '/apis/platform.kratix.io/v1alpha1/promises'],
      {
        kubeconfig: variantKubeconfig(
          'no-credentials',
          { username: 'nobody', password: 'nothing' },
          caData(),
        ),
      },
    );
    expect(raw.code).not.toBe(0);
    expect(raw.stderr).toContain('Unauthorized');
  });

  it('verifies the server certificate against the CA', async () => {
    // the generated kubeconfig trusts the platform's CA and nothing skips verification
    const trusted = await kubectl(['get', 'promises', '-o', 'name']);
    expect(trusted.code).toBe(0);
    expect(trusted.stdout.trim().split('\n')).toContain(
      'promise.platform.kratix.io/postgresql',
    );

    const token = { token: platform.tokens.admin };
    const withoutCa = await kubectl(['get', 'promises'], {
      kubeconfig: variantKubeconfig('no-ca', token, {}),
    });
    expect(withoutCa.code).not.toBe(0);
    expect(withoutCa.stderr).toContain(
      'x509: certificate signed by unknown authority',
    );

    const insecure = await kubectl(
      ['get', 'promises', '-o', 'name', '--insecure-skip-tls-verify'],
      {
        kubeconfig: variantKubeconfig('no-ca-insecure', token, {}),
      },
    );
    expect(insecure.code).toBe(0);
    expect(insecure.stdout).toContain('promise.platform.kratix.io/postgresql');
  });
});
