#!/usr/bin/env bash
# Times the workbench's start to its first window against two baselines from
# tests/dev.upskill.startup.benchmark, started the same way, with the same launcher, JVM options
# and target-platform bundles, in the same run: an Eclipse application that only opens a Shell
# (bareWindow), and the smallest workbench application, one window with an empty perspective
# (emptyWorkbench, PDE's "Hello RCP" shape). RUNS runs each (default 7), interleaved in an order
# that turns each round, median and ratios, as a Markdown table (also written to
# target/bench-startup.md); also each process's CPU time (user + system, all threads) at the
# moment its window is shown, which varies less than wall time on a busy machine. A window counts
# as shown when xdotool finds it mapped (polled every 20 ms). The workbench opens a workspace that
# a first, unmeasured start filled with the samples.
# Needs the built product and the benchmark bundle:
#   ./mvnw -o verify -DskipTests -pl releng/dev.upskill.product,tests/dev.upskill.startup.benchmark -am
# and Xvfb and xdotool; without a DISPLAY it runs itself under xvfb-run.
# Usage: releng/scripts/bench-startup.sh [RUNS]
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
if [ -z "${DISPLAY:-}" ]; then
	exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi
cd "$ROOT"
. releng/scripts/find-java.sh
upskill_find_java
command -v xdotool >/dev/null || { echo "bench-startup: needs xdotool (apt-get install xdotool)" >&2; exit 2; }
RUNS="${1:-7}"
BUILT="$ROOT/releng/dev.upskill.product/target/products/dev.upskill.product/linux/gtk/x86_64/upskill-workbench"
BARE_JAR=$(ls "$ROOT"/tests/dev.upskill.startup.benchmark/target/dev.upskill.startup.benchmark-*.jar 2>/dev/null | head -n 1 || true)
[ -d "$BUILT" ] && [ -n "$BARE_JAR" ] || { echo "bench-startup: build the product and the benchmark bundle first (see the header)" >&2; exit 2; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# A copy of the product with the bare window's bundle added to its bundles.info.
cp -r "$BUILT" "$WORK/product"
PRODUCT="$WORK/product"
# simpleconfigurator installs a bundle only when bundles.info names its exact version.
version=$(unzip -p "$BARE_JAR" META-INF/MANIFEST.MF | tr -d '\r' | awk -F': ' '$1 == "Bundle-Version" { print $2 }')
cp "$BARE_JAR" "$PRODUCT/plugins/dev.upskill.startup.benchmark_$version.jar"
echo "dev.upskill.startup.benchmark,$version,plugins/dev.upskill.startup.benchmark_$version.jar,4,false" \
	>>"$PRODUCT/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
LAUNCHER=$(ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
JAVA=("$JAVA_HOME/bin/java" -Xmx2g --enable-native-access=ALL-UNNAMED
	"-Djava.util.logging.config.file=$PRODUCT/logging.properties")

start_app() { # start_app NAME: starts it in the background, sets $pid
	case "$1" in
	workbench) "${JAVA[@]}" -jar "$LAUNCHER" -nosplash -data "$WORK/workspace" >>"$WORK/workbench.log" 2>&1 & ;;
	empty) "${JAVA[@]}" -jar "$LAUNCHER" -nosplash -application dev.upskill.startup.benchmark.emptyWorkbench \
		-data "$WORK/empty-data" >>"$WORK/empty.log" 2>&1 & ;;
	bare) "${JAVA[@]}" -jar "$LAUNCHER" -nosplash -application dev.upskill.startup.benchmark.bareWindow -data "$WORK/bare-data" \
		>>"$WORK/bare.log" 2>&1 & ;;
	esac
	pid=$!
}
title() {
	case "$1" in
	workbench) echo "Upskill Workbench" ;;
	empty) echo "Empty workbench window" ;;
	bare) echo "Bare RCP window" ;;
	esac
}
TICK=$(getconf CLK_TCK)

time_to_window() { # time_to_window NAME: appends the milliseconds until its window is shown to
	# $WORK/NAME.ms, and the process's CPU time (user + system, all threads) by then to $WORK/NAME.cpu
	local start end cpu
	start=$(date +%s%N)
	start_app "$1"
	until xdotool search --onlyvisible --name "$(title "$1")" >/dev/null 2>&1; do
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "bench-startup: $1 ended without a window; see its log:" >&2
			cat "$WORK/$1.log" >&2
			exit 1
		fi
		if (($(date +%s%N) - start > 180000000000)); then
			echo "bench-startup: $1 showed no window titled '$(title "$1")' within 180 s; its log:" >&2
			cat "$WORK/$1.log" >&2
			kill "$pid"
			exit 1
		fi
		sleep 0.02
	done
	end=$(date +%s%N)
	# Fields 14 and 15 of /proc/PID/stat (counted after the command name's closing parenthesis).
	cpu=$(sed 's/.*) //' "/proc/$pid/stat" | awk -v tick="$TICK" '{ printf "%d", ($12 + $13) * 1000 / tick }')
	sleep 1 # let it settle before it is ended, so the next start does not find a half-written workspace
	kill "$pid"
	wait "$pid" 2>/dev/null || true
	echo $(((end - start) / 1000000)) >>"$WORK/$1.ms"
	echo "$cpu" >>"$WORK/$1.cpu"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Unmeasured: the first start fills the workspace with the samples; the OSGi caches are written.
APPS=(bare empty workbench)
for app in "${APPS[@]}"; do
	time_to_window "$app"
	rm -f "$WORK/$app.ms" "$WORK/$app.cpu"
done
for ((i = 0; i < RUNS; i++)); do
	# Each round starts with another of the three, so none always follows the same one.
	for ((j = 0; j < ${#APPS[@]}; j++)); do
		time_to_window "${APPS[(i + j) % ${#APPS[@]}]}"
	done
done
for app in "${APPS[@]}"; do
	declare "ms_$app=$(median <"$WORK/$app.ms")"
	declare "cpu_$app=$(median <"$WORK/$app.cpu")"
done
ratio() { awk -v x="$1" -v y="$2" 'BEGIN { printf "%.2f", x / y }'; }
row() { # row NAME LABEL
	local ms="ms_$1" cpu="cpu_$1"
	echo "| $2: runs $(tr '\n' ' ' <"$WORK/$1.ms")| ${!ms} ms | $(ratio "${!ms}" "$ms_bare") | $(ratio "${!ms}" "$ms_empty") | ${!cpu} ms | $(ratio "${!cpu}" "$cpu_bare") | $(ratio "${!cpu}" "$cpu_empty") |"
}
mkdir -p "$ROOT/target"
{
	echo "Start-up to the first window, median of $RUNS runs each, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
	echo
	echo "| start | first window | ratio to the Shell | ratio to the empty workbench | CPU by then | CPU ratio to the Shell | CPU ratio to the empty workbench |"
	echo "|---|---|---|---|---|---|---|"
	row bare "a Shell (\`bareWindow\`)"
	row empty "an empty workbench window (\`emptyWorkbench\`)"
	row workbench "Upskill Workbench, sample workspace"
} | tee "$ROOT/target/bench-startup.md"
