#!/usr/bin/env bash
# Measures the embedded default: first start (initdb, migrations, reference and demo data) and second
# start (existing data), time until readiness, and memory at idle. Needs target/samverkan.jar
# (./mvnw -DskipTests package). Usage: bench/startup.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-18080}
dir=$(mktemp -d /tmp/samverkan-bench.XXXXXX)
trap 'rm -rf "$dir"' EXIT

start() {
  local label=$1
  local t0 t1 pid
  t0=$(date +%s.%N)
  SAMVERKAN_DATA_DIR="$dir" SERVER_PORT=$port java -jar target/samverkan.jar >"$dir/$label.log" 2>&1 &
  pid=$!
  until curl -sf --max-time 2 "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null || [ "$(echo "$(date +%s.%N) - $t0 > 180" | bc)" = 1 ]; then
      echo "$label start: not ready after 180 s (or the JVM ended); the end of its log:" >&2
      tail -20 "$dir/$label.log" >&2
      kill "$pid" 2>/dev/null || true
      exit 1
    fi
    sleep 0.1
  done
  t1=$(date +%s.%N)
  printf '%s start: ready after %.1f s (%s)\n' "$label" "$(echo "$t1 - $t0" | bc)" \
    "$(grep -o 'Started SamverkanApplication in [0-9.]* seconds' "$dir/$label.log")"
  if [ "$label" = second ]; then
    sleep 20
    local rss heap pg
    rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
    heap=$(curl -s --max-time 10 "http://127.0.0.1:$port/actuator/prometheus" | grep '^jvm_memory_used_bytes' | grep 'area="heap"' \
      | awk '{s+=$NF} END {printf "%.0f", s/1048576}')
    local postmaster pss=0
    postmaster=$(head -1 "$dir/pg17/postmaster.pid")
    for p in $postmaster $(ps -o pid= --ppid "$postmaster"); do
      pss=$((pss + $(awk '/^Pss:/ {print $2}' /proc/$p/smaps_rollup)))
    done
    printf 'idle after 20 s: JVM RSS %d MiB, JVM heap used %s MiB, PostgreSQL (all its processes, PSS) %d MiB\n' \
      $((rss / 1024)) "$heap" $((pss / 1024))
  fi
  kill "$pid"
  wait "$pid" || true
}

start first
start second
