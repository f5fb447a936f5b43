#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""align_newsfane.py - carry NewsFANE's fine-grained classes over to the
ANERcorp training split (the tagger's data stage, issue 4; an experiment of
the seventh round, bench/notes/ner.md).

usage: align_newsfane.py NEWSFANE.txt SPLITDIR OUTDIR [--folds K] [--min-blocks M]

NewsFANE (../shared/data/newsfane) is ANERcorp's text re-annotated with 45
classes (Politician, Athlete, Government, Sports, Nation ...), but it splits
the clitics into tokens of their own («ف ان ه»), orders the stories
differently, repeats a few of them, and also holds ANERcorp's TEST
sentences. So the two are aligned letter by letter, sentence by sentence,
for the sentences of SPLITDIR/train.txt and dev.txt only (from
tools/gen_anercorp_split.py): NewsFANE's test sentences are searched
through like the rest but no token of the test split is read or written.

Writes into OUTDIR (a work directory, never the repository):
  train.fane, dev.fane  token TAB ANERcorp tag TAB NewsFANE fine tag (BIO)
                        per line, a blank line after each sentence;
  fine_PER.txt, fine_LOC.txt, fine_ORG.txt
                        phrases of the TRAIN part (not dev) whose fine class
                        maps to that coarse type (the ANERcorp tag of most
                        of the class's tokens, from the table printed),
                        one a line, kept only when the phrase occurs in at
                        least M (default 2) of K contiguous blocks of train
                        (default 5, like the trainer's jackknife folds):
                        every training occurrence of a listed phrase is
                        then also vouched for by another block, so the list
                        does not just describe its own sentences;
  fine_CLASS.txt        the same per fine class (e.g. fine_Athlete.txt);
and prints the alignment's figures and the fine class x ANERcorp tag table.

How a token gets its class: both texts are reduced to letters and digits
(marks, punctuation and spaces dropped; alef forms, teh marbuta/teh and
alef maksura/yeh folded, since NewsFANE restores a pronoun's stem letter).
Each ANERcorp sentence is placed in NewsFANE by the 12-letter windows it
shares with exactly one place there, then walked in step from that place,
resynchronized after a difference at the nearest point where the next 8
letters agree. An ANERcorp token takes the class of the NewsFANE phrase
that covers most of its aligned letters (O when most are O); a token none
of whose letters align gets O and is counted, and so does a token without
letters (punctuation).
Only the standard library; the output is the same on every run.
"""
import collections
import os
import sys

LRM, RLM, BOM = "\u200e", "\u200f", "\ufeff"
FOLD = {
    "\u0623": "\u0627",  # ARABIC LETTER ALEF WITH HAMZA ABOVE -> ALEF
    "\u0625": "\u0627",  # ARABIC LETTER ALEF WITH HAMZA BELOW -> ALEF
    "\u0622": "\u0627",  # ARABIC LETTER ALEF WITH MADDA ABOVE -> ALEF
    "\u0671": "\u0627",  # ARABIC LETTER ALEF WASLA -> ALEF
    "\u0629": "\u062a",  # ARABIC LETTER TEH MARBUTA -> TEH
    "\u0649": "\u064a",  # ARABIC LETTER ALEF MAKSURA -> YEH
}
K = 8          # letters that must agree to resynchronize
NEAR = 40      # resynchronization window (letters each side)
ANCHOR = 12    # letters of a window that places a sentence

def letters(s):
    """The alignment form of a token: letters and digits, folded."""
    out = []
    for c in s:
        c = FOLD.get(c, c)
        if c.isalnum() and not ("\u064b" <= c <= "\u065f"):  # drop Arabic marks
            out.append(c)
    return "".join(out)


def read_conll(path, strip=""):
    """Sentences as lists of (token, tag); tolerant of CRLF and a BOM."""
    sents, cur = [], []
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            line = line.rstrip("\r\n")
            for ch in strip:
                line = line.replace(ch, "")
            parts = line.split("\t")
            if len(parts) < 2 or not parts[0]:
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            cur.append((parts[0], parts[-1].strip()))
    if cur:
        sents.append(cur)
    return sents


def stream(sents, fane):
    """Concatenated letters, with per-letter owner (token index), each
    sentence's letter span, and per token its phrase (class, phrase id)."""
    chars, owner, spans = [], [], []
    phrases = []          # per token: (class or "O", phrase id)
    pid = -1
    ti = 0
    for s in sents:
        lo = len(chars)
        prev = "O"
        for tok, tag in s:
            cls = "O"
            if tag != "O" and "-" in tag:
                bio, cls = tag.split("-", 1)
                if bio == "B" or cls != prev:
                    pid += 1
            prev = cls
            phrases.append((cls, pid if cls != "O" else -1))
            for c in letters(tok):
                chars.append(c)
                owner.append(ti)
            ti += 1
        spans.append((lo, len(chars)))
    return "".join(chars), owner, spans, phrases


def align_local(a, b):
    """match[i] = the j of b equal to a[i] (or -1): a and b walked in step
    and resynchronized after a difference at the nearest point where the
    next K letters agree."""
    n, m = len(a), len(b)
    match = [-1] * n
    i = j = 0
    while i < n and j < m:
        if a[i] == b[j]:
            match[i] = j
            i += 1
            j += 1
            continue
        best = None
        for di in range(0, NEAR):
            if i + di + K > n or (best is not None and di >= best[0]):
                break
            dj = b.find(a[i + di:i + di + K], j, j + NEAR + K)
            if dj >= 0 and (best is None or di + (dj - j) < best[0]):
                best = (di + (dj - j), di, dj - j)
        if best is None:
            i += 1          # no agreement near: skip one letter of a
            continue
        i += best[1]
        j += best[2]
    return match


def align(a, spans, b):
    """NewsFANE keeps ANERcorp's sentences but not its document order, so
    each sentence (a[lo:hi] for (lo, hi) in spans) is first placed in b by
    voting: every ANCHOR-letter window of it that occurs once in b (else
    the first occurrence of any) votes for a start; then it is aligned letter by letter there. Returns
    match[i] = j or -1 over all of a."""
    index, repeated = {}, set()
    for p in range(len(b) - ANCHOR + 1):
        g = b[p:p + ANCHOR]
        if g in index:
            repeated.add(g)
        else:
            index[g] = p
    match = [-1] * len(a)
    placed = 0
    for lo, hi in spans:
        # windows that occur once in b; NewsFANE repeats a few stories
        # whole, and a sentence of those is placed at its first copy
        votes = collections.Counter()
        for pass_ in (0, 1):
            for o in range(lo, hi - ANCHOR + 1, 3):
                g = a[o:o + ANCHOR]
                if g in index and (pass_ or g not in repeated):
                    votes[index[g] - (o - lo)] += 1
            if votes:
                break
        if not votes:
            continue
        start = max(votes.items(), key=lambda kv: (kv[1], -kv[0]))[0]
        placed += 1
        # the walk starts at the voted start itself: starting earlier lets
        # a phrase repeated from the sentence before capture it
        base = max(0, start)
        local = align_local(a[lo:hi], b[base:base + (hi - lo) + 2 * NEAR])
        for i, j in enumerate(local):
            if j >= 0:
                match[lo + i] = base + j
    return match, placed


def main(argv):
    if len(argv) < 4:
        sys.stderr.write(__doc__)
        return 2
    folds, min_blocks = 5, 2
    for k in range(4, len(argv) - 1, 2):
        if argv[k] == "--folds":
            folds = int(argv[k + 1])
        elif argv[k] == "--min-blocks":
            min_blocks = int(argv[k + 1])
    fane_path, split, out = argv[1], argv[2], argv[3]
    train = read_conll(os.path.join(split, "train.txt"))
    dev = read_conll(os.path.join(split, "dev.txt"))
    ours = train + dev
    fane = read_conll(fane_path, strip=LRM + RLM + BOM)
    a, a_owner, a_spans, _ = stream(ours, False)
    b, b_owner, _, b_phr = stream(fane, True)
    match, placed = align(a, a_spans, b)
    ntok = sum(len(s) for s in ours)

    # votes per ANERcorp token: phrase (cls, pid) -> letters
    votes = [collections.Counter() for _ in range(ntok)]
    aligned_letters = 0
    for i, j in enumerate(match):
        if j < 0:
            continue
        aligned_letters += 1
        votes[a_owner[i]][b_phr[b_owner[j]]] += 1
    has_letters = [False] * ntok
    for t in a_owner:
        has_letters[t] = True
    fine = []   # per token: (cls, pid)
    unaligned = 0
    for t, v in enumerate(votes):
        if not v:
            fine.append(("O", -1))
            unaligned += has_letters[t]
        else:
            fine.append(max(v.items(), key=lambda kv: (kv[1], kv[0][0] != "O", -kv[0][1]))[0])

    os.makedirs(out, exist_ok=True)
    k = 0
    conf = collections.Counter()
    per_block = collections.defaultdict(set)   # (cls, phrase) -> blocks
    ntrain = len(train)
    for name, sents, base in (("train.fane", train, 0), ("dev.fane", dev, ntrain)):
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            for si, s in enumerate(sents):
                prev_pid = -1
                cur = None
                for tok, tag in s:
                    cls, pid = fine[k]
                    k += 1
                    if cls == "O":
                        ftag = "O"
                    else:
                        ftag = ("I-" if pid == prev_pid else "B-") + cls
                    prev_pid = pid
                    f.write("%s\t%s\t%s\n" % (tok, tag, ftag))
                    conf[(cls, tag.split("-", 1)[-1])] += 1
                    if name == "train.fane":
                        if ftag.startswith("B-"):
                            if cur:
                                per_block[(cur[0], " ".join(cur[1]))].add(si * folds // ntrain)
                            cur = (cls, [tok])
                        elif ftag.startswith("I-") and cur:
                            cur[1].append(tok)
                        else:
                            if cur:
                                per_block[(cur[0], " ".join(cur[1]))].add(si * folds // ntrain)
                            cur = None
                if cur:
                    per_block[(cur[0], " ".join(cur[1]))].add(si * folds // ntrain)
                f.write("\n")

    # a class's coarse type is the ANERcorp tag of most of its train+dev
    # tokens (PER, LOC or ORG; none when that is O or MISC or under half)
    coarse = {}
    for c in {c for c, _ in conf}:
        total = sum(v for (cc, _), v in conf.items() if cc == c)
        for t in ("PER", "LOC", "ORG"):
            if c != "O" and 2 * conf[(c, t)] > total:
                coarse[c] = t
    lists = collections.defaultdict(set)
    for (cls, phrase), blocks in per_block.items():
        if len(blocks) < min_blocks:
            continue
        lists[cls].add(phrase)
        if coarse.get(cls):
            lists[coarse[cls]].add(phrase)
    for cls, names in lists.items():
        with open(os.path.join(out, "fine_%s.txt" % cls), "w", encoding="utf-8") as f:
            for p in sorted(names):
                f.write(p + "\n")

    print("letters: ANERcorp train+dev %d, NewsFANE %d (all of it, test included); aligned %d (%.2f%%)"
          % (len(a), len(b), aligned_letters, 100.0 * aligned_letters / max(1, len(a))))
    print("sentences: %d, %d placed in NewsFANE" % (len(a_spans), placed))
    print("tokens: %d, %d without letters (punctuation), %d with letters none of which aligned"
          % (ntok, ntok - sum(has_letters), unaligned))
    phr = sum(1 for (c, p), _ in per_block.items())
    print("train fine phrases (distinct class+phrase): %d; listed (in >= %d of %d blocks): %d"
          % (phr, min_blocks, folds, sum(len(v) for c, v in lists.items() if c not in ("PER", "LOC", "ORG"))))
    for c in ("PER", "LOC", "ORG"):
        print("list %s: %d phrases" % (c, len(lists.get(c, ()))))
    tags = ["O", "PER", "LOC", "ORG", "MISC"]
    classes = sorted({c for c, _ in conf}, key=lambda c: -sum(conf[(c, t)] for t in tags))
    print("\nfine class x ANERcorp tag (tokens, train+dev)")
    print("%-24s" % "class" + "".join("%8s" % t for t in tags))
    for c in classes:
        print("%-24s" % c + "".join("%8d" % conf[(c, t)] for t in tags) + "  -> " + coarse.get(c, "-"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
