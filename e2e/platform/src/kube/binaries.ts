import fs from 'node:fs';
import path from 'node:path';

/** The repository root (this file is e2e/platform/src/kube/binaries.ts). */
// test tooling, run from source only (never built): __dirname is this directory
// eslint-disable-next-line no-restricted-syntax
const REPO_ROOT = path.resolve(__dirname, '../../../..');

/** Where e2e/kube/build.sh puts the binaries it builds. */
const KUBE_TOOLS = path.join(REPO_ROOT, '.tools', 'kube');

/** The Kubernetes release pinned by e2e/kube/apiserver/go.mod. */
function pinnedKubeVersion(): string {
  const goMod = fs.readFileSync(
    path.join(REPO_ROOT, 'e2e/kube/apiserver/go.mod'),
    'utf8',
  );
  const match = /^\s*(?:require\s+)?k8s\.io\/kubernetes (v\S+)/m.exec(goMod);
  if (!match)
    throw new Error('e2e/kube/apiserver/go.mod pins no k8s.io/kubernetes');
  return match[1];
}

export interface KubeBinaries {
  version: string;
  kubeApiserver: string;
  etcd: string;
}

/**
 * The pinned kube-apiserver and etcd, or `undefined` with the reason when
 * they are not built (a machine without Go: `bash e2e/kube/build.sh`).
 */
export function findKubeBinaries():
  | { binaries: KubeBinaries }
  | { missing: string } {
  const version = pinnedKubeVersion();
  const dir = path.join(KUBE_TOOLS, version);
  const binaries = {
    version,
    kubeApiserver: path.join(dir, 'kube-apiserver'),
    etcd: path.join(dir, 'etcd'),
  };
  const absent = [binaries.kubeApiserver, binaries.etcd].filter(
    file => !fs.existsSync(file),
  );
  if (absent.length > 0) {
    return {
      missing: `kube-apiserver ${version} is not built (${absent.join(
        ', ',
      )} missing): run \`bash e2e/kube/build.sh\` on a machine with Go`,
    };
  }
  return { binaries };
}
