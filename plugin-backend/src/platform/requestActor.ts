import type { BackstageCredentials } from '@backstage/backend-plugin-api';

/**
 * Who a caller is, for the record (e.g. GitOps commit messages): the user
 * entity ref for users, `<type>:<subject>` for services, `anonymous` otherwise.
 */
export function actorOf(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type?: string;
    userEntityRef?: string;
    subject?: string;
  };
  if (principal.type === 'user' && principal.userEntityRef) {
    return principal.userEntityRef;
  }
  if (principal.type === 'service' && principal.subject) {
    return `service:${principal.subject}`;
  }
  return 'anonymous';
}
