#!/bin/sh
# SPDX-License-Identifier: MIT
# Knowledge stage (issue 3): validate the hand-curated actor and trigger
# lexicons data/actors.tsv and data/triggers.tsv (header, columns, known
# kinds and flags, ids, no form shared between ids unless flagged
# ambiguous), and check that the validator itself reports a broken file
# as FILE:LINE. Needs nothing from the shared folder.
# usage: lexicons_valid.sh RASAD_BINARY SOURCE_DIR SHARED_DIR
set -u
src="$2"
python3 "$src/tools/check_lexicons.py" "$src" || exit 1

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/data"
printf 'id\tname_en\tkind\tcountry\tforms_ar\n' >"$tmp/data/actors.tsv"
printf 'AAA\tA\tnot_a_kind\tSY\tأ\n' >>"$tmp/data/actors.tsv"
printf 'BBB\tB\trebel\tSY\tداعش\nCCC\tC\trebel\tSY\tداعش\n' >>"$tmp/data/actors.tsv"
printf 'lemma\tkind\tacled_type\tacled_sub_type\tcameo\tpos\tforms_ar\tflags\n' >"$tmp/data/triggers.tsv"
printf 'x\tattack\tBattles\tArmed clash\t190\tadverb\tضرب\t-\n' >>"$tmp/data/triggers.tsv"
out=$(python3 "$src/tools/check_lexicons.py" "$tmp") && { echo "validator accepted a broken lexicon"; exit 1; }
for want in "data/actors.tsv:2: unknown actor kind" "data/actors.tsv:4: form 'داعش' also belongs to BBB" \
    "data/triggers.tsv:2: unknown part of speech"; do
    case "$out" in
    *"$want"*) ;;
    *) echo "missing diagnostic: $want"; echo "$out"; exit 1 ;;
    esac
done
echo "lexicons valid"
