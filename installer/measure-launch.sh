#!/usr/bin/env bash
# Time to first window: the installed app against `mvn javafx:run`, same method, in one run.
# Each launch starts in its own process group; the clock stops when a window titled
# "VPN Failover Manager" exists (xdotool, polled every 50 ms). Runs alternate between the two so
# a busy machine hurts both alike; one untimed warm-up launch each comes first. Prints the median of each and the ratio installed / javafx:run.
#   usage: installer/measure-launch.sh [runs] [installed launcher]
# Needs xvfb-run and xdotool; the launcher defaults to /opt/vpnfailover/bin/vpnfailover, else the
# app image in target/installer (build it with `mvn -Pinstaller package`).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-3}
app=${2:-/opt/vpnfailover/bin/vpnfailover}
[ -x "$app" ] || app=target/installer/vpnfailover/bin/vpnfailover
[ -x "$app" ] || { echo "no installed app or app image found" >&2; exit 1; }
for tool in xvfb-run xdotool mvn; do
  command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 1; }
done
# compile once up front so that javafx:run below measures a start, not a build
mvn -q -B process-classes >/dev/null

inner=$(cat <<'INNER'
set -u
runs=$1; app=$2
first_window_ms() {
  local start pid now
  start=$(date +%s%N)
  setsid "$@" >/dev/null 2>&1 &
  pid=$!
  while ! xdotool search --name "^VPN Failover Manager$" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "launch failed: $*" >&2; return 1; }
    [ $(( ($(date +%s%N) - start) / 1000000 )) -lt 120000 ] || { kill -- -"$pid"; echo "timeout: $*" >&2; return 1; }
    sleep 0.05
  done
  now=$(date +%s%N)
  kill -- -"$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  # wait until the window is gone so the next run starts on an empty screen
  while xdotool search --name "^VPN Failover Manager$" >/dev/null 2>&1; do sleep 0.05; done
  echo $(( (now - start) / 1000000 ))
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
# one untimed launch each: fills the file cache (and Maven's plugin cache) for both alike
first_window_ms "$app" >/dev/null || exit 1
first_window_ms mvn -q -B javafx:run >/dev/null || exit 1
inst=(); mvnr=()
for i in $(seq 1 "$runs"); do
  inst+=("$(first_window_ms "$app")") || exit 1
  mvnr+=("$(first_window_ms mvn -q -B javafx:run)") || exit 1
  echo "run $i: installed ${inst[-1]} ms, mvn javafx:run ${mvnr[-1]} ms"
done
a=$(median "${inst[@]}"); b=$(median "${mvnr[@]}")
echo "median time to first window: installed $a ms, mvn javafx:run $b ms"
awk -v a="$a" -v b="$b" 'BEGIN {printf "launch time ratio installed / mvn javafx:run: %.2f\n", a / b}'
INNER
)
echo "installed app: $app"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c "$inner" measure "$runs" "$app"
