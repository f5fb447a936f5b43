#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# ner_actor_names.sh - lists the named actors of data/actors.tsv, one form
# a line, as the NER tagger's actor gazetteer (`ner train --gaz-act`):
# not the role rows (ROLE_*, unnamed actors such as مسلحون), not a
# leader's name ('@' forms), and not the states' rows (Government of X,
# Military Forces of X ...), whose forms are mostly the country's name and
# would mark places as actors.
#
# The list the shipped model was trained with is kept in
# data/ner_actor_names.txt: the model carries its gazetteer inside, so an
# edit of the actor lexicon changes extraction at once but the model only
# when the list is refreshed and the model retrained on purpose (both with
# a test look, bench/notes/ner.md). Refresh:
#   tools/ner_actor_names.sh > data/ner_actor_names.txt
#
# usage: tools/ner_actor_names.sh [ACTORS_TSV]
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
awk -F'\t' '!/^#/ && $1 != "id" && $1 !~ /^ROLE_/ &&
    $2 !~ /^(Government|Military Forces|Police Forces|Prime Minister)/ {
        n = split($5, f, "|")
        for (i = 1; i <= n; i++) if (substr(f[i], 1, 1) != "@") print f[i]
    }' "${1:-$SRC/data/actors.tsv}"
