#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""gen_ner_names.py - name lists for the NER tagger's gazetteer features
(issue 4), derived at training time from data that stays in ../shared.

    gen_ner_names.py SHARED_DIR SOURCE_DIR OUT_DIR

writes, one name a line (words separated by spaces, as train_ner.sh's
--gaz-* options read them):

  OUT_DIR/up_per.txt  persons of Universal-PETRARCH's Arabic actor
                      dictionary (universalpetrarch-ar/actor_dict_ar_v4.txt)
  OUT_DIR/up_org.txt  its organizations (entries opening with an
                      organization head noun)
  OUT_DIR/places.txt  the names and variants of the project's own
                      place list (SOURCE_DIR/data/places.tsv)

The actor dictionary lists lemmas joined by '_' (نوري_المالكي_), each
followed by CAMEO codes, inline ([IRQGOV]) or on indented lines with
date ranges. A person is told from a group by its shape, not by a
list: dated entries whose code carries a role after the country
(IRQGOV, ISRELI: a person holding an office for a term), whose first
word is no organization head noun, no office title (وزير، رئيس ...)
and no place; inline entries only when they open with a personal
title (شيخ، جنرال ...), which is then dropped. The dictionary's lemmas
have lost the article and the feminine ending of adjectives, so only
names that occur as written (mostly persons) will match running text;
that is why the organization list is kept apart and tried on its own.
Nothing here is copied into the repository: the lists are rebuilt from
../shared when needed. They are not in the shipped model: none of them
gained on dev in the fifth round (bench/notes/ner.md), so
tools/train_ner.sh does not call this; it stays to reproduce that row.
"""
import os
import re
import sys

# first words that make an entry an organization (lemmas, normalized
# roughly: hamza forms folded below before comparing)
ORG_HEADS = {
    "مجلس", "اتحاد", "حزب", "حكومه", "منظمه", "حركه", "جيش", "قوه", "قوات",
    "شرطه", "وزاره", "محكمه", "جبهه", "مجله", "صحيفه", "وكاله", "جماعه",
    "لجنه", "هيئه", "جامعه", "بنك", "مصرف", "شركه", "مؤسسه", "موسسه",
    "برلمان", "ائتلاف", "تحالف", "كتيبه", "كتائب", "لواء", "فيلق", "فرقه",
    "مكتب", "اداره", "سلطه", "مفوضيه", "صندوق", "مركز", "معهد", "جمعيه",
    "نقابه", "تنظيم", "تيار", "كتله", "رابطه", "اذاعه", "قناه", "تلفزيون",
    "محطه", "مديريه", "امانه", "برنامج", "مجموعه", "اتحاديه", "ميليشيا",
    "مليشيا", "حرس", "دائره", "نادي", "سفاره", "قياده", "قيادة",
}
# office titles: an entry opening with one names a post, not a person
OFFICES = {
    "وزير", "رئيس", "امين", "نائب", "سفير", "قائد", "مدير", "متحدث",
    "ناطق", "زعيم", "ملك", "امير", "حاكم", "محافظ", "مستشار", "مبعوث",
    "ممثل", "عضو", "رئاسه", "مسؤول", "مسوول", "وكيل", "قاضي", "مفتي",
    "مرشد", "سكرتير", "مندوب", "ولي", "نواب", "وزراء", "حكام",
}
# personal titles before a name: dropped, the rest is the name
TITLES = {
    "شيخ", "جنرال", "دكتور", "سيد", "سيده", "مولانا", "اية", "ايه",
    "حجه", "حاج", "عقيد", "عميد", "لواء", "فريق", "مشير", "رائد", "نقيب",
    "امام", "قس", "بابا", "كاردينال", "اسقف", "مطران", "بطريرك",
}

DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")


def fold(w):
    """Rough matching form for comparing against the lists above."""
    w = DIACRITICS.sub("", w)
    w = re.sub("[أإآٱ]", "ا", w)
    w = w.replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و")
    if w.startswith("ال") and len(w) > 4:
        w = w[2:]
    return w


def fold_phrase(s):
    return " ".join(fold(w) for w in s.split())


def words_of(entry):
    return [w for w in entry.strip().strip("_").split("_") if w]


def parse_actors(path):
    """Yields (words, codes, dated) for each entry of the dictionary."""
    entry, codes, dated = None, [], False
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.split("#", 1)[0].rstrip("\n")
            if not line.strip():
                continue
            if line[0] in " \t" and line.strip().startswith("["):
                if entry is not None:
                    codes.append(line.strip()[1:].split()[0].rstrip("]"))
                    dated = True
                continue
            if entry is not None:
                yield words_of(entry), codes, dated
            m = re.match(r"\s*([^\[\s]+)\s*(?:\[([^\]\s]*)[^\]]*\])?", line)
            if not m:
                entry = None
                continue
            entry, codes, dated = m.group(1), [], False
            if m.group(2):
                codes.append(m.group(2))
    if entry is not None:
        yield words_of(entry), codes, dated


def is_arabic_word(w):
    return all("\u0600" <= c <= "\u06ff" for c in w)


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: gen_ner_names.py SHARED_DIR SOURCE_DIR OUT_DIR")
    shared, source, out = sys.argv[1:]
    per, org = set(), set()
    places_folded = set()
    places = []
    with open(os.path.join(source, "data", "places.tsv"), encoding="utf-8") as f:
        for i, line in enumerate(f):
            cols = line.rstrip("\n").split("\t")
            if i == 0 or len(cols) < 2:
                continue
            for name in [cols[0]] + [v for v in cols[1].split("|") if v]:
                name = " ".join(name.split())
                if name:
                    places.append(name)
                    places_folded.add(fold(name.split()[-1]))
    # what names a place or a group elsewhere is no person: the countries,
    # our actor lexicon's forms, ANERGazet's places and organizations
    others = {fold_phrase(p) for p in places}
    with open(os.path.join(source, "data", "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(cols) < 4 or cols[0] == "iso2":
                continue
            for name in [cols[2]] + cols[3].split("|"):
                others.add(fold_phrase(name))
    with open(os.path.join(source, "data", "actors.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(cols) < 5:
                continue
            for name in cols[4].split("|"):
                others.add(fold_phrase(name.lstrip("@")))
    for g in ("ANERGazet_Loc.txt", "ANERGazet_Org.txt"):
        with open(os.path.join(shared, "data", "anercorp", g), encoding="utf-8", errors="replace") as f:
            for line in f:
                others.add(fold_phrase(line))
    actors = os.path.join(shared, "data", "universalpetrarch-ar", "actor_dict_ar_v4.txt")
    for words, codes, dated in parse_actors(actors):
        if not words or len(words) > 6 or not all(is_arabic_word(w) for w in words):
            continue
        first = fold(words[0])
        if first in ORG_HEADS:
            if len(words) >= 2:
                org.add(" ".join(words))
            continue
        if first in OFFICES:
            continue
        if first in TITLES:
            words = words[1:]
            if not words:
                continue
        elif not dated:
            continue
        # a role after the country code: a person in office, not a state
        if not any(len(c) > 3 for c in codes):
            continue
        if len(words) == 1 and fold(words[0]) in places_folded:
            continue
        if fold_phrase(" ".join(words)) in others:
            continue
        per.add(" ".join(words))
    os.makedirs(out, exist_ok=True)
    for name, items in (("up_per.txt", per), ("up_org.txt", org), ("places.txt", set(places))):
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            for s in sorted(items):
                f.write(s + "\n")
        print("%s: %d names" % (name, len(items)), file=sys.stderr)


if __name__ == "__main__":
    main()
