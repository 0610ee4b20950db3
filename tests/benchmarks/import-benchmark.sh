#!/bin/sh
# Times `civicstat import` of a generated 1,000,000-row observations CSV
# against sqlite3's own .import of the same file into a bare table, in the
# same run. Prints figures; asserts nothing.
# Usage: tests/benchmarks/import-benchmark.sh [BUILD_DIR] [WORK_DIR] [ROWS]
set -eu
build=${1:-build}
work=${2:-$build/benchmark}
rows=${3:-1000000}
civicstat="$build/app/civicstat"
mkdir -p "$work"
db="$work/import-target.db"
bare="$work/import-bare.db"

now_ms() { date +%s%N | cut -c1-13; }

. "$(dirname "$0")/benchmark-inputs.sh"
write_benchmark_inputs "$work" "$rows"

rm -f "$db" "$bare"
"$civicstat" import "$db" "$structure" > /dev/null
start=$(now_ms)
"$civicstat" import "$db" "$csv" > /dev/null
civicstat_ms=$(( $(now_ms) - start ))

start=$(now_ms)
sqlite3 "$bare" ".import --csv $csv observations"
sqlite_ms=$(( $(now_ms) - start ))

# The floor for this database format: SQLite alone copying the bare rows into a
# CivicStat database, so into the same table with the same three indexes (the
# week's text stands in for its last day; both sort the same way).
floor="$work/import-floor.db"
rm -f "$floor"
"$civicstat" import "$floor" "$structure" > /dev/null
start=$(now_ms)
sqlite3 "$floor" "ATTACH '$bare' AS bare; PRAGMA cache_size = -131072; BEGIN;
    INSERT INTO observations (measure_id, period, period_end, granularity, value, import_id)
    SELECT m.id, o.period, o.period, 2, CAST(o.value AS REAL), 1 FROM bare.observations o JOIN measures m ON m.code = o.measure;
    COMMIT;"
floor_ms=$(( $(now_ms) - start ))

# The same rows through a mapping, the path of every city spreadsheet.
mapping="$work/benchmark-long.mapping.json"
cat > "$mapping" <<'EOF'
{
  "civicstat_mapping": 1,
  "name": "benchmark, long layout",
  "fields": {
    "goal_code": {"value": "G1"}, "goal_name": {"value": "Benchmark"},
    "objective_code": {"value": "O1"}, "objective_name": {"value": "Benchmark objective"},
    "department_code": {"value": "D1"}, "department_name": {"value": "Benchmark department"},
    "measure_code": "measure", "measure_name": "measure",
    "direction": {"value": "higher"}, "aggregation": {"value": "mean"}, "frequency": {"value": "weekly"}
  },
  "values": {"layout": "long", "period": "period", "value": "value"}
}
EOF
mapped="$work/import-mapped.db"
rm -f "$mapped"
start=$(now_ms)
"$civicstat" import "$mapped" "$csv" --mapping "$mapping" > /dev/null
mapped_ms=$(( $(now_ms) - start ))

echo "rows: $rows ($(du -h "$csv" | cut -f1) CSV)"
echo "civicstat import (parse, validate, write with indexes, one transaction): $civicstat_ms ms"
echo "civicstat import of the same rows through a mapping (structure made on the way): $mapped_ms ms"
echo "sqlite3 .import into a bare table (no types, no checks, no indexes): $sqlite_ms ms"
echo "sqlite3 copying those rows into a CivicStat database (same table and indexes, no parsing): $floor_ms ms"
awk -v a="$civicstat_ms" -v b="$sqlite_ms" -v f="$floor_ms" \
    'BEGIN { printf "ratio to the bare import: %.2f; to the same-format copy: %.2f\n", a / b, a / f }'
