# Sourced by import-benchmark.sh and pg-benchmark.sh: the inputs both time.
# write_benchmark_inputs WORK_DIR ROWS sets $csv (ROWS figures) and $structure
# (the 100 measures they belong to), writing the CSV once and keeping it.

write_benchmark_inputs() {
    csv="$1/observations-$2.csv"
    structure="$1/benchmark-structure.csv"
    # 100 measures x weekly figures: unique (measure, week) pairs, as a nightly load has.
    if [ ! -f "$csv" ]; then
        awk -v rows="$2" 'BEGIN {
            print "measure,period,value";
            srand(7);
            for (i = 0; i < rows; i++) {
                m = i % 100; k = int(i / 100);
                printf "BM-%03d,%04d-W%02d,%.2f\n", m, 1900 + int(k / 52), k % 52 + 1, 50 + 50 * rand();
            }
        }' > "$csv"
    fi
    {
        echo "goal_code,goal_name,objective_code,objective_name,department_code,department_name,measure_code,measure_name,direction,aggregation,frequency"
        i=0
        while [ $i -lt 100 ]; do
            printf 'G1,Benchmark,O1,Benchmark objective,D1,Benchmark department,BM-%03d,Benchmark measure %d,higher,mean,weekly\n' $i $i
            i=$((i + 1))
        done
    } > "$structure"
}
