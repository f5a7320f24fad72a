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

import type {
  AuditorService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { AuthenticationError, isError, NotFoundError } from '@backstage/errors';
import {
  ResourceManifest,
  ResourceRef,
  skeResourceCreatePermission,
  skeResourceDeletePermission,
  skeResourceReadPermission,
  skeResourceUpdatePermission,
} from '@syntasso/plugin-ske-common';
import type {
  PlatformRequestContext,
  WriteReceipt,
} from '../platform/KratixPlatform';
import type { PlatformCredentials } from '../platform/PlatformCredentials';
import { actorOf } from '../platform/requestActor';
import { auditedAction, MutationEventId } from '../service/audit';
import type { PermissionGate } from '../service/PermissionGate';
import type { ResourceService } from '../service/ResourceService';
import { refOf, resourceIdOf } from './resourceInput';

/** Who runs an action and how. */
export interface ActionCaller {
  /** The Backstage user (or service) the action acts for; permissions are checked for them. */
  credentials: BackstageCredentials;
  /** Platform credentials forwarded for that user (OIDC ID tokens); usually none outside the browser. */
  platformCredentials: PlatformCredentials;
  /** Check everything, write nothing. */
  dryRun: boolean;
}

/** What `ske:configure-resource` reports. */
export interface ConfigureResult {
  resourceId: string;
  operation: 'created' | 'updated';
  commitSha?: string;
  /** The same commit under SKE's own spelling, for Templates written against SKE. */
  commitsha?: string;
}

/** What `ske:delete-resource` reports. */
export interface DeleteResult {
  resourceId: string;
  commitSha?: string;
}

/** Platform calls carry the caller's forwarded credentials and who they are (GitOps commit messages). */
const contextOf = (caller: ActionCaller): PlatformRequestContext => ({
  credentials: caller.platformCredentials,
  actor: actorOf(caller.credentials),
});

const commitOf = (receipt: WriteReceipt | void) =>
  receipt?.commitSha ? { commitSha: receipt.commitSha } : {};

/** `ske:configure-resource` names the commit both ways: `commitSha` and SKE's `commitsha`. */
const configureCommitOf = (receipt: WriteReceipt | void) =>
  receipt?.commitSha
    ? { commitSha: receipt.commitSha, commitsha: receipt.commitSha }
    : {};

/**
 * A platform credential error gets the reason it happens to actions: they run
 * outside the user's browser session, so no OIDC ID token comes along.
 */
function explainMissingUserToken(error: unknown): never {
  if (isError(error) && error.name === 'AuthenticationError') {
    throw new AuthenticationError(
      `${error.message}. Scaffolder and actions-registry calls carry no browser session, so the user's OIDC ID token is not forwarded: ` +
        `configure the Kratix platform cluster with authProvider 'serviceAccount' for Templates, or pass the ID token as the task secret ` +
        `'backstage-kubernetes-authorization-oidc-<provider>'`,
    );
  }
  throw error;
}

/**
 * The resource operations behind the scaffolder and actions-registry
 * actions, in any platform mode: permissions for the caller first, the
 * Promise's schema next (in ResourceService), the platform write last.
 */
export class ResourceOperations {
  constructor(
    private readonly resources: ResourceService,
    private readonly gate: PermissionGate,
    private readonly auditor: AuditorService,
  ) {}

  /** A write inside an auditor event naming the resource and who it was for. */
  private audit<T>(
    eventId: MutationEventId,
    ref: ResourceRef,
    caller: ActionCaller,
    fn: () => Promise<T>,
  ) {
    const who = { actor: actorOf(caller.credentials), dryRun: caller.dryRun };
    return auditedAction(this.auditor, who, eventId, ref, fn);
  }

  /** Creates the resource request, or replaces the spec of the existing one. */
  async configure(
    manifest: ResourceManifest,
    caller: ActionCaller,
  ): Promise<ConfigureResult> {
    const ref = refOf(manifest);
    const resourceId = resourceIdOf(ref);
    const ctx = contextOf(caller);
    const options = { dryRun: caller.dryRun };
    await this.gate.requireFor(caller.credentials, skeResourceReadPermission);
    const existing = await this.find(ref, ctx).catch(explainMissingUserToken);
    if (!existing) {
      await this.gate.requireFor(
        caller.credentials,
        skeResourceCreatePermission,
      );
      const created = await this.audit('resource-create', ref, caller, () =>
        this.resources.create(manifest, ctx, options),
      );
      return {
        resourceId,
        operation: 'created',
        ...configureCommitOf(created),
      };
    }
    await this.gate.requireFor(caller.credentials, skeResourceUpdatePermission);
    const updated = await this.audit('resource-update', ref, caller, () =>
      this.resources.update(
        ref,
        { spec: manifest.spec, resourceVersion: existing.resourceVersion },
        ctx,
        options,
      ),
    );
    return { resourceId, operation: 'updated', ...configureCommitOf(updated) };
  }

  /** Deletes the resource request, once a Promise is known to offer its kind. */
  async delete(ref: ResourceRef, caller: ActionCaller): Promise<DeleteResult> {
    const ctx = contextOf(caller);
    await this.gate.requireFor(caller.credentials, skeResourceDeletePermission);
    await this.resources.promiseFor(ref, ctx).catch(explainMissingUserToken);
    const receipt = await this.audit('resource-delete', ref, caller, () =>
      this.resources.delete(ref, ctx, { dryRun: caller.dryRun }),
    );
    return { resourceId: resourceIdOf(ref), ...commitOf(receipt) };
  }

  private async find(ref: ResourceRef, ctx: PlatformRequestContext) {
    try {
      return await this.resources.get(ref, ctx);
    } catch (error) {
      if (isError(error) && error.name === NotFoundError.name) {
        return undefined;
      }
      throw error;
    }
  }
}
