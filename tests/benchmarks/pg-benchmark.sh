#!/bin/sh
# The large city on a PostgreSQL server (issue 11's figures in docs/performance.md):
#  1. the citywide scorecard through CivicStat's store against psql sending the
#     same statements the store sends for it (captured with log_statement = all);
#  2. `civicstat import` of 1,000,000 figures against psql's \copy of the same
#     file into a bare table, and against the same rows put into CivicStat's
#     table by hand (the floor for this table, its indexes and its checks);
#  3. the scorecard of one city while 1, then CITIES, copies of the large city
#     share the server.
# Prints figures; asserts nothing.
#
# Usage: tests/benchmarks/pg-benchmark.sh [BUILD_DIR] [WORK_DIR] [CITIES]
# The server is the one libpq's environment names (PGHOST, PGPORT, PGUSER), as
# for psql; that user must be allowed to create databases. It writes databases
# named civicstat_bench_*, and drops and rewrites them on every run but the
# first city, which it keeps between runs (writing it takes a few minutes).
set -eu
build=${1:-build}
work=${2:-$build/benchmark}
cities=${3:-10}
civicstat="$build/app/civicstat"
runs=20
mkdir -p "$work"
work=$(cd "$work" && pwd)

. "$(dirname "$0")/benchmark-inputs.sh"
now_ms() { date +%s%N | cut -c1-13; }
url() { echo "postgresql:///$1"; }
sql() { db=$1; shift; psql -X -q -A -t -d "$db" "$@"; }

first=civicstat_bench_city01
if [ -z "$(sql postgres -c "SELECT 1 FROM pg_database WHERE datname = '$first'")" ]; then
    createdb "$first"
    "$civicstat" server-init "$(url $first)" > /dev/null
    start=$(now_ms)
    "$civicstat" demo "$(url $first)" --scale large > /dev/null
    echo "large city written to the server in $(( $(now_ms) - start )) ms"
    sql "$first" -c "VACUUM ANALYZE"
fi
if [ ! -f "$work/large.db" ]; then
    "$civicstat" demo "$work/large.db" --scale large > /dev/null
fi

# 1. The statements one citywide scorecard of the latest month sends, in order
# (the structure is read twice: once to find the period, once to score it).
reads="$work/pg-scorecard-reads.sql"
{
    echo "SELECT max(period_end) AS latest FROM observations \\gset"
    echo "SELECT date_trunc('month', :'latest'::date)::date AS m0,"
    echo "       (date_trunc('month', :'latest'::date) - interval '1 month')::date AS p0,"
    echo "       (date_trunc('month', :'latest'::date) - interval '1 day')::date AS p1,"
    echo "       (date_trunc('month', :'latest'::date) - interval '12 months')::date AS y0,"
    echo "       (date_trunc('month', :'latest'::date) - interval '11 months' - interval '1 day')::date AS y1,"
    echo "       (date_trunc('month', :'latest'::date) - interval '23 months')::date AS w0 \\gset"
    i=0
    while [ $i -lt $runs ]; do
        for pass in 1 2; do
            echo "BEGIN; SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY;"
            echo "SELECT id, code, name, head FROM departments ORDER BY code;"
            echo "SELECT id, code, name, description, sponsor, sort_order, weight FROM goals ORDER BY sort_order, code;"
            echo "SELECT id, code, name, statement, goal_id, coalesce(department_id, 0), owner, weight FROM objectives ORDER BY code;"
            echo "SELECT id, code, name, objective_id, coalesce(department_id, 0), unit, direction, aggregation, frequency, decimals, weight, definition, methodology, source_system, steward, classification, coalesce(refresh_days, 0) FROM measures ORDER BY code;"
            echo "SELECT measure_id, effective_from, target, band_low, band_high, tolerance, per, coalesce(note, '') FROM targets ORDER BY measure_id, effective_from;"
            echo "COMMIT;"
            echo "SELECT city_name, fiscal_year_start_month, default_tolerance, score_cap, at_risk_threshold FROM city_settings WHERE id = 1;"
            [ $pass = 1 ] && echo "SELECT coalesce((SELECT max(period_end) FROM observations WHERE member_id IS NULL), (SELECT max(period_end) FROM observations));"
        done
        echo "SELECT m.id, (SELECT max(o.period_end) FROM observations o WHERE o.measure_id = m.id AND o.member_id IS NULL) FROM measures m;"
        for window in "w0 latest" "m0 latest" "p0 p1" "y0 y1"; do
            set -- $window
            echo "SELECT measure_id, period_end, value, numerator, denominator, granularity FROM observations WHERE member_id IS NULL AND period_end BETWEEN :'$1' AND :'$2' AND granularity <= 3 ORDER BY period_end, granularity, measure_id;"
            echo "SELECT city_name, fiscal_year_start_month, default_tolerance, score_cap, at_risk_threshold FROM city_settings WHERE id = 1;"
        done
        i=$((i + 1))
    done
} > "$reads"
sql "$first" -f "$reads" -o /dev/null # warm the cache as the store's runs are
start=$(now_ms)
sql "$first" -f "$reads" -o /dev/null
psql_ms=$(( $(now_ms) - start ))
echo "== 1. citywide scorecard of the large city (median of $runs in the store; psql: the same statements, mean of $runs)"
"$build/tests/civicstat_pg_benchmark" "$work/large.db" "$(url $first)"
awk -v t="$psql_ms" -v n="$runs" 'BEGIN { printf "psql, the same statements: %.1f ms a scorecard\n", t / n }'

# 2. Importing 1,000,000 figures.
rows=1000000
write_benchmark_inputs "$work" "$rows"
target=civicstat_bench_import
dropdb --if-exists "$target" 2> /dev/null
createdb "$target"
"$civicstat" server-init "$(url $target)" > /dev/null
"$civicstat" import "$(url $target)" "$structure" > /dev/null
start=$(now_ms)
"$civicstat" import "$(url $target)" "$csv" > /dev/null
civicstat_ms=$(( $(now_ms) - start ))

sql "$target" -c "CREATE TABLE bare (measure text, period text, value text)"
start=$(now_ms)
sql "$target" -c "\\copy bare FROM '$csv' CSV HEADER"
copy_ms=$(( $(now_ms) - start ))

# The floor for this table: the rows civicstat wrote, put back by hand into the
# same table with its five indexes, three foreign keys and row-level security.
sql "$target" -c "CREATE TABLE staged AS SELECT measure_id, period, period_end, granularity, value, import_id FROM observations"
sql "$target" -c "TRUNCATE observations CASCADE"
start=$(now_ms)
sql "$target" -c "INSERT INTO observations (measure_id, period, period_end, granularity, value, import_id) SELECT * FROM staged"
floor_ms=$(( $(now_ms) - start ))
sql "$target" -c "TRUNCATE observations CASCADE"
start=$(now_ms)
sql "$target" -c "BEGIN; ALTER TABLE observations DISABLE TRIGGER ALL;
    INSERT INTO observations (measure_id, period, period_end, granularity, value, import_id) SELECT * FROM staged; ROLLBACK"
no_fk_ms=$(( $(now_ms) - start ))
echo "== 2. importing $rows figures"
echo "civicstat import (parse, check, COPY, write with indexes, one transaction): $civicstat_ms ms"
printf '%s\n' "psql \\copy into a bare table (no types, no checks, no indexes): $copy_ms ms"
echo "the same rows into CivicStat's table by hand (same indexes, keys and policies): $floor_ms ms"
echo "  ... with the foreign-key triggers off (superuser only; not something an import may do): $no_fk_ms ms"
awk -v a="$civicstat_ms" -v b="$copy_ms" -v f="$floor_ms" \
    'BEGIN { printf "ratio to the bare copy: %.1f; to the same-table floor: %.2f\n", a / b, a / f }'

# 3. More cities on the same server: each city is its own database (docs/deployment.md).
echo "== 3. one city's scorecard as the server fills with cities"
n=2
while [ $n -le "$cities" ]; do
    name=$(printf 'civicstat_bench_city%02d' $n)
    if [ -z "$(sql postgres -c "SELECT 1 FROM pg_database WHERE datname = '$name'")" ]; then
        sql postgres -c "CREATE DATABASE $name TEMPLATE $first"
    fi
    n=$((n + 1))
done
figures=$(sql "$first" -c "SELECT count(*) FROM observations")
echo "cities on the server: $cities, $((figures * cities)) figures in all"
# Every city's scorecard once, so that all of them compete for the server's cache.
n=1
while [ $n -le "$cities" ]; do
    "$civicstat" scorecard "$(url "$(printf 'civicstat_bench_city%02d' $n)")" --format csv > /dev/null
    n=$((n + 1))
done
for n in 1 "$cities"; do
    name=$(printf 'civicstat_bench_city%02d' $n)
    echo "city $n of $cities:"
    "$build/tests/civicstat_pg_benchmark" "$work/large.db" "$(url "$name")" | sed -n '3p'
done
