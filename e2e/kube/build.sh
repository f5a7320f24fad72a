#!/usr/bin/env bash
# Builds the pinned kube-apiserver and etcd for the real-server e2e half into
# .tools/kube/<kube version>/ (skipped when both binaries are already there).
# Versions are pinned by apiserver/go.mod and etcd/go.mod (with their go.sum).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

if ! command -v go >/dev/null 2>&1; then
  echo "e2e/kube: go not found, skipping the kube-apiserver/etcd build" >&2
  exit 0
fi

module_version() { # <go.mod> <module path>
  awk -v m="$2" '$1 == "require" && $2 == m { print $3 } $1 == m && $2 ~ /^v/ { print $2 }' "$1" | head -n1
}
kube_version="$(module_version "$here/apiserver/go.mod" k8s.io/kubernetes)"
etcd_version="$(module_version "$here/etcd/go.mod" go.etcd.io/etcd/server/v3)"
out="${KUBE_TOOLS_DIR:-$root/.tools/kube}/$kube_version"

if [[ -x "$out/kube-apiserver" && -x "$out/etcd" ]]; then
  echo "e2e/kube: kube-apiserver $kube_version and etcd $etcd_version already built in $out"
  exit 0
fi

# Go's own module and build caches (GOMODCACHE, GOCACHE) unless set: shared by
# every checkout on the machine, so only the first build is cold.
export CGO_ENABLED=0
# 2 compile jobs: the machine is shared; more jobs only raise peak memory.
build_flags=(-p "${KUBE_BUILD_JOBS:-2}" -trimpath -mod=readonly)
mkdir -p "$out"

minor="${kube_version#v1.}"; minor="${minor%%.*}"
version_pkg=k8s.io/component-base/version
echo "e2e/kube: building kube-apiserver $kube_version into $out"
(cd "$here/apiserver" && go build "${build_flags[@]}" -o "$out/kube-apiserver.tmp" \
  -ldflags "-s -w -X $version_pkg.gitVersion=$kube_version -X $version_pkg.gitMajor=1 -X $version_pkg.gitMinor=$minor -X $version_pkg.gitTreeState=clean" \
  k8s.io/kubernetes/cmd/kube-apiserver)
echo "e2e/kube: building etcd $etcd_version into $out"
(cd "$here/etcd" && go build "${build_flags[@]}" -o "$out/etcd.tmp" -ldflags "-s -w" go.etcd.io/etcd/server/v3)
mv "$out/kube-apiserver.tmp" "$out/kube-apiserver"
mv "$out/etcd.tmp" "$out/etcd"
echo "$etcd_version" > "$out/etcd.version"
echo "e2e/kube: done"
