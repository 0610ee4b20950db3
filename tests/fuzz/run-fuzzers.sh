#!/bin/sh
# Runs every fuzz target of a CIVICSTAT_FUZZ build for a bounded time each,
# starting from its committed corpus (tests/fuzz/corpus/<name>), which it
# never changes: new inputs go to a scratch folder, and an input that crashes,
# leaks, hangs or runs out of memory is kept in the current folder as
# crash-*, leak-*, timeout-* or oom-* (then the script fails).
#   tests/fuzz/run-fuzzers.sh BUILD_DIR SECONDS_EACH [libFuzzer options...]
# CI runs it for 20 s a target; docs/reliability.md records longer runs
# (with -print_final_stats=1).
set -eu
build=${1:?usage: $0 BUILD_DIR SECONDS_EACH [libFuzzer options...]}
seconds=${2:?usage: $0 BUILD_DIR SECONDS_EACH [libFuzzer options...]}
shift 2
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT INT TERM

# A run of one input longer than 10 s is a hang; more than 2 GB of memory, an out-of-memory.
status=0
for name in csv xlsx xlsxparts mapping values canonical kpidb; do
    target="$build/tests/fuzz/fuzz_$name"
    if [ ! -x "$target" ]; then
        echo "$target is missing: configure with -DCIVICSTAT_FUZZ=ON and build it" >&2
        exit 2
    fi
    mkdir -p "$scratch/$name"
    echo "== fuzz_$name for $seconds s"
    # Qt's own leaks are suppressed as in the tests (tests/lsan.supp).
    if LSAN_OPTIONS="suppressions=$here/../lsan.supp:print_suppressions=0" \
        "$target" "$scratch/$name" "$here/corpus/$name" -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$@" > "$scratch/$name.log" 2>&1; then
        grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|Done|stat::)' "$scratch/$name.log" || tail -n 5 "$scratch/$name.log"
    else
        tail -n 60 "$scratch/$name.log"
        status=1
    fi
done
exit $status
