#!/usr/bin/env bash
# Benchmark 5, footprint: orchestrator-gui from start to its first painted window, and its idle RSS,
# with an empty workspace and with 100 past runs in it, against a bare QMainWindow program built
# the same way (bench_gui_bare). Both report through the same hidden hook (ORCH_BENCH_FIRST_PAINT,
# app/gui/FirstPaintProbe): "painted" after the first paint, then the RSS after IDLE_MS of idle.
# Offscreen platform; alternating order; medians and ratios to the bare program.
#   tests/bench/footprint.sh BUILD_DIR            15 repetitions, 100 past runs
#   tests/bench/footprint.sh BUILD_DIR --smoke    1 repetition, 3 past runs (CTest)
set -euo pipefail
build="$(cd "$1" && pwd)"
reps=15 runs=100 idle_ms=2000
if [ "${2:-}" = "--smoke" ]; then
    reps=1 runs=3 idle_ms=300
fi
cli="$build/app/cli/orchestrator"
gui="$build/app/gui/orchestrator-gui"
bare="$build/tests/bench/bench_gui_bare"
harness="$build/tests/bench/bench_gui_footprint"

# A throwaway home and configuration folder: no user's profile or window state is read.
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" XDG_RUNTIME_DIR="$tmp/runtime" QT_QPA_PLATFORM=offscreen
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$tmp/empty/workspace" "$tmp/past"

# The past runs, made by the real command line: a `true` agent, one subtask each.
cd "$tmp/past"
echo "\$ for i in 1..$runs: $cli --agent command --command true --decomposer none --workspace ./workspace \"tiny task \$i\""
for ((i = 1; i <= runs; i++)); do
    "$cli" --agent command --command true --decomposer none --workspace ./workspace "tiny task $i" > /dev/null 2>&1
done
made="$(find "$tmp/past/workspace/runs" -mindepth 1 -maxdepth 1 -type d | wc -l)"
results="$(find "$tmp/past/workspace/runs" -name result.json | wc -l)"
echo "past runs in the workspace: $made (with result.json: $results)"
if [ "$made" -ne "$runs" ] || [ "$results" -ne "$runs" ]; then
    echo "FAILED: expected $runs finished runs" >&2
    exit 1
fi

command=("$harness" "$reps" "$idle_ms" bare "$tmp/empty" "$bare" gui-empty "$tmp/empty" "$gui" "gui-$runs-runs" "$tmp/past" "$gui")
echo "\$ ${command[*]}"
"${command[@]}"
echo "target: orchestrator-gui within 1.5x of the bare program's start time and idle RSS"
