import type { PlatformUser } from './auth';
import { statusErrors } from './k8sStatus';
import type { Rbac } from './rbac';

/** The review endpoints every authenticated user may call (ClusterRole system:basic-user). */
export const REVIEW_PATHS = {
  selfSubjectReviews: '/apis/authentication.k8s.io/v1/selfsubjectreviews',
  selfSubjectAccessReviews:
    '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
};

/** `kubectl auth whoami`: the user the request authenticated as. */
export function selfSubjectReview(user: PlatformUser) {
  return {
    apiVersion: 'authentication.k8s.io/v1',
    kind: 'SelfSubjectReview',
    metadata: {},
    status: { userInfo: { username: user.name, groups: user.groups } },
  };
}

interface ResourceAttributes {
  namespace?: string;
  verb?: string;
  group?: string;
  resource?: string;
  subresource?: string;
  name?: string;
}

/** `kubectl auth can-i`: whether RBAC allows the user the described request. */
export function selfSubjectAccessReview(
  rbac: Rbac,
  user: PlatformUser,
  body: unknown,
) {
  const spec = (body as { spec?: { resourceAttributes?: ResourceAttributes } })
    ?.spec;
  const attributes = spec?.resourceAttributes;
  if (!attributes) {
    throw statusErrors.badRequest(
      'spec.resourceAttributes is required (nonResourceAttributes are not simulated)',
    );
  }
  const resource = attributes.subresource
    ? `${attributes.resource ?? ''}/${attributes.subresource}`
    : attributes.resource ?? '';
  const allowed = rbac.allows(user, {
    verb: attributes.verb ?? '',
    group: attributes.group ?? '',
    resource,
    namespace: attributes.namespace || undefined,
  });
  return {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectAccessReview',
    metadata: {},
    spec,
    status: { allowed },
  };
}
