#!/usr/bin/env bash
# Benchmark 1, orchestration overhead: 500 subtasks whose agent does nothing, 8 workers, through the
# real orchestrator executable (a saved plan, subprocess mode), against xargs -P 8 and GNU parallel
# -j 8 running the same command line as many times. Two agents:
#   true    --agent command --command true
#   fake    agent.kind claude with agent.binary = fake_claude (its default scenario: init, an
#           assistant line, a Write tool_use and its result, a result line; it writes one file);
#           the baselines run fake_claude with the driver's arguments, the prompt after "--"
#           (the driver gives it on stdin, which xargs and parallel cannot do per command)
# Repetitions alternate orchestrator / xargs / parallel; prints every run, the medians, the ratios
# and the orchestrator's own CPU time per subtask (its utime+stime, not its children's).
#   tests/bench/overhead.sh BUILD_DIR [--smoke]
# Environment: ORCH_BENCH_SUBTASKS (500), ORCH_BENCH_REPS (5), ORCH_BENCH_ORCHESTRATOR (another
# orchestrator executable, for before/after comparisons).
set -euo pipefail
build="$(cd "$1" && pwd)"
smoke=0
[ "${2:-}" = "--smoke" ] && smoke=1
subtasks="${ORCH_BENCH_SUBTASKS:-500}"
reps="${ORCH_BENCH_REPS:-5}"
workers=8
if [ "$smoke" = 1 ]; then
    subtasks=20
    reps=1
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/bench_orch_overhead.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
# shellcheck source=bench_orch_lib.sh
source "$here/bench_orch_lib.sh"

orch="${ORCH_BENCH_ORCHESTRATOR:-$(orch_bin)}"
fake="$(fake_bin)"
require_tools "$orch" "$fake" "$(measure_bin)" xargs parallel jq
isolate_from_caller

plan="$tmp/plan.json"
write_plan "$plan" "$subtasks"
seq 1 "$subtasks" >"$tmp/items"
mapfile -t common < <(orch_common_args)
results="$tmp/results.txt"
: >"$results"

# The arguments the Claude driver passes fake_claude: read from its invocation log in a one-subtask run.
probe="$tmp/probe"
write_plan "$tmp/probe-plan.json" 1
FAKE_CLAUDE_LOG="$tmp/probe.log" "$orch" --plan "$tmp/probe-plan.json" --workspace "$probe" "${common[@]}" \
    --max-workers 1 --agent claude --set "agent.binary=$fake" >/dev/null 2>&1
mapfile -t fakeArgs < <(sed 's/^[^{]*//' "$tmp/probe.log" | jq -r '.argv[1:][]')
[ "${#fakeArgs[@]}" -gt 0 ] || { echo "FAILED: no fake_claude arguments in $tmp/probe.log" >&2; exit 1; }
rm -rf "$probe"

orch_true=("$orch" --plan "$plan" --workspace "$tmp/ws" "${common[@]}" --max-workers "$workers"
    --agent command --command true)
orch_fake=("$orch" --plan "$plan" --workspace "$tmp/ws" "${common[@]}" --max-workers "$workers"
    --agent claude --set "agent.binary=$fake")
xargs_true=(xargs -P "$workers" -I '{}' -a "$tmp/items" true)
parallel_true=(parallel --will-cite -j "$workers" -N0 -a "$tmp/items" true)
xargs_fake=(xargs -P "$workers" -I '{}' -a "$tmp/items" "$fake" "${fakeArgs[@]}" -- 'Write note_{}.txt')
parallel_fake=(parallel --will-cite -q -j "$workers" -a "$tmp/items" "$fake" "${fakeArgs[@]}" -- 'Write note_{}.txt')

echo "orchestrator: ${orch_true[*]}"
echo "orchestrator: ${orch_fake[*]:0:12} ..."
echo "xargs:        ${xargs_true[*]}"
echo "parallel:     ${parallel_true[*]}"
echo "xargs:        ${xargs_fake[*]:0:9} ... -- 'Write note_{}.txt'"
echo "parallel:     ${parallel_fake[*]:0:8} ... -- 'Write note_{}.txt'"
echo "$subtasks subtasks, $workers workers, $reps repetitions (alternating)"

run_orch() {
    local label="$1"
    shift
    rm -rf "$tmp/ws"
    measure "$label" "$results" -- "$@"
    check_result "$tmp/ws" "$subtasks"
}

# Every baseline command ran: fake_claude wrote one file per item.
run_fake_baseline() {
    local label="$1"
    shift
    rm -rf "$tmp/out" && mkdir "$tmp/out"
    (cd "$tmp/out" && measure "$label" "$results" -- "$@")
    check_count "$label: files written" "$subtasks" "$(find "$tmp/out" -name 'note_*.txt' | wc -l)"
}

for ((rep = 1; rep <= reps; ++rep)); do
    echo "repetition $rep"
    run_orch orch_true "${orch_true[@]}"
    measure xargs_true "$results" -- "${xargs_true[@]}"
    measure parallel_true "$results" -- "${parallel_true[@]}"
    run_orch orch_fake "${orch_fake[@]}"
    run_fake_baseline xargs_fake "${xargs_fake[@]}"
    run_fake_baseline parallel_fake "${parallel_fake[@]}"
done
rm -rf "$tmp/ws" "$tmp/out"

echo
echo "medians over $reps repetitions ($subtasks subtasks, $workers workers):"
for agent in true fake; do
    o="$(median "$results" "orch_$agent" wall_s)"
    x="$(median "$results" "xargs_$agent" wall_s)"
    p="$(median "$results" "parallel_$agent" wall_s)"
    cpu="$(median "$results" "orch_$agent" self_cpu_s)"
    per="$(awk -v c="$cpu" -v n="$subtasks" 'BEGIN { printf "%.2f", c * 1000 / n }')"
    printf '  %-5s orchestrator %ss  xargs %ss  parallel %ss  | orchestrator/xargs %s (target <= 1.20)  orchestrator/parallel %s (target < 1)  | orchestrator own CPU %ss = %s ms/subtask\n' \
        "$agent" "$o" "$x" "$p" "$(ratio "$o" "$x")" "$(ratio "$o" "$p")" "$cpu" "$per"
done
