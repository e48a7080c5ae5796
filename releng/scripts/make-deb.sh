#!/usr/bin/env bash
# Makes the Linux x86_64 package that needs no JDK: a Java runtime made with jlink from the build's
# JDK (only the modules the product needs), the product with jpackage's native launchers
# (`upskill-workbench` for the workbench, `upskill` for the command line), a desktop entry and
# icon for the applications menu, and `upskill` on the PATH. The .deb is assembled with dpkg-deb
# from jpackage's application image, so that it can hold the command on the PATH and the menu entry.
#   make-deb.sh [OUTPUT_FOLDER]    (default: releng/dev.upskill.product/target/deb)
# Needs the built product (./mvnw verify -DskipTests -pl releng/dev.upskill.product -am), a JDK 21+
# with jlink and jpackage, and dpkg-deb (Debian's dpkg).
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
. "$ROOT/releng/scripts/find-java.sh"
upskill_find_java
ARCHIVE="$ROOT/releng/dev.upskill.product/target/products/upskill-workbench-0.1.0-linux.gtk.x86_64.tar.gz"
OUT="${1:-$ROOT/releng/dev.upskill.product/target/deb}"
VERSION=0.1.0
[ -f "$ARCHIVE" ] || { echo "make-deb.sh: the product is not built ($ARCHIVE is missing)" >&2; exit 1; }
command -v dpkg-deb >/dev/null 2>&1 || { echo "make-deb.sh: dpkg-deb is missing (Debian: apt-get install dpkg)" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
rm -rf "$OUT"
mkdir -p "$OUT"

# The modules: what jdeps finds in the product's bundles (releng/scripts/runtime-modules.txt, checked
# by archive-test.sh), plus the locales and charsets a desktop user may have.
MODULES=$(grep -v '^#' "$ROOT/releng/scripts/runtime-modules.txt" | paste -sd, -)
"$JAVA_HOME/bin/jlink" --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages \
	--compress=zip-6 --output "$WORK/runtime"

# The application image: jpackage's launchers start the Equinox launcher jar (its only input: jpackage
# would put every jar it is given on the class path), then the product, unpacked from its archive
# as the build made it, goes beside it.
mkdir -p "$WORK/product" "$WORK/input/plugins"
tar xzf "$ARCHIVE" -C "$WORK/product"
rm -f "$WORK/product/upskill-workbench/upskill" "$WORK/product/upskill-workbench/upskill-workbench"
LAUNCHER_JAR=$(cd "$WORK/product/upskill-workbench" && echo plugins/org.eclipse.equinox.launcher_*.jar)
cp "$WORK/product/upskill-workbench/$LAUNCHER_JAR" "$WORK/input/plugins/"
COMMON_OPTIONS="--enable-native-access=ALL-UNNAMED -Djava.util.logging.config.file=\$APPDIR/logging.properties"
cat >"$WORK/upskill.properties" <<EOF
java-options=-Xmx2g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Djava.awt.headless=true -Declipse.product=dev.upskill.cli.product -Dosgi.sharedConfiguration.area=\$APPDIR/configuration-cli -Dosgi.configuration.area=@user.home/.upskill/cli-configuration $COMMON_OPTIONS
arguments=-nosplash -application dev.upskill.cli.main -data @none
EOF
"$JAVA_HOME/bin/jpackage" --type app-image --name upskill-workbench --app-version "$VERSION" \
	--vendor "Upskill Workbench" --description "Career-planning workbench" \
	--input "$WORK/input" --main-jar "$LAUNCHER_JAR" --runtime-image "$WORK/runtime" \
	--icon "$ROOT/bundles/dev.upskill.app/icons/upskill128.png" \
	--java-options "-Xmx2g $COMMON_OPTIONS" --arguments -nosplash \
	--add-launcher "upskill=$WORK/upskill.properties" --dest "$WORK/image"

# The package: /opt/upskill-workbench, the command on the PATH, the menu entry and its icon.
PACKAGE="$WORK/package"
mkdir -p "$PACKAGE/opt" "$PACKAGE/usr/bin" "$PACKAGE/usr/share/applications" \
	"$PACKAGE/usr/share/icons/hicolor/128x128/apps" "$PACKAGE/DEBIAN"
mv "$WORK/image/upskill-workbench" "$PACKAGE/opt/upskill-workbench"
cp -r "$WORK/product/upskill-workbench/." "$PACKAGE/opt/upskill-workbench/lib/app/"
ln -s /opt/upskill-workbench/bin/upskill "$PACKAGE/usr/bin/upskill"
ln -s /opt/upskill-workbench/bin/upskill-workbench "$PACKAGE/usr/bin/upskill-workbench"
cp "$ROOT/bundles/dev.upskill.app/icons/upskill128.png" "$PACKAGE/usr/share/icons/hicolor/128x128/apps/upskill-workbench.png"
cat >"$PACKAGE/usr/share/applications/upskill-workbench.desktop" <<EOF
[Desktop Entry]
Type=Application
Name=Upskill Workbench
GenericName=Career-planning workbench
Comment=Plan what to learn next: skills, roles, gap analysis and learning plans
Exec=/opt/upskill-workbench/bin/upskill-workbench
Icon=upskill-workbench
Terminal=false
Categories=Education;Office;
StartupWMClass=Upskill Workbench
EOF
SIZE=$(du -sk "$PACKAGE/opt" | cut -f1)
cat >"$PACKAGE/DEBIAN/control" <<EOF
Package: upskill-workbench
Version: $VERSION
Section: education
Priority: optional
Architecture: amd64
Depends: libgtk-3-0 | libgtk-3-0t64, libc6
Installed-Size: $SIZE
Maintainer: Upskill Workbench contributors <upskill@example.org>
Homepage: https://github.com/upskill-workbench
Description: career-planning workbench for people who keep learning
 Competency frameworks, personal profiles and learning plans, with editors,
 gap analysis, a planner and a command line (upskill). Includes its own
 Java runtime.
EOF
dpkg-deb --root-owner-group -Zgzip --build "$PACKAGE" "$OUT/upskill-workbench_${VERSION}_amd64.deb" >/dev/null
du -sh "$WORK/runtime" | awk '{ print "make-deb.sh: runtime " $1 }'
ls -l "$OUT"/*.deb | awk '{ printf "make-deb.sh: %s (%.1f MB)\n", $NF, $5 / 1e6 }'
