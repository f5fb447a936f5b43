#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Validate data/places.tsv, the hand-curated place supplement of the gazetteer.

Knowledge stage (issue 3). data/places.tsv lists the Syrian and Iraqi places
that news names and that the GeoNames >15,000 list misses: districts,
sub-districts, villages, regions and sites. The gazetteer compiler reads it,
so a malformed row would silently become a wrong place. This tool checks:

  - the exact header and 11 tab-separated columns on every row;
  - non-empty name_ar, name_en, kind, country; known kind and country;
  - Arabic letters and no Latin ones in name_ar and variants_ar;
  - lat/lon numeric and inside the country's bounding box (a transposed
    lat/lon or a dropped digit lands outside it);
  - precision 1, 2 or 3; 3 for governorates, 2 or 3 for regions (a plain
    or a mountain is 2, a quarter of a country 3);
  - source "geonames:ID", "hand:approx", "parent:DISTRICT" (see below) or
    "openadmindata:ID" (a unit of Open Admin Data's tables at its
    centroid: a sub-district of Iraq's or Syria's admin-3 tables, Iraq's
    IQGggQddNnn or Syria's SYggddnn, tools/compare_admin3.py; or a
    Yemeni district, YEggdd, of open-admin-data/yemen-administrative-
    divisions, CC BY 4.0); the id's country prefix must be the row's
    country, the kind district or subdistrict, the precision 2;
  - no duplicate (name_ar, kind, admin1), no variant repeated in its row,
    no stray spaces around '|' or at the ends of a field.

Source "parent:DISTRICT" marks a sub-district (or a district split from
another) whose seat the writers could not place: it takes, as ACLED does
for a place known only by its administrative unit, the coordinates of its
parent district's row, with precision 2. DISTRICT is that row's admin2
value (its English name). The check: a district row with that admin2
exists in the same country and admin1, the coordinates are exactly that
row's, the precision is 2, and a sub-district's own admin2 is DISTRICT.

With --geonames DIR (the folder holding cities_ar.tsv), rows citing
geonames:ID are also checked against that row: the id must exist and the
coordinates must be within 2 km of it.

With --outlines DIR (the folder holding syr.geo.json and irq.geo.json),
rows in SY and IQ must lie inside the country's outline or within 10 km
of its border (crossings and border villages sit on the line, and the
outline is coarse). The bounding box alone lets a Syrian village slip into
Turkey or Lebanon.

With --counts, the coverage of the administrative rows is printed too:
for SY and IQ, the districts and sub-districts per governorate (admin1),
so that "every district and sub-district" can be measured against the
official totals (Syria: 63 mantiqas, about 270 nahiyas of which 63 are a
district's central one; Iraq: about 120 qadas and several hundred
nahiyas, one central per qada). Rows named after a district's seat with
no own ناحية row (the central nahiya) are not counted.

With --corpus SHARED (the shared data folder holding
saudinewsnet/dataset/*.zip), the bare names are counted in the 31,030
SaudiNewsNet articles: every name and variant of a row that does not begin
with a cue word (ناحية، قضاء، منطقة، محافظة، مدينة ...), in the matching
form (tools/gen_stems.py's normalize), as whole words, also behind one
attached و ف ب ل. Saudi news hardly ever names a Syrian or Iraqi village,
so a bare name found there often is a common word or a name of something
else, and the row wants only its cue form (the ناحية row) or a check of
what the hits are. Prints "COUNT<TAB>NAME<TAB>row's name_en, kind,
admin1" for the names found at least --min N times (default 10), most
frequent first, after the checks; it never fails the run. A count is
what a bare row risks, not what rasad matches (src/knowledge/entities.c
and data/placewords.tsv hold many frequent words back unless a cue stands
before them); ctest does not run it (about 25 s of CPU).

usage: check_places.py [--counts] [--geonames DIR] [--outlines DIR]
                       [--corpus SHARED [--min N]] PLACES.tsv
Prints "PLACES.tsv:LINE: message" for each problem; exits 1 if any, 0 if
none, 2 on usage errors. Python standard library only.
"""
import importlib.util
import json
import math
import os
import re
import sys

HEADER = ['name_ar', 'variants_ar', 'name_en', 'kind', 'admin1', 'admin2',
          'country', 'lat', 'lon', 'precision', 'source']

KINDS = {'city', 'town', 'village', 'district', 'subdistrict', 'governorate',
         'region', 'prison', 'camp', 'base', 'airport', 'crossing',
         'oilfield', 'dam', 'site'}

# Generous bounding boxes (lat_min, lat_max, lon_min, lon_max). Syria and
# Iraq whole; their neighbours only for their side of the border region
# (border towns and crossings), so a Syrian village with a slipped digit
# is not accepted as Turkish. Countries further away (a capital or a city
# the news about the region names: Kabul, Sanaa, Tripoli) get a box around
# the whole country, wide by a degree: enough to catch a transposed
# lat/lon or a sign error, not a small slip.
BOXES = {
    'SY': (32.3, 37.4, 35.6, 42.4),
    'IQ': (29.0, 37.4, 38.7, 48.6),
    'TR': (35.8, 38.5, 35.0, 45.0),
    'JO': (29.1, 33.4, 34.9, 39.4),
    'LB': (33.0, 34.7, 35.0, 36.7),
    'IR': (30.0, 39.8, 44.0, 49.0),
    'SA': (28.0, 32.2, 37.0, 47.0),
    'KW': (28.5, 30.1, 46.5, 48.5),
    # whole countries, beyond the neighbours
    'AF': (28.5, 39.5, 59.5, 75.5),
    'PK': (23.0, 38.0, 60.0, 78.0),
    'YE': (11.5, 19.5, 41.5, 55.0),
    'EG': (21.0, 32.5, 24.0, 37.5),
    'LY': (19.0, 34.0, 9.0, 26.0),
    'PS': (31.0, 33.0, 34.0, 35.8),
    'IL': (29.0, 33.5, 34.0, 36.0),
    'QA': (24.0, 26.5, 50.5, 52.0),
    'BH': (25.5, 26.5, 50.0, 51.0),
    'AE': (22.0, 26.5, 51.0, 57.0),
    'OM': (16.0, 27.0, 51.5, 60.5),
    'SD': (8.5, 23.0, 21.5, 39.0),
    'SO': (-2.0, 12.5, 40.5, 52.0),
    'TN': (30.0, 37.8, 7.0, 12.0),
    'DZ': (18.5, 37.5, -9.0, 12.5),
    'MA': (27.0, 36.5, -13.5, -0.5),
    'ML': (10.0, 25.5, -12.5, 4.5),
    'NG': (4.0, 14.0, 2.5, 15.0),
    'MR': (14.5, 27.5, -17.5, -4.5),
    'IN': (6.5, 37.5, 68.0, 97.5),
}

SOURCE_RE = re.compile(r'^(geonames:[0-9]+|hand:approx|parent:[^\t|]+'
                       r'|openadmindata:(IQG[0-9]{2}Q[0-9]{2}N[0-9]{2}|SY[0-9]{6}|YE[0-9]{4}))$')
NUM_RE = re.compile(r'^-?[0-9]{1,3}\.[0-9]{1,6}$')
ARABIC_RE = re.compile('[\u0600-\u06ff]')
LATIN_RE = re.compile('[A-Za-z]')


def km(lat1, lon1, lat2, lon2):
    """Great-circle distance in km (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def load_geonames(folder):
    """id -> (lat, lon) from cities_ar.tsv; None if the folder is missing."""
    path = os.path.join(folder, 'cities_ar.tsv')
    if not os.path.exists(path):
        return None
    ids = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            cols = line.rstrip('\n').split('\t')
            if len(cols) >= 7:
                try:
                    ids[cols[0]] = (float(cols[5]), float(cols[6]))
                except ValueError:
                    pass
    return ids


def load_outlines(folder):
    """country code -> list of rings [(lon, lat), ...] from GeoJSON files."""
    out = {}
    for code, name in (('SY', 'syr.geo.json'), ('IQ', 'irq.geo.json')):
        path = os.path.join(folder, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding='utf-8') as f:
            data = json.load(f)
        rings = []
        feats = data.get('features', [data]) if isinstance(data, dict) else []
        for feat in feats:
            geom = feat.get('geometry', feat)
            coords = geom.get('coordinates', [])
            polys = coords if geom.get('type') == 'MultiPolygon' else [coords]
            for poly in polys:
                for ring in poly:
                    rings.append([(float(x), float(y)) for x, y in ring])
        out[code] = rings
    return out


def inside(rings, lat, lon):
    """Even-odd rule over all rings (holes count as outside)."""
    hit = False
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            if (y1 > lat) != (y2 > lat):
                x = x1 + (lat - y1) * (x2 - x1) / (y2 - y1)
                if x > lon:
                    hit = not hit
    return hit


def border_km(rings, lat, lon):
    """Distance in km from the point to the nearest outline segment, in a
    local equirectangular projection (good enough at these latitudes)."""
    kx = 111.32 * math.cos(math.radians(lat))
    ky = 110.57
    best = float('inf')
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            ax, ay = (x1 - lon) * kx, (y1 - lat) * ky
            bx, by = (x2 - lon) * kx, (y2 - lat) * ky
            dx, dy = bx - ax, by - ay
            L = dx * dx + dy * dy
            t = 0.0 if L == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / L))
            px, py = ax + t * dx, ay + t * dy
            best = min(best, math.hypot(px, py))
    return best


def check(path, geonames, outlines=None):
    errors = []

    def err(lineno, msg):
        errors.append(f'{path}:{lineno}: {msg}')

    seen = {}
    districts = {}   # (country, admin1, admin2) -> the district row
    parented = []    # (line, row) citing parent:DISTRICT, checked at the end
    try:
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n')
    except (OSError, UnicodeDecodeError) as e:
        err(0, f'cannot read: {e}')
        return errors
    if lines and lines[-1] == '':
        lines.pop()
    else:
        err(len(lines), 'file does not end with a newline')
    if not lines or lines[0].split('\t') != HEADER:
        err(1, 'header must be: ' + '\\t'.join(HEADER))
    for lineno, line in enumerate(lines[1:], start=2):
        if line.strip() == '':
            err(lineno, 'empty line')
            continue
        if '\r' in line:
            err(lineno, 'carriage return in line')
        cols = line.split('\t')
        if len(cols) != len(HEADER):
            err(lineno, f'{len(cols)} columns, expected {len(HEADER)}')
            continue
        row = dict(zip(HEADER, cols))
        for k, v in row.items():
            if v != v.strip():
                err(lineno, f'{k}: leading or trailing space')
        for k in ('name_ar', 'name_en', 'kind', 'country', 'lat', 'lon',
                  'precision', 'source'):
            if not row[k]:
                err(lineno, f'{k} is empty')
        if row['name_ar'] and not ARABIC_RE.search(row['name_ar']):
            err(lineno, 'name_ar has no Arabic letters')
        for k in ('name_ar', 'variants_ar'):
            if LATIN_RE.search(row[k]):
                err(lineno, f'{k} holds Latin letters')
        if row['variants_ar']:
            variants = row['variants_ar'].split('|')
            if any(v != v.strip() or not v for v in variants):
                err(lineno, 'variants_ar: empty variant or space around |')
            if len(set(variants)) != len(variants):
                err(lineno, 'variants_ar: repeated variant')
            if row['name_ar'] in variants:
                err(lineno, 'variants_ar repeats name_ar')
        if row['kind'] and row['kind'] not in KINDS:
            err(lineno, f'unknown kind {row["kind"]!r}')
        box = BOXES.get(row['country'])
        if row['country'] and box is None:
            err(lineno, f'unknown country {row["country"]!r}')
        lat = lon = None
        for k in ('lat', 'lon'):
            if row[k] and not NUM_RE.match(row[k]):
                err(lineno, f'{k} {row[k]!r} is not a decimal number')
        if NUM_RE.match(row['lat']) and NUM_RE.match(row['lon']):
            lat, lon = float(row['lat']), float(row['lon'])
            if box and not (box[0] <= lat <= box[1] and box[2] <= lon <= box[3]):
                err(lineno, f'{lat},{lon} is outside {row["country"]}\'s box')
            elif outlines and row['country'] in outlines:
                rings = outlines[row['country']]
                if not inside(rings, lat, lon):
                    d = border_km(rings, lat, lon)
                    if d > 10.0:
                        err(lineno, f'{lat},{lon} is {d:.0f} km outside {row["country"]}\'s outline')
        if row['precision'] not in ('1', '2', '3'):
            err(lineno, f'precision {row["precision"]!r} is not 1, 2 or 3')
        elif row['kind'] == 'governorate' and row['precision'] != '3':
            err(lineno, 'a governorate must have precision 3')
        elif row['kind'] == 'region' and row['precision'] == '1':
            err(lineno, 'a region must have precision 2 (small area) or 3')
        if row['source'] and not SOURCE_RE.match(row['source']):
            err(lineno, f'source {row["source"]!r} is not geonames:ID, hand:approx, '
                'parent:DISTRICT or openadmindata:ID')
        elif row['source'].startswith('openadmindata:') and (
                row['source'][len('openadmindata:'):][:2] != row['country']
                or row['kind'] not in ('subdistrict', 'district') or row['precision'] != '2'):
            err(lineno, 'openadmindata:ID is for sub-districts and districts of the '
                'id\'s country, precision 2')
        elif row['source'].startswith('parent:'):
            parented.append((lineno, row))
        elif row['source'].startswith('geonames:') and geonames is not None and lat is not None:
            gid = row['source'][len('geonames:'):]
            if gid not in geonames:
                err(lineno, f'{row["source"]} is not in cities_ar.tsv')
            else:
                d = km(lat, lon, *geonames[gid])
                if d > 2.0:
                    err(lineno, f'{d:.1f} km from {row["source"]}')
        key = (row['name_ar'], row['kind'], row['admin1'])
        if key in seen:
            err(lineno, f'duplicate of line {seen[key]} (name_ar, kind, admin1)')
        else:
            seen[key] = lineno
        if row['kind'] == 'district':
            districts.setdefault((row['country'], row['admin1'], row['admin2']), row)
    for lineno, row in parented:
        check_parent(row, districts, lambda msg, n=lineno: err(n, msg))
    return errors


def check_parent(row, districts, err):
    """A "parent:DISTRICT" row: the district row exists in the same country
    and admin1, and the row repeats its coordinates with precision 2."""
    name = row['source'][len('parent:'):]
    if row['kind'] not in ('subdistrict', 'district'):
        err(f'parent:{name} is for sub-districts and districts, not a {row["kind"]}')
        return
    if row['kind'] == 'subdistrict' and row['admin2'] != name:
        err(f'parent:{name} but admin2 is {row["admin2"]!r}')
    parent = districts.get((row['country'], row['admin1'], name))
    if parent is None:
        err(f'parent:{name}: no district row with admin2 {name!r} in {row["admin1"]}')
        return
    if parent is row:
        err(f'parent:{name} names the row itself')
        return
    if (row['lat'], row['lon']) != (parent['lat'], parent['lon']):
        err(f'parent:{name}: coordinates {row["lat"]},{row["lon"]} are not the '
            f'district\'s {parent["lat"]},{parent["lon"]}')
    if row['precision'] != '2':
        err(f'parent:{name}: precision must be 2 (an area the size of a district)')


def admin_counts(path):
    """{country: {admin1: [districts, subdistricts]}} for SY and IQ rows."""
    counts = {'SY': {}, 'IQ': {}}
    try:
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n')[1:]
    except (OSError, UnicodeDecodeError):
        return counts
    for line in lines:
        cols = line.split('\t')
        if len(cols) != len(HEADER):
            continue
        row = dict(zip(HEADER, cols))
        if row['country'] not in counts or row['kind'] not in ('district', 'subdistrict'):
            continue
        per = counts[row['country']].setdefault(row['admin1'] or '?', [0, 0])
        per[0 if row['kind'] == 'district' else 1] += 1
    return counts


def print_counts(counts, out=sys.stdout):
    for cc in ('SY', 'IQ'):
        per = counts[cc]
        print(f'{cc}: {sum(v[0] for v in per.values())} districts, '
              f'{sum(v[1] for v in per.values())} sub-districts (besides the central ones)',
              file=out)
        for a1 in sorted(per):
            print(f'  {a1:<16} {per[a1][0]:3d} districts {per[a1][1]:4d} sub-districts', file=out)


# A name beginning with one of these words is a cue form (ناحية X), matched
# only whole; the bare names are the others. In the matching form.
CUE_WORDS = {'ناحيه', 'قضاء', 'منطقه', 'محافظه', 'مدينه', 'بلده', 'قريه', 'مخيم', 'سجن',
             'مطار', 'معبر', 'قاعده', 'حقل', 'سد', 'ريف', 'جبل', 'وادي', 'نهر', 'حي'}
# One attached letter the matcher strips from a first word (وحلب، بحلب).
PROCLITICS = ('\u0648', '\u0641', '\u0628', '\u0644')  # و ف ب ل


def load_normalizer():
    """tools/gen_stems.py, whose normalize()/words()/articles() mirror
    rasad's matching form and read SaudiNewsNet."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gen_stems.py')
    spec = importlib.util.spec_from_file_location('gen_stems', path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def bare_names(path, st):
    """{normalized word tuple: [row label, ...]} for the names and variants
    that do not begin with a cue word."""
    names = {}
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')[1:]
    for line in lines:
        cols = line.split('\t')
        if len(cols) != len(HEADER):
            continue
        row = dict(zip(HEADER, cols))
        label = f'{row["name_en"]}, {row["kind"]}, {row["admin1"] or row["country"]}'
        for name in [row['name_ar']] + [v for v in row['variants_ar'].split('|') if v]:
            toks = tuple(st.words(name))
            if toks and toks[0] not in CUE_WORDS:
                labels = names.setdefault(toks, [])
                if label not in labels:
                    labels.append(label)
    return names


def corpus_counts(shared, names, st):
    """How often each name of `names` occurs as whole words in SaudiNewsNet,
    its first word also with one proclitic of PROCLITICS."""
    by_first = {}
    for toks in names:
        by_first.setdefault(toks[0], []).append(toks)
    hits = dict.fromkeys(names, 0)
    for text in st.articles(shared, 'check_places.py'):
        ws = list(st.words(text))
        for i, w in enumerate(ws):
            forms = (w, w[1:]) if len(w) >= 3 and w[0] in PROCLITICS else (w,)
            for x in forms:
                for toks in by_first.get(x, ()):
                    if tuple(ws[i + 1:i + len(toks)]) == toks[1:]:
                        hits[toks] += 1
    return hits


def print_corpus_counts(path, shared, minimum, out=sys.stdout):
    zips = os.path.join(shared, 'saudinewsnet', 'dataset')
    if not os.path.isdir(zips) or not any(n.endswith('.zip') for n in os.listdir(zips)):
        print(f'check_places.py: note: no SaudiNewsNet zip files in {zips}; names not counted',
              file=sys.stderr)
        return
    st = load_normalizer()
    names = bare_names(path, st)
    hits = corpus_counts(shared, names, st)
    found = sorted(((n, ' '.join(t)) for t, n in hits.items() if n >= minimum),
                   key=lambda x: (-x[0], x[1]))
    print(f'bare names found {minimum}+ times in SaudiNewsNet: {len(found)} of {len(names)}',
          file=out)
    for n, name in found:
        print(f'{n}\t{name}\t{"; ".join(names[tuple(name.split())])}', file=out)


USAGE = ('usage: check_places.py [--counts] [--geonames DIR] [--outlines DIR]\n'
         '                       [--corpus SHARED [--min N]] PLACES.tsv')


def main(argv):
    args = argv[1:]
    geodir = outdir = corpus = None
    minimum = 10
    counts = False
    while args and args[0] in ('--geonames', '--outlines', '--counts', '--corpus', '--min'):
        if args[0] == '--counts':
            counts = True
            args = args[1:]
            continue
        if len(args) < 2:
            break
        if args[0] == '--geonames':
            geodir = args[1]
        elif args[0] == '--outlines':
            outdir = args[1]
        elif args[0] == '--corpus':
            corpus = args[1]
        else:
            if not args[1].isdigit():
                break
            minimum = int(args[1])
        args = args[2:]
    if len(args) != 1 or args[0].startswith('-'):
        print(USAGE, file=sys.stderr)
        return 2
    geonames = load_geonames(geodir) if geodir else None
    if geodir and geonames is None:
        print(f'check_places.py: note: no cities_ar.tsv in {geodir}; '
              'geonames ids not checked', file=sys.stderr)
    outlines = None
    if outdir:
        try:
            outlines = load_outlines(outdir)
        except (OSError, ValueError) as e:
            print(f'check_places.py: note: cannot read outlines in {outdir}: {e}',
                  file=sys.stderr)
    errors = check(args[0], geonames, outlines)
    for e in errors:
        print(e)
    if counts:
        print_counts(admin_counts(args[0]))
    if corpus:
        print_corpus_counts(args[0], corpus, minimum)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
