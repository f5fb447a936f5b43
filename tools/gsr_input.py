#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Turns OEDA event-gsr records into rasad's JSONL input.

usage: gsr_input.py RECORDS.jsonl > INPUT.jsonl

RECORDS is ../shared/data/event-gsr/assault.jsonl or protest.jsonl. Each
output line is {"id", "text"} for one record, which `rasad extract --format
jsonl --jsonl` reads; the labels stay behind so the extractor never sees
them (tools/rasad-gsr-score reads them from RECORDS)."""
import json
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.stdout
    with open(sys.argv[1], encoding='utf-8') as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            out.write(json.dumps({'id': r['id'], 'text': r['text']}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
