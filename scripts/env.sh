# Sourced by every entry script: puts the project's own Node 22 and Yarn first on PATH.
# Safe to source repeatedly; installs nothing (see scripts/setup.sh).
SKE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SKE_TOOLS="$SKE_ROOT/.tools"
export PATH="$SKE_TOOLS/node/bin:$SKE_TOOLS/bin:$PATH"
export COREPACK_NPM_REGISTRY="https://registry.npmjs.org"
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
export COREPACK_HOME="$SKE_TOOLS/corepack"
# Native addons (better-sqlite3) must build against Node 22's headers, not the system Node's.
export npm_config_nodedir="$SKE_TOOLS/node"
export NODE_OPTIONS="--no-node-snapshot ${NODE_OPTIONS:-}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export YARN_ENABLE_TELEMETRY=0
export BACKSTAGE_CLI_NO_INTERACTION=1
