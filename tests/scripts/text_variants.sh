#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The same article written with harakat, with tatweel, in presentation
# forms or with Arabic-Indic digits gives the same events (kind, trigger,
# actors, place, date, quantities) and as many claims, quotes and entities
# as the plain article (brief: everything user-facing works for text with
# and without diacritics and in presentation forms). Runs on the bundled
# example article and the golden extract sentences, and on the gold dev
# articles when SHARED_DIR has them. tools/text_variants.py writes the
# variants from a fixed seed and compares.
# usage: text_variants.sh RASAD SOURCE_DIR SHARED_DIR
set -euo pipefail
RASAD=$1
SRC=$2
SHARED=${3:-}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
python3 - "$SRC" > "$T/articles.jsonl" <<'PY'
import json, sys, pathlib
src = pathlib.Path(sys.argv[1])
print(json.dumps({'id': 'example', 'text': (src / 'examples/article.txt').read_text(encoding='utf-8'),
                  'published': '2024-03-08'}, ensure_ascii=False))
# the golden extract sentences: each case's input lines, one article each
for g in sorted((src / 'tests/golden').glob('extract_*.txt')):
    case, lines, reading = None, [], False
    for line in g.read_text(encoding='utf-8').splitlines():
        if line.startswith('=== '):
            case, lines, reading = line[4:], [], True
        elif line == '---':
            if case and lines:
                print(json.dumps({'id': '%s: %s' % (g.stem, case), 'text': '\n'.join(lines),
                                  'published': '2022-01-27'}, ensure_ascii=False))
            reading = False
        elif reading and not line.startswith('$ ') and not line.startswith('#'):
            lines.append(line)
PY
if [ -n "$SHARED" ] && [ -r "$SHARED/gold/dev.jsonl" ]; then
    cat "$SHARED/gold/dev.jsonl" >> "$T/articles.jsonl"
else
    echo "note: $SHARED/gold/dev.jsonl not found; the gold articles are left out"
fi
python3 "$SRC/tools/text_variants.py" make "$T/articles.jsonl" > "$T/variants.jsonl"
"$RASAD" extract --format jsonl --jsonl "$T/variants.jsonl" > "$T/pred.jsonl"
python3 "$SRC/tools/text_variants.py" compare "$T/pred.jsonl"
