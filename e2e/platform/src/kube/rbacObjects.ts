import type { RoleBinding } from '../rbac';

const RBAC_GROUP = 'rbac.authorization.k8s.io';

/** A double's subject (`User:<name>` / `Group:<name>`) as an RBAC subject. */
function subjectOf(subject: string) {
  const [kind, ...name] = subject.split(':');
  return { kind, apiGroup: RBAC_GROUP, name: name.join(':') };
}

/**
 * The double's bindings as ClusterRoles, ClusterRoleBindings and (for rules
 * narrowed to namespaces) RoleBindings. `system:masters` needs none: the API
 * server lets that group do anything.
 */
export function rbacObjects(bindings: RoleBinding[]) {
  const objects: Record<string, unknown>[] = [];
  bindings
    .filter(b => !b.subjects.includes('Group:system:masters'))
    .forEach((binding, index) => {
      const subjects = binding.subjects.map(subjectOf);
      const clusterWide = binding.rules.filter(r => !r.namespaces);
      const namespaced = binding.rules.filter(r => r.namespaces);
      const role = (suffix: string, rules: typeof binding.rules) => {
        const name = `ske-e2e-${index}${suffix}`;
        objects.push({
          apiVersion: `${RBAC_GROUP}/v1`,
          kind: 'ClusterRole',
          metadata: { name },
          rules: rules.map(({ verbs, apiGroups, resources }) => ({
            verbs,
            apiGroups,
            resources,
          })),
        });
        return { apiGroup: RBAC_GROUP, kind: 'ClusterRole', name };
      };
      if (clusterWide.length > 0) {
        const roleRef = role('', clusterWide);
        objects.push({
          apiVersion: `${RBAC_GROUP}/v1`,
          kind: 'ClusterRoleBinding',
          metadata: { name: roleRef.name },
          roleRef,
          subjects,
        });
      }
      namespaced.forEach((rule, ruleIndex) => {
        const roleRef = role(`-ns-${ruleIndex}`, [rule]);
        rule.namespaces!.forEach(namespace =>
          objects.push({
            apiVersion: `${RBAC_GROUP}/v1`,
            kind: 'RoleBinding',
            metadata: { name: roleRef.name, namespace },
            roleRef,
            subjects,
          }),
        );
      });
    });
  return objects;
}
