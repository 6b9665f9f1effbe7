#!/usr/bin/env bash
# Issue 10's full-scale memory check, too slow for `swift test` in a debug build (the test suite
# runs the same flows at a tenth of the scale): rabbit-for-clickstream for 30 simulated minutes
# must end with no OOM kill and a memory peak at most twice the watermark (256 MB × 0.4).
# Usage: Benchmarks/clickstream-memory.sh [path to a release brokersim]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-}
if [ -z "$bin" ]; then
  swift build -c release --product brokersim >&2
  bin=.build/release/brokersim
fi
report=$("$bin" run rabbit-for-clickstream --headless --until 30m --format json)
field() { printf '%s\n' "$report" | sed -n "s/^ *\"$1\": \([0-9.]*\),\{0,1\}$/\1/p" | head -n 1; }
peak=$(field memory_peak)
kills=$(field oom_kills)
alarm=$(field memory_alarm_seconds)
lost=$(field lost)
limit=214748364 # 2 × 256 MB × 0.4, rounded down
echo "rabbit-for-clickstream, 30 min: memory peak $peak B (limit $limit B), OOM kills $kills, alarm ${alarm} s, lost $lost"
if [ -z "$peak" ] || [ -z "$kills" ]; then echo "FAIL: the report has no memory_peak or oom_kills" >&2; exit 1; fi
if [ "$kills" -ne 0 ] || [ "$peak" -gt "$limit" ]; then echo "FAIL" >&2; exit 1; fi
echo "PASS"
