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

  /**
   * The standard Kubernetes cluster configuration, as read by Backstage's
   * Kubernetes backend. The SKE plugin reads the cluster named by
   * `ske.kubernetes.platformName` from it; only the fields it uses are declared.
   */
  kubernetes?: {
    clusterLocatorMethods?: Array<{
      /** @visibility backend */
      type: string;
      clusters?: Array<{
        /** @visibility backend */
        name: string;
        /** @visibility backend */
        title?: string;
        /** @visibility backend */
        url: string;
        /** `serviceAccount` or `oidc` for the SKE plugin. @visibility backend */
        authProvider: string;
        /** Provider whose ID token is forwarded with `authProvider: oidc`. @visibility backend */
        oidcTokenProvider?: string;
        /** @visibility secret */
        serviceAccountToken?: string;
        /** @visibility backend */
        skipTLSVerify?: boolean;
        /** Base64-encoded PEM CA bundle. @visibility backend */
        caData?: string;
        /** @visibility backend */
        caFile?: string;
        /** @visibility backend */
        authMetadata?: { [key: string]: string };
        [key: string]: unknown;
      }>;
      [key: string]: unknown;
    }>;
    [key: string]: unknown;
  };
}
