export interface Config {
  /** Configuration for the SKE (Kratix) plugins. */
  ske?: {
    /**
     * How the backend reaches the Kratix platform: `kubernetes` (default) talks
     * to the platform cluster's API; `gitops` writes resource requests to git.
     * @visibility backend
     */
    mode?: 'kubernetes' | 'gitops';
    /** Kubernetes mode settings. Without this section, the in-cluster or local kubeconfig is used. */
    kubernetes?: {
      /**
       * Name of the platform cluster in `kubernetes.clusterLocatorMethods` (type `config`).
       * @visibility backend
       */
      platformName: string;
    };
  };
}
