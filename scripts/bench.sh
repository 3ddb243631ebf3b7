#!/usr/bin/env bash
# Measures the reader's pipeline: load + analysis of the sample and of a >= 5 MB news text,
# on one core, plus the peak memory of `lede analyze` on that text.
# Usage: scripts/bench.sh [BUILD_DIR]   (default build/release; configured and built if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
if [ ! -f "$build/build.ninja" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLEDE_BUILD_TESTS=ON >/dev/null
fi
cmake --build "$build" --target lede lede-bench >/dev/null
mkdir -p "$build/bench"
text="$build/bench/news-5mb.txt"
[ -f "$text" ] || python3 scripts/make-bench-text.py "$text"

echo "## $(date -u +%F) — $(git rev-parse --short HEAD) — $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo
taskset -c 0 "$build/bin/lede-bench" --repeat 5 "$text"
echo
/usr/bin/time -f "peak RSS of lede analyze on $(basename "$text"): %M KB, %e s wall" \
    taskset -c 0 "$build/bin/lede" analyze "$text" > /dev/null
