#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writing variants of Arabic articles, and a check that rasad reads them alike.

usage: text_variants.py make ARTICLES.jsonl > VARIANTS.jsonl
       text_variants.py compare PRED.jsonl

`make` writes, for every {"id", "text"[, "published"]} article, five
articles with ids ID|plain, ID|harakat, ID|tatweel, ID|presentation and
ID|indic: the text as it is; with harakat (fatha, damma, kasra, shadda,
sukun) on about half of the letters; with tatweel inside words; with a
third of the letters in their isolated presentation forms (U+FE70..FEFF);
and with Arabic-Indic digits for ASCII ones. Tanween is left out on
purpose: a fathatan on a name tells rasad it is an adverb (دوماً), not the
town. The variants are drawn from a fixed seed, so the file is the same
on every run.

`compare` reads `rasad extract --format jsonl` over such a file and
fails (exit 1) when a variant's events differ from its plain article's in
kind, trigger (read without marks), actor ids, place, date, quantities, or
when it has another number of claims, quotes or entities. Offsets and
texts as written differ between variants by design and are not compared.
"""
import json
import random
import sys
import unicodedata

HARAKAT = ['\u064e', '\u064f', '\u0650', '\u0651', '\u0652']
TATWEEL = '\u0640'
JOINING = set('بتثجحخسشصضطظعغفقكلمنهي')


def is_letter(ch):
    return '\u0621' <= ch <= '\u064a'


def harakat(text, rng):
    out = []
    for ch in text:
        out.append(ch)
        if is_letter(ch) and rng.random() < 0.5:
            out.append(rng.choice(HARAKAT))
    return ''.join(out)


def tatweel(text, rng):
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        nxt = text[i + 1] if i + 1 < len(text) else ''
        if ch in JOINING and is_letter(nxt) and rng.random() < 0.2:
            out.append(TATWEEL)
    return ''.join(out)


def isolated_forms():
    forms = {}
    for cp in range(0xFE70, 0xFF00):
        c = chr(cp)
        n = unicodedata.normalize('NFKC', c)
        if len(n) == 1 and 'ISOLATED' in unicodedata.name(c, ''):
            forms.setdefault(n, c)
    return forms


FORMS = isolated_forms()


def presentation(text, rng):
    return ''.join(FORMS.get(ch, ch) if rng.random() < 0.3 else ch for ch in text)


def indic(text, rng):
    return text.translate(str.maketrans('0123456789', '٠١٢٣٤٥٦٧٨٩'))


VARIANTS = [('plain', lambda t, r: t), ('harakat', harakat), ('tatweel', tatweel),
            ('presentation', presentation), ('indic', indic)]


def make(path):
    rng = random.Random(5)
    with open(path, encoding='utf-8') as f:
        for line in f:
            if not line.strip():
                continue
            a = json.loads(line)
            for name, fn in VARIANTS:
                v = {'id': '%s|%s' % (a['id'], name), 'text': fn(a['text'], rng)}
                if a.get('published'):
                    v['published'] = a['published']
                print(json.dumps(v, ensure_ascii=False))


def bare(s):
    """The text read without marks, tatweel or presentation forms."""
    s = unicodedata.normalize('NFKC', s or '')
    return ''.join(c for c in s if not ('\u064b' <= c <= '\u0652') and c != TATWEEL)


def events(a):
    return [(e['kind'], bare(e['trigger']['text']), (e.get('actor1') or {}).get('id'),
             (e.get('actor2') or {}).get('id'), ((e.get('location') or {}).get('geo') or {}).get('name'),
             (e.get('date') or {}).get('start'), (e.get('date') or {}).get('end'),
             tuple((q['role'], q['min'], q['max']) for q in e['quantities'])) for e in a['events']]


def compare(path):
    arts = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.strip():
                a = json.loads(line)
                aid, var = a['id'].rsplit('|', 1)
                arts.setdefault(aid, {})[var] = a
    bad = 0
    for aid, vs in arts.items():
        plain = vs.get('plain')
        if plain is None:
            continue
        for var, a in vs.items():
            if var == 'plain':
                continue
            diffs = []
            if events(a) != events(plain):
                missing = [e for e in events(plain) if e not in events(a)]
                extra = [e for e in events(a) if e not in events(plain)]
                diffs.append('events: missing %s, extra %s' % (missing[:2], extra[:2]))
            for key in ('claims', 'quotes', 'entities'):
                if len(a[key]) != len(plain[key]):
                    diffs.append('%s: %d, plain %d' % (key, len(a[key]), len(plain[key])))
            for d in diffs:
                print('FAIL %s (%s): %s' % (aid, var, d))
            bad += bool(diffs)
    n = sum(len(vs) - 1 for vs in arts.values())
    print('%d of %d variants read like their plain article' % (n - bad, n))
    return 1 if bad else 0


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ('make', 'compare'):
        sys.exit(__doc__)
    if sys.argv[1] == 'make':
        make(sys.argv[2])
        return 0
    return compare(sys.argv[2])


if __name__ == '__main__':
    sys.exit(main())
