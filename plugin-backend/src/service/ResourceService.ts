import { InputError } from '@backstage/errors';
import type {
  PromiseDetails,
  ResourceDetails,
  ResourceList,
  ResourceManifest,
  ResourceRef,
  UpdateResourceRequest,
} from '@syntasso/plugin-ske-common';
import type {
  KratixPlatform,
  ListResourcesOptions,
  PlatformRequestContext,
  WriteReceipt,
} from '../platform/KratixPlatform';
import { PromiseCache } from './PromiseCache';
import type { SpecValidator } from './SpecValidator';

const groupOf = (apiVersion: string) =>
  apiVersion.includes('/') ? apiVersion.split('/')[0] : '';

/**
 * Resource requests: finds the Promise that offers a resource's API, checks
 * the spec against its schema and the immutable fields, then asks the platform.
 */
export class ResourceService {
  private readonly promises = new PromiseCache();

  constructor(
    private readonly platform: KratixPlatform,
    private readonly validator: SpecValidator,
  ) {}

  /** The Promise whose API serves this apiVersion and kind, with its schema. */
  async promiseFor(
    ref: Pick<ResourceRef, 'apiVersion' | 'kind'>,
    ctx: PlatformRequestContext,
  ): Promise<PromiseDetails> {
    const group = groupOf(ref.apiVersion);
    const promises = await this.platform.listPromises(ctx);
    const match = promises.find(p => p.group === group && p.kind === ref.kind);
    if (!match) {
      throw new InputError(
        `No Promise on the platform offers kind '${ref.kind}' in API group '${group}'`,
      );
    }
    return this.platform.getPromise(match.name, ctx);
  }

  async list(
    promiseName: string,
    options: ListResourcesOptions,
    ctx: PlatformRequestContext,
  ): Promise<ResourceList> {
    const promise = await this.promises.get(promiseName, () =>
      this.platform.getPromise(promiseName, ctx),
    );
    return this.platform.listResources(promise, options, ctx);
  }

  get(ref: ResourceRef, ctx: PlatformRequestContext): Promise<ResourceDetails> {
    return this.platform.getResource(ref, ctx);
  }

  getManifest(ref: ResourceRef, ctx: PlatformRequestContext) {
    return this.platform.getResourceManifest(ref, ctx);
  }

  async create(
    manifest: ResourceManifest,
    ctx: PlatformRequestContext,
    options?: { dryRun?: boolean },
  ) {
    const promise = await this.promiseFor(manifest, ctx);
    this.validator.validate(promise, manifest.spec);
    return this.platform.createResource(manifest, ctx, options);
  }

  /** With `dryRun`, checks the change and returns the resource unchanged, writing nothing. */
  async update(
    ref: ResourceRef,
    request: UpdateResourceRequest,
    ctx: PlatformRequestContext,
    options?: { dryRun?: boolean },
  ): Promise<ResourceDetails & WriteReceipt> {
    for (const field of ['name', 'namespace'] as const) {
      const requested = request.metadata?.[field];
      if (requested !== undefined && requested !== ref[field]) {
        throw new InputError(
          `The ${field} of a resource request cannot be changed (from '${ref[field]}' to '${requested}')`,
        );
      }
    }
    const promise = await this.promiseFor(ref, ctx);
    this.validator.validate(promise, request.spec);
    if (options?.dryRun) {
      return this.platform.getResource(ref, ctx);
    }
    return this.platform.updateResource(
      ref,
      { spec: request.spec, resourceVersion: request.resourceVersion },
      ctx,
    );
  }

  delete(
    ref: ResourceRef,
    ctx: PlatformRequestContext,
    options?: { dryRun?: boolean },
  ) {
    return this.platform.deleteResource(ref, ctx, options);
  }
}
