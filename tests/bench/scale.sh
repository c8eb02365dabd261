#!/usr/bin/env bash
# Benchmark 6, scale: 2000 subtasks of an agent that sleeps 0.5 s (--agent command --command
# 'sleep 0.5'), 200 workers, through the real orchestrator executable (a saved plan, subprocess mode).
# Reports the wall time against the ideal 2000 x 0.5 / 200 = 5 s (and against xargs -P 200 running
# the same sleeps, alternating), the orchestrator's own CPU time per subtask (not its children's),
# and its RSS per running worker: (its median RSS while at least 90% of the 200 slots run, minus its
# RSS in a run with one worker) / 199.
#   tests/bench/scale.sh BUILD_DIR [--smoke]
# Environment: ORCH_BENCH_SUBTASKS (2000), ORCH_BENCH_WORKERS (200), ORCH_BENCH_REPS (5),
# ORCH_BENCH_ORCHESTRATOR (another orchestrator executable, for before/after comparisons).
set -euo pipefail
build="$(cd "$1" && pwd)"
smoke=0
[ "${2:-}" = "--smoke" ] && smoke=1
subtasks="${ORCH_BENCH_SUBTASKS:-2000}"
workers="${ORCH_BENCH_WORKERS:-200}"
reps="${ORCH_BENCH_REPS:-5}"
seconds=0.5
if [ "$smoke" = 1 ]; then
    subtasks=40
    workers=20
    reps=1
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/bench_orch_scale.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
# shellcheck source=bench_orch_lib.sh
source "$here/bench_orch_lib.sh"

orch="${ORCH_BENCH_ORCHESTRATOR:-$(orch_bin)}"
require_tools "$orch" "$(measure_bin)" xargs jq sleep
isolate_from_caller

plan="$tmp/plan.json"
write_plan "$plan" "$subtasks"
write_plan "$tmp/one.json" 1
seq 1 "$subtasks" >"$tmp/items"
mapfile -t common < <(orch_common_args)
results="$tmp/results.txt"
: >"$results"
# RSS is sampled every 100 ms, counting the orchestrator's direct children (the workers' processes).
atChildren=$((workers * 9 / 10))

orch_run=("$orch" --plan "$plan" --workspace "$tmp/ws" "${common[@]}" --max-workers "$workers"
    --agent command --command "sleep $seconds")
orch_idle=("$orch" --plan "$tmp/one.json" --workspace "$tmp/ws" "${common[@]}" --max-workers 1
    --agent command --command "sleep 2")
xargs_run=(xargs -P "$workers" -I '{}' -a "$tmp/items" sleep "$seconds")
ideal="$(awk -v n="$subtasks" -v s="$seconds" -v w="$workers" 'BEGIN { printf "%.3f", n * s / w }')"

echo "orchestrator: ${orch_run[*]}"
echo "idle RSS:     ${orch_idle[*]}"
echo "xargs:        ${xargs_run[*]}"
echo "$subtasks subtasks of $seconds s, $workers workers (ideal $ideal s), $reps repetitions (alternating)"

for ((rep = 1; rep <= reps; ++rep)); do
    echo "repetition $rep"
    rm -rf "$tmp/ws"
    measure orch "$results" --sample-ms 100 --at-children "$atChildren" -- "${orch_run[@]}"
    check_result "$tmp/ws" "$subtasks"
    measure xargs "$results" -- "${xargs_run[@]}"
    rm -rf "$tmp/ws"
    measure idle "$results" --sample-ms 100 --at-children 1 -- "${orch_idle[@]}"
    check_result "$tmp/ws" 1
done
rm -rf "$tmp/ws"

for label in orch idle; do
    if [ "$(median "$results" "$label" samples_at)" = 0 ]; then
        echo "FAILED: no RSS sample of '$label' with enough workers running" >&2
        exit 1
    fi
done

o="$(median "$results" orch wall_s)"
x="$(median "$results" xargs wall_s)"
cpu="$(median "$results" orch self_cpu_s)"
rssAt="$(median "$results" orch rss_at_kb)"
rssIdle="$(median "$results" idle rss_at_kb)"
echo
echo "medians over $reps repetitions ($subtasks subtasks of $seconds s, $workers workers):"
printf '  wall: orchestrator %ss  xargs %ss  ideal %ss | orchestrator/ideal %s (target <= 1.10)  xargs/ideal %s  orchestrator/xargs %s\n' \
    "$o" "$x" "$ideal" "$(ratio "$o" "$ideal")" "$(ratio "$x" "$ideal")" "$(ratio "$o" "$x")"
printf '  orchestrator own CPU: %ss = %s ms/subtask (max children seen: %s)\n' "$cpu" \
    "$(awk -v c="$cpu" -v n="$subtasks" 'BEGIN { printf "%.2f", c * 1000 / n }')" \
    "$(median "$results" orch max_children)"
printf '  orchestrator RSS: %s KiB with >= %s workers running, %s KiB with one: %s KiB per running worker\n' \
    "$rssAt" "$atChildren" "$rssIdle" \
    "$(awk -v a="$rssAt" -v b="$rssIdle" -v w="$workers" 'BEGIN { printf "%.1f", (a - b) / (w - 1) }')"
