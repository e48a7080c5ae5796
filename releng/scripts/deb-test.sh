#!/usr/bin/env bash
# Makes the Linux package with its own Java (releng/scripts/make-deb.sh) and checks it:
#   - its contents: the jlink runtime (no compiler: no JDK is needed), both native launchers,
#     `upskill` on the PATH, the desktop entry and icon;
#   - when run as root with dpkg: installs it, runs the installed command line as a user who cannot
#     write to /opt (version, validate and gap on the samples), starts the installed workbench under
#     a virtual display until its window shows, and removes the package again.
# Run by ./run-tests after the build.
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
WORK="$(mktemp -d)"
chmod 755 "$WORK"
installed=""
cleanup() {
	if [ -n "$installed" ]; then
		dpkg -r upskill-workbench >/dev/null 2>&1 || true
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT

if ! command -v dpkg-deb >/dev/null 2>&1; then
	echo "deb test: skipped: dpkg-deb is missing (not a Debian system)"
	exit 0
fi

# shellcheck source=releng/scripts/checks.sh
. "$ROOT/releng/scripts/checks.sh"

echo "deb test: making the package"
"$ROOT/releng/scripts/make-deb.sh" "$WORK/deb"
DEB=$(echo "$WORK"/deb/upskill-workbench_*_amd64.deb)
dpkg-deb -c "$DEB" >"$WORK/listing.txt"
awk '{ print $6 }' "$WORK/listing.txt" | sed 's:^\./:/:' >"$WORK/contents.txt"
contains() { grep -qxF "$1" "$WORK/contents.txt"; }
check "it holds the workbench's native launcher" contains /opt/upskill-workbench/bin/upskill-workbench
check "it holds the command line's native launcher" contains /opt/upskill-workbench/bin/upskill
check "it puts upskill on the PATH" grep -q '/usr/bin/upskill -> /opt/upskill-workbench/bin/upskill$' "$WORK/listing.txt"
check "it holds a desktop entry and its icon" bash -c "grep -qxF /usr/share/applications/upskill-workbench.desktop '$WORK/contents.txt' &&
	grep -qxF /usr/share/icons/hicolor/128x128/apps/upskill-workbench.png '$WORK/contents.txt'"
check "it holds its own Java runtime" contains /opt/upskill-workbench/lib/runtime/bin/java
check "the runtime is not a whole JDK (no compiler)" bash -c "! grep -q '/lib/runtime/.*javac' '$WORK/contents.txt'"
check "it holds the product" bash -c "grep -q '^/opt/upskill-workbench/lib/app/plugins/dev.upskill.app_' '$WORK/contents.txt'"

if [ "$(id -u)" -ne 0 ]; then
	echo "deb test: not root: the package is not installed"
else
	echo "deb test: installing $(basename "$DEB")"
	if dpkg -s upskill-workbench >/dev/null 2>&1; then
		echo "deb test: FAILED: upskill-workbench is already installed on this machine; remove it first (dpkg -r upskill-workbench)" >&2
		exit 1
	fi
	installed=yes
	check "dpkg installs it" bash -c "dpkg -i '$DEB' >'$WORK/dpkg.txt' 2>&1 || { cat '$WORK/dpkg.txt'; false; }"
	# An ordinary user (nobody, with a home of its own here: Java reads user.home from the password
	# file, so the test hands it over): the install folder is read-only to them.
	user_home="$WORK/home"
	mkdir -p "$user_home"
	chown 65534:65534 "$user_home"
	cp "$ROOT"/bundles/dev.upskill.app/samples/getting-started/*.* "$user_home/"
	chown 65534:65534 "$user_home"/*
	as_user() {
		setpriv --reuid=65534 --regid=65534 --clear-groups env -i HOME="$user_home" PATH=/usr/bin:/bin \
			JAVA_TOOL_OPTIONS="-Duser.home=$user_home" "$@"
	}
	check "the installed upskill version runs from the PATH with the package's own Java" bash -c \
		"$(declare -f as_user); user_home='$user_home'; as_user upskill version >'$WORK/version.txt' 2>&1; cat '$WORK/version.txt'; grep -q 'Upskill Workbench' '$WORK/version.txt'"
	check "the installed upskill validate on the samples" bash -c \
		"$(declare -f as_user); user_home='$user_home'; as_user upskill validate '$user_home/dana.profile' '$user_home/dana-ai-analyst.plan'"
	check "the installed upskill gap on the sample profile" bash -c \
		"$(declare -f as_user); user_home='$user_home'; as_user upskill gap --profile '$user_home/dana.profile' >'$WORK/gap.txt' && grep -qi gap '$WORK/gap.txt'"
	check "nothing was written into /opt" bash -c "[ -z \"\$(find /opt/upskill-workbench -newer '$DEB' -type f | head -n 1)\" ]"
	if command -v xvfb-run >/dev/null 2>&1 && command -v xwininfo >/dev/null 2>&1; then
		echo "deb test: starting the installed workbench under Xvfb"
		cat >"$WORK/workbench.sh" <<EOF
#!/usr/bin/env bash
upskill-workbench >"$user_home/workbench.log" 2>&1 &
pid=\$!
for _ in \$(seq 1 120); do
	if xwininfo -root -tree 2>/dev/null | grep -q '"Upskill Workbench'; then
		[ -n "\${UPSKILL_DEB_SCREENSHOT:-}" ] && command -v import >/dev/null && sleep 8 && import -window root "\$UPSKILL_DEB_SCREENSHOT"
		kill \$pid
		exit 0
	fi
	sleep 1
done
kill \$pid
exit 1
EOF
		chmod 755 "$WORK/workbench.sh"
		check "the installed workbench opens its window" bash -c \
			"$(declare -f as_user); user_home='$user_home'; as_user UPSKILL_DEB_SCREENSHOT='${UPSKILL_DEB_SCREENSHOT:-}' xvfb-run -a -s '-screen 0 1280x800x24' '$WORK/workbench.sh' || { tail -n 20 '$user_home/workbench.log'; false; }"
	else
		echo "deb test: xvfb-run or xwininfo (x11-utils) is missing: the installed workbench is not started"
	fi
	check "dpkg removes it" bash -c "dpkg -r upskill-workbench >/dev/null 2>&1 && [ ! -e /usr/bin/upskill ]"
	installed=""
fi

echo "deb test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
