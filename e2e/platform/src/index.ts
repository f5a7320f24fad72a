export { startPlatform } from './platform';
export type { PlatformOptions, RunningPlatform } from './platform';
export { kubeconfigFor, writeKubeconfig } from './kubeconfig';
export { PLATFORM_USERS } from './access';
export type { PlatformUserName } from './access';
export type { Authenticator, PlatformUser } from './auth';
export type { KubeObject } from './store';
export { OUTCOME_LABEL } from './kratixRules';
export {
  promiseFiles,
  resourceRequestFiles,
  startGitServer,
} from './gitServer';
export type {
  GitLogEntry,
  GitServerOptions,
  RunningGitServer,
} from './gitServer';
export { eventually } from './testing/httpClient';
