#!/bin/bash
# SPDX-License-Identifier: MIT
#
# long_article.sh - benchmark: the cost of ONE long article, by size.
#
# usage: bench/long_article.sh RASAD CORPUS.jsonl [WORKDIR] [SIZES_MB...]
#
# Joins the "text" fields of CORPUS.jsonl (bench/prepare_corpus.py writes
# one; /tmp/c20.jsonl is its 20 MB sample) with blank lines into one text,
# cuts its first N MB (N = 1 2 5 10 20 unless given; a cut may split a
# character, which the reader replaces with a warning) and runs
#   RASAD extract --max-bytes 64000000 --format jsonl FILE
# on each, then on the corpus itself as ordinary articles (whole lines up
# to the largest size), printing user CPU seconds, seconds per MB, max RSS
# and RSS bytes per input byte (above a one-word run's). Extraction should cost the same per MB
# whatever the length of the article (bench/notes/speed.md, "one long
# article"). CPU time, not wall time: the machine may be shared. The test
# files are left in WORKDIR (default: a temporary directory, removed).
set -eu

if [ $# -lt 2 ]; then
    sed -n '4,19p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
rasad=$1
corpus=$2
shift 2
work=""
if [ $# -gt 0 ] && ! [[ $1 =~ ^[0-9]+$ ]]; then
    work=$1
    shift
fi
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 2 5 10 20)
if [ -z "$work" ]; then
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
[ -x "$rasad" ] || { echo "long_article: $rasad is not executable" >&2; exit 2; }
[ -r "$corpus" ] || { echo "long_article: cannot read $corpus" >&2; exit 2; }

max=0
for n in "${sizes[@]}"; do
    [ "$n" -gt "$max" ] && max=$n
done
limit=$((max * 1000000))

# one text from the articles, as long as the largest size
python3 - "$corpus" "$work/joined.txt" "$limit" <<'EOF'
import json, sys
src, out, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
n = 0
rounds = 0
with open(out, 'wb') as o:
    # a corpus shorter than the largest size is read again
    while n < limit and rounds < 1000:
        rounds += 1
        before = n
        with open(src, encoding='utf-8') as f:
            for line in f:
                try:
                    text = json.loads(line).get('text') or ''
                except (ValueError, AttributeError):
                    continue
                b = text.strip().encode('utf-8') + b'\n\n'
                o.write(b)
                n += len(b)
                if n >= limit:
                    break
        if n == before:
            sys.exit('long_article: no "text" in the corpus')
if rounds > 1:
    print(f'long_article: the corpus was read {rounds} times', file=sys.stderr)
EOF
# the same articles as ordinary ones: whole lines up to the largest size
head -c "$limit" "$corpus" | sed '$d' > "$work/articles.jsonl"

run() { # label file bytes [extra args]: prints one row
    local label=$1 file=$2 bytes=$3
    shift 3
    /usr/bin/time -o "$work/time" -f '%U %M' "$rasad" extract --max-bytes 64000000 --format jsonl "$@" "$file" \
        > /dev/null 2> "$work/err" || { echo "long_article: $label failed:" >&2; tail -3 "$work/err" >&2; }
    local t
    t=$(tail -1 "$work/time")
    local user=${t% *} rss_kb=${t#* }
    if [ "$label" = base ]; then
        base_kb=$rss_kb
        return
    fi
    awk -v l="$label" -v b="$bytes" -v u="$user" -v r="$rss_kb" -v z="$base_kb" 'BEGIN {
        mb = b / 1e6
        printf "%-18s %6.1f %8.2f %7.3f %8.0f %9.1f\n", l, mb, u, u / mb, r / 1024, (r - z) * 1024 / b }'
}

# the resident size of the program and its resources, on a one-word text
printf 'x\n' > "$work/base.txt"
base_kb=0
run base "$work/base.txt" 2
echo "RSS B/B: (max RSS - ${base_kb} KB of a one-word run) / input bytes"
printf "%-18s %6s %8s %7s %8s %9s\n" "input" "MB" "user s" "s/MB" "RSS MB" "RSS B/B"
for n in "${sizes[@]}"; do
    head -c $((n * 1000000)) "$work/joined.txt" > "$work/long-$n.txt"
    run "one article" "$work/long-$n.txt" $((n * 1000000))
done
run "articles (jsonl)" "$work/articles.jsonl" "$(stat -c %s "$work/articles.jsonl")" --jsonl
