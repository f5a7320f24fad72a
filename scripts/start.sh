#!/usr/bin/env bash
# Starts the demo: the simulated Kratix platform and a real Backstage with the
# SKE plugins on http://127.0.0.1:7007 (override with SKE_BACKEND_PORT).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# The demo runs on the simulated platform: no kube-apiserver build on its cold start.
SKE_SKIP_KUBE_BUILD=1 bash scripts/setup.sh
. scripts/env.sh
echo "[start] building the app (plugins found by discovery)"
yarn workspace app build --config ../app-config.yaml >/dev/null
export SKE_BACKEND_PORT="${SKE_BACKEND_PORT:-7007}"
echo "[start] open http://127.0.0.1:${SKE_BACKEND_PORT} , press Enter (guest), then Catalog → postgresql → the 'Promise' tab (README: the demo)"
exec node node_modules/.bin/tsx e2e/scripts/stack.ts
