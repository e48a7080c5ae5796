#!/usr/bin/env bash
# Completes the macOS product folder (upskill-workbench.app, materialised by Tycho with the product in
# Contents/Eclipse) into an application bundle Finder opens: Contents/Info.plist, Contents/MacOS/
# upskill-workbench (a script that starts Contents/Eclipse/upskill-workbench: no native launcher is
# on Maven Central) and Contents/Resources/upskill.icns, made from the product's PNG icons (the ICNS
# container holds PNG images as they are).
#   macos-app.sh APP_FOLDER ICONS_FOLDER VERSION
set -euo pipefail
app="$1" icons="$2" version="$3"
contents="$app/Contents"
[ -d "$contents/Eclipse" ] || { echo "macos-app.sh: $contents/Eclipse is missing: is $app the materialised macOS product?" >&2; exit 1; }
mkdir -p "$contents/MacOS" "$contents/Resources"

cat >"$contents/Info.plist" <<PLIST
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleName</key><string>Upskill Workbench</string>
	<key>CFBundleDisplayName</key><string>Upskill Workbench</string>
	<key>CFBundleIdentifier</key><string>dev.upskill.workbench</string>
	<key>CFBundleExecutable</key><string>upskill-workbench</string>
	<key>CFBundleIconFile</key><string>upskill.icns</string>
	<key>CFBundlePackageType</key><string>APPL</string>
	<key>CFBundleShortVersionString</key><string>$version</string>
	<key>CFBundleVersion</key><string>$version</string>
	<key>LSMinimumSystemVersion</key><string>11.0</string>
	<key>NSHighResolutionCapable</key><true/>
</dict>
</plist>
PLIST

cat >"$contents/MacOS/upskill-workbench" <<'LAUNCH'
#!/bin/bash
# Opened by Finder: starts the workbench with the script in Contents/Eclipse, which finds Java 21+.
exec "$(cd "$(dirname "$0")/../Eclipse" && pwd)/upskill-workbench" "$@"
LAUNCH
chmod 755 "$contents/MacOS/upskill-workbench"

# ICNS: "icns", the total length, then for each image its type, its length (with the 8-byte entry
# header) and the PNG; lengths are 32-bit big-endian.
be32() { printf "\\x$(printf %02x $(($1 >> 24 & 255)))\\x$(printf %02x $(($1 >> 16 & 255)))\\x$(printf %02x $(($1 >> 8 & 255)))\\x$(printf %02x $(($1 & 255)))"; }
entries=(icp4:upskill16.png icp5:upskill32.png icp6:upskill64.png ic07:upskill128.png)
total=8
for entry in "${entries[@]}"; do
	total=$((total + 8 + $(wc -c <"$icons/${entry#*:}")))
done
{
	printf icns
	be32 "$total"
	for entry in "${entries[@]}"; do
		printf '%s' "${entry%%:*}"
		be32 $((8 + $(wc -c <"$icons/${entry#*:}")))
		cat "$icons/${entry#*:}"
	done
} >"$contents/Resources/upskill.icns"
