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
export { startKube } from './kube/startKube';
export type { KubeOptions, RunningKube } from './kube/startKube';
export { startKubePlatform } from './kube/startKubePlatform';
export type {
  KubePlatformOptions,
  RunningKubePlatform,
} from './kube/startKubePlatform';
export { startStubKubelet, STUB_NODE } from './kube/kratix/stubKubelet';
export type { StubKubelet } from './kube/kratix/stubKubelet';
export { findKubeBinaries } from './kube/binaries';
export { platformTargets } from './testing/platformTargets';
export type { PlatformTarget, TestPlatform } from './testing/platformTargets';
