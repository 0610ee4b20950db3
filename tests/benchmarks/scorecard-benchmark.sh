#!/bin/sh
# Times `civicstat scorecard` on the demo and large cities against sqlite3
# scanning the same observations. Prints figures; asserts nothing.
# Usage: tests/benchmarks/scorecard-benchmark.sh [BUILD_DIR] [WORK_DIR]
set -eu
build=${1:-build}
work=${2:-$build/benchmark}
civicstat="$build/app/civicstat"
runs=7
mkdir -p "$work"

now_ms() { date +%s%N | cut -c1-13; }

# Median wall time in milliseconds of running "$@" $runs times.
median_ms() {
    times=""
    i=0
    while [ $i -lt $runs ]; do
        start=$(now_ms)
        "$@" > /dev/null
        end=$(now_ms)
        times="$times $((end - start))"
        i=$((i + 1))
    done
    echo $times | tr ' ' '\n' | sort -n | sed -n "$(((runs + 1) / 2))p"
}

for scale in demo large; do
    db="$work/$scale.db"
    if [ ! -f "$db" ]; then
        start=$(now_ms)
        "$civicstat" demo "$db" --scale "$scale" > /dev/null
        echo "$scale: generated in $(( $(now_ms) - start )) ms"
    fi
done

empty="$work/empty.db"
rm -f "$empty"
printf 'goal_code,goal_name,objective_code,objective_name,department_code,department_name,measure_code,measure_name,direction,aggregation\nG,G,O,O,D,D,M,M,higher,mean\n' > "$work/empty.csv"
"$civicstat" import "$empty" "$work/empty.csv" > /dev/null

echo "runs: $runs, median wall time in ms (process start included)"
printf '%-8s %12s %14s %16s %16s %14s\n' city observations "scorecard(latest)" "scorecard(FY2026)" "sqlite3 count(*)" "sqlite3 scan"
for scale in empty demo large; do
    db="$work/$scale.db"
    count=$(sqlite3 "$db" 'SELECT count(*) FROM observations')
    latest=$(median_ms "$civicstat" scorecard "$db" --format csv)
    fiscal=$(median_ms "$civicstat" scorecard "$db" --period FY2026 --format csv)
    counted=$(median_ms sqlite3 "$db" 'SELECT count(*) FROM observations')
    scanned=$(median_ms sqlite3 "$db" 'SELECT sum(value) FROM observations')
    printf '%-8s %12s %14s %16s %16s %14s\n' "$scale" "$count" "$latest" "$fiscal" "$counted" "$scanned"
done
