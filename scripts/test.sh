#!/usr/bin/env bash
# The whole test suite: type check, lint, build, start the real services the tests need
# (each scripts/services/*.sh installs its own service into a cache outside git), run mocha, stop them.
# In CI (CI=true) a service that cannot be installed or started fails the run; elsewhere its tests skip.
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

echo "== mocha"
if [ $# -eq 0 ]; then set -- "test/**/*.test.ts"; fi
npx mocha "$@"
