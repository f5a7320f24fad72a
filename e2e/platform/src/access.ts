import { randomBytes } from 'node:crypto';
import type { PlatformUser } from './auth';
import type { RoleBinding } from './rbac';

/** The service account Backstage uses in `serviceAccount` mode. */
const BACKSTAGE_SERVICE_ACCOUNT: PlatformUser = {
  name: 'system:serviceaccount:kratix-platform-system:backstage',
  groups: ['system:serviceaccounts', 'system:authenticated'],
};

/** Simulated people: alice works in team-a, bob only views. */
export const PLATFORM_USERS = {
  admin: {
    name: 'kubernetes-admin',
    groups: ['system:masters', 'system:authenticated'],
  },
  backstage: BACKSTAGE_SERVICE_ACCOUNT,
  alice: { name: 'alice', groups: ['team-a', 'system:authenticated'] },
  bob: { name: 'bob', groups: ['viewers', 'system:authenticated'] },
} satisfies Record<string, PlatformUser>;

export type PlatformUserName = keyof typeof PLATFORM_USERS;

const READ = ['get', 'list', 'watch'];
const WRITE = ['create', 'update', 'patch', 'delete'];
/** The API groups of the seeded Promises' requests (fixtures.kratix.io: the form's schema fixture). */
const REQUEST_GROUPS = [
  'marketplace.kratix.io',
  'streaming.syntasso.io',
  'fixtures.kratix.io',
];

/** The cluster's RBAC: like ClusterRoleBindings and RoleBindings of a Kratix platform. */
export const PLATFORM_BINDINGS: RoleBinding[] = [
  {
    subjects: ['Group:system:masters'],
    rules: [{ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }],
  },
  {
    subjects: [`User:${BACKSTAGE_SERVICE_ACCOUNT.name}`],
    rules: [
      { verbs: READ, apiGroups: ['*'], resources: ['*'] },
      {
        verbs: WRITE,
        apiGroups: REQUEST_GROUPS,
        resources: ['*'],
      },
    ],
  },
  {
    subjects: ['Group:team-a', 'Group:viewers'],
    rules: [{ verbs: READ, apiGroups: ['*'], resources: ['*'] }],
  },
  {
    subjects: ['Group:team-a'],
    rules: [
      {
        verbs: WRITE,
        apiGroups: REQUEST_GROUPS,
        resources: ['*'],
        namespaces: ['team-a'],
      },
    ],
  },
  {
    // Readers of one namespace only: a cluster-wide list of requests is refused.
    subjects: ['Group:team-b-readers'],
    rules: [
      { verbs: READ, apiGroups: ['platform.kratix.io'], resources: ['*'] },
      {
        verbs: READ,
        apiGroups: REQUEST_GROUPS,
        resources: ['*'],
        namespaces: ['team-b'],
      },
    ],
  },
];

/** Fresh random bearer tokens for each simulated user. */
export function generateTokens(): Record<PlatformUserName, string> {
  const token = () => randomBytes(24).toString('base64url');
  return { admin: token(), backstage: token(), alice: token(), bob: token() };
}
