#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Measure place resolution against the gold articles (issue 3).

usage: geo_eval.py RASAD GOLD.jsonl SCORER [--min SHARE] [-v]

For every event location and every LOC entity of GOLD, finds the place
that `rasad entities --json --jsonl` resolved at that spot of its article
and judges it with SCORER's own geo rule (rasad-score's geo_match: same
GeoNames id, within 25 km, or the same province where that is all the gold
knows). The scorer is imported from its file, not copied.

Where a place is looked for: the gold text's first occurrence inside the
event's evidence (else anywhere in the article); a predicted place entity
spanning exactly the gold text at any of those spots wins, else the one
overlapping the first spot that has any most; a gold item with no
predicted place there is wrong.

Gold LOC entities carry no coordinates. Each takes the gold geo of an event
location with the same text (same article first, then any article); the
few left without one count as right when rasad resolved them to a place
of some kind, and are reported apart ("unreferenced").

Prints the shares; exits 1 when the share right is below --min (default
0), 2 on usage or run errors. Uses only the Python standard library.
"""
import importlib.machinery
import importlib.util
import json
import subprocess
import sys


def load_scorer(path):
    loader = importlib.machinery.SourceFileLoader('rasad_score', path)
    spec = importlib.util.spec_from_loader('rasad_score', loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while needle and i >= 0:
        out.append((i, i + len(needle)))
        i = hay.find(needle, i + 1)
    return out


def find_place(text_b, places, needle, evidence):
    """The predicted place entity at needle's spot, or None."""
    nb = needle.encode('utf-8')
    spots = []
    for ev in evidence or []:
        eb = ev.encode('utf-8')
        for es, _ in occurrences(text_b, eb):
            for s, e in occurrences(eb, nb):
                spots.append((es + s, es + e))
    spots += occurrences(text_b, nb)
    # a place whose span is exactly the gold text wins (دمشق alone, not
    # the دمشق inside an earlier ريف دمشق); else the largest overlap
    for s, e in spots:
        for p in places:
            if p['start'] == s and p['end'] == e:
                return p
    for s, e in spots:
        best, best_ov = None, 0
        for p in places:
            ov = min(e, p['end']) - max(s, p['start'])
            if ov > best_ov:
                best, best_ov = p, ov
        if best:
            return best
    return None


def main(argv):
    args = [a for a in argv[1:] if not a.startswith('-')]
    verbose = '-v' in argv
    minshare = 0.0
    if '--min' in argv:
        minshare = float(argv[argv.index('--min') + 1])
        args.remove(argv[argv.index('--min') + 1])
    if len(args) != 3:
        sys.stderr.write(__doc__)
        return 2
    rasad, gold_path, scorer_path = args
    sc = load_scorer(scorer_path)
    golds = [json.loads(l) for l in open(gold_path, encoding='utf-8') if l.strip()]
    run = subprocess.run([rasad, 'entities', '--json', '--jsonl', gold_path],
                         capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.stderr.write(run.stderr)
        return 2
    pred = {}
    for line in run.stdout.splitlines():
        o = json.loads(line)
        if o.get('kind') == 'place':
            pred.setdefault(o.get('article'), []).append(o)

    ref_any = {}
    for a in golds:
        for ev in a.get('events') or []:
            loc = ev.get('location')
            if loc and loc.get('text'):
                ref_any.setdefault(sc.norm(loc['text']), loc)

    counts = {'event': [0, 0], 'entity': [0, 0], 'unreferenced': [0, 0]}
    for a in golds:
        text_b = a['text'].encode('utf-8')
        places = pred.get(a['id'], [])
        ref_here = {}
        for ev in a.get('events') or []:
            loc = ev.get('location')
            if not loc or not loc.get('text'):
                continue
            ref_here.setdefault(sc.norm(loc['text']), loc)
            p = find_place(text_b, places, loc['text'], ev.get('evidence'))
            ok = bool(p) and sc.geo_match(loc, {'geo': p.get('geo')})
            counts['event'][0] += ok
            counts['event'][1] += 1
            if verbose and not ok:
                print(f"MISS event  {a['id']}: {loc['text']} gold={loc.get('name')} "
                      f"pred={(p or {}).get('text')}/{((p or {}).get('geo') or {}).get('name')}")
        for en in a.get('entities') or []:
            if en.get('type') != 'LOC':
                continue
            key = sc.norm(en['text'])
            ref = ref_here.get(key) or ref_any.get(key)
            p = find_place(text_b, places, en['text'], None)
            if ref:
                ok = bool(p) and sc.geo_match(ref, {'geo': p.get('geo')})
                bucket = 'entity'
            else:
                ok = bool(p) and bool(p.get('geo'))
                bucket = 'unreferenced'
            counts[bucket][0] += ok
            counts[bucket][1] += 1
            if verbose and not ok:
                print(f"MISS {bucket:6s} {a['id']}: {en['text']} "
                      f"pred={(p or {}).get('text')}/{((p or {}).get('geo') or {}).get('name')}")

    right = sum(c[0] for c in counts.values())
    total = sum(c[1] for c in counts.values())
    for k, (r, t) in counts.items():
        print(f"{k:13s} {r:4d}/{t:<4d} {100.0 * r / t if t else 0:5.1f}%")
    share = right / total if total else 0.0
    print(f"{'all':13s} {right:4d}/{total:<4d} {100.0 * share:5.1f}% right")
    return 0 if share >= minshare else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv))
