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

import { createPermission } from '@backstage/plugin-permission-common';

/** @public */
export const skePromiseReadPermission = createPermission({
  name: 'ske.promise.read',
  attributes: { action: 'read' },
});

/** @public */
export const skeResourceReadPermission = createPermission({
  name: 'ske.resource.read',
  attributes: { action: 'read' },
});

/** @public */
export const skeResourceCreatePermission = createPermission({
  name: 'ske.resource.create',
  attributes: { action: 'create' },
});

/** @public */
export const skeResourceUpdatePermission = createPermission({
  name: 'ske.resource.update',
  attributes: { action: 'update' },
});

/** @public */
export const skeResourceDeletePermission = createPermission({
  name: 'ske.resource.delete',
  attributes: { action: 'delete' },
});

/** Every permission the SKE plugins define. @public */
export const skePermissions = [
  skePromiseReadPermission,
  skeResourceReadPermission,
  skeResourceCreatePermission,
  skeResourceUpdatePermission,
  skeResourceDeletePermission,
];
