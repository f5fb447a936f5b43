#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Build data/stems.tsv, the stem lexicon behind clitic segmentation
(src/text/clitics.c), from word counts over the SaudiNewsNet corpus.

usage (from the source tree):

    python3 tools/gen_stems.py /work/shared/data > data/stems.tsv

The argument is the shared data directory (it must hold saudinewsnet/dataset
and anercorp/ANERGazet_*.txt); data/stems-extra.txt is read from the source
tree next to this script. Only the Python standard library is used, and the
output is deterministic (sorted, no timestamps).

What is counted. Every article's "content" is normalized exactly like
rasad's matching form (src/text/normalize.c: diacritics, tatweel and Quranic
marks dropped, alef variants -> ALEF, ALEF MAKSURA -> YEH, TEH MARBUTA ->
HEH, KEHEH -> KAF, FARSI YEH -> YEH, presentation forms through NFKC) and
cut into maximal runs of Arabic letters. ANERcorp and NewsFANE text is
deliberately NOT read: their test split must never leak into resources.
Only the ANERGazet name lists are used, as known words.

Per normalized form X the output gives six columns after the form:

    F  how often X occurs as a whole word;
    A  how often ال+X occurs, when that ال is the article (see R below);
    E  how often X occurs with a pronoun enclitic of two or more letters
       (ها هم هما هن كم كما كن نا; a final ت of X+E is read as ة, a final
       و as وا), i.e. evidence that X is a stem of its own;
    P  how often X occurs right after a preposition ب ل ك (alone or after
       و ف): evidence that X is one word even when it begins with و, ف, س
       or a preposition itself (بوزارة, لولي);
    flags  'w': keep whole (data/stems-extra.txt, '=' lines);
           'r': the word ال+X is not article + X (its ال is part of the
                word: التزام، الغاء، الاف), because ال+X itself takes the
                article, ل, a pronoun enclitic or a verb ending often
                enough (an article noun can take none of these);
    split  how the library splits X, computed here by a mirror of the C
           splitter so that loading needs no work: role and letter count
           of each piece, e.g. p1p2s4 = و + ال + عراق; empty = whole.

Single-letter enclitics (ه ي ك) are left out of E because ة normalizes to
ه and nisba adjectives end in ي: they would count بلده as بلد + ه and عراقي
as عراق + ي. Rows with F + A + E + P below MIN_COUNT are dropped to keep the
file small.
"""
import collections
import glob
import json
import os
import sys
import unicodedata
import zipfile

MIN_COUNT = 3
GAZ_COUNT = 5          # a gazetteer name counts as this many sightings
EXTRA_COUNT = 100      # a stems-extra.txt entry is at least this frequent
RADICAL_MIN = 5        # 'r' needs at least this much evidence ...
RADICAL_SHARE = 0.05   # ... and this share of the word's own count

ALEF = '\u0627'
# ب ل ك, alone or after و or ف: prefixes that cannot stand before another
# preposition, the future س or a conjunction, so a word seen after them is
# a unit of its own (بوزارة: وزارة is not و + زارة).
PREPOSITIONS = [c + p for c in ('', '\u0648', '\u0641') for p in ('\u0628', '\u0644', '\u0643')]
HEH = '\u0647'
TEH = '\u062a'
WAW = '\u0648'
ART = ALEF + '\u0644'  # ال
MULTI_ENCLITICS = ['\u0647\u0627', '\u0647\u0645', '\u0647\u0645\u0627', '\u0647\u0646',
                   '\u0643\u0645', '\u0643\u0645\u0627', '\u0643\u0646', '\u0646\u0627']

ALL_ENCLITICS = MULTI_ENCLITICS + ['\u0647', '\u0646\u064a', '\u064a', '\u0643']
# Enclitics that show ال+X is one word; كم and كن are left out because
# they also begin common words run together by typos (الجو كم).
RADICAL_ENCLITICS = ['\u0647\u0627', '\u0647\u0645', '\u0647\u0645\u0627', '\u0647\u0646',
                     '\u0646\u0627']

_MAP = {0x0622: ALEF, 0x0623: ALEF, 0x0625: ALEF, 0x0671: ALEF,
        0x0649: '\u064a', 0x06CC: '\u064a', 0x0629: HEH, 0x06A9: '\u0643'}


def _dropped(cp):
    """Diacritics, tatweel, Quranic marks, zero-width and bidi marks."""
    return (0x0610 <= cp <= 0x061A or 0x064B <= cp <= 0x065F or cp == 0x0670
            or 0x06D6 <= cp <= 0x06ED or cp == 0x0640 or 0x200B <= cp <= 0x200F
            or 0x202A <= cp <= 0x202E or cp == 0x061C or cp == 0xFEFF or cp == 0x00AD
            or 0xFE70 <= cp <= 0xFE7F and unicodedata.category(chr(cp)).startswith('M'))


def _map_char(ch):
    cp = ord(ch)
    if _dropped(cp):
        return ''
    if 0x0660 <= cp <= 0x0669:
        return chr(ord('0') + cp - 0x0660)
    if 0x06F0 <= cp <= 0x06F9:
        return chr(ord('0') + cp - 0x06F0)
    if cp in _MAP:
        return _MAP[cp]
    if 'A' <= ch <= 'Z':
        return ch.lower()
    return ch


def normalize(text):
    out = []
    for ch in text:
        cp = ord(ch)
        if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFE:
            for c in unicodedata.normalize('NFKC', ch):
                if c != ' ':
                    out.append(_map_char(c))
        else:
            out.append(_map_char(ch))
    return ''.join(out)


def is_arabic_letter(ch):
    """Same ranges as norm_is_arabic_letter() in src/text/normalize.h."""
    cp = ord(ch)
    return (0x0620 <= cp <= 0x064A or 0x066E <= cp <= 0x06D3 or cp == 0x06D5
            or (0x06EE <= cp <= 0x06FF and not 0x06F0 <= cp <= 0x06F9))


def words(text):
    cur = []
    for ch in normalize(text):
        if is_arabic_letter(ch):
            cur.append(ch)
        elif cur:
            yield ''.join(cur)
            cur = []
    if cur:
        yield ''.join(cur)


def articles(shared, tool):
    """The "content" of every SaudiNewsNet article, in a fixed order (also
    used by tools/gen_placewords.py)."""
    files = sorted(glob.glob(os.path.join(shared, 'saudinewsnet', 'dataset', '*.zip')))
    if not files:
        sys.exit(tool + ': no SaudiNewsNet zip files under ' + shared)
    for path in files:
        with zipfile.ZipFile(path) as z:
            for name in sorted(z.namelist()):
                for art in json.loads(z.read(name).decode('utf-8')):
                    yield art.get('content') or ''


def count_corpus(shared):
    freq = collections.Counter()
    for text in articles(shared, 'gen_stems.py'):
        freq.update(words(text))
    return freq


def read_gazetteers(shared):
    names = set()
    for kind in ('Loc', 'Org', 'Pers'):
        path = os.path.join(shared, 'anercorp', 'ANERGazet_%s.txt' % kind)
        with open(path, encoding='utf-8', errors='replace') as f:
            for line in f:
                w = list(words(line.strip()))
                if len(w) == 1 and len(w[0]) >= 2:
                    names.add(w[0])
    return names


def read_extras(path):
    whole, stems = set(), set()
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            op, _, word = line.partition(' ')
            w = list(words(word.strip()))
            if op not in ('=', '+') or len(w) != 1:
                sys.exit('%s:%d: expected "= WORD" or "+ WORD"' % (path, n))
            (whole if op == '=' else stems).add(w[0])
    return whole, stems


def stem_of(form, freq):
    """The stem an enclitic was cut from: ت back to ة (HEH), و back to وا."""
    if form.endswith(TEH) and freq.get(form[:-1] + HEH, 0):
        return form[:-1] + HEH
    if form.endswith(WAW) and freq.get(form + ALEF, 0):
        return form + ALEF
    return form


def radical_evidence(w, freq):
    """How often ال+X shows it is one word: it takes the article or ل, a
    pronoun enclitic or a verb ending, none of which fit article + noun."""
    n = 0
    for p in (ART, '\u0628' + ART, WAW + ART, '\u0644\u0644', '\u0644'):
        n += freq.get(p + w, 0)
    base = w[:-1] + TEH if w.endswith(HEH) else w
    for e in RADICAL_ENCLITICS:
        n += freq.get(base + e, 0)
    n += freq.get(w + WAW + ALEF, 0)
    return n


# ---- the splitter, mirrored from src/text/clitics.c -------------------------
# The split of every form is written into the lexicon so that the library
# only parses it at load time. This is the same algorithm, step for step
# and with the same integer scores, as split_rec() in src/text/clitics.c;
# tests/unit/test_clitics.c checks that the two agree on every form.

def NAT(x):
    return int(x * 23.083 + 0.5)


KNOWN_BONUS = NAT(0.5)
ARTICLE_WEIGHT = 16
SURFACE_PENALTY = NAT(6.0)
UNKNOWN_SCORE = NAT(2.0)
DEF_PSEUDO = 50
SCORE_ALWAYS = 1000000
MAX_DEPTH = 8
PLAIN, ARTICLE, SIN = 0, 1, 2
W_, F_, B_, K_, L_, S_ = '\u0648', '\u0641', '\u0628', '\u0643', '\u0644', '\u0633'
LL_ = L_ + L_
PREFIXES = [  # (pieces, kind, cost), in the order of PREFIXES[] in clitics.c
    ((W_,), PLAIN, 1.5), ((F_,), PLAIN, 2.5), ((B_,), PLAIN, 2.0), ((K_,), PLAIN, 3.0),
    ((L_,), PLAIN, 2.0), ((S_,), SIN, 2.0),
    ((W_, B_), PLAIN, 3.5), ((W_, K_), PLAIN, 4.5), ((W_, L_), PLAIN, 3.5), ((W_, S_), SIN, 3.5),
    ((F_, B_), PLAIN, 4.5), ((F_, K_), PLAIN, 5.5), ((F_, L_), PLAIN, 4.5), ((F_, S_), SIN, 4.5),
    ((ART,), ARTICLE, 0.0), ((W_, ART), ARTICLE, 0.7), ((F_, ART), ARTICLE, 1.2),
    ((B_, ART), ARTICLE, 0.8), ((K_, ART), ARTICLE, 1.5), ((LL_,), ARTICLE, 0.8),
    ((W_, B_, ART), ARTICLE, 1.5), ((W_, K_, ART), ARTICLE, 2.2), ((W_, LL_), ARTICLE, 1.5),
    ((F_, B_, ART), ARTICLE, 2.0), ((F_, K_, ART), ARTICLE, 2.7), ((F_, LL_), ARTICLE, 2.0),
]
PREFIXES = [(''.join(p), p, k, NAT(c)) for p, k, c in PREFIXES]
_H, _M, _N, _Y = HEH, '\u0645', '\u0646', '\u064a'
SUFFIXES = [  # (text, counted in E, cost), in the order of SUFFIXES[]
    (_H, False, 2.0), (_H + ALEF, True, 1.8), (_H + _M, True, 2.0), (_H + _M + ALEF, True, 3.0),
    (_H + _N, True, 3.0), (K_ + _M, True, 3.0), (K_ + _M + ALEF, True, 4.0), (K_ + _N, True, 4.0),
    (_N + ALEF, True, 2.5), (_N + _Y, False, 5.0), (_Y, False, 5.0), (K_, False, 5.0),
]
SUFFIXES = [(t, c, NAT(x)) for t, c, x in SUFFIXES]


def lg16(x):
    x += 1
    msb = x.bit_length() - 1
    frac = (x >> (msb - 4)) & 15 if msb >= 4 else (x << (4 - msb)) & 15
    return msb * 16 + frac


class Splitter:
    def __init__(self, table):
        self.t = table  # form -> (F, A, E, P, flags)
        self.memo = {}

    def total(self, form):
        e = self.t.get(form)
        return e[0] + e[1] + e[2] if e else 0

    def count_before_enclitic(self, s):
        c = self.total(s)
        if 2 * len(s) + 2 <= 255:
            if s.endswith(TEH):
                c = max(c, self.total(s[:-1] + HEH))
            elif s.endswith(WAW):
                c = max(c, self.total(s + ALEF))
        return c

    def split(self, w, depth=0):
        """[(letters, role)] with role p, s or e."""
        key = (w, depth)
        if key not in self.memo:
            self.memo[key] = self._split(w, depth)
        return self.memo[key]

    def _split(self, w, depth):
        n = len(w)
        if n < 3 or 2 * n > 255 or depth > MAX_DEPTH or not all('\u0600' <= c <= '\u06ff' for c in w):
            return [(n, 's')]
        we = self.t.get(w)
        if we and 'w' in we[4]:
            return [(n, 's')]
        whole_pro = whole_enc = UNKNOWN_SCORE
        if we and we[0] + we[1] + we[2] + we[3] > 0:
            surface = lg16(we[0]) - SURFACE_PENALTY
            whole_pro = max(lg16(we[1] + we[3]) + KNOWN_BONUS, surface)
            whole_enc = max(lg16(we[1] * ARTICLE_WEIGHT) + KNOWN_BONUS, surface)
        best, best_p, best_s = None, None, None
        pres = [None] + [p for p in PREFIXES if w.startswith(p[0])]
        sufs = [None] + [x for x in SUFFIXES if w.endswith(x[0])]
        for p in pres:
            plen = len(p[0]) if p else 0
            for sf in sufs:
                slen = len(sf[0]) if sf else 0
                if not p and not sf or plen + slen + 2 > n:
                    continue
                s = w[plen:n - slen]
                if s == ART:
                    continue
                if p and p[2] == ARTICLE:
                    if sf:
                        continue
                    se = self.t.get(s)
                    if se and 'r' in se[4]:
                        continue
                    if not se and (len(s) < 3 or any(k == ARTICLE and s.startswith(t)
                                                     for t, _, k, _ in PREFIXES)):
                        continue
                    if p[0] == ART:
                        score = SCORE_ALWAYS if se else lg16(DEF_PSEUDO)
                    else:
                        a = se[1] if se else 0
                        if a < DEF_PSEUDO and len(s) >= 3:
                            a = DEF_PSEUDO
                        score = lg16(a) - p[3]
                else:
                    if p and p[2] == SIN and (len(s) < 3 or s[0] not in (_Y, TEH, _N, ALEF)):
                        continue
                    if sf and len(s) >= 4 and s.startswith(ART):
                        re_ = self.t.get(s[2:])
                        if not (re_ and 'r' in re_[4]):
                            continue
                    c = self.count_before_enclitic(s) if sf else self.total(s)
                    if not p and sf and sf[1] and we:
                        c = c - we[0] if c > we[0] else 0
                    if c == 0:
                        continue
                    score = lg16(c) - (p[3] if p else 0) - (sf[2] if sf else 0)
                if (score > (whole_pro if p else whole_enc) and (best is None or score > best)
                        and len(self.split(s, depth + 1)) == 1):
                    best, best_p, best_s = score, p, sf
        if best is None:
            return [(n, 's')]
        out = [(len(x), 'p') for x in best_p[1]] if best_p else []
        out.append((n - (len(best_p[0]) if best_p else 0) - (len(best_s[0]) if best_s else 0), 's'))
        if best_s:
            out.append((len(best_s[0]), 'e'))
        return out


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: gen_stems.py SHARED_DATA_DIR > data/stems.tsv')
    shared = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    whole, extra_stems = read_extras(os.path.join(here, '..', 'data', 'stems-extra.txt'))

    freq = count_corpus(shared)
    for name in read_gazetteers(shared):
        freq[name] += GAZ_COUNT
    for w in whole | extra_stems:
        if freq[w] < EXTRA_COUNT:
            freq[w] = EXTRA_COUNT

    # ال+X words that are one word: by the evidence, or because they are
    # such a word plus a pronoun (التزامه = التزام + ه).
    one_word = set()
    for w, f in freq.items():
        if w.startswith(ART) and len(w) >= 4:
            r = radical_evidence(w, freq)
            if w in whole or (r >= RADICAL_MIN and r >= RADICAL_SHARE * f):
                one_word.add(w)
    for w in list(freq):
        if w.startswith(ART) and len(w) >= 5 and w not in one_word:
            for e in ALL_ENCLITICS:
                y = w[:-len(e)]
                if w.endswith(e) and len(y) >= 4 and (
                        y in one_word or y.endswith(TEH) and y[:-1] + HEH in one_word):
                    one_word.add(w)
                    break

    A = collections.Counter()
    E = collections.Counter()
    radical = set()
    for w, f in freq.items():
        if w.startswith(ART) and len(w) >= 4:
            rest = w[2:]
            if w in one_word:
                radical.add(rest)
            else:
                A[rest] += f
        for e in MULTI_ENCLITICS:
            if w.endswith(e) and len(w) - len(e) >= 2:
                E[stem_of(w[:-len(e)], freq)] += f

    P = collections.Counter()
    for w, f in freq.items():
        for p in PREPOSITIONS:
            if w.startswith(p) and len(w) - len(p) >= 2:
                P[w[len(p):]] += f

    table = {}
    for form in set(freq) | set(A) | set(E) | radical:
        f, a, e = freq.get(form, 0), A.get(form, 0), E.get(form, 0)
        p = P.get(form, 0)
        flags = ('w' if form in whole else '') + ('r' if form in radical else '')
        if f + a + e + p < MIN_COUNT and not flags:
            continue
        assert '\t' not in form and '\n' not in form and len(form.encode()) < 256
        table[form] = (f, a, e, p, flags)

    splitter = Splitter(table)
    rows = []
    for form in sorted(table):
        f, a, e, p, flags = table[form]
        pieces = splitter.split(form)
        code = '' if len(pieces) == 1 else ''.join('%s%d' % (r, k) for k, r in pieces)
        rows.append('%s\t%d\t%d\t%d\t%d\t%s\t%s' % (form, f, a, e, p, flags, code))

    out = sys.stdout
    out.write('# generated by tools/gen_stems.py from SaudiNewsNet (saudinewsnet/dataset),\n'
              '# ANERGazet_{Loc,Org,Pers}.txt and data/stems-extra.txt - do not edit.\n'
              '# columns: form F A E P flags split (see the docstring of tools/gen_stems.py)\n')
    for r in rows:
        out.write(r.rstrip('\t') + '\n')


if __name__ == '__main__':
    main()
