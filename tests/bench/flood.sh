#!/usr/bin/env bash
# Benchmark 3, flood while the window is open: the real MainWindow (offscreen) runs 8 workers
# whose agent prints SIZE MB of stream-json each as fast as it can, with the workers table, one
# worker's output and the charts showing. Measures the event loop's worst and 99th-percentile
# stall (lateness of a 5 ms timer) and peak RSS (VmHWM), at 50 MB and at 500 MB per worker,
# alternating, to show whether RSS grows with the total output.
#   tests/bench/flood.sh BUILD_DIR           5 runs of each size
#   FLOOD_REPS=3 FLOOD_SIZES="50 500" tests/bench/flood.sh BUILD_DIR
# FLOOD_COMPARE=DIR (a folder holding another build's bench_gui_flood and bench_gui_flooder, say
# built before a change) runs that build right after this one at each size: before/after
# figures from one alternating run, printed as a second table.
set -euo pipefail
build="$(cd "$1" && pwd)"
reps="${FLOOD_REPS:-5}"
read -r -a sizes <<< "${FLOOD_SIZES:-50 500}"
workers=8
bench="$build/tests/bench/bench_gui_flood"
flooder="$build/tests/bench/bench_gui_flooder"

# The transcripts (up to 4 GB for 8 x 500 MB) go to a temporary folder, removed at the end.
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export TMPDIR="$tmp" QT_QPA_PLATFORM=offscreen
results="$tmp/results.txt"
builds=("$bench|$flooder|$results")
if [ -n "${FLOOD_COMPARE:-}" ]; then
    other="$(cd "$FLOOD_COMPARE" && pwd)"
    builds+=("$other/bench_gui_flood|$other/bench_gui_flooder|$tmp/other.txt")
fi

for ((rep = 1; rep <= reps; rep++)); do
    for size in "${sizes[@]}"; do
        for build_entry in "${builds[@]}"; do
            IFS='|' read -r run_bench run_flooder run_results <<< "$build_entry"
            command=("$run_bench" "$run_flooder" "$size" "$workers" 3600)
            echo "\$ ${command[*]}"
            line="$("${command[@]}" 2> "$tmp/stderr.txt")" || { cat "$tmp/stderr.txt" >&2; exit 1; }
            grep '^slow event' "$tmp/stderr.txt" | head -3 | sed 's/^/  /' || true
            echo "  $line"
            echo "$line" >> "$run_results"
        done
    done
done

# Medians per size, and the peak RSS of each size against the first one's.
field() { # SIZE KEY: the values of KEY in the runs of SIZE, sorted
    grep " mb_per_worker=$1 " "$results" | tr ' ' '\n' | sed -n "s/^$2=//p" | sort -g
}
median() { awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# Stalls: wall-clock lateness of the probe; busy: the GUI thread's own CPU time in the same gaps
# (what the event loop did, without the time other processes held the CPU).
summarize() { # TITLE: the table of the runs in $results
    echo
    echo "$1"
    printf '%-14s %10s %10s %10s %10s %12s %11s %8s %8s\n' "MB per worker" "worst ms" "p99 ms" "busy max" "busy p99" \
        "peak RSS MB" "end RSS MB" "wall s" "MB/s"
    local base_rss="" size
    for size in "${sizes[@]}"; do
        worst="$(field "$size" worst_stall_ms | median)"
        p99="$(field "$size" p99_stall_ms | median)"
        busy="$(field "$size" worst_busy_ms | median)"
        busy99="$(field "$size" p99_busy_ms | median)"
        rss="$(field "$size" rss_peak_mb | median)"
        end="$(field "$size" rss_end_mb | median)"
        wall="$(field "$size" wall_s | median)"
        rate="$(field "$size" throughput_mb_s | median)"
        printf '%-14s %10s %10s %10s %10s %12s %11s %8s %8s\n' "$size" "$worst" "$p99" "$busy" "$busy99" "$rss" \
            "$end" "$wall" "$rate"
        [ -n "$base_rss" ] || base_rss="$rss"
    done
    for size in "${sizes[@]:1}"; do
        rss="$(field "$size" rss_peak_mb | median)"
        awk -v a="$rss" -v b="$base_rss" -v s="$size" -v f="${sizes[0]}" \
            'BEGIN { printf "peak RSS ratio %s MB / %s MB per worker: %.2f\n", s, f, a / b }'
    done
}
summarize "$bench (medians of $reps):"
if [ -n "${FLOOD_COMPARE:-}" ]; then
    results="$tmp/other.txt"
    summarize "$FLOOD_COMPARE/bench_gui_flood (same alternation):"
fi
echo
echo "targets: worst stall < 50 ms, peak RSS < 200 MB, RSS independent of the output's size"
