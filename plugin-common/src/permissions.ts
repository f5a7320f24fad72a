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
