#!/usr/bin/env bash
# The newest Node LTS line, so the test suite also runs on the runtime users have (scripts/test.sh runs
# mocha on this machine's Node and on this one). npm's node-<platform>-<arch> package carries the
# official Node binary, so this needs nothing but the npm registry.
# install: into .cache/node-<version> (once); prints the folder that holds its `node`.
set -euo pipefail
cd "$(dirname "$0")/.."

NODE_LTS_VERSION="26.12.1"

install() {
  local package dir bin
  package="node-$(node -p 'process.platform')-$(node -p 'process.arch')"
  dir=".cache/node-$NODE_LTS_VERSION"
  bin="$dir/node_modules/$package/bin"
  if ! [ -x "$bin/node" ] || [ "$("$bin/node" --version 2>/dev/null)" != "v$NODE_LTS_VERSION" ]; then
    npm install --silent --no-save --no-audit --no-fund --prefix "$dir" "$package@$NODE_LTS_VERSION" >&2
  fi
  "$bin/node" --version >/dev/null # the binary runs on this machine
  echo "$PWD/$bin"
}

case "${1:-}" in
  install) install ;;
  version) echo "$NODE_LTS_VERSION" ;;
  *) echo "usage: $0 install|version" >&2; exit 2 ;;
esac
