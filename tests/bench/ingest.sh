#!/usr/bin/env bash
# Agent output ingestion: a generated stream-json transcript (500 MB) through the Claude driver's
# parser as the product feeds it, against `wc -l` (the I/O floor) and `jq -c .type`, all on the
# file in the page cache, alternating, 5 repetitions; prints the medians, MB/s and the ratios.
#   tests/bench/ingest.sh BUILD_DIR            the benchmark (ORCH_INGEST_MB, ORCH_INGEST_REPS)
#   tests/bench/ingest.sh BUILD_DIR --smoke    5 MB, once: checks the harness, not the speed
# ORCH_INGEST_COMPARE=EXE adds rows for another bench_ingest (say, built before a change), run in
# the same alternation: before/after figures from one run.
# Fails when the parser's events differ from what the generator wrote, or a baseline miscounts.
set -euo pipefail
build="$1"
megabytes="${ORCH_INGEST_MB:-500}"
reps="${ORCH_INGEST_REPS:-5}"
if [ "${2:-}" = "--smoke" ]; then
    megabytes=5
    reps=1
fi
exe="$build/tests/bench/bench_ingest"
command -v jq >/dev/null || { echo "jq is not installed" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
file="$tmp/transcript.jsonl"

"$exe" generate "$file" "$megabytes" >"$tmp/generated.txt"
expected="$(grep '^events:' "$tmp/generated.txt")"
lines="$(sed -n 's/^generated: \([0-9]*\) lines.*/\1/p' "$tmp/generated.txt")"
bytes="$(stat -c %s "$file")"
echo "transcript: $lines lines, $bytes bytes ($expected)"
cat "$file" >/dev/null # into the page cache

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# Runs one command, appends its wall time in seconds to $tmp/NAME.times and checks its output.
run() {
    local name="$1"
    shift
    local start="$EPOCHREALTIME"
    "$@" >"$tmp/out.txt"
    local end="$EPOCHREALTIME"
    cp "$tmp/out.txt" "$tmp/$name.last"
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.6f\n", b - a }' >>"$tmp/$name.times"
    case "$name" in
    wc) [ "$(awk '{ print $1 }' "$tmp/out.txt")" = "$lines" ] || fail "wc -l counted $(cat "$tmp/out.txt")" ;;
    deliver) grep -q "^parsed: $lines lines" "$tmp/out.txt" || fail "delivery lost lines: $(cat "$tmp/out.txt")" ;;
    process | window | direct | padded | other-process | other-direct)
        grep -qxF "$expected" "$tmp/out.txt" || fail "parser ($name) saw: $(cat "$tmp/out.txt"); expected $expected"
        ;;
    esac
}

pad=$((16 * 1024 * 1024))
jq_types() { jq -c .type "$file" >/dev/null; }
# jq must accept every line (run once: its output is the type of each line).
[ "$(jq -c .type "$file" | wc -l)" = "$lines" ] || fail "jq did not read every line"

echo "commands:"
echo "  wc:      wc -l FILE"
echo "  jq:      jq -c .type FILE >/dev/null"
echo "  process: $exe parse FILE process   (ProcessRunner on cat FILE -> stdoutLines -> parser, as Worker;"
echo "           1 MiB stdout pipes, as the command line has them)"
echo "  window:  $exe parse FILE window    (the same with 64 KiB pipes, as the window has them)"
echo "  direct:  $exe parse FILE direct    (64 KiB reads -> LineSplitter -> parser)"
echo "  padded:  MALLOC_TOP_PAD_=$pad $exe parse FILE process   (diagnostic: the product path with glibc"
echo "           keeping 16 MiB at the top of the heap instead of returning each big line's pages)"
echo "  deliver: $exe parse FILE deliver   (diagnostic: as process, lines counted, not parsed: the floor"
echo "           the delivery path sets for any parser)"
others=()
if [ -n "${ORCH_INGEST_COMPARE:-}" ]; then
    echo "  other-*: $ORCH_INGEST_COMPARE parse FILE process|direct"
    others=(other-process other-direct)
fi
for ((rep = 1; rep <= reps; ++rep)); do
    run wc wc -l "$file"
    run process "$exe" parse "$file" process
    run jq jq_types
    run window "$exe" parse "$file" window
    run direct "$exe" parse "$file" direct
    run padded env MALLOC_TOP_PAD_="$pad" "$exe" parse "$file" process
    run deliver "$exe" parse "$file" deliver
    if [ -n "${ORCH_INGEST_COMPARE:-}" ]; then
        run other-process "$ORCH_INGEST_COMPARE" parse "$file" process
        run other-direct "$ORCH_INGEST_COMPARE" parse "$file" direct
    fi
done

# The direct runs also say how their time divides between LineSplitter and the parser.
for name in direct "${others[@]:1}"; do
    sed -n "s/^split:/  last $name run: split:/p" "$tmp/$name.last"
done
median() { sort -g "$tmp/$1.times" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
wc_s="$(median wc)"
jq_s="$(median jq)"
echo
echo "medians of $reps alternating runs, $megabytes MB in the page cache:"
printf '  %-14s %10s %10s\n' what seconds MB/s
for name in wc jq process window direct padded deliver "${others[@]}"; do
    s="$(median "$name")"
    awk -v n="$name" -v s="$s" -v b="$bytes" 'BEGIN { printf "  %-14s %10.3f %10.1f\n", n, s, b / 1e6 / s }'
done
for name in process window direct padded deliver "${others[@]}"; do
    s="$(median "$name")"
    awk -v n="$name" -v s="$s" -v jq="$jq_s" -v wc="$wc_s" \
        'BEGIN { printf "  %s: %.2fx faster than jq%s, %.2fx the time of wc -l\n", n, jq / s,
                 n == "process" ? " (target 5x: the product path)" : "", s / wc }'
done
