#!/usr/bin/env bash
# Neo4j 5.26 Community for the tests (see README.md here): install | start | stop.
# install: the server's jars from Maven Central into .cache/neo4j/lib (outside git, once).
# start:   a server with auth disabled, Bolt and HTTP (Neo4j Browser) on 127.0.0.1:<free ports>,
#          small memory (heap $NEO4J_HEAP, default 512m), data under .services/neo4j, and a static
#          server for the Browser guide (cypher/guide/) on another free port; prints the variables
#          the CLI and the tests read: NEO4J_URI, BLASTMAP_NEO4J_URI (the same), NEO4J_BROWSER_URL,
#          BLASTMAP_NEO4J_GUIDE_URL.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
cache="$root/.cache/neo4j"
lib="$cache/lib"
svc="$root/.services/neo4j"
pom="$root/scripts/services/neo4j/pom.xml"
heap="${NEO4J_HEAP:-512m}"

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

print_env() {
  echo "export NEO4J_URI=bolt://127.0.0.1:$1"
  echo "export BLASTMAP_NEO4J_URI=bolt://127.0.0.1:$1"
  echo "export NEO4J_BROWSER_URL=http://127.0.0.1:$2/browser/"
  echo "export BLASTMAP_NEO4J_GUIDE_URL=http://127.0.0.1:$3/blastmap.html"
}

http_answers() {
  node -e '
    require("http").get({ host: "127.0.0.1", port: +process.argv[1], path: "/browser/", timeout: 2000 },
      (r) => process.exit(r.statusCode === 200 ? 0 : 1)).on("error", () => process.exit(1));
  ' "$1"
}

start() {
  ls "$lib"/neo4j-*.jar >/dev/null 2>&1 || { log "not installed: run '$0 install' first"; exit 1; }
  if [ -f "$svc/pid" ] && kill -0 "$(cat "$svc/pid")" 2>/dev/null; then
    log "already running (pid $(cat "$svc/pid"))"
    print_env "$(cat "$svc/port")" "$(cat "$svc/http-port")" "$(cat "$svc/guide-port")"
    return 0
  fi
  rm -rf "$svc"
  mkdir -p "$svc/conf" "$svc/data" "$svc/logs" "$svc/run" "$svc/import" "$svc/plugins"
  port=$(free_port)
  http_port=$(free_port)
  while [ "$http_port" = "$port" ]; do http_port=$(free_port); done
  guide_port=$(free_port)
  while [ "$guide_port" = "$port" ] || [ "$guide_port" = "$http_port" ]; do guide_port=$(free_port); done
  cat >"$svc/conf/neo4j.conf" <<CONF
server.directories.data=$svc/data
server.directories.logs=$svc/logs
server.directories.run=$svc/run
server.directories.import=$svc/import
server.directories.plugins=$svc/plugins
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$port
server.bolt.advertised_address=127.0.0.1:$port
# HTTP only for Neo4j Browser (lib/neo4j-browser-*.jar), on this machine only.
server.http.enabled=true
server.http.listen_address=127.0.0.1:$http_port
server.http.advertised_address=127.0.0.1:$http_port
server.http_enabled_modules=BROWSER
server.https.enabled=false
dbms.security.auth_enabled=false
# Neo4j Browser fetches a guide (:play URL) only from these hosts: the guide server below. The
# Browser reads the list (dbms.clientConfig) after connecting, and opens blastmap's guide then.
browser.remote_content_hostname_whitelist=127.0.0.1,localhost
browser.post_connect_cmd=play http://127.0.0.1:$guide_port/blastmap.html
# No usage data from the Browser (it would call out to segment.com, sentry.io and canny.io).
client.allow_telemetry=false
server.memory.heap.initial_size=$heap
server.memory.heap.max_size=$heap
server.memory.pagecache.size=256m
db.tx_log.rotation.retention_policy=1 files
dbms.usage_report.enabled=false
server.jvm.additional=-XX:+UseSerialGC
CONF
  echo "$port" >"$svc/port"
  echo "$http_port" >"$svc/http-port"
  echo "$guide_port" >"$svc/guide-port"
  nohup node "$root/scripts/services/neo4j/guide-server.mjs" "$guide_port" "$root/cypher/guide" \
    >"$svc/logs/guide.log" 2>&1 &
  echo $! >"$svc/guide-pid"
  # The entry point does not read heap settings from neo4j.conf (the launcher script does): pass them.
  nohup java -Xms"$heap" -Xmx"$heap" -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError \
    -cp "$lib/*" org.neo4j.server.CommunityEntryPoint \
    --home-dir="$svc" --config-dir="$svc/conf" >"$svc/logs/console.log" 2>&1 &
  echo $! >"$svc/pid"
  deadline=$((SECONDS + ${NEO4J_START_TIMEOUT:-120}))
  until bolt_answers "$port" && http_answers "$http_port"; do
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
  log "Bolt ready on 127.0.0.1:$port, Neo4j Browser at http://127.0.0.1:$http_port/browser/ (pid $(cat "$svc/pid"))"
  print_env "$port" "$http_port" "$guide_port"
}

stop() {
  if [ -f "$svc/guide-pid" ]; then
    kill "$(cat "$svc/guide-pid")" 2>/dev/null || true
    rm -f "$svc/guide-pid"
  fi
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
