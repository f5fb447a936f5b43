#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Write the SaudiNewsNet articles as rasad JSONL for the benchmarks.

usage: prepare_corpus.py SHARED_DIR OUT.jsonl

Reads SHARED_DIR/data/saudinewsnet/dataset/*.zip (one JSON array of
articles per day) and writes one {"id","published","source","title","text"}
line per article with non-empty content. The corpus is research-only
(CC BY-NC-SA 4.0) and is never committed: OUT goes in the build tree.
Exits 77 when the data set is absent. Standard library only.
"""
import glob
import json
import os
import sys
import zipfile


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    shared, out = sys.argv[1], sys.argv[2]
    zips = sorted(glob.glob(os.path.join(shared, 'data', 'saudinewsnet', 'dataset', '*.zip')))
    if not zips:
        print(f'prepare_corpus: no SaudiNewsNet zips under {shared}/data/saudinewsnet; skipped', file=sys.stderr)
        sys.exit(77)
    n = 0
    with open(out, 'w', encoding='utf-8') as f:
        for z in zips:
            with zipfile.ZipFile(z) as zf:
                for name in zf.namelist():
                    for i, a in enumerate(json.loads(zf.read(name))):
                        text = (a.get('content') or '').strip()
                        if not text:
                            continue
                        rec = {'id': f'{os.path.basename(z)[:-4]}-{i}', 'published': (a.get('date_extracted') or '')[:10],
                               'source': a.get('source') or '', 'title': a.get('title') or '', 'text': text}
                        f.write(json.dumps(rec, ensure_ascii=False) + '\n')
                        n += 1
    print(f'prepare_corpus: {n} articles -> {out}', file=sys.stderr)


if __name__ == '__main__':
    main()
