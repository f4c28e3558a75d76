#!/usr/bin/env bash
# Neo4j 5.26 Community for the tests (see README.md here): install | start | stop.
# install: the server's jars from Maven Central into .cache/neo4j/lib (outside git, once).
# start:   a server with auth disabled, Bolt on 127.0.0.1:<free port>, no HTTP, small memory,
#          data under .services/neo4j; prints `export BLASTMAP_NEO4J_URI=bolt://127.0.0.1:PORT`.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
cache="$root/.cache/neo4j"
lib="$cache/lib"
svc="$root/.services/neo4j"
pom="$root/scripts/services/neo4j/pom.xml"

log() { echo "neo4j: $*" >&2; }

install() {
  command -v java >/dev/null || { log "java not found (Java 17+ needed)"; exit 1; }
  command -v mvn >/dev/null || { log "mvn not found (Maven needed to fetch the server)"; exit 1; }
  # The stamp records which pom filled the cache, so a version bump re-downloads.
  stamp=$(sha256sum "$pom" | cut -c1-16)
  if [ -f "$cache/installed-$stamp" ] && ls "$lib"/neo4j-*.jar >/dev/null 2>&1; then
    return 0
  fi
  rm -rf "$lib" "$cache"/installed-*
  mkdir -p "$lib"
  log "downloading Neo4j from Maven Central into $lib (first time only)"
  mvn -q -B -f "$pom" dependency:copy-dependencies -DoutputDirectory="$lib" -DincludeScope=runtime >&2
  touch "$cache/installed-$stamp"
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

bolt_answers() {
  # Bolt handshake: magic preamble + 4 version proposals; a server answers with 4 bytes.
  node -e '
    const s = require("net").connect(+process.argv[1], "127.0.0.1");
    s.setTimeout(2000, () => process.exit(1));
    s.on("error", () => process.exit(1));
    s.on("connect", () => s.write(Buffer.from([0x60,0x60,0xb0,0x17, 0,0,8,5, 0,0,0,4, 0,0,0,0, 0,0,0,0])));
    s.on("data", (d) => { process.exit(d.length >= 4 && d.readUInt32BE(0) !== 0 ? 0 : 1); });
  ' "$1"
}

start() {
  ls "$lib"/neo4j-*.jar >/dev/null 2>&1 || { log "not installed: run '$0 install' first"; exit 1; }
  if [ -f "$svc/pid" ] && kill -0 "$(cat "$svc/pid")" 2>/dev/null; then
    log "already running (pid $(cat "$svc/pid"))"
    echo "export BLASTMAP_NEO4J_URI=bolt://127.0.0.1:$(cat "$svc/port")"
    return 0
  fi
  rm -rf "$svc"
  mkdir -p "$svc/conf" "$svc/data" "$svc/logs" "$svc/run" "$svc/import" "$svc/plugins"
  port=$(free_port)
  cat >"$svc/conf/neo4j.conf" <<CONF
server.directories.data=$svc/data
server.directories.logs=$svc/logs
server.directories.run=$svc/run
server.directories.import=$svc/import
server.directories.plugins=$svc/plugins
server.default_listen_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$port
server.http.enabled=false
server.https.enabled=false
dbms.security.auth_enabled=false
server.memory.heap.initial_size=512m
server.memory.heap.max_size=512m
server.memory.pagecache.size=256m
db.tx_log.rotation.retention_policy=1 files
dbms.usage_report.enabled=false
server.jvm.additional=-XX:+UseSerialGC
CONF
  echo "$port" >"$svc/port"
  # The entry point does not read heap settings from neo4j.conf (the launcher script does): pass them.
  nohup java -Xms512m -Xmx512m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError \
    -cp "$lib/*" org.neo4j.server.CommunityEntryPoint \
    --home-dir="$svc" --config-dir="$svc/conf" >"$svc/logs/console.log" 2>&1 &
  echo $! >"$svc/pid"
  deadline=$((SECONDS + ${NEO4J_START_TIMEOUT:-120}))
  until bolt_answers "$port"; do
    if ! kill -0 "$(cat "$svc/pid")" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
      log "did not start on 127.0.0.1:$port; last log lines:"
      for f in console.log neo4j.log debug.log; do
        [ -s "$svc/logs/$f" ] && { echo "--- $f" >&2; tail -n 20 "$svc/logs/$f" >&2; }
      done
      stop
      exit 1
    fi
    sleep 1
  done
  log "Bolt ready on 127.0.0.1:$port (pid $(cat "$svc/pid"))"
  echo "export BLASTMAP_NEO4J_URI=bolt://127.0.0.1:$port"
}

stop() {
  [ -f "$svc/pid" ] || return 0
  pid=$(cat "$svc/pid")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" || true
  fi
  rm -f "$svc/pid"
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 install|start|stop" >&2; exit 2 ;;
esac
