#!/usr/bin/env bash
# The whole test suite: type check, lint, build, start the real services the tests need
# (each scripts/services/*.sh installs its own service into a cache outside git), run mocha on this
# machine's Node and again on the newest Node LTS line (scripts/node-lts.sh; same services), stop them.
# In CI (CI=true) a service or runtime that cannot be installed fails the run; elsewhere it is skipped.
# BLASTMAP_SKIP_NODE_LTS=1 runs mocha on this machine's Node only (never in CI).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== typecheck" && npm run --silent typecheck
echo "== lint" && npm run --silent lint
echo "== build" && npm run --silent build

started=()
stop_services() {
  for svc in "${started[@]}"; do bash "scripts/services/$svc.sh" stop || true; done
}
trap stop_services EXIT

for script in scripts/services/*.sh; do
  [ -e "$script" ] || continue
  svc=$(basename "$script" .sh)
  echo "== service $svc"
  if env_lines=$(bash "$script" install >&2 && bash "$script" start); then
    eval "$env_lines"
    started+=("$svc")
  elif [ "${CI:-}" = "true" ]; then
    echo "service $svc could not be installed or started: failing (CI=true)" >&2
    exit 1
  else
    echo "service $svc unavailable on this machine: its tests will be skipped" >&2
  fi
done

if [ $# -eq 0 ]; then set -- "test/**/*.test.ts"; fi
status=0
echo "== mocha on Node $(node --version)"
npx mocha "$@" || status=$?

lts_version=$(bash scripts/node-lts.sh version)
if [ "$(node --version)" = "v$lts_version" ]; then
  echo "== mocha on Node v$lts_version: this machine's Node already"
elif [ "${BLASTMAP_SKIP_NODE_LTS:-}" = "1" ] && [ "${CI:-}" != "true" ]; then
  echo "== mocha on Node v$lts_version: skipped (BLASTMAP_SKIP_NODE_LTS=1)"
elif lts_bin=$(bash scripts/node-lts.sh install); then
  echo "== mocha on Node v$lts_version"
  # On PATH too, so that the tests' child processes (`node`, process.execPath) run on it as well.
  PATH="$lts_bin:$PATH" node node_modules/mocha/bin/mocha.js "$@" || status=$?
elif [ "${CI:-}" = "true" ]; then
  echo "Node v$lts_version could not be installed: failing (CI=true)" >&2
  exit 1
else
  echo "Node v$lts_version could not be installed on this machine: its run is skipped" >&2
fi
exit $status
