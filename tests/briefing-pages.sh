#!/bin/sh
# Renders pages of the demo city's briefing book to PNG with poppler's
# pdftoppm, to look at and to keep in docs/screenshots/. Prints what it wrote.
# Usage: tests/briefing-pages.sh [BUILD_DIR] [OUT_DIR]
set -eu
build=${1:-build}
out=${2:-docs/screenshots}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
civicstat="$build/app/civicstat"

"$civicstat" demo "$work/riverton.db" > /dev/null
"$civicstat" briefing "$work/riverton.db" --out "$work/internal.pdf" --period 2026-09 2> /dev/null
"$civicstat" briefing "$work/riverton.db" --out "$work/public.pdf" --period FY2027 --audience public \
    --scope goal:G3 2> /dev/null

# The page whose text (pdftotext) starts, under the page header, with a heading.
page_of() {
    pages=$(pdfinfo "$1" | sed -n 's/^Pages: *//p')
    p=1
    while [ "$p" -le "$pages" ]; do
        if pdftotext -f "$p" -l "$p" -layout "$1" - | sed -n '2,8p' | grep -qx "$2"; then
            echo "$p"
            return
        fi
        p=$((p + 1))
    done
}

render() { # PDF PAGE NAME
    pdftoppm -r 100 -png -singlefile -f "$2" -l "$2" "$1" "$out/$3"
    echo "$out/$3.png: page $2 of $(basename "$1")"
}

render "$work/internal.pdf" 1 briefing-cover
render "$work/internal.pdf" "$(page_of "$work/internal.pdf" Summary)" briefing-summary
render "$work/internal.pdf" "$(page_of "$work/internal.pdf" 'Needs attention')" briefing-attention
render "$work/internal.pdf" "$(page_of "$work/internal.pdf" 'DOT-01 Traffic deaths and serious injuries')" briefing-measure
render "$work/public.pdf" "$(page_of "$work/public.pdf" Summary)" briefing-public-summary
