#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""gen_anercorp_split.py - rebuild CAMeL Lab's ANERcorp train/test split
(the tagger's data stage, issue 4) and hold out a development set.

usage: gen_anercorp_split.py ANERCorp_original.txt OUTDIR

Writes OUTDIR/train.txt, OUTDIR/dev.txt, OUTDIR/test.txt and
OUTDIR/trainfull.txt in CoNLL form (token TAB tag, a blank line after each
sentence). The recipe (../shared/data/PROVENANCE.md):
  * the copy lacks the corpus's first four tokens "فرانكفورت (د ب أ)"; they
    are put back in CAMeL's tokenization, with the tags the corpus gives the
    same dateline elsewhere (the city B-LOC, the agency letters O);
  * stray U+200F RIGHT-TO-LEFT MARKs are removed, and lines whose token is
    then empty are dropped;
  * a sentence ends after a full stop ".";
  * the first 5/6 of the words (up to the sentence break nearest to that
    point) are train, the rest test;
  * ANERcorp's PERS becomes PER;
  * the last 10% of the train sentences are held out as dev (used to pick
    the number of epochs; trainfull.txt is train + dev, for the final model).
Only the standard library; the output is byte-identical on every run.
"""
import os
import sys

RLM = "\u200f"  # RIGHT-TO-LEFT MARK
FIRST = [("فرانكفورت", "B-LOC"), ("(د", "O"), ("ب", "O"), ("أ)", "O")]


def read_tokens(path):
    out = list(FIRST)
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.replace(RLM, "").rstrip("\r\n")
            parts = line.split()
            if len(parts) < 2:
                continue
            tag = parts[-1]
            tok = "".join(parts[:-1])
            if tag.endswith("PERS"):
                tag = tag[:-1]
            if tag != "O" and tag[:2] not in ("B-", "I-"):
                sys.exit("gen_anercorp_split: unexpected tag %r" % tag)
            out.append((tok, tag))
    return out


def sentences(tokens):
    sents, cur = [], []
    for tok, tag in tokens:
        cur.append((tok, tag))
        if tok == ".":
            sents.append(cur)
            cur = []
    if cur:
        sents.append(cur)
    return sents


def write(path, sents):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for s in sents:
            for tok, tag in s:
                f.write("%s\t%s\n" % (tok, tag))
            f.write("\n")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    tokens = read_tokens(sys.argv[1])
    sents = sentences(tokens)
    total = len(tokens)
    target = total * 5 / 6
    best, best_d, run = 0, None, 0
    for i, s in enumerate(sents):
        run += len(s)
        d = abs(run - target)
        if best_d is None or d < best_d:
            best, best_d = i + 1, d
    train, test = sents[:best], sents[best:]
    ndev = len(train) // 10
    os.makedirs(sys.argv[2], exist_ok=True)
    write(os.path.join(sys.argv[2], "trainfull.txt"), train)
    write(os.path.join(sys.argv[2], "train.txt"), train[: len(train) - ndev])
    write(os.path.join(sys.argv[2], "dev.txt"), train[len(train) - ndev:])
    write(os.path.join(sys.argv[2], "test.txt"), test)
    ntr = sum(len(s) for s in train)
    sys.stderr.write("tokens %d: train %d words (%d sentences, %d held out as dev), test %d words (%d sentences)\n"
                     % (total, ntr, len(train), ndev, total - ntr, len(test)))


if __name__ == "__main__":
    main()
