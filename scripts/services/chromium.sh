#!/usr/bin/env bash
# Headless Chromium (the Debian package) for the HTML report's browser tests, driven by playwright-core.
# install: apt-get install chromium when it is missing (apt-get update first if needed); fails when it
# cannot. start: nothing runs persistently, each test launches its own browser; prints the binary's
# path as `export BLASTMAP_CHROMIUM=…`. stop: nothing to stop.
set -euo pipefail
cd "$(dirname "$0")/../.."

CHROMIUM="${BLASTMAP_CHROMIUM_BIN:-/usr/bin/chromium}"

install() {
  if [ -x "$CHROMIUM" ]; then
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "chromium is missing and apt-get is not available to install it" >&2
    return 1
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo -n"; else
      echo "chromium is missing and installing it needs root" >&2
      return 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  if ! $sudo apt-get install -y chromium >&2; then
    $sudo apt-get update >&2
    $sudo apt-get install -y chromium >&2
  fi
  [ -x "$CHROMIUM" ] || { echo "chromium installed but $CHROMIUM is not there" >&2; return 1; }
}

start() {
  if [ ! -x "$CHROMIUM" ]; then
    echo "chromium is not installed; run: $0 install" >&2
    return 1
  fi
  echo "export BLASTMAP_CHROMIUM=$CHROMIUM"
}

stop() {
  :
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 install|start|stop" >&2; exit 2 ;;
esac
