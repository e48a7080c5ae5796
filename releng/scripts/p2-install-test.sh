#!/usr/bin/env bash
# End-to-end test of installing an organization's plug-in: copies the built product, installs the
# example plug-in dev.upskill.examples.acme from the built p2 update site with the p2 director
# (headless, as Help > Install New Software would), then checks that the installed product's
# framework registry sees its frameworks, through the command line's own launch configuration
# (configuration-cli, rewritten by ./upskill when p2 changed the product's bundles) and through the
# whole product, with the same output. Run by ./run-tests after the build.
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
. "$ROOT/releng/scripts/find-java.sh"
upskill_find_java

BUILT="$ROOT/releng/dev.upskill.product/target/products/dev.upskill.product/linux/gtk/x86_64/upskill-workbench"
SITE="$ROOT/releng/dev.upskill.product/target/repository"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp -r "$BUILT" "$WORK/product"
PRODUCT="$WORK/product"
LAUNCHER=$(ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)

# shellcheck source=releng/scripts/checks.sh
. "$ROOT/releng/scripts/checks.sh"

echo "p2 install test: the product without the example plug-in"
UPSKILL_PRODUCT="$PRODUCT" "$ROOT/upskill" frameworks >"$WORK/before.txt"
check "only the built-in framework before the install" bash -c "! grep -q acme '$WORK/before.txt'"
CLI_BUNDLES="$PRODUCT/configuration-cli/org.eclipse.equinox.simpleconfigurator/bundles.info"
check "the command line starts fewer bundles than the workbench" test "$(grep -vc '^#' "$CLI_BUNDLES")" -lt \
	"$(grep -vc '^#' "$PRODUCT/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info")"
check "the command line's configuration leaves the user interface out" bash -c "! grep -qE '^(org.eclipse.swt|org.eclipse.ui|org.eclipse.e4.ui|dev.upskill.ui|dev.upskill.app)[.,]' '$CLI_BUNDLES'"

echo "p2 install test: installing dev.upskill.examples.acme from $SITE"
"$JAVA_HOME/bin/java" -Djava.util.logging.config.file="$PRODUCT/logging.properties" -jar "$LAUNCHER" \
	-nosplash -application org.eclipse.equinox.p2.director \
	-repository "file:$SITE" -installIU dev.upskill.examples.acme.feature.feature.group \
	-destination "$PRODUCT" -profile DefaultProfile >"$WORK/director.txt" 2>&1 || true
cat "$WORK/director.txt" | grep -v '^$' | tail -n 5
check "the director installed the feature" grep -q "Operation completed" "$WORK/director.txt"
check "the plug-in is in the product" bash -c "ls '$PRODUCT'/plugins | grep -q '^dev.upskill.examples.acme_'"

set +e
UPSKILL_PRODUCT="$PRODUCT" "$ROOT/upskill" frameworks >"$WORK/after.txt"
code=$?
UPSKILL_CLI_FULL=1 UPSKILL_PRODUCT="$PRODUCT" "$ROOT/upskill" frameworks >"$WORK/after-full.txt"
full_code=$?
set -e
cat "$WORK/after.txt"
check "upskill frameworks exits 0 (no broken contribution)" test "$code" -eq 0
check "the command line's configuration was rewritten for the installed plug-in" grep -q '^dev.upskill.examples.acme,' "$CLI_BUNDLES"
check "the whole product lists the same frameworks, with the same exit code" \
	bash -c "cmp -s '$WORK/after.txt' '$WORK/after-full.txt' && [ $code -eq $full_code ]"
check "the Acme framework file is registered" grep -qE '^acme-data-literacy .* dev.upskill.examples.acme$' "$WORK/after.txt"
check "the Acme HR provider's framework is registered" grep -qE '^acme-hr .* dev.upskill.examples.acme$' "$WORK/after.txt"
check "the Acme additions joined the built-in framework" grep -qE '^  \+ additions acme-ai-additions .* 1 +1  dev.upskill.examples.acme$' "$WORK/after.txt"
# The built-in framework's own counts, plus the role and the resource the Acme additions bring.
builtin="$ROOT/bundles/dev.upskill.frameworks.ai/frameworks/ai-upskilling.framework"
skills=$(grep -c '<skills ' "$builtin")
roles=$(($(grep -c '<roles ' "$builtin") + 1))
resources=$(($(grep -c '<resources ' "$builtin") + 1))
check "the built-in framework is still there" grep -qE "^ai-upskilling .* $skills +$roles +$resources  dev.upskill.frameworks.ai\$" "$WORK/after.txt"

echo "p2 install test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
