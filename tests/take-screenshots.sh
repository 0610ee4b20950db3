#!/bin/sh
# Retakes every picture in docs/screenshots/ from a fresh demo city, Baltimore's
# workbook and New York's district file, at 1280x800 (and the one 1024x700
# measure page), offscreen. Prints what it wrote; open the PNGs and look.
# Usage: tests/take-screenshots.sh [BUILD_DIR] [OUT_DIR]
set -eu
build=${1:-build}
out=${2:-docs/screenshots}
here=$(dirname "$0")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
mkdir -p "$out" "$work/city" "$work/baltimore" "$work/builder" "$work/tests"

# The main screens, the briefing builder and the import wizard on Baltimore's workbook.
"$build/app/civicstat" demo "$work/riverton.db" > /dev/null
"$build/tests/civicstat_screenshots" "$work/riverton.db" "$work/city" \
    "$here/data/real/baltimore-performance-measures/Performance_Data.xlsx" \
    "$here/../docs/examples/baltimore.mapping.json" > /dev/null
for name in overview overview-focused-tile scorecard-goal scorecard-objective scorecard-department measure measure-breakdown \
    measure-1024x700 reading-guide briefing-builder import-choose import-check import-done; do
    cp "$work/city/$name.png" "$out/"
    echo "$out/$name.png"
done

# The start page of a window given a damaged database (the demo cut to a third),
# named relatively so that the picture shows no folder of this machine.
size=$(wc -c < "$work/riverton.db")
head -c $((size / 3)) "$work/riverton.db" > "$work/council-kpis.db"
screenshots=$(cd "$build/tests" && pwd)/civicstat_screenshots
(cd "$work" && "$screenshots" council-kpis.db start > /dev/null 2>&1) || true
cp "$work/start/start-page.png" "$out/start-page.png"
echo "$out/start-page.png"

# Baltimore as it opens after that import.
"$build/tests/civicstat_screenshots" "$work/city/imported.db" "$work/baltimore" --measure 1851 > /dev/null
cp "$work/baltimore/overview.png" "$out/baltimore-overview.png"
echo "$out/baltimore-overview.png"

# The mapping builder and its check on New York's file.
"$build/tests/civicstat_screenshots" "$work/riverton.db" "$work/builder" --mapping-builder > /dev/null
for name in import-build-mapping import-build-check; do
    cp "$work/builder/$name.png" "$out/"
    echo "$out/$name.png"
done

# Pictures that tests take when asked: the offline banner and the server password dialog.
CIVICSTAT_SCREENSHOTS=$(cd "$work/tests" && pwd) ctest --test-dir "$build" -R 'tst_offlinebanner|tst_serverpassword$' > /dev/null
for name in offline-banner server-password; do
    cp "$work/tests/$name.png" "$out/"
    echo "$out/$name.png"
done
ctest --test-dir "$build" -R tst_translations > /dev/null
cp "$build/tests/pseudo-locale/measure.png" "$out/pseudo-locale.png"
echo "$out/pseudo-locale.png"

# Pages of the briefing books, through pdftoppm.
sh "$here/briefing-pages.sh" "$build" "$out"
