#!/usr/bin/env bash
# Runs the benchmarks on demand in the optimised bench preset (build/bench): installs what is
# missing, builds incrementally, then runs each benchmark's script, which prints its medians and
# ratios against a baseline measured in the same run. Results and commands: docs/performance.md.
#   tests/bench/run.sh            every benchmark
#   tests/bench/run.sh NAME...    some of: sampler overhead scale ingest flood footprint logs
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib/common.sh"

orch_install_packages "${ORCH_BUILD_PACKAGES[@]}" "${ORCH_TEST_PACKAGES[@]}"
orch_build bench

all=(sampler overhead scale ingest flood footprint logs)
names=("$@")
[ "${#names[@]}" -gt 0 ] || names=("${all[@]}")
for name in "${names[@]}"; do
    script="$ORCH_ROOT/tests/bench/$name.sh"
    if [ ! -x "$script" ]; then
        orch_log "unknown benchmark '$name' (known: ${all[*]})"
        exit 2
    fi
    printf '\n== %s ==\n' "$name"
    "$script" "$ORCH_ROOT/build/bench"
done
