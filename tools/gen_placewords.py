#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Build data/placewords.tsv: how place-like a frequent Arabic word is, from
the contexts it takes in the SaudiNewsNet corpus. The entity stage
(src/knowledge/entities.c) reads it to refuse one-word place names that are
mostly something else ("كان" was, Cannes; "المدينة" the city, Medina; "إطار"
frame, Atar) unless the text around them says "place".

usage (from the source tree, after a build):

    python3 tools/gen_placewords.py /work/shared/data build/rasad > data/placewords.tsv

The first argument is the shared data directory (it must hold
saudinewsnet/dataset/*.zip); the second a built rasad, whose `gazetteer
lookup` says which words are place names. Standard library only; the
output is deterministic (sorted, no timestamps). Words are normalized
exactly like rasad's matching form, with tools/gen_stems.py's normalize().

What is counted, per normalized word X (a token X, and also X behind one
conjunction و ف: a token وX counts for both وX and X):

    T  how often X occurs;
    S  how often right after a STRONG place cue: a word naming a kind of
       place or a side of one (مدينة، بلدة، قرية، محافظة، منطقة، ريف، قرب،
       حي، شمال، جنوب ...);
    W  how often right after a WEAK one (في، إلى، نحو، داخل). A glued
       ب (بحلب) is not counted: too many names begin with ب (باراك is not
       ب + أراك).

A place name follows a strong cue now and then (مدينة حلب، بلدة الباب); a
verb, particle or common noun almost never. Written: the gazetteer's names
with T >= MIN_TOTAL and S/T < MAX_STRONG, i.e. frequent words that the
corpus does not use as names. A word missing from the file is treated as a
name. The C side needs a strong cue before such a word, or the article's
country context plus some weak evidence (W/T, the last column, in
thousandths) before it takes it for a place.
"""
import collections
import glob
import importlib.util
import json
import os
import subprocess
import sys
import zipfile

MIN_TOTAL = 40      # rarer words carry too little evidence either way
MAX_STRONG = 0.10   # a word named after a strong cue this often or more is a name

HERE = os.path.dirname(os.path.abspath(__file__))


def load_stems_module():
    spec = importlib.util.spec_from_file_location('gen_stems', os.path.join(HERE, 'gen_stems.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# Cue words in the matching form, after one conjunction is stripped.
# STRONG cues name the kind of place or a side of it (src/knowledge/geocode.c
# reads the same words); WEAK ones only say "in, to" (في إطار "within" is
# no place, في حلب is).
STRONG = {
    'مدينه', 'بمدينه', 'لمدينه', 'العاصمه', 'بلده', 'ببلده', 'بلدات', 'قريه', 'بقريه', 'قري',
    'مزرعه', 'محافظه', 'بمحافظه', 'لمحافظه', 'ولايه', 'بولايه', 'اقليم', 'باقليم', 'مقاطعه',
    'منطقه', 'بمنطقه', 'قضاء', 'بقضاء', 'ناحيه', 'بناحيه', 'مديريه', 'ريف', 'بريف', 'قرب',
    'بالقرب', 'محيط', 'اطراف', 'ضواحي', 'مشارف', 'حي', 'بحي', 'مخيم', 'مطار', 'معبر', 'سجن',
    'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي',
}
WEAK = {'في', 'الي', 'نحو', 'باتجاه', 'داخل'}

CONJ = ('\u0648', '\u0641')  # و ف


def count(shared, st):
    total = collections.Counter()
    strong = collections.Counter()
    weak = collections.Counter()
    files = sorted(glob.glob(os.path.join(shared, 'saudinewsnet', 'dataset', '*.zip')))
    if not files:
        sys.exit('gen_placewords.py: no SaudiNewsNet zip files under ' + shared)
    for path in files:
        with zipfile.ZipFile(path) as z:
            for name in sorted(z.namelist()):
                for art in json.loads(z.read(name).decode('utf-8')):
                    prev = ()
                    for w in st.words(art.get('content') or ''):
                        # w itself, and w after a conjunction when it may
                        # carry one (وحلب; but فلسطين is counted whole too)
                        forms = (w, w[1:]) if len(w) >= 4 and w[0] in CONJ else (w,)
                        is_strong = any(p in STRONG for p in prev)
                        is_weak = not is_strong and any(p in WEAK for p in prev)
                        for x in forms:
                            total[x] += 1
                            if is_strong:
                                strong[x] += 1
                            elif is_weak:
                                weak[x] += 1
                        prev = forms
    return total, strong, weak


def gazetteer_names(rasad, forms):
    """The forms the built-in gazetteer knows, asked of `rasad gazetteer
    lookup -`, which names each unknown form on stderr."""
    res = subprocess.run([rasad, 'gazetteer', 'lookup', '-'], input='\n'.join(forms) + '\n',
                         capture_output=True, text=True, check=False)
    unknown = set()
    for line in res.stderr.splitlines():
        i, j = line.find("no place named '"), line.rfind("'")
        if i >= 0 and j > i:
            unknown.add(line[i + len("no place named '"):j])
    return [f for f in forms if f not in unknown]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    st = load_stems_module()
    total, strong, weak = count(sys.argv[1], st)
    forms = sorted(w for w, t in total.items() if t >= MIN_TOTAL and strong[w] / t < MAX_STRONG)
    forms = gazetteer_names(sys.argv[2], forms)
    out = sys.stdout
    out.write('# generated by tools/gen_placewords.py from SaudiNewsNet (saudinewsnet/dataset) - do not edit.\n')
    out.write('# columns: form T S W weak-share (W/T in thousandths); see tools/gen_placewords.py\n')
    for w in forms:
        t = total[w]
        out.write(f'{w}\t{t}\t{strong[w]}\t{weak[w]}\t{weak[w] * 1000 // t}\n')


if __name__ == '__main__':
    main()
