#!/usr/bin/env bash
# Times the start of the command line: `upskill version` and `upskill validate` of the sample files,
# RUNS times each (default 7, runs of the variants interleaved so that a busy moment hits them
# alike), and prints the median of each variant and its ratio to today's start (the whole product,
# 156 bundles), as a Markdown table (also written to target/bench-cli.md). Each option is measured
# on its own: the command line's configuration (configuration-cli), the C1-only JIT, a CDS archive.
# Usage: releng/scripts/bench-cli.sh [RUNS]   (after ./upskill has built the product; it is not rebuilt here)
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
cd "$ROOT"
. releng/scripts/find-java.sh
upskill_find_java
RUNS="${1:-7}"
PRODUCT="${UPSKILL_PRODUCT:-$ROOT/releng/dev.upskill.product/target/products/dev.upskill.product/linux/gtk/x86_64/upskill-workbench}"
export UPSKILL_PRODUCT="$PRODUCT" # ./upskill runs it as it is: no rebuild in the middle of the runs
LAUNCHER=$(ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
SAMPLES=(bundles/dev.upskill.app/samples/getting-started/*.profile bundles/dev.upskill.app/samples/getting-started/*.plan)
./upskill version >/dev/null # writes configuration-cli if the build did not
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

JAVA=("$JAVA_HOME/bin/java" -Xmx2g --enable-native-access=ALL-UNNAMED
	"-Djava.util.logging.config.file=$PRODUCT/logging.properties" -Djava.awt.headless=true)
APP=(-nosplash -application dev.upskill.cli.main -data @none)
CLI=(-configuration "$PRODUCT/configuration-cli")
C1=(-XX:TieredStopAtLevel=1)
CDS=("-XX:SharedArchiveFile=$WORK/cli.jsa" -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:aot=off)

NAMES=(
	"today: ./upskill with the whole product (UPSKILL_CLI_FULL=1)"
	"whole product, java only"
	"whole product, C1 only"
	"configuration-cli"
	"configuration-cli, C1 only (what ./upskill runs)"
	"configuration-cli, C1 only, CDS archive of the run"
	"./upskill (script included)"
)
run_variant() { # run_variant INDEX COMMAND...
	local index="$1"
	shift
	case "$index" in
	0) UPSKILL_CLI_FULL=1 ./upskill "$@" ;;
	1) "${JAVA[@]}" -jar "$LAUNCHER" "${APP[@]}" "$@" ;;
	2) "${JAVA[@]}" "${C1[@]}" -jar "$LAUNCHER" "${APP[@]}" "$@" ;;
	3) "${JAVA[@]}" -jar "$LAUNCHER" "${CLI[@]}" "${APP[@]}" "$@" ;;
	4) "${JAVA[@]}" "${C1[@]}" -jar "$LAUNCHER" "${CLI[@]}" "${APP[@]}" "$@" ;;
	5) "${JAVA[@]}" "${C1[@]}" "${CDS[@]}" -jar "$LAUNCHER" "${CLI[@]}" "${APP[@]}" "$@" ;;
	6) ./upskill "$@" ;;
	esac
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

measure() { # measure LABEL COMMAND...: fills $WORK/LABEL.INDEX with one time in ms per line
	local label="$1" expected="$WORK/$1.expected" i v start end
	shift
	run_variant 0 "$@" >"$expected" 2>&1 || true
	run_variant 5 "$@" >/dev/null 2>&1 || true # creates the CDS archive
	for ((i = 0; i < RUNS; i++)); do
		for v in "${!NAMES[@]}"; do
			start=$(date +%s%N)
			run_variant "$v" "$@" >"$WORK/out" 2>&1 || true
			end=$(date +%s%N)
			if ! cmp -s "$expected" "$WORK/out"; then
				echo "bench-cli: '${NAMES[$v]}' printed something else for $label:" >&2
				diff "$expected" "$WORK/out" >&2 || true
				exit 1
			fi
			echo $(((end - start) / 1000000)) >>"$WORK/$label.$v"
		done
	done
}

measure version version
measure validate validate "${SAMPLES[@]}"

{
	echo "Command-line start, median of $RUNS runs each (ms), $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "Java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); bundles: $(grep -vc '^#' "$PRODUCT/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info") in the product, $(grep -vc '^#' "$PRODUCT/configuration-cli/org.eclipse.equinox.simpleconfigurator/bundles.info") in configuration-cli"
	echo
	echo "| variant | upskill version | ratio | upskill validate (samples) | ratio |"
	echo "|---|---|---|---|---|"
	base_version=$(median <"$WORK/version.0")
	base_validate=$(median <"$WORK/validate.0")
	for v in "${!NAMES[@]}"; do
		a=$(median <"$WORK/version.$v")
		b=$(median <"$WORK/validate.$v")
		printf '| %s | %s ms | %s | %s ms | %s |\n' "${NAMES[$v]}" "$a" "$(awk -v x="$a" -v y="$base_version" 'BEGIN { printf "%.2f", x / y }')" \
			"$b" "$(awk -v x="$b" -v y="$base_validate" 'BEGIN { printf "%.2f", x / y }')"
	done
} | { mkdir -p "$ROOT/target"; tee "$ROOT/target/bench-cli.md"; }
