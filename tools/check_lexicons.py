#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""check_lexicons.py - validate data/actors.tsv and data/triggers.tsv.

Checks the header, the number of columns, known kinds, source kinds, parts
of speech and flags, the shape of ids and country codes, empty forms, and
that no normalized surface form belongs to two entries with different ids
unless one of them is flagged "ambiguous". An actor form may start with
'@' to say it is a person's name (a leader listed under his group); the
'@' is not part of the form. Prints FILE:LINE: message for
each problem and exits 1 if there is any (0 otherwise).

The normalization here mirrors rasad's matching form (src/text/normalize.c)
for the letters a lexicon uses; the C loader is the reference.

Usage: check_lexicons.py [SOURCE_DIR]   (default: the parent of tools/)
"""
import os
import re
import sys
import unicodedata

ACTOR_KINDS = {"state_forces", "rebel", "political_militia", "identity_militia", "rioters",
               "protesters", "civilians", "external", "igo", "ngo", "media", "researcher",
               "other"}
SOURCE_KINDS = {"agency", "monitor", "official", "igo", "researcher", "group", "media", "other"}
EVENT_KINDS = {"attack", "armed_clash", "airstrike", "drone_strike", "shelling", "explosion",
               "suicide_bombing", "car_bombing", "ied", "assassination", "abduction", "arrest",
               "prison_break", "execution", "protest", "riot", "looting", "territory_captured",
               "withdrawal", "agreement", "other"}
ACLED_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians",
               "Protests", "Riots", "Strategic developments"}
POS = {"verb", "noun", "participle"}
FLAGS = {"passive", "weak", "context", "plural", "ambiguous"}
ACTOR_FLAGS = {"ambiguous"}

ALEFS = {"\u0623", "\u0625", "\u0622", "\u0671"}  # HAMZA ABOVE/BELOW, MADDA, WASLA
PUNCT = set(".,;:!?-_/()[]{}\"'\u060c\u061b\u061f\u00ab\u00bb\u201c\u201d")


def normalize(form):
    """rasad's matching form, words joined by single spaces."""
    out = []
    for ch in unicodedata.normalize("NFKC", form):
        cp = ord(ch)
        if 0x064B <= cp <= 0x065F or cp in (0x0670, 0x0640) or 0x06D6 <= cp <= 0x06ED:
            continue  # harakat, superscript alef, tatweel, Quranic marks
        if cp in (0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF) or 0x202A <= cp <= 0x202E:
            continue
        if ch in ALEFS:
            ch = "\u0627"  # ALEF
        elif ch == "\u0649":
            ch = "\u064a"  # ALEF MAKSURA -> YEH
        elif ch == "\u0629":
            ch = "\u0647"  # TEH MARBUTA -> HEH
        elif 0x0660 <= cp <= 0x0669:
            ch = chr(cp - 0x0660 + 0x30)
        elif 0x06F0 <= cp <= 0x06F9:
            ch = chr(cp - 0x06F0 + 0x30)
        elif ch in PUNCT or ch.isspace():
            ch = " "
        out.append(ch.lower() if ch.isascii() else ch)
    return " ".join("".join(out).split())


def rows(path, header):
    """Yields (line number, fields) for the data lines of a TSV file."""
    seen_header = False
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            fields = [x.strip() for x in line.split("\t")]
            if not seen_header:
                seen_header = True
                if fields[0] != header:
                    yield n, None
                continue
            yield n, fields


def check(src):
    problems = []
    forms = {}  # norm -> list of (file, line, id, ambiguous)
    ids = {}

    def bad(path, line, msg):
        problems.append(f"{os.path.relpath(path, src)}:{line}: {msg}")

    def add_forms(path, n, field, ident, ambiguous):
        if not field or field == "-":
            bad(path, n, "no surface forms")
            return
        local = set()
        for form in field.split("|"):
            form = form.strip()
            if form.startswith("@") and not ident.startswith("T:"):
                form = form[1:].strip()
            if not form:
                bad(path, n, "empty form (doubled or trailing '|')")
                continue
            if any(ch in PUNCT for ch in form):
                bad(path, n, f"form '{form}' contains punctuation; write words only")
            norm = normalize(form)
            if not norm:
                bad(path, n, f"form '{form}' normalizes to nothing")
                continue
            if norm in local:
                continue
            local.add(norm)
            forms.setdefault(norm, []).append((path, n, ident, ambiguous))

    def table(path, columns, least):
        """Yields (line number, fields) for the rows of a lexicon TSV whose
        header starts with columns[0] and that have least to len(columns)
        columns, the missing ones given as "-"; reports the others."""
        most = len(columns)
        for n, f in rows(path, columns[0]):
            if f is None:
                bad(path, n, f"missing header line ({' '.join(columns)})")
            elif not least <= len(f) <= most:
                bad(path, n, f"expected {least} {'or' if most == least + 1 else 'to'} {most} columns, "
                    f"found {len(f)}")
            else:
                yield n, f + ["-"] * (most - len(f))

    def flag_set(path, n, flags, known):
        """The flags of a row's comma-separated column; reports unknown ones."""
        fl = set() if flags == "-" else {x.strip() for x in flags.split(",")}
        for x in fl - known:
            bad(path, n, f"unknown flag '{x}'")
        return fl

    actors = os.path.join(src, "data", "actors.tsv")
    for n, f in table(actors, ["id", "name_en", "kind", "country", "forms_ar", "source", "flags"], 5):
        ident, name, kind, country, fa, source, flags = f
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", ident):
            bad(actors, n, f"id '{ident}' is not UPPER_SNAKE")
        if ident in ids:
            bad(actors, n, f"duplicate id {ident} (first on line {ids[ident]})")
        ids[ident] = n
        if not name or name == "-":
            bad(actors, n, "missing name_en")
        if kind not in ACTOR_KINDS:
            bad(actors, n, f"unknown actor kind '{kind}'")
        if country != "-" and not re.fullmatch(r"[A-Z]{2}", country):
            bad(actors, n, f"country '{country}' is not ISO alpha-2")
        if source != "-" and source not in SOURCE_KINDS:
            bad(actors, n, f"unknown source kind '{source}'")
        fl = flag_set(actors, n, flags, ACTOR_FLAGS)
        add_forms(actors, n, fa, ident, "ambiguous" in fl)

    triggers = os.path.join(src, "data", "triggers.tsv")
    for n, f in table(triggers, ["lemma", "kind", "acled_type", "acled_sub_type", "cameo", "pos", "forms_ar",
                                 "flags"], 7):
        lemma, kind, atype, sub, cameo, pos, fa, flags = f
        if not lemma or lemma == "-":
            bad(triggers, n, "missing lemma")
        if kind not in EVENT_KINDS:
            bad(triggers, n, f"unknown event kind '{kind}'")
        if atype not in ACLED_TYPES:
            bad(triggers, n, f"unknown ACLED type '{atype}'")
        if not sub or sub == "-":
            bad(triggers, n, "missing ACLED sub-type")
        if cameo != "-" and not re.fullmatch(r"0?[0-9]{2,4}", cameo):
            bad(triggers, n, f"CAMEO code '{cameo}' is not 2-4 digits")
        if pos not in POS:
            bad(triggers, n, f"unknown part of speech '{pos}'")
        fl = flag_set(triggers, n, flags, FLAGS)
        add_forms(triggers, n, fa, "T:" + lemma, "ambiguous" in fl)

    for norm, owners in sorted(forms.items()):
        distinct = {o[2] for o in owners}
        if len(distinct) < 2 or any(o[3] for o in owners):
            continue
        first = owners[0]
        for o in owners[1:]:
            if o[2] != first[2]:
                bad(o[0], o[1], f"form '{norm}' also belongs to {first[2]} "
                    f"({os.path.relpath(first[0], src)}:{first[1]}); drop it or flag one ambiguous")
    return problems


def main(argv):
    src = argv[1] if len(argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    try:
        problems = check(src)
    except OSError as e:
        print(f"check_lexicons: {e}", file=sys.stderr)
        return 1
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
