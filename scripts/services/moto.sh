#!/usr/bin/env bash
# moto server: a real AWS API emulator for the live collector's integration tests.
# install: a virtualenv in .cache/moto-venv with a pinned moto[server]; start: 127.0.0.1 on a free
# port, prints `export BLASTMAP_MOTO_URL=…`; stop: ends the process that start recorded.
set -euo pipefail
cd "$(dirname "$0")/../.."

MOTO_VERSION="5.2.5"
VENV=".cache/moto-venv"
RUN_DIR=".services/moto"
PID_FILE="$RUN_DIR/pid"

install() {
  if [ -x "$VENV/bin/moto_server" ] && "$VENV/bin/python" -c "import moto,sys; sys.exit(moto.__version__ != '$MOTO_VERSION')" 2>/dev/null; then
    return 0
  fi
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "moto[server]==$MOTO_VERSION"
}

free_port() {
  "$VENV/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

start() {
  mkdir -p "$RUN_DIR"
  stop >/dev/null 2>&1 || true
  local port
  port=$(free_port)
  # Never reach the instance metadata address, even if moto or the SDK would probe it.
  AWS_EC2_METADATA_DISABLED=true nohup "$VENV/bin/moto_server" -H 127.0.0.1 -p "$port" >"$RUN_DIR/server.log" 2>&1 &
  echo $! >"$PID_FILE"
  for _ in $(seq 1 100); do
    if "$VENV/bin/python" -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$port/moto-api/', timeout=1)" 2>/dev/null; then
      echo "export BLASTMAP_MOTO_URL=http://127.0.0.1:$port"
      return 0
    fi
    if ! kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
      echo "moto server exited; see $RUN_DIR/server.log" >&2
      return 1
    fi
    sleep 0.3
  done
  echo "moto server did not answer on port $port; see $RUN_DIR/server.log" >&2
  return 1
}

stop() {
  if [ -f "$PID_FILE" ]; then
    kill "$(cat "$PID_FILE")" 2>/dev/null || true
    rm -f "$PID_FILE"
  fi
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 install|start|stop" >&2; exit 2 ;;
esac
