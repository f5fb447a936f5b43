#!/bin/bash
# SPDX-License-Identifier: MIT
# geo_accuracy.sh RASAD SOURCE_DIR SHARED_DIR - issue 3's place measure:
# every event location and LOC entity of the gold dev set resolved in its
# article, judged by rasad-score's geo rule (tools/geo_eval.py). Fails
# below 85% right; skips (77) when the shared folder is absent.
set -u
rasad=$1 src=$2 shared=$3
gold="$shared/gold/dev.jsonl"
scorer="$shared/tools/rasad-score"
if [ ! -f "$gold" ] || [ ! -f "$scorer" ]; then
    echo "geo_accuracy: $gold or $scorer not found; skipped"
    exit 77
fi
exec python3 "$src/tools/geo_eval.py" "$rasad" "$gold" "$scorer" --min 0.85 -v
