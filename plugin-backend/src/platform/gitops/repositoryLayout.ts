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

import { InputError } from '@backstage/errors';
import { dnsLabel, dnsSubdomain } from '../../inputSchemas';

/**
 * Where GitOps mode keeps things in the repository (all relative to its root):
 *
 * ```
 * <promisesPath>/<any>.yaml               Promise definitions (kind: Promise; default promisesPath: <path>/promises)
 * <path>/<namespace>/<promise>/<name>.yaml one resource request per file
 * ```
 *
 * `<promise>` is the `metadata.name` of the Promise whose API the resource
 * uses. Namespaces must be DNS-1123 labels and Promise and resource names
 * DNS-1123 subdomains, so no segment can be empty, `.`/`..` or contain `/`:
 * nothing can be written outside `<path>`.
 */
export class RepositoryLayout {
  constructor(private readonly path: string, readonly promisesPath: string) {}

  private join(...segments: string[]): string {
    return [this.path, ...segments].filter(Boolean).join('/');
  }

  /** The directory that holds the namespaces' directories. */
  get resourcesRoot(): string {
    return this.path;
  }

  namespaceDir(namespace: string): string {
    return this.join(checked(dnsLabel, namespace, 'namespace'));
  }

  promiseDir(namespace: string, promise: string): string {
    return this.join(
      checked(dnsLabel, namespace, 'namespace'),
      checked(dnsSubdomain, promise, 'Promise name'),
    );
  }

  /** `<path>/<namespace>/<promise>/<name>.yaml`, after checking every segment. */
  resourceFile(ref: {
    namespace: string;
    promise: string;
    name: string;
  }): string {
    return `${this.promiseDir(ref.namespace, ref.promise)}/${checked(
      dnsSubdomain,
      ref.name,
      'resource name',
    )}.yaml`;
  }
}

/** Whether a file name in the repository is a YAML file. */
export const isYamlFile = (name: string) => /\.ya?ml$/.test(name);

/** The resource name a `<name>.yaml` file holds, if it is a valid one. */
export function resourceNameOf(fileName: string): string | undefined {
  const name = fileName.replace(/\.yaml$/, '');
  return name !== fileName && dnsSubdomain.safeParse(name).success
    ? name
    : undefined;
}

function checked(
  schema: typeof dnsLabel | typeof dnsSubdomain,
  value: string,
  what: string,
): string {
  if (!schema.safeParse(value).success) {
    throw new InputError(
      `Invalid ${what} '${value}': must be a lowercase RFC 1123 ${
        schema === dnsLabel ? 'label' : 'name'
      } (it is used as a path in the repository)`,
    );
  }
  return value;
}
