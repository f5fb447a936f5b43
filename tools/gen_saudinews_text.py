#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""gen_saudinews_text.py - the unlabeled text the NER tagger's word
clusters are induced from (issue 4): writes the title and content of every
SaudiNewsNet article, one article a line, in a fixed order (the zips sorted
by name, the articles in file order), so the clusters are reproducible.

usage: gen_saudinews_text.py SAUDINEWSNET_DATASET_DIR > text.txt
Only the standard library."""
import json
import os
import sys
import zipfile


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = sys.argv[1]
    out = sys.stdout.buffer
    for name in sorted(os.listdir(root)):
        if not name.endswith(".zip"):
            continue
        with zipfile.ZipFile(os.path.join(root, name)) as z:
            for member in sorted(z.namelist()):
                for art in json.loads(z.read(member).decode("utf-8")):
                    text = " ".join((art.get("title") or "", art.get("content") or ""))
                    out.write(" ".join(text.split()).encode("utf-8") + b"\n")


if __name__ == "__main__":
    main()
