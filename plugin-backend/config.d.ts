/*
 * Copyright 2026 The Kratix Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

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
    /** Catalog ingestion: Promises, their Templates and resource requests as entities. */
    catalog?: {
      /** Default `true`; `false` turns ingestion off. @visibility backend */
      enabled?: boolean;
      /**
       * How often the catalog is refreshed from the platform (a scheduler task
       * definition). Default: every 30 seconds, timeout 5 minutes.
       * @visibility backend
       */
      schedule?: {
        frequency: { [unit: string]: number } | string;
        timeout: { [unit: string]: number } | string;
        initialDelay?: { [unit: string]: number } | string;
        scope?: 'global' | 'local';
      };
      /**
       * A service account token for the platform cluster, used by the backend
       * acting as itself (catalog ingestion, the resource gate's Promise list)
       * when the cluster has `authProvider: oidc` (with `serviceAccount`, the
       * cluster's own service account serves). Without one, ingestion is off there.
       * @visibility secret
       */
      serviceAccountToken?: string;
      /** Requests listed per page. Default 500. @visibility backend */
      pageSize?: number;
      /** Owner of entities with no better owner. Default `group:default/platform-team`. @visibility backend */
      defaultOwner?: string;
      /** System of every ingested Component. @visibility backend */
      system?: string;
      /** Lifecycle of every ingested Component. Default `production`. @visibility backend */
      lifecycle?: string;
      promises?: {
        /** Catalog namespace of Promise Components and Templates. Default `default`. @visibility backend */
        namespace?: string;
        /** Owner of Promise Components and Templates. Default `defaultOwner`. @visibility backend */
        owner?: string;
      };
      resources?: {
        /** One catalog namespace for every request (names then include the platform namespace). Default: the request's namespace. @visibility backend */
        namespace?: string;
        /** Owner of a namespace's requests (without a `backstage.io/owner` annotation), by platform namespace. @visibility backend */
        namespaceOwners?: { [namespace: string]: string };
      };
    };
    /** GitOps mode settings (required with `mode: gitops`). */
    scm?: {
      /**
       * The git repository (http or https clone URL, without credentials).
       * @visibility backend
       */
      repoUrl: string;
      /**
       * Password or token for basic auth. When empty and `integrations.github`
       * has an entry for the repository's host (e.g. a GitHub App), its
       * short-lived installation token is used instead.
       * @visibility secret
       */
      token?: string;
      /**
       * Infers the basic-auth username when `username` is unset
       * (`github`: `x-access-token`, `gitlab`: `oauth2`).
       * @visibility backend
       */
      type?: 'github' | 'gitlab';
      /**
       * Basic-auth username; one of `username` or `type` is required.
       * @visibility backend
       */
      username?: string;
      /**
       * Directory under which resource requests are written, as
       * `<path>/<namespace>/<promise>/<name>.yaml`. Default: the repository root.
       * @visibility backend
       */
      path?: string;
      /**
       * Directory whose YAML files hold the Promise definitions. Default: `<path>/promises`.
       * @visibility backend
       */
      promisesPath?: string;
      /**
       * Branch to read from and push to. Default: `main`.
       * @visibility backend
       */
      branch?: string;
      /** Author of the commits. Default: `SKE <ske@backstage.io>`. */
      defaultAuthor?: {
        /** @visibility backend */
        name?: string;
        /** @visibility backend */
        email?: string;
      };
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
