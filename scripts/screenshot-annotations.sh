#!/bin/sh
# Renders docs/screenshot-annotations.png: the bundled sample article with the annotations of
# docs/screenshot/annotations.jsonld, imported with the CLI into a throw-away annotation store
# (XDG_DATA_HOME points to a temporary folder: the user's own store is not touched).
#   scripts/screenshot-annotations.sh [BUILD_DIR] [OUT.png]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/dev}
out=${2:-$here/docs/screenshot-annotations.png}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" QT_QPA_PLATFORM=offscreen
# The sample file has the same text as the bundled sample, so its annotations show there.
"$build/bin/lede" import "$here/resources/samples/burma-diplomat-defects.txt" \
    "$here/docs/screenshot/annotations.jsonld"
"$build/bin/lede" --screenshot "$out" --tab annotations
echo "wrote $out"
