#!/usr/bin/env bash
# Runs every check and test suite (static checks, unit + integration with jest,
# e2e with Playwright in Chromium) and ends with one line: `N passed, N failed`.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }
. scripts/env.sh
export CI=true
results="$PWD/.tools/results"
rm -rf "$results" && mkdir -p "$results"

check() {
  local name="$1"
  shift
  echo "::group:: $name"
  if "$@" >"$results/$name.log" 2>&1; then
    echo "PASS $name"
    echo "pass" >"$results/$name.check"
  else
    echo "FAIL $name (last lines of its output follow)"
    tail -40 "$results/$name.log"
    echo "fail" >"$results/$name.check"
  fi
}

check tsc yarn tsc
check lint yarn backstage-cli repo lint
check prettier yarn prettier --check .
check repo-fix-publish yarn backstage-cli repo fix --publish --check
# API reports of the published packages (needs tsc's dist-types): fails on an
# unreviewed change of the public surface or an export without a release tag.
check api-reports yarn build:api-reports:only --ci
# Unused files, dependencies and unlisted imports across the workspace (knip.jsonc).
check knip yarn knip
check portal-manifest node node_modules/.bin/tsx portal-manifest/check.ts
check portal-manifest-catches-drift node node_modules/.bin/tsx portal-manifest/check.ts --self-test
check changesets node node_modules/.bin/tsx scripts/changesets/changesetStatus.ts
check changesets-check-catches-missing node node_modules/.bin/tsx scripts/changesets/changesetStatusSelfTest.ts
check changesets-version-dry-run node node_modules/.bin/tsx scripts/changesets/versionDryRun.ts
check config-check yarn backstage-cli config:check --package backend --strict --lax --config app-config.example.yaml

# Licence: Apache-2.0 headers on every source of the published packages.
check licence-headers-catches-missing node node_modules/.bin/tsx scripts/licence/headers.ts --self-test
check licence-headers node node_modules/.bin/tsx scripts/licence/headers.ts --check

# Packaging: build and pack each publishable package (needs tsc's dist-types),
# check the tarballs, then install them into a fresh app outside the workspace.
check packages-pack node node_modules/.bin/tsx scripts/packaging/pack.ts "$results/packs"
check packages-contents node node_modules/.bin/tsx scripts/packaging/checkPackageContents.ts "$results/packs"
check packages-throwaway-app node node_modules/.bin/tsx scripts/packaging/throwawayApp.ts "$results/packs"
# Beside Backstage's Kubernetes plugins (app on 7206, simulated platform on
# 7210): config:check, /api/kubernetes/clusters, the Kratix tabs in Chromium.
check packages-beside-kubernetes-plugins node node_modules/.bin/tsx scripts/packaging/throwawayKubernetesApp.ts "$results/packs"
# The same throwaway app on Node 24 (fetched into .tools/node24; app on 7207).
check packages-throwaway-app-node24 node node_modules/.bin/tsx scripts/packaging/throwawayAppOnNode24.ts "$results/packs"
# Backstage releases: the packed packages in an app pinned to the newest and
# the oldest release of the README's compatibility table (apps on 7208, 7209);
# each fails when its run disagrees with the table. `yarn compat:matrix` runs
# every release in scripts/compat/releases.json and rewrites the table.
check compat-backstage-current node node_modules/.bin/tsx scripts/compat/compatApp.ts "$results/packs" current
# The current release's row again with the app on Node 24 (app on 7211).
check compat-backstage-current-node24 node node_modules/.bin/tsx scripts/compat/compatAppOnNode24.ts "$results/packs" current
check compat-backstage-1.54.0 env SKE_COMPAT_PORT=7209 node node_modules/.bin/tsx scripts/compat/compatApp.ts "$results/packs" 1.54.0
# Release rehearsal: on a scratch copy, `yarn release:version` and
# `yarn release:publish` to verdaccio on 127.0.0.1:7500, then a fresh app
# installs the plugins from it by version (app on 7501).
check release-rehearsal node node_modules/.bin/tsx scripts/release/rehearsal.ts

echo "::group:: jest (unit + integration)"
yarn backstage-cli repo test --ci --json --outputFile="$results/jest.json" 2>&1 | tee "$results/jest.log" | grep -E '^(PASS|FAIL)|●|Tests:' || true

echo "::group:: e2e (Playwright in Chromium)"
if yarn workspace app build --config ../app-config.yaml >"$results/app-build.log" 2>&1; then
  echo "pass" >"$results/app-build.check"
  SKE_E2E_JSON="$results/e2e.json" yarn playwright test -c e2e/playwright.config.ts 2>&1 | tee "$results/e2e.log" | grep -E '✓|✘|passed|failed|flaky|Error' || true
  echo "::group:: e2e in GitOps mode (Playwright in Chromium)"
  SKE_E2E_JSON="$results/e2e-gitops.json" SKE_E2E_BACKEND_PORT=7027 yarn playwright test -c e2e/playwright.gitops.config.ts 2>&1 | tee "$results/e2e-gitops.log" | grep -E '✓|✘|passed|failed|flaky|Error' || true
else
  echo "fail" >"$results/app-build.check"
  tail -40 "$results/app-build.log"
fi

node scripts/summarise-results.mjs "$results"
