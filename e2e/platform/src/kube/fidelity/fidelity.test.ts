/* eslint jest/no-standalone-expect: ["error", { "additionalTestBlockFunctions": ["maybe"] }] */
import { signIdToken, generateSigningKey } from '../../testing/tokenIssuer';
import {
  eventually,
  HttpResponse,
  PlatformHttpClient,
} from '../../testing/httpClient';
import { CLIENT_ID, FidelityTarget, fidelityTargets } from './targets';
import {
  gadgetCrd,
  gadgets,
  GROUP,
  widget,
  widgetCrd,
  widgets,
} from './widgetCrds';

/**
 * One set of scenarios against the real kube-apiserver and the double: where
 * the double answers differently (status code, reason, message), it is wrong.
 */
const MERGE = 'application/merge-patch+json';
const QUALIFIED = `fidelitywidgets.${GROUP}`;

/** The parts of a Status failure that clients read. */
const failure = (res: HttpResponse) => ({
  code: res.status,
  reason: res.body?.reason,
  message: res.body?.message,
  details: res.body?.details,
});

let unique = 0;
const nameOf = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${unique++}`;

async function installCrd(
  admin: PlatformHttpClient,
  crd: { metadata: { name: string }; spec: { names: { plural: string } } },
) {
  const res = await admin.post(
    '/apis/apiextensions.k8s.io/v1/customresourcedefinitions',
    crd,
  );
  expect([201, 409]).toContain(res.status);
  await eventually(
    async () => {
      const got = await admin.get(
        `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${crd.metadata.name}`,
      );
      const established = (got.body?.status?.conditions ?? []).some(
        (c: { type: string; status: string }) =>
          c.type === 'Established' && c.status === 'True',
      );
      const listed = await admin.get(
        `/apis/${GROUP}/v1alpha1/namespaces/team-a/${crd.spec.names.plural}`,
      );
      return established && listed.status === 200 ? true : undefined;
    },
    {
      timeoutMs: 30_000,
      what: `CRD ${crd.metadata.name} Established and served`,
    },
  );
}

describe.each(fidelityTargets)('API fidelity: $name', factory => {
  if (factory.skip) {
    // eslint-disable-next-line no-console
    console.warn(`fidelity suite on ${factory.name} skipped: ${factory.skip}`);
  }
  const maybe = factory.skip ? it.skip : it;
  let target: FidelityTarget;
  let admin: PlatformHttpClient;

  beforeAll(async () => {
    if (factory.skip) return;
    target = await factory.start();
    admin = new PlatformHttpClient(target.server, 'admin');
    await installCrd(admin, widgetCrd);
    await installCrd(admin, gadgetCrd);
  }, 180_000);

  afterAll(async () => {
    await target?.stop();
  }, 60_000);

  maybe(
    'creates, reads, updates and deletes, with the answers of the API server',
    async () => {
      const name = nameOf('crud');
      const created = await admin.post(
        widgets('team-a'),
        widget(name, { size: 2 }),
      );
      expect(created.status).toBe(201);
      expect(created.body.metadata).toMatchObject({
        name,
        namespace: 'team-a',
        generation: 1,
      });

      const again = await admin.post(widgets('team-a'), widget(name));
      expect(failure(again)).toEqual({
        code: 409,
        reason: 'AlreadyExists',
        message: `${QUALIFIED} "${name}" already exists`,
        details: { name, group: GROUP, kind: 'fidelitywidgets' },
      });

      const updated = await admin.put(`${widgets('team-a')}/${name}`, {
        ...created.body,
        spec: { size: 3 },
      });
      expect(updated.status).toBe(200);
      expect(updated.body.metadata.generation).toBe(2);
      expect(updated.body.spec).toEqual({ size: 3 });

      const removed = await admin.delete(`${widgets('team-a')}/${name}`);
      expect(removed.status).toBe(200);
      const gone = await admin.get(`${widgets('team-a')}/${name}`);
      expect(failure(gone)).toEqual({
        code: 404,
        reason: 'NotFound',
        message: `${QUALIFIED} "${name}" not found`,
        details: { name, group: GROUP, kind: 'fidelitywidgets' },
      });
    },
  );

  maybe(
    'keeps status out of the main resource and spec out of /status',
    async () => {
      const name = nameOf('status');
      const created = await admin.post(
        widgets('team-a'),
        widget(name, { size: 1 }, { status: { phase: 'ignored' } }),
      );
      expect(created.status).toBe(201);
      expect(created.body.status).toBeUndefined();
      const status = await admin.patch(
        `${widgets('team-a')}/${name}/status`,
        { spec: { size: 9 }, status: { phase: 'Ready' } },
        MERGE,
      );
      expect(status.status).toBe(200);
      expect(status.body.status).toEqual({ phase: 'Ready' });
      expect(status.body.spec).toEqual({ size: 1 });
      expect(status.body.metadata.generation).toBe(1);
    },
  );

  maybe('refuses a merge patch with a stale resourceVersion', async () => {
    const name = nameOf('stale');
    const created = await admin.post(widgets('team-a'), widget(name));
    const stale = created.body.metadata.resourceVersion;
    await admin.patch(
      `${widgets('team-a')}/${name}`,
      { spec: { size: 2 } },
      MERGE,
    );
    const res = await admin.patch(
      `${widgets('team-a')}/${name}`,
      { metadata: { resourceVersion: stale }, spec: { size: 5 } },
      MERGE,
    );
    expect(failure(res)).toEqual({
      code: 409,
      reason: 'Conflict',
      message: `Operation cannot be fulfilled on ${QUALIFIED} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
      details: { name, group: GROUP, kind: 'fidelitywidgets' },
    });
  });

  maybe(
    'rejects schema violations as Invalid with one cause per field',
    async () => {
      const name = nameOf('invalid');
      const invalid = (
        causes: { reason: string; message: string; field: string }[],
      ) => ({
        code: 422,
        reason: 'Invalid',
        message: `Widget.${GROUP} "${name}" is invalid: ${
          causes.length > 1
            ? `[${causes.map(c => `${c.field}: ${c.message}`).join(', ')}]`
            : `${causes[0].field}: ${causes[0].message}`
        }`,
        details: { name, group: GROUP, kind: 'Widget', causes },
      });
      const outOfRange = await admin.post(
        widgets('team-a'),
        widget(name, { size: 0, colour: 'green' }),
      );
      // kube-apiserver's order of several causes varies (map iteration): compare them as a set
      const causes = outOfRange.body?.details?.causes ?? [];
      expect(failure(outOfRange)).toEqual(invalid(causes));
      expect(
        [...causes].sort((a: { field: string }, b: { field: string }) =>
          a.field < b.field ? -1 : 1,
        ),
      ).toEqual([
        {
          reason: 'FieldValueNotSupported',
          message:
            'Unsupported value: "green": supported values: "red", "blue"',
          field: 'spec.colour',
        },
        {
          reason: 'FieldValueInvalid',
          message:
            'Invalid value: 0: spec.size in body should be greater than or equal to 1',
          field: 'spec.size',
        },
      ]);
      const missing = await admin.post(widgets('team-a'), widget(name, {}));
      expect(failure(missing)).toEqual(
        invalid([
          {
            reason: 'FieldValueRequired',
            message: 'Required value',
            field: 'spec.size',
          },
        ]),
      );
      const wrongType = await admin.post(
        widgets('team-a'),
        widget(name, { size: 'big' }),
      );
      expect(failure(wrongType)).toEqual(
        invalid([
          {
            reason: 'FieldValueTypeInvalid',
            message:
              'Invalid value: "string": spec.size in body must be of type integer: "string"',
            field: 'spec.size',
          },
        ]),
      );
    },
  );

  maybe('prunes fields the schema does not declare', async () => {
    const name = nameOf('prune');
    const res = await admin.post(
      widgets('team-a'),
      widget(name, { size: 1, extra: 'x' }),
    );
    expect(res.status).toBe(201);
    expect(res.body.spec).toEqual({ size: 1 });
  });

  maybe('answers 404 NotFound for kinds it does not serve', async () => {
    // the API server's mux answers paths it does not serve in plain text, not with a Status
    const unknownPlural = await admin.get(
      `/apis/${GROUP}/v1alpha1/namespaces/team-a/gizmos`,
    );
    expect([unknownPlural.status, unknownPlural.text.trim()]).toEqual([
      404,
      '404 page not found',
    ]);
    const unknownGroup = await admin.get('/apis/nothing.example.com/v1/things');
    expect([unknownGroup.status, unknownGroup.text.trim()]).toEqual([
      404,
      '404 page not found',
    ]);
    const name = nameOf('kind');
    const wrongKind = await admin.post(widgets('team-a'), {
      ...widget(name),
      kind: 'Gizmo',
    });
    expect(failure(wrongKind)).toEqual({
      code: 422,
      reason: 'Invalid',
      message: `Gizmo.${GROUP} "${name}" is invalid: kind: Invalid value: "Gizmo": must be Widget`,
      details: {
        name,
        group: GROUP,
        kind: 'Gizmo',
        causes: [
          {
            reason: 'FieldValueInvalid',
            message: 'Invalid value: "Gizmo": must be Widget',
            field: 'kind',
          },
        ],
      },
    });
    const wrongVersion = await admin.post(widgets('team-a'), {
      ...widget(name),
      apiVersion: `${GROUP}/v9`,
    });
    expect(failure(wrongVersion)).toEqual({
      code: 400,
      reason: 'BadRequest',
      message: `the API version in the data (${GROUP}/v9) does not match the expected API version (${GROUP}/v1alpha1)`,
      details: undefined,
    });
  });

  maybe('pages a list with limit and continue', async () => {
    const prefix = nameOf('page');
    const names = [1, 2, 3, 4, 5].map(i => `${prefix}-${i}`);
    for (const name of names) await admin.post(widgets('team-b'), widget(name));
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const query = new URLSearchParams({ limit: '2', labelSelector: '' });
      if (token) query.set('continue', token);
      const page = await admin.get(`${widgets('team-b')}?${query}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(
        ...page.body.items.map(
          (i: { metadata: { name: string } }) => i.metadata.name,
        ),
      );
      token = page.body.metadata.continue || undefined;
      if (pages === 0)
        expect(page.body.metadata.remainingItemCount).toBe(names.length - 2);
      pages++;
    } while (token && pages < 10);
    expect(pages).toBe(3);
    expect(seen.filter(n => n.startsWith(prefix)).sort()).toEqual(names);
  });

  maybe(
    'watches ADDED, MODIFIED and DELETED from a list resourceVersion',
    async () => {
      const list = await admin.get(widgets('team-a'));
      const stream = await admin.watch(
        `${widgets('team-a')}?resourceVersion=${
          list.body.metadata.resourceVersion
        }`,
      );
      try {
        expect(stream.status).toBe(200);
        const name = nameOf('watch');
        await admin.post(widgets('team-a'), widget(name));
        await admin.patch(
          `${widgets('team-a')}/${name}`,
          { spec: { size: 4 } },
          MERGE,
        );
        await admin.delete(`${widgets('team-a')}/${name}`);
        const ofName =
          (type: string) =>
          (e: { type: string; object: { metadata: { name: string } } }) =>
            e.type === type && e.object.metadata.name === name;
        await stream.waitFor(ofName('ADDED'));
        const modified = await stream.waitFor(ofName('MODIFIED'));
        expect(modified.object.spec).toEqual({ size: 4 });
        await stream.waitFor(ofName('DELETED'));
      } finally {
        stream.close();
      }
    },
  );

  maybe("denies by RBAC with the API server's Forbidden message", async () => {
    const bob = admin.as('bob');
    const alice = admin.as('alice');
    const name = nameOf('rbac');
    const denied = await bob.post(widgets('team-a'), widget(name));
    expect(failure(denied)).toEqual({
      code: 403,
      reason: 'Forbidden',
      message: `${QUALIFIED} is forbidden: User "bob" cannot create resource "fidelitywidgets" in API group "${GROUP}" in the namespace "team-a"`,
      details: { group: GROUP, kind: 'fidelitywidgets' },
    });
    const elsewhere = await alice.post(widgets('team-b'), widget(name));
    expect(failure(elsewhere).code).toBe(403);
    expect((await alice.post(widgets('team-a'), widget(name))).status).toBe(
      201,
    );
    const deleteDenied = await bob.delete(`${widgets('team-a')}/${name}`);
    expect(failure(deleteDenied)).toEqual({
      code: 403,
      reason: 'Forbidden',
      message: `${QUALIFIED} "${name}" is forbidden: User "bob" cannot delete resource "fidelitywidgets" in API group "${GROUP}" in the namespace "team-a"`,
      details: { name, group: GROUP, kind: 'fidelitywidgets' },
    });
    const anonymous = await admin.get(widgets('team-a'), { token: null });
    expect(failure(anonymous)).toMatchObject({
      code: 401,
      reason: 'Unauthorized',
      message: 'Unauthorized',
    });
  });

  maybe('answers SelfSubjectAccessReview as RBAC decides', async () => {
    const review = (namespace: string) => ({
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: {
        resourceAttributes: {
          namespace,
          verb: 'create',
          group: GROUP,
          resource: 'fidelitywidgets',
        },
      },
    });
    const path = '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews';
    const allowed = await admin.as('alice').post(path, review('team-a'));
    expect(allowed.status).toBe(201);
    expect(allowed.body.status.allowed).toBe(true);
    const denied = await admin.as('alice').post(path, review('team-b'));
    expect(denied.status).toBe(201);
    expect(denied.body.status.allowed).toBe(false);
  });

  maybe('answers SelfSubjectReview with the user and groups', async () => {
    const res = await admin
      .as('alice')
      .post('/apis/authentication.k8s.io/v1/selfsubjectreviews', {
        apiVersion: 'authentication.k8s.io/v1',
        kind: 'SelfSubjectReview',
      });
    expect(res.status).toBe(201);
    expect(res.body.status.userInfo.username).toBe('alice');
    expect([...res.body.status.userInfo.groups].sort()).toEqual([
      'system:authenticated',
      'team-a',
    ]);
  });

  maybe(
    'trusts ID tokens of its issuer only while they are valid',
    async () => {
      const whoAmI = (token: string) =>
        admin.post(
          '/apis/authentication.k8s.io/v1/selfsubjectreviews',
          { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' },
          { token },
        );
      const valid = await target.issuer.sign({
        sub: 'carol',
        aud: CLIENT_ID,
        groups: ['team-a'],
      });
      const me = await eventually(
        async () => {
          const res = await whoAmI(valid);
          return res.status === 201 ? res : undefined;
        },
        {
          timeoutMs: 30_000,
          what: 'the JWT authenticator to trust the issuer',
        },
      );
      expect(me.body.status.userInfo.username).toBe('carol');
      expect(me.body.status.userInfo.groups).toContain('team-a');

      const now = Math.floor(Date.now() / 1000);
      const expired = await target.issuer.sign(
        { sub: 'carol', aud: CLIENT_ID },
        { issuedAt: now - 600, expiresAt: now - 300 },
      );
      expect(failure(await whoAmI(expired))).toMatchObject({
        code: 401,
        reason: 'Unauthorized',
      });
      const otherAudience = await target.issuer.sign({
        sub: 'carol',
        aud: 'someone-else',
      });
      expect((await whoAmI(otherAudience)).status).toBe(401);
      const { privateJwk } = await generateSigningKey('test-key');
      const forged = await signIdToken(privateJwk, target.issuer.url, {
        sub: 'carol',
        aud: CLIENT_ID,
      });
      expect((await whoAmI(forged)).status).toBe(401);
      const foreign = await signIdToken(
        privateJwk,
        'https://127.0.0.1:1/foreign',
        { sub: 'carol', aud: CLIENT_ID },
      );
      expect((await whoAmI(foreign)).status).toBe(401);
    },
  );

  maybe('keeps an object with finalizers until they are removed', async () => {
    const name = nameOf('final');
    const path = `${widgets('team-a')}/${name}`;
    await admin.post(widgets('team-a'), widget(name, { size: 1 }, {}));
    await admin.patch(
      path,
      { metadata: { finalizers: ['fidelity.ske.io/hold'] } },
      MERGE,
    );
    const deleting = await admin.delete(path);
    expect(deleting.status).toBe(200);
    expect(deleting.body.metadata.deletionTimestamp).toEqual(
      expect.any(String),
    );
    const still = await admin.get(path);
    expect(still.status).toBe(200);
    expect(still.body.metadata.deletionTimestamp).toEqual(expect.any(String));
    const released = await admin.patch(
      path,
      { metadata: { finalizers: null } },
      MERGE,
    );
    expect(released.status).toBe(200);
    await eventually(
      async () => ((await admin.get(path)).status === 404 ? true : undefined),
      {
        what: `${name} to be gone`,
      },
    );
  });

  maybe(
    'prunes status of a type that declares none, and serves no /status',
    async () => {
      const name = nameOf('gadget');
      const created = await admin.post(gadgets('team-a'), {
        apiVersion: `${GROUP}/v1alpha1`,
        kind: 'Gadget',
        metadata: { name },
        spec: { size: 1 },
        status: { phase: 'Ready' },
      });
      expect(created.status).toBe(201);
      expect(created.body.status).toBeUndefined();
      const status = await admin.patch(
        `${gadgets('team-a')}/${name}/status`,
        { status: { phase: 'x' } },
        MERGE,
      );
      // kube-apiserver answers as if the object were not there
      expect(failure(status)).toEqual({
        code: 404,
        reason: 'NotFound',
        message: `fidelitygadgets.${GROUP} "${name}" not found`,
        details: { name, group: GROUP, kind: 'fidelitygadgets' },
      });
    },
  );
});
