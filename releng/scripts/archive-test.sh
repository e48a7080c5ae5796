#!/usr/bin/env bash
# Checks the product archives the build made for each desktop (Linux, Windows, macOS):
#   - each holds its own platform's fragments (SWT, e4, filesystem) and none of another platform's;
#   - its config.ini and bundles.info (the workbench's and the command line's) name only files it holds;
#   - its launch scripts are there (executable on Linux and macOS) and pass shellcheck when installed;
#   - the Linux archive, unpacked, runs the command line's version, validate and gap on the samples.
# Run by ./run-tests after the build.
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
. "$ROOT/releng/scripts/find-java.sh"
upskill_find_java
PRODUCTS="$ROOT/releng/dev.upskill.product/target/products"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# shellcheck source=releng/scripts/checks.sh
. "$ROOT/releng/scripts/checks.sh"

# The platform-specific bundles of each desktop: a name of one platform must not be in another's archive.
own_linux='^org\.eclipse\.(swt\.gtk\.linux\.x86_64|e4\.ui\.swt\.gtk|core\.filesystem\.linux\.x86_64)_'
own_win32='^org\.eclipse\.(swt\.win32\.win32\.x86_64|e4\.ui\.swt\.win32|core\.filesystem\.win32\.x86_64)_'
own_macosx='^org\.eclipse\.(swt\.cocoa\.macosx\.aarch64|e4\.ui\.workbench\.renderers\.swt\.cocoa|ui\.cocoa|core\.filesystem\.macosx)_'
platform_specific='^org\.eclipse\.([a-z0-9.]*\.)?(gtk|linux|win32|cocoa|macosx)[._]'

# Lists the platform-specific bundles of an unpacked product's plugins folder, one name per line.
specific() {
	local bundle name
	for bundle in "$1"/*; do
		name=$(basename "$bundle")
		# the native launcher's library: unused (no native launcher), harmless
		case "$name" in org.eclipse.equinox.launcher.gtk.linux.x86_64_*) continue ;; esac
		if [[ "$name" =~ $platform_specific ]]; then
			echo "$name"
		fi
	done
}

# Every bundle a bundles.info or a config.ini names must exist; paths are relative to the product or
# to the configuration folder.
names_only_existing_files() { # names_only_existing_files PRODUCT_FOLDER
	local product="$1" missing=0 configuration line location
	for configuration in "$product/configuration" "$product/configuration-cli"; do
		[ -d "$configuration" ] || continue
		while IFS= read -r line; do
			case "$line" in '#'* | '') continue ;; esac
			location=$(echo "$line" | cut -d, -f3)
			if [ ! -e "$product/$location" ]; then
				echo "    $configuration/org.eclipse.equinox.simpleconfigurator/bundles.info names $location, which is not in the archive"
				missing=1
			fi
		done <"$configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
		for location in $(grep -oE 'reference\\?:file\\?:[^@,]+' "$configuration/config.ini" | sed -E 's/reference\\?:file\\?://'); do
			if [ ! -e "$configuration/$location" ] && [ ! -e "$product/plugins/$location" ]; then
				echo "    $configuration/config.ini names $location, which is not in the archive"
				missing=1
			fi
		done
	done
	return $missing
}

check_archive() { # check_archive ARCHIVE PRODUCT_FOLDER_INSIDE OWN_PATTERN SCRIPT...
	local archive="$1" inside="$2" own="$3"
	shift 3
	local unpacked
	unpacked="$WORK/$(basename "$archive")"
	mkdir -p "$unpacked"
	case "$archive" in
	*.zip) (cd "$unpacked" && "$JAVA_HOME/bin/jar" xf "$archive") ;;
	*) tar xzf "$archive" -C "$unpacked" ;;
	esac
	local product="$unpacked/$inside"
	echo "archive test: $(basename "$archive") ($(du -m "$archive" | cut -f1) MB)"
	check "it holds the product" test -d "$product/plugins"
	specific "$product/plugins" >"$WORK/specific.txt"
	check "it holds its own platform's SWT, e4 and filesystem fragments" \
		test "$(grep -cE "$own" "$WORK/specific.txt")" -eq "$(echo "$own" | tr '|' '\n' | wc -l)"
	if grep -vE "$own" "$WORK/specific.txt" >"$WORK/foreign.txt"; then
		sed 's/^/    another platform'"'"'s bundle: /' "$WORK/foreign.txt"
	fi
	check "it holds no other platform's fragments" test ! -s "$WORK/foreign.txt"
	check "its config.ini and bundles.info name only files it holds" names_only_existing_files "$product"
	check "the command line has its own configuration" test -f "$product/configuration-cli/config.ini"
	local script
	for script in "$@"; do
		case "$script" in
		*.cmd)
			check "$script is there, with Windows line ends" bash -c "[ -f '$product/$script' ] && grep -q $'\r$' '$product/$script'"
			;;
		*)
			check "$script is there and executable" test -x "$product/$script"
			if command -v shellcheck >/dev/null 2>&1; then
				check "$script passes shellcheck" shellcheck "$product/$script"
			fi
			;;
		esac
	done
}

command -v shellcheck >/dev/null 2>&1 || echo "archive test: shellcheck is not installed (Debian: apt-get install shellcheck); the scripts are not linted"
check_archive "$PRODUCTS/upskill-workbench-0.1.0-linux.gtk.x86_64.tar.gz" upskill-workbench "$own_linux" upskill upskill-workbench
check_archive "$PRODUCTS/upskill-workbench-0.1.0-win32.win32.x86_64.zip" upskill-workbench "$own_win32" upskill.cmd upskill-workbench.cmd
check_archive "$PRODUCTS/upskill-workbench-0.1.0-macosx.cocoa.aarch64.tar.gz" upskill-workbench.app/Contents/Eclipse "$own_macosx" \
	upskill upskill-workbench ../MacOS/upskill-workbench
mac="$WORK/upskill-workbench-0.1.0-macosx.cocoa.aarch64.tar.gz/upskill-workbench.app/Contents"
check "the macOS application has its Info.plist naming its launcher and icon" \
	bash -c "grep -q '<string>upskill-workbench</string>' '$mac/Info.plist' && grep -q '<string>upskill.icns</string>' '$mac/Info.plist'"
check "the macOS icon is an ICNS file" bash -c "[ \"\$(head -c 4 '$mac/Resources/upskill.icns')\" = icns ]"
check "the macOS launcher starts the workbench with -XstartOnFirstThread" grep -q -- '-XstartOnFirstThread' "$mac/Eclipse/upskill"

echo "archive test: the unpacked Linux archive's command line on the samples"
linux="$WORK/upskill-workbench-0.1.0-linux.gtk.x86_64.tar.gz/upskill-workbench"
samples="$ROOT/bundles/dev.upskill.app/samples/getting-started"
check "upskill version" bash -c "'$linux/upskill' version >'$WORK/version.txt' && grep -q 'Upskill Workbench' '$WORK/version.txt'"
check "upskill validate on the samples" "$linux/upskill" validate "$samples"/dana.profile "$samples"/dana-ai-analyst.plan
check "upskill gap on the sample profile" bash -c "'$linux/upskill' gap --profile '$samples/dana.profile' >'$WORK/gap.txt' && grep -qi 'gap' '$WORK/gap.txt'"
check "the command line ran from its own configuration" test -f "$linux/configuration-cli/cli.jsa"

echo "archive test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
