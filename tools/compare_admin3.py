#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Compare the Iraqi or Syrian sub-districts in data/places.tsv with an admin-3 table.

Knowledge stage (issue 3), a maintenance tool: data/places.tsv was built by
hand from scattered sources, so its Iraqi and Syrian sub-districts (kind
subdistrict, the "ناحية X" rows) are checked here against a complete table of
governorates, districts and sub-districts with coordinates, such as the
one Open Admin Data publishes (https://openadmindata.org/iq/, CC BY 4.0;
github.com/open-admin-data/iraq-administrative-divisions, OCHA's 2000s
layout: 18 governorates, 101 districts, 294 sub-districts; Syria's,
open-admin-data/syria-administrative-divisions: 14 governorates, 62
districts, 272 sub-districts). The country is told by the ids.

The table is read from two CSV files without a header (or with one whose
first field is "id"), written from that source by hand or by any tool:

    SUBDISTRICTS.csv  id,name_ar,name_en,lat,lon   (id IQGggQddNnn or SYggddnn)
    DISTRICTS.csv     id,name_ar,name_en,lat,lon   (id IQGggQdd or SYggdd)

Each sub-district is matched to this file's rows of that country of kind
subdistrict (or district: several nahiyas have been made districts since
the table's layout) by its
normalized Arabic name (tools/gen_stems.py's matching form) without the
ناحية/قضاء/منطقة word, with and without ال, against name_ar and every
variant; the table's "مركز X" rows (a district's central nahiya; in
Syria also any id ending in 00) are matched to the district rows
instead. The table's district is mapped to this file's admin2 through
the district rows' names (DISTRICT_ALIASES below holds the ones whose
name differs), so a match also says whether the parent agrees.

Printed, one section each: matched (with the distance), matched but more
than --km apart (default 15), matched under another parent, in the table
but not here, and here but not in the table (the newer units). With
--emit FILE, a draft "ناحية X" row for every sub-district missing here is
written to FILE in places.tsv's columns (precision 2, source
"openadmindata:ID"), to be reviewed by hand before it goes into the file:
a Kurdish spelling wants its common Arabic form, and a name that is a
common word wants no bare town row (bench/notes/gazetteer.md).

usage: compare_admin3.py [--km N] [--emit FILE] PLACES.tsv SUBDISTRICTS.csv DISTRICTS.csv
Exits 0 after the report, 2 on usage errors. Python standard library only.
"""
import csv
import os
import sys

from check_places import HEADER, km, load_normalizer  # the same directory

# Table governorate code -> this file's admin1 (Syria's ids SYggddnn).
GOVERNORATES_SY = {
    '01': 'Damascus', '02': 'Aleppo', '03': 'Rif Dimashq', '04': 'Homs',
    '05': 'Hama', '06': 'Latakia', '07': 'Idlib', '08': 'Al-Hasakah',
    '09': 'Deir ez-Zor', '10': 'Tartus', '11': 'Ar-Raqqah', '12': 'Daraa',
    '13': 'As-Suwayda', '14': 'Quneitra',
}
# Iraq's ids IQGggQddNnn.
GOVERNORATES = {
    '01': 'Al Anbar', '02': 'Basra', '03': 'Al Muthanna', '04': 'Najaf',
    '05': 'Al Qadisiyah', '06': 'Sulaymaniyah', '07': 'Babil', '08': 'Baghdad',
    '09': 'Duhok', '10': 'Diyala', '11': 'Erbil', '12': 'Karbala',
    '13': 'Kirkuk', '14': 'Maysan', '15': 'Nineveh', '16': 'Salah ad Din',
    '17': 'Dhi Qar', '18': 'Wasit',
}

# Table district id -> (admin1, admin2) here, where the names differ or the
# unit moved: Halabja is a governorate since 2014; Makhmour is administered
# from Nineveh in this file; OCHA's Rawanduz is the Soran district and its
# al-Zibar the Mergasur one (Barzan, Mazuri Bala); its "Mandali" district
# is Balad Ruz (the table's English name).
DISTRICT_ALIASES = {
    'IQG06Q05': ('Halabja', 'Halabja'),
    'IQG11Q04': ('Nineveh', 'Makhmur'),
    'IQG11Q05': ('Erbil', 'Soran'),
    'IQG11Q01': ('Erbil', 'Mergasur'),
    'IQG10Q03': ('Diyala', 'Balad Ruz'),
    'IQG06Q10': ('Sulaymaniyah', 'Sharbazher'),
    'IQG08Q07': ('Baghdad', 'Sadr City'),
    'IQG03Q01': ('Al Muthanna', 'al-Khidr'),
    # Syria: al-Thawrah is Tabqa; the centre districts named "مركز X"
    'SY1103': ('Ar-Raqqah', 'Tabqa (al-Thawrah)'),
    'SY0301': ('Rif Dimashq', 'Markaz Rif Dimashq'),
}

# Table sub-district id -> this file's row (name_ar), reconciled by hand
# where the spellings differ beyond the normalized form: Kurdish script
# (ئاغجة لةر = آغجلر, ئةتريش = أتروش), a typo (سيد خليل = سيد دخيل),
# another name for the unit (Bradost's seat is Sidakan, Balak's is Choman,
# al-Shamal's is Sinuni, al-Huwair was renamed after Izz al-Din Salim).
MANUAL = {
    'IQG06Q02N01': 'ناحية آغجلر',
    'IQG15Q06N03': 'ناحية أتروش',
    'IQG17Q04N03': 'ناحية سيد دخيل',
    'IQG17Q05N01': 'ناحية كرمة بني سعيد',
    'IQG17Q03N02': 'ناحية الغراف',
    'IQG11Q05N06': 'ناحية سيدكان',
    'IQG11Q05N03': 'قضاء جومان',
    'IQG11Q05N07': 'ناحية حاج عمران',
    'IQG11Q05N05': 'قضاء ميركسور',
    'IQG11Q06N03': 'ناحية حرير',
    'IQG11Q04N01': 'ناحية قراج',
    'IQG09Q04N02': 'ناحية باطوفة',
    'IQG15Q07N02': 'ناحية سنوني',
    'IQG02Q04N01': 'ناحية عز الدين سليم',
    'IQG13Q01N04': 'ناحية العباسي',
    'IQG06Q09N03': 'ناحية بيتواتة',
    'IQG17Q02N04': 'ناحية قلعة سكر',
    # Syria: other spellings of the same nahiya
    'SY020204': 'ناحية كويرس',
    'SY050301': 'ناحية بري الشرقي',
    'SY040102': 'ناحية خربة التين',
    'SY040105': 'ناحية الرقامة',
    'SY070005': 'ناحية معرة مصرين',
    'SY130303': 'ناحية الصورة الكبيرة',
}

CUE = ('ناحيه', 'قضاء', 'منطقه')
MARKAZ = 'مركز'


def read_table(path):
    rows = []
    with open(path, encoding='utf-8', newline='') as f:
        for rec in csv.reader(f):
            if not rec or rec[0].startswith('#') or rec[0] == 'id':
                continue
            if len(rec) < 5:
                raise ValueError(f'{path}: short record {rec!r}')
            rows.append({'id': rec[0], 'ar': rec[1].strip(), 'en': rec[2].strip(),
                         'lat': float(rec[3]), 'lon': float(rec[4])})
    return rows


def read_places(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    for lineno, line in enumerate(lines[1:], start=2):
        cols = line.split('\t')
        if len(cols) != len(HEADER):
            continue
        row = dict(zip(HEADER, cols))
        row['line'] = lineno
        rows.append(row)
    return rows


def keys(name, st):
    """Matching keys of a name: its words without a leading cue word, as one
    string, with and without ال on the first word."""
    ws = list(st.words(name))
    if ws and ws[0] in CUE:
        ws = ws[1:]
    if not ws:
        return set()
    if len(ws) > 1 and ws[0].startswith(MARKAZ) and ws[0] != MARKAZ:
        ws = [MARKAZ, ws[0][len(MARKAZ):]] + ws[1:]   # مركزالناصرية
    if ws[0] in ('ابي', 'ابا'):
        ws = ['ابو'] + ws[1:]   # genitive ابي غريب = أبو غريب
    out = {' '.join(ws), ''.join(ws)}
    if ws[0].startswith('ال') and len(ws[0]) > 3:
        out.add(' '.join([ws[0][2:]] + ws[1:]))
    else:
        out.add(' '.join(['ال' + ws[0]] + ws[1:]))
    return out


def row_keys(row, st):
    out = set()
    for name in [row['name_ar']] + [v for v in row['variants_ar'].split('|') if v]:
        out |= keys(name, st)
    return out


def is_central(name, st):
    ws = list(st.words(name))
    return bool(ws) and ws[0].startswith(MARKAZ)


class Country:
    """Where the parts of a table id are, for Iraq's and Syria's ids."""

    def __init__(self, code):
        self.code = code
        if code == 'IQ':
            self.gov = lambda i: GOVERNORATES.get(i[3:5])
            self.district = lambda i: i[:8]
        else:
            self.gov = lambda i: GOVERNORATES_SY.get(i[2:4])
            self.district = lambda i: i[:6]

    def central(self, sub, st):
        return is_central(sub['ar'], st) or (self.code == 'SY' and sub['id'].endswith('00'))


def same_admin2(a, b):
    """Equal, or equal up to a parenthesised other name: 'al-Malikiyah'
    and 'al-Malikiyah (Derik)' are one district of this file."""
    if a is None or b is None:
        return a == b
    return a == b or a.split(' (')[0] == b.split(' (')[0]


def main(argv):
    args = argv[1:]
    limit = 15.0
    emit = None
    while args and args[0] in ('--km', '--emit') and len(args) >= 2:
        if args[0] == '--km':
            try:
                limit = float(args[1])
            except ValueError:
                break
        else:
            emit = args[1]
        args = args[2:]
    if len(args) != 3 or any(a.startswith('-') for a in args):
        print('usage: compare_admin3.py [--km N] [--emit FILE] '
              'PLACES.tsv SUBDISTRICTS.csv DISTRICTS.csv', file=sys.stderr)
        return 2
    st = load_normalizer()
    subs = read_table(args[1])
    dists = {d['id']: d for d in read_table(args[2])}
    cc = Country('SY' if subs and subs[0]['id'].startswith('SY') else 'IQ')
    places = [r for r in read_places(args[0]) if r['country'] == cc.code]

    district_rows = [r for r in places if r['kind'] == 'district']
    admin_rows = [r for r in places if r['kind'] in ('district', 'subdistrict')]
    index = {}
    for r in admin_rows:
        for k in row_keys(r, st):
            index.setdefault(k, []).append(r)

    # Table district -> this file's (admin1, admin2).
    parent = {}
    for did, d in sorted(dists.items()):
        if did in DISTRICT_ALIASES:
            parent[did] = DISTRICT_ALIASES[did]
            continue
        gov = cc.gov(did)
        name = d['ar']
        if is_central(name, st):   # Syria's "مركز حمص" district is Homs
            name = ' '.join(list(st.words(name))[1:])
        cands = [r for r in district_rows
                 if r['admin1'] == gov and keys(name, st) & row_keys(r, st)]
        if cands:
            parent[did] = (cands[0]['admin1'], cands[0]['admin2'])
        else:
            parent[did] = (gov, None)
            print(f'note: table district {did} {d["ar"]} ({d["en"]}) has no district row here')

    matched, far, moved, missing, used = [], [], [], [], set()
    for s in subs:
        did = cc.district(s['id'])
        a1, a2 = parent.get(did, (cc.gov(did), None))
        central = cc.central(s, st)
        if central:
            cands = [r for r in district_rows if r['admin1'] == a1 and same_admin2(r['admin2'], a2)]
        elif s['id'] in MANUAL:
            cands = [r for r in admin_rows if r['name_ar'] == MANUAL[s['id']]]
        else:
            cands = []
            for k in keys(s['ar'], st):
                cands += [r for r in index.get(k, []) if r not in cands]
            allowed = {a1, cc.gov(did)}
            cands = [r for r in cands if r['admin1'] in allowed]
        if not cands:
            missing.append((s, a1, a2))
            continue
        best = min(cands, key=lambda r: (r['kind'] != ('district' if central else 'subdistrict'),
                                         not same_admin2(r['admin2'], a2),
                                         km(s['lat'], s['lon'], float(r['lat']), float(r['lon']))))
        used.add(id(best))
        d = km(s['lat'], s['lon'], float(best['lat']), float(best['lon']))
        rec = (s, best, d, a2)
        if not same_admin2(best['admin2'], a2) and best['kind'] == 'subdistrict':
            moved.append(rec)
        if d > limit:
            far.append(rec)
        matched.append(rec)

    def line(s, r, d):
        return (f'  {s["id"]} {s["ar"]} ({s["en"]}) {s["lat"]:.3f},{s["lon"]:.3f}'
                f'  ~ {r["line"]}: {r["name_ar"]} [{r["kind"]}, {r["admin2"]}, {r["source"]}]'
                f' {float(r["lat"]):.4f},{float(r["lon"]):.4f}  {d:.1f} km')

    n_central = sum(1 for s in subs if cc.central(s, st))
    print(f'table: {len(dists)} districts, {len(subs)} sub-districts ({n_central} central)')
    print(f'matched: {len(matched)} ({sum(1 for m in matched if cc.central(m[0], st))} central to a district row)')
    for s, r, d, _ in matched:
        print(line(s, r, d))
    print(f'\nmatched but more than {limit:g} km apart: {len(far)}')
    for s, r, d, _ in far:
        print(line(s, r, d))
    print(f'\nmatched under another district (table district -> admin2 here): {len(moved)}')
    for s, r, d, a2 in moved:
        print(line(s, r, d) + f'  table parent: {a2}')
    print(f'\nin the table, missing here: {len(missing)}')
    for s, a1, a2 in missing:
        print(f'  {s["id"]} {s["ar"]} ({s["en"]}) {s["lat"]:.3f},{s["lon"]:.3f}  {a1} / {a2}')
    extra = [r for r in admin_rows if r['kind'] == 'subdistrict' and id(r) not in used]
    print(f'\nsub-district rows here not in the table: {len(extra)}')
    for r in extra:
        print(f'  {r["line"]}: {r["name_ar"]} ({r["name_en"]}) {r["admin1"]} / {r["admin2"]} [{r["source"]}]')

    if emit:
        with open(emit, 'w', encoding='utf-8') as f:
            for s, a1, a2 in missing:
                en = s['en'].replace('Al-', 'al-')
                f.write('\t'.join([f'ناحية {s["ar"]}', '', f'{en} Subdistrict', 'subdistrict',
                                   a1 or '', a2 or '', cc.code, f'{s["lat"]:.4f}', f'{s["lon"]:.4f}',
                                   '2', f'openadmindata:{s["id"]}']) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
