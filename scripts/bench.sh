#!/usr/bin/env bash
# Runs the benchmark suite (bench/run.ts) and prints its markdown table.
# Arguments pick suites by name prefix: backend, scale, frontend, manage.
# SKE_BENCH_QUICK=1 takes fewer samples. Not a test: nothing here fails a build.
# Do not run it while e2e tests run: `frontend` rebuilds e2e/app/dist and
# `manage` starts the e2e stack on SKE_E2E_BACKEND_PORT / SKE_E2E_PLATFORM_PORT.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
. scripts/env.sh
exec node node_modules/.bin/tsx bench/run.ts "$@"
