import type { PlatformUser } from './auth';

/** An RBAC PolicyRule; `namespaces` narrows it like a RoleBinding would. */
export interface PolicyRule {
  verbs: string[];
  apiGroups: string[];
  resources: string[];
  /** Namespaces the rule applies in; absent means cluster-wide (ClusterRoleBinding). */
  namespaces?: string[];
}

/** Binds rules to subjects written `User:<name>` or `Group:<name>`. */
export interface RoleBinding {
  subjects: string[];
  rules: PolicyRule[];
}

export interface AccessRequest {
  verb: string;
  group: string;
  resource: string;
  namespace?: string;
}

const matches = (allowed: string[], value: string) =>
  allowed.includes('*') || allowed.includes(value);

/** Authorises requests against role bindings, and words refusals like the API server. */
export class Rbac {
  constructor(private readonly bindings: RoleBinding[]) {}

  allows(user: PlatformUser, request: AccessRequest): boolean {
    const subjects = new Set([
      `User:${user.name}`,
      ...user.groups.map(g => `Group:${g}`),
    ]);
    return this.bindings
      .filter(b => b.subjects.some(s => subjects.has(s)))
      .flatMap(b => b.rules)
      .some(
        rule =>
          matches(rule.verbs, request.verb) &&
          matches(rule.apiGroups, request.group) &&
          matches(rule.resources, request.resource) &&
          (!rule.namespaces ||
            (request.namespace !== undefined &&
              matches(rule.namespaces, request.namespace))),
      );
  }

  static forbiddenMessage(
    user: PlatformUser,
    request: AccessRequest,
    name?: string,
  ) {
    const qualified = request.group
      ? `${request.resource}.${request.group}`
      : request.resource;
    const scope = request.namespace
      ? `in the namespace "${request.namespace}"`
      : 'at the cluster scope';
    return `${qualified}${name ? ` "${name}"` : ''} is forbidden: User "${
      user.name
    }" cannot ${request.verb} resource "${request.resource}" in API group "${
      request.group
    }" ${scope}`;
  }
}
