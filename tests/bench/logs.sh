#!/usr/bin/env bash
# Benchmark 4, log browsing: a 1 GB JSONL log in the product's format, opened in the LogBrowser
# (offscreen) to index it, filter it by a substring and by level, against wc -l and grep -c on the
# same warm file, alternating, ORCH_BENCH_LOGS_REPS times (default 5). Prints medians and ratios.
#   tests/bench/logs.sh BUILD_DIR
# ORCH_BENCH_LOGS_MB (default 1024) sets the log's size; the CTest smoke uses a small one.
set -euo pipefail
build="$1"
bin="$build/tests/bench/bench_logs"
megabytes="${ORCH_BENCH_LOGS_MB:-1024}"
reps="${ORCH_BENCH_LOGS_REPS:-5}"
needle='connection reset'
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export LC_ALL=C.UTF-8

tmp="$(mktemp -d "${TMPDIR:-/tmp}/bench_logs.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
log="$tmp/orchestrator_20261129_120000.jsonl"

fail() { echo "FAIL: $*" >&2; exit 1; }
field() { sed -n "s/.*\\b$1=\\([0-9.]*\\).*/\\1/p" <<<"$2"; }
now_ns() { date +%s%N; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "generating a ${megabytes} MB log: $bin generate $log $megabytes"
generated="$("$bin" generate "$log" "$megabytes")"
echo "  $generated"
lines="$(field lines "$generated")"
substring="$(field substring "$generated")"
errors="$(field errors "$generated")"
cat "$log" >/dev/null  # warm the page cache: every tool reads the same cached file

count_lines() { wc -l <"$log"; }

# Runs a baseline, checks its count, prints its time in ms.
baseline() {
    local expected="$1"; shift
    local start end out
    start="$(now_ns)"
    out="$("$@")"
    end="$(now_ns)"
    [ "$out" = "$expected" ] || fail "$* counted $out, expected $expected"
    echo $(( (end - start) / 1000000 ))
}

: >"$tmp/wc" ; : >"$tmp/grep_sub" ; : >"$tmp/grep_level"
: >"$tmp/index" ; : >"$tmp/index_cpu" ; : >"$tmp/sub" ; : >"$tmp/level"
: >"$tmp/worst" ; : >"$tmp/p99" ; : >"$tmp/worst_busy" ; : >"$tmp/p99_busy"
product() {
    local out
    out="$("$bin" browse "$log" "$needle" 2> >(grep -v -e propagateSizeHints -e XDG_RUNTIME_DIR >&2))" || fail "$bin browse failed"
    echo "  browser: $out"
    [ "$(field lines "$out")" = "$lines" ] || fail "the browser indexed $(field lines "$out") lines, expected $lines"
    [ "$(field substring_rows "$out")" = "$substring" ] || fail "substring filter showed $(field substring_rows "$out") rows, expected $substring"
    [ "$(field level_rows "$out")" = "$errors" ] || fail "level filter showed $(field level_rows "$out") rows, expected $errors"
    field index_ms "$out" >>"$tmp/index"
    field index_cpu_ms "$out" >>"$tmp/index_cpu"
    field worst_busy_ms "$out" >>"$tmp/worst_busy"
    field p99_busy_ms "$out" >>"$tmp/p99_busy"
    field substring_ms "$out" >>"$tmp/sub"
    field level_ms "$out" >>"$tmp/level"
    field worst_stall_ms "$out" >>"$tmp/worst"
    field p99_stall_ms "$out" >>"$tmp/p99"
}
baselines() {
    local wc sub level
    wc="$(baseline "$lines" count_lines)"
    sub="$(baseline "$substring" grep -c "$needle" "$log")"
    level="$(baseline "$errors" grep -c '"level":"ERROR"' "$log")"
    echo "  baselines: wc -l ${wc} ms, grep -c substring ${sub} ms, grep -c level ${level} ms"
    echo "$wc" >>"$tmp/wc"; echo "$sub" >>"$tmp/grep_sub"; echo "$level" >>"$tmp/grep_level"
}

for ((rep = 1; rep <= reps; rep++)); do
    echo "repetition $rep of $reps"
    if ((rep % 2)); then product; baselines; else baselines; product; fi
done

m() { median <"$tmp/$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "inf" }'; }
echo
echo "log: $megabytes MB, $lines lines; medians of $reps alternating runs (LC_ALL=$LC_ALL, warm page cache)"
printf '%-36s %10s %10s %8s %s\n' "measure" "browser" "baseline" "ratio" "baseline command"
printf '%-36s %8s ms %7s ms %8s %s\n' "open and index" "$(m index)" "$(m wc)" "$(ratio "$(m index)" "$(m wc)")" "wc -l < FILE"
printf '%-36s %8s ms %7s ms %8s %s\n' "filter by substring '$needle'" "$(m sub)" "$(m grep_sub)" "$(ratio "$(m sub)" "$(m grep_sub)")" "grep -c '$needle' FILE"
printf '%-36s %8s ms %7s ms %8s %s\n' "filter by level (ERROR only)" "$(m level)" "$(m grep_level)" "$(ratio "$(m level)" "$(m grep_level)")" "grep -c '\"level\":\"ERROR\"' FILE"
echo "event loop stall (5 ms timer lateness, whole session): worst $(sort -n "$tmp/worst" | tail -1) ms (median of worsts $(m worst) ms), p99 $(m p99) ms"
echo "  of which the GUI thread's own CPU between two ticks: worst $(sort -n "$tmp/worst_busy" | tail -1) ms, p99 $(m p99_busy) ms"
echo "  (lateness beyond that is time the thread was runnable but not scheduled: other processes)"
echo "browser CPU while indexing (all threads): median $(m index_cpu) ms"
echo "browser command: $bin browse FILE '$needle'"
