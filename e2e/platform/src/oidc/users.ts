/**
 * The people of the e2e OpenID provider. Their `sub` is the Kubernetes user
 * name and `groups` their Kubernetes groups (see ../access.ts for the RBAC);
 * the local part of `email` matches a Backstage User entity.
 */
export const OIDC_USERS: Record<
  string,
  { name: string; email: string; groups: string[] }
> = {
  alice: { name: 'Alice', email: 'alice@example.com', groups: ['team-a'] },
  bob: { name: 'Bob', email: 'bob@example.com', groups: ['viewers'] },
};
