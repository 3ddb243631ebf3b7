#!/usr/bin/env bash
# Builds the .deb from the dev build, installs it on this machine (needs root), checks the
# desktop entry and AppStream metadata, and runs the installed `lede --version` and
# `lede analyze` on the sample. Usage: scripts/test-package.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

desktop-file-validate packaging/org.lede.Lede.desktop
appstreamcli validate --no-net --pedantic packaging/org.lede.Lede.metainfo.xml

rm -rf "$build/package"
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/package/lede_*.deb | head -n1)
echo "package: $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,/Description:/p'
$SUDO apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null

test -x /usr/bin/lede
test -f /usr/share/applications/org.lede.Lede.desktop
test -f /usr/share/metainfo/org.lede.Lede.metainfo.xml
test -f /usr/share/icons/hicolor/scalable/apps/org.lede.Lede.svg
/usr/bin/lede --version
out=$(mktemp)
/usr/bin/lede analyze resources/samples/burma-diplomat-defects.txt > "$out"
python3 - "$out" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["text_length"] > 0 and d["entities"] and d["groups"], "empty analysis"
print("installed lede analyze: %d entities, %d groups, %d quotes" % (len(d["entities"]), len(d["groups"]), len(d["quotes"])))
PY
rm -f "$out"
echo "package test passed"
