#!/usr/bin/env bash
# End-to-end test of updating an installed workbench from the product's p2 update site, headless
# with p2's director (replacing the product's root unit by its next version, the change Help > Check
# for Updates makes from the same site): copies the built product (version N), builds the next version
# (N+1: the same sources with a later qualifier) into another update site, updates the copy with
# the p2 director (headless), and checks that the new versions of our bundles are the ones that run,
# in the command line's configuration and in the workbench's. Run by ./run-tests after the build;
# extra arguments go to Maven (for example -o).
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
. "$ROOT/releng/scripts/find-java.sh"
upskill_find_java

BUILT="$ROOT/releng/dev.upskill.product/target/products/dev.upskill.product/linux/gtk/x86_64/upskill-workbench"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp -r "$BUILT" "$WORK/product"
PRODUCT="$WORK/product"
LAUNCHER=$(ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)

# shellcheck source=releng/scripts/checks.sh
. "$ROOT/releng/scripts/checks.sh"

# Version N: what the build installed, e.g. 0.1.0.202611291930.
old=$(sed -n 's/^dev\.upskill\.core,\([^,]*\),.*/\1/p' "$PRODUCT/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info")
[ -n "$old" ] || { echo "update test: the built product's bundles.info names no dev.upskill.core" >&2; exit 1; }
echo "update test: installed version $old"
UPSKILL_PRODUCT="$PRODUCT" "$ROOT/upskill" version --bundles >"$WORK/before.txt"
check "the installed command line runs version $old of our bundles" grep -q "^dev.upskill.core $old " "$WORK/before.txt"

# Version N+1: the same sources with a later qualifier (OSGi compares qualifiers as text, so
# "<old>u" sorts after "<old>"), built into a second update site without products or archives.
new="${old}u"
qualifier="${new##*.}"
echo "update test: building version $new into a second update site"
mkdir "$WORK/next"
(cd "$ROOT" && tar --exclude=./.git --exclude='*/target' -cf - .) | tar -xf - -C "$WORK/next"
(cd "$WORK/next" && ./mvnw -B -q package -DskipTests -DforceContextQualifier="$qualifier" \
	-Dupskill.materialize.phase=none -Dupskill.archive.phase=none -Dexec.skip=true \
	-pl releng/dev.upskill.product -am "$@") >"$WORK/next-build.txt" 2>&1 ||
	{ tail -n 40 "$WORK/next-build.txt"; echo "update test: the build of version $new failed" >&2; exit 1; }
SITE="$WORK/next/releng/dev.upskill.product/target/repository"
check "the second update site offers the product at version $new" \
	bash -c "ls '$SITE'/plugins | grep -q '^dev.upskill.core_$new.jar\$'"

echo "update test: updating the installed product from $SITE"
"$JAVA_HOME/bin/java" -Djava.util.logging.config.file="$PRODUCT/logging.properties" -jar "$LAUNCHER" \
	-nosplash -application org.eclipse.equinox.p2.director \
	-repository "file:$SITE" -uninstallIU dev.upskill.product -installIU "dev.upskill.product/$new" \
	-destination "$PRODUCT" -profile DefaultProfile >"$WORK/director.txt" 2>&1 || true
grep -v '^$' "$WORK/director.txt" | tail -n 5
check "the director updated the product" grep -q "Operation completed" "$WORK/director.txt"
check "the workbench's configuration names version $new" \
	grep -q "^dev.upskill.core,$new," "$PRODUCT/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
check "the workbench's configuration no longer names version $old" \
	bash -c "! grep -q ',$old,' '$PRODUCT/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info'"

# First the product's own launch script, as an installed product runs: its command-line
# configuration names the old bundles now, so it starts the whole updated product instead.
check "the product's own launch script survived the update and runs version $new" \
	bash -c "[ -x '$PRODUCT/upskill' ] && '$PRODUCT/upskill' version | grep -q '^Upskill Workbench $new\$'"
set +e
UPSKILL_PRODUCT="$PRODUCT" "$ROOT/upskill" version --bundles >"$WORK/after.txt"
code=$?
UPSKILL_CLI_FULL=1 UPSKILL_PRODUCT="$PRODUCT" "$ROOT/upskill" version --bundles >"$WORK/after-full.txt"
full_code=$?
set -e
cat "$WORK/after.txt"
check "upskill version exits 0 after the update" test "$code" -eq 0
check "the command line runs version $new of every one of our bundles" \
	bash -c "grep -q '^Upskill Workbench $new\$' '$WORK/after.txt' && ! grep '^dev\.upskill\.' '$WORK/after.txt' | grep -qv ' $new '"
check "the command line runs as many of our bundles as before" \
	test "$(grep -c '^dev\.upskill\.' "$WORK/after.txt")" -eq "$(grep -c '^dev\.upskill\.' "$WORK/before.txt")"
check "the workbench's configuration runs version $new of every one of our bundles" \
	bash -c "[ $full_code -eq 0 ] && grep -q '^dev.upskill.ui $new ' '$WORK/after-full.txt' && ! grep '^dev\.upskill\.' '$WORK/after-full.txt' | grep -qv ' $new '"
check "the built-in framework still loads after the update" \
	bash -c "UPSKILL_PRODUCT='$PRODUCT' '$ROOT/upskill' frameworks | grep -q '^ai-upskilling .* dev.upskill.frameworks.ai\$'"

echo "update test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
