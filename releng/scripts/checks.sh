# Sourced by the end-to-end test scripts (p2-install-test.sh, archive-test.sh, deb-test.sh):
# `check DESCRIPTION COMMAND...` runs the command and counts it as passed or failed.
passed=0
failed=0
check() {
	local what="$1"
	shift
	if "$@"; then
		echo "  ok: $what"
		passed=$((passed + 1))
	else
		echo "  FAILED: $what"
		failed=$((failed + 1))
	fi
}
