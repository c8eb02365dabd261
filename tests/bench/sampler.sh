#!/usr/bin/env bash
# Monitor sampling cost: one /proc scan for every worker's process tree against running ps once.
#   tests/bench/sampler.sh BUILD_DIR
set -euo pipefail
build="$1"
for processes in 8 64; do
    "$build/tests/bench/bench_sampler" "$processes" 50
done
