/*
 * Copyright 2026 The Kratix Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

import YAML from 'yaml';
import { useActionHarness } from '../__testUtils__/actionHarness';
import {
  byPath,
  FieldError,
  identity,
  OIDC_HEADER,
  PG_API_VERSION,
  pgPlatformPath,
  postgresql,
  writes,
} from '../__testUtils__/resourceHarness';

const byAlice = { actor: 'user:default/alice', dryRun: false };
const idOf = (namespace: string, name: string) =>
  `${PG_API_VERSION}/postgresql/${namespace}/${name}`;

describe('ske:configure-resource on the simulated platform', () => {
  const h = useActionHarness();
  const actions = () => h.actionsFor();

  it('creates a resource request given as an object and outputs its id', async () => {
    const manifest = postgresql('team-a', 'sc-create', {
      teamId: 'team-a',
      env: 'staging',
    });
    const { outputs, calls } = await h.run(actions().configure, { manifest });

    expect(outputs).toEqual({
      resourceId: idOf('team-a', 'sc-create'),
      entityRef: 'component:team-a/postgresql-sc-create',
      operation: 'created',
    });
    expect(h.stored('team-a', 'sc-create')?.spec).toMatchObject({
      teamId: 'team-a',
      env: 'staging',
    });
    expect(writes(calls)).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: pgPlatformPath('team-a'),
      }),
    ]);
    expect(h.audit.events.at(-1)).toEqual({
      eventId: 'resource-create',
      severityLevel: 'medium',
      meta: { ...identity('team-a', 'sc-create'), ...byAlice },
      outcome: 'success',
      outcomeMeta: { ...identity('team-a', 'sc-create'), ...byAlice },
    });
  });

  it('takes the manifest as YAML text, as SKE-generated Templates pass it', async () => {
    const manifest = YAML.stringify(
      postgresql('team-a', 'sc-yaml', { teamId: 'team-a', dbName: 'orders' }),
    );
    const { outputs } = await h.run(actions().configure, { manifest });

    expect(outputs.resourceId).toBe(idOf('team-a', 'sc-yaml'));
    expect(h.stored('team-a', 'sc-yaml')?.spec).toMatchObject({
      dbName: 'orders',
    });
  });

  it('replaces the spec of an existing resource request', async () => {
    await h.seed('team-a', 'sc-update', {
      teamId: 'team-a',
      env: 'dev',
      backupEnabled: true,
    });
    const manifest = postgresql('team-a', 'sc-update', {
      teamId: 'team-a',
      env: 'prod',
    });
    const { outputs, calls } = await h.run(actions().configure, { manifest });

    expect(outputs).toEqual({
      resourceId: idOf('team-a', 'sc-update'),
      entityRef: 'component:team-a/postgresql-sc-update',
      operation: 'updated',
    });
    // backupEnabled, absent from the new spec, falls back to the schema default.
    expect(h.stored('team-a', 'sc-update')?.spec).toMatchObject({
      env: 'prod',
      backupEnabled: false,
    });
    expect(writes(calls).map(c => c.method)).toEqual(['PATCH']);
    expect(h.audit.events.at(-1)).toMatchObject({
      eventId: 'resource-update',
      meta: { ...identity('team-a', 'sc-update'), ...byAlice },
      outcome: 'success',
    });
  });

  it('refuses a spec that breaks the Promise schema, naming each field, and writes nothing', async () => {
    const manifest = postgresql('team-a', 'sc-invalid', {
      teamId: 'X',
      storageGb: 9000,
    });
    const { error, calls } = await h.fail(actions().configure, { manifest });

    expect(error.name).toBe('InputError');
    expect(
      (error as unknown as { fieldErrors: FieldError[] }).fieldErrors
        .sort(byPath)
        .map(e => e.path),
    ).toEqual(['spec.storageGb', 'spec.teamId']);
    expect(writes(calls)).toEqual([]);
    expect(h.stored('team-a', 'sc-invalid')).toBeUndefined();
    expect(h.audit.events.at(-1)).toMatchObject({
      eventId: 'resource-create',
      meta: identity('team-a', 'sc-invalid'),
      outcome: 'fail',
    });
  });

  it('refuses a manifest that is not a resource request', async () => {
    const { error, calls } = await h.fail(actions().configure, {
      manifest: 'apiVersion: [unclosed',
    });
    expect(error.message).toMatch(/^Invalid manifest: not YAML/);

    const nameless = await h.fail(actions().configure, {
      manifest: { apiVersion: PG_API_VERSION, kind: 'postgresql', spec: {} },
    });
    expect(nameless.error.message).toMatch(/Invalid manifest: metadata/);
    expect([...calls, ...nameless.calls]).toEqual([]);
  });

  it('acts for the user who runs the Template: a denied permission stops it before any platform write', async () => {
    h.denied.add('ske.resource.create');
    const manifest = postgresql('team-a', 'sc-denied', { teamId: 'team-a' });
    const { error, calls } = await h.fail(actions().configure, { manifest });

    expect(error.name).toBe('NotAllowedError');
    expect(error.message).toBe("Permission 'ske.resource.create' is required");
    expect(writes(calls)).toEqual([]);
    expect(h.permissions.authorize).toHaveBeenCalledWith(
      [
        {
          permission: expect.objectContaining({ name: 'ske.resource.create' }),
        },
      ],
      {
        credentials: expect.objectContaining({
          principal: expect.objectContaining({
            userEntityRef: 'user:default/alice',
          }),
        }),
      },
    );
  });

  it('needs the update permission to change an existing request', async () => {
    await h.seed('team-a', 'sc-no-update', { teamId: 'team-a' });
    h.denied.add('ske.resource.update');
    const manifest = postgresql('team-a', 'sc-no-update', {
      teamId: 'team-a',
      env: 'prod',
    });
    const { error, calls } = await h.fail(actions().configure, { manifest });

    expect(error.message).toBe("Permission 'ske.resource.update' is required");
    expect(writes(calls)).toEqual([]);
  });

  it('in a dry run, checks everything with the platform but creates nothing', async () => {
    const manifest = postgresql('team-a', 'sc-dry', { teamId: 'team-a' });
    const { outputs } = await h.run(
      actions().configure,
      { manifest },
      { dryRun: true },
    );

    expect(outputs).toEqual({
      resourceId: idOf('team-a', 'sc-dry'),
      entityRef: 'component:team-a/postgresql-sc-dry',
      operation: 'created',
    });
    expect(h.stored('team-a', 'sc-dry')).toBeUndefined();
    expect(h.audit.events.at(-1)).toMatchObject({
      meta: { name: 'sc-dry', dryRun: true },
      outcome: 'success',
    });

    const invalid = postgresql('team-a', 'sc-dry', { teamId: 'X' });
    const { error } = await h.fail(
      actions().configure,
      { manifest: invalid },
      { dryRun: true },
    );
    expect(error.name).toBe('InputError');
  });

  it('in a dry run, leaves an existing request unchanged', async () => {
    await h.seed('team-a', 'sc-dry-update', { teamId: 'team-a', env: 'dev' });
    const manifest = postgresql('team-a', 'sc-dry-update', {
      teamId: 'team-a',
      env: 'prod',
    });
    const { outputs, calls } = await h.run(
      actions().configure,
      { manifest },
      { dryRun: true },
    );

    expect(outputs.operation).toBe('updated');
    expect(writes(calls)).toEqual([]);
    expect(h.stored('team-a', 'sc-dry-update')?.spec).toMatchObject({
      env: 'dev',
    });
  });

  describe('on an OIDC cluster', () => {
    const oidc = () =>
      h.actionsFor({
        authProvider: 'oidc',
        oidcTokenProvider: 'test',
        serviceAccountToken: undefined,
      });

    it('explains that Templates carry no OIDC token, without writing', async () => {
      const manifest = postgresql('team-a', 'sc-oidc', { teamId: 'team-a' });
      const { error, calls } = await h.fail(oidc().configure, { manifest });

      expect(error.name).toBe('AuthenticationError');
      expect(error.message).toContain(
        "Missing OIDC ID token for provider 'test'",
      );
      expect(error.message).toContain("authProvider 'serviceAccount'");
      expect(calls).toEqual([]);
    });

    it("acts with the user's ID token when the task carries it as a secret", async () => {
      const manifest = postgresql('team-a', 'sc-oidc-secret', {
        teamId: 'team-a',
      });
      const { outputs, calls } = await h.run(
        oidc().configure,
        { manifest },
        { secrets: { [OIDC_HEADER]: h.platform.tokens.alice } },
      );

      expect(outputs.operation).toBe('created');
      expect(writes(calls)).toEqual([
        expect.objectContaining({ method: 'POST', user: 'alice' }),
      ]);
    });

    it("is refused by the platform's RBAC for a user who may only view", async () => {
      const manifest = postgresql('team-a', 'sc-oidc-bob', {
        teamId: 'team-a',
      });
      const { error } = await h.fail(
        oidc().configure,
        { manifest },
        { secrets: { [OIDC_HEADER]: h.platform.tokens.bob } },
      );

      expect(error.name).toBe('NotAllowedError');
      expect(h.stored('team-a', 'sc-oidc-bob')).toBeUndefined();
    });
  });
});
