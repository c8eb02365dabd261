# Shared by overhead.sh and scale.sh (sourced): plans, the orchestrator's command line, runs
# measured by bench_orch_measure, checks that every subtask ran, medians.
# Callers set: build (the build folder), tmp (a temporary folder they remove).

orch_bin() { printf '%s\n' "$build/app/cli/orchestrator"; }
fake_bin() { printf '%s\n' "$build/tests/fakes/fake_claude/fake_claude"; }
measure_bin() { printf '%s\n' "$build/tests/bench/bench_orch_measure"; }

require_tools() {
    local tool
    for tool in "$@"; do
        if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "$tool" ]; then
            echo "missing: $tool (tests/bench/run.sh installs the benchmarks' packages)" >&2
            exit 2
        fi
    done
}

# Runs in $tmp with a fresh HOME and no ORCHESTRATOR_* variable, so no config.yaml, .env or
# variable of the caller's reaches the runs.
isolate_from_caller() {
    cd "$tmp"
    while read -r name; do unset "$name"; done < <(env | sed -n 's/^\(ORCHESTRATOR_[A-Za-z0-9_]*\)=.*/\1/p')
    export HOME="$tmp/home" PARALLEL_HOME="$tmp/home/.parallel"
    mkdir -p "$HOME"
}

# write_plan FILE COUNT: COUNT independent subtasks "Write note_N.txt" (fake_claude writes that file).
write_plan() {
    local file="$1" count="$2" i
    {
        printf '{"task":"benchmark","subtasks":['
        for ((i = 1; i <= count; ++i)); do
            [ "$i" -gt 1 ] && printf ','
            printf '{"id":"%d","title":"note %d","prompt":"Write note_%d.txt","depends_on":[]}' "$i" "$i" "$i"
        done
        printf ']}\n'
    } >"$file"
}

# The orchestrator's settings shared by every run, stated in the results: subprocess mode, CPU
# admission off (2 cores), no retries, the default log level and monitoring.
orch_common_args() {
    printf '%s\n' --mode subprocess --retries 0 --timeout 600 --set resources.max_cpu_percent=100
}

# measure LABEL OUTFILE [measure options] -- COMMAND...: runs it with stdout and stderr going to
# OUTFILE.out, appends "LABEL key=value..." to OUTFILE and prints it. Fails when the harness or the
# command fails (and then shows the end of the command's output).
measure() {
    local label="$1" out="$2"
    shift 2
    local line
    rm -f "$out.line"
    "$(measure_bin)" --report "$out.line" "$@" >"$out.out" 2>&1 </dev/null || true
    line="$(cat "$out.line" 2>/dev/null || true)"
    [ -n "$line" ] || { echo "FAILED: bench_orch_measure $*" >&2; tail -n 20 "$out.out" >&2; return 1; }
    printf '%s %s\n' "$label" "$line" >>"$out"
    printf '  %-15s %s\n' "$label" "$line"
    case "$line" in
    *" exit=0 "*) ;;
    *)
        echo "FAILED: $label exited non-zero" >&2
        tail -n 20 "$out.out" >&2
        return 1
        ;;
    esac
}

# check_result WORKSPACE COUNT: the single run in WORKSPACE completed COUNT of COUNT subtasks.
check_result() {
    local ws="$1" count="$2" result
    result="$(find "$ws/runs" -name result.json | head -n 1)"
    if [ -z "$result" ]; then
        echo "FAILED: no result.json in $ws/runs" >&2
        return 1
    fi
    local total completed
    total="$(jq -r .total_tasks "$result")"
    completed="$(jq -r .completed_tasks "$result")"
    if [ "$total" != "$count" ] || [ "$completed" != "$count" ]; then
        echo "FAILED: $result: $completed of $total subtasks completed, expected $count" >&2
        return 1
    fi
}

# check_count WHAT EXPECTED ACTUAL
check_count() {
    if [ "$2" != "$3" ]; then
        echo "FAILED: $1: expected $2, got $3" >&2
        return 1
    fi
}

# median OUTFILE LABEL KEY: the median of KEY over the lines of LABEL.
median() {
    awk -v label="$2" -v key="$3" '
        $1 == label { for (i = 2; i <= NF; ++i) { split($i, kv, "="); if (kv[1] == key) print kv[2] } }' "$1" |
        sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else print v[int((NR + 1) / 2)] }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "nan" }'; }
