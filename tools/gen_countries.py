#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""gen_countries.py - derives data/countries.tsv (knowledge stage input).

Reads the ISO 3166-1 codes and the Arabic and English country names of the
npm package i18n-iso-countries 7.14.0 (MIT), as kept in
../shared/data/countries/{codes,ar,en}.json, and writes one row per
country:

    iso2  iso3  name_ar  variants_ar  name_en  variants_en  lat  lon  capital_en
    capital_variants_ar

Arabic and English variants in the package (lists) become '|'-separated
variants; the variants and centroids in EXTRA below are facts entered by
hand for the countries news about the region names most (and the centroids of
the territories that have no city over 15,000 people), with Arabic
spellings of their capitals that GeoNames' Arabic catalogue lacks (it
writes كابل, news also writes كابول). Other countries
leave lat/lon empty: tools/gen_gazetteer fills them with the
population-weighted mean of the country's GeoNames cities.

Usage: tools/gen_countries.py [SHARED_DATA_DIR] > data/countries.tsv
"""
import json
import os
import sys

# iso2: (extra Arabic variants, centroid lat, lon, capital in GeoNames' English spelling)
# CAPITAL_AR: Arabic spellings of the capital, added to the GeoNames city
EXTRA = {
    "SY": (["سورية", "الجمهورية العربية السورية", "سوريه"], 35.0, 38.5, "Damascus"),
    "IQ": (["جمهورية العراق"], 33.0, 43.7, "Baghdad"),
    "TR": (["الجمهورية التركية"], 39.0, 35.2, "Ankara"),
    "IR": (["الجمهورية الإسلامية الإيرانية"], 32.4, 53.7, "Tehran"),
    "LB": (["الجمهورية اللبنانية"], 33.9, 35.9, "Beirut"),
    "JO": (["المملكة الأردنية الهاشمية", "المملكة الأردنية"], 31.2, 36.5, "Amman"),
    "SA": (["المملكة العربية السعودية", "المملكة"], 24.0, 45.0, "Riyadh"),
    "YE": (["الجمهورية اليمنية"], 15.6, 47.6, "Sanaa"),
    "EG": (["جمهورية مصر العربية"], 26.7, 30.8, "Cairo"),
    "LY": (["دولة ليبيا"], 27.0, 17.0, "Tripoli"),
    "PS": (["الأراضي الفلسطينية", "دولة فلسطين"], 31.9, 35.2, "East Jerusalem"),
    "IL": (["دولة إسرائيل", "اسرائيل"], 31.4, 35.0, "Jerusalem"),
    "AE": (["دولة الإمارات", "الامارات العربية المتحدة"], 24.0, 54.0, "Abu Dhabi"),
    "QA": (["دولة قطر"], 25.3, 51.2, "Doha"),
    "KW": (["دولة الكويت"], 29.3, 47.6, "Kuwait City"),
    "BH": (["مملكة البحرين"], 26.0, 50.55, "Manama"),
    "OM": (["سلطنة عمان", "سلطنة عُمان"], 21.0, 57.0, "Muscat"),
    "SD": (["جمهورية السودان"], 15.5, 30.0, "Khartoum"),
    "TN": (["الجمهورية التونسية"], 34.0, 9.0, "Tunis"),
    "DZ": (["الجمهورية الجزائرية"], 28.0, 2.6, "Algiers"),
    "MA": (["المملكة المغربية"], 31.8, -7.1, "Rabat"),
    "MR": (["الجمهورية الإسلامية الموريتانية"], 20.3, -10.3, "Nouakchott"),
    "SO": (["جمهورية الصومال"], 6.0, 46.2, "Mogadishu"),
    "DJ": ([], 11.8, 42.6, "Djibouti"),
    "KM": (["القمر"], -11.9, 43.9, "Moroni"),
    "US": (["أمريكا", "أميركا", "الولايات المتحدة", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية"], 39.8, -98.6, "Washington, D.C."),
    "RU": (["روسيا الاتحادية", "الاتحاد الروسي"], 61.5, 105.3, "Moscow"),
    "GB": (["بريطانيا", "المملكة المتحدة", "إنجلترا"], 54.0, -2.0, "London"),
    "FR": (["الجمهورية الفرنسية"], 46.6, 2.4, "Paris"),
    "DE": ([], 51.2, 10.4, "Berlin"),
    "CN": ([], 35.9, 104.2, "Beijing"),
    "AF": ([], 33.9, 67.7, "Kabul"),
    "PK": ([], 30.4, 69.3, "Islamabad"),
    "SS": ([], 7.9, 29.7, "Juba"),
    "CY": ([], 35.1, 33.4, "Nicosia"),
    # countries and territories without a GeoNames city over 15,000 people
    "AQ": ([], -75.0, 0.0, ""), "AW": ([], 12.52, -69.97, ""), "BV": ([], -54.42, 3.36, ""),
    "IO": ([], -6.34, 71.88, ""), "CX": ([], -10.49, 105.62, ""), "CC": ([], -12.16, 96.87, ""),
    "FK": ([], -51.80, -59.52, ""), "GI": ([], 36.14, -5.35, ""), "HM": ([], -53.08, 73.50, ""),
    "VA": (["دولة الفاتيكان"], 41.90, 12.45, ""), "MO": ([], 22.17, 113.55, ""),
    "NU": ([], -19.05, -169.87, ""), "NF": ([], -29.04, 167.95, ""), "PN": ([], -24.37, -128.32, ""),
    "SG": ([], 1.35, 103.82, ""), "GS": ([], -54.43, -36.59, ""), "TK": ([], -9.20, -171.85, ""),
    "TC": ([], 21.69, -71.80, ""), "UM": ([], 19.28, 166.65, ""), "VG": ([], 18.42, -64.64, ""),
    "EH": ([], 24.22, -12.89, ""), "CW": ([], 12.17, -68.99, ""), "BL": ([], 17.90, -62.83, ""),
    "MF": ([], 18.08, -63.05, ""), "SX": ([], 18.04, -63.07, ""),
}


CAPITAL_AR = {
    "AF": ["كابول", "كابل"],
    "SY": ["دمشق"],
    "IQ": ["بغداد"],
    "TR": ["أنقرة", "انقره"],
    "IR": ["طهران"],
    "LB": ["بيروت"],
    "JO": ["عمّان"],
    "SA": ["الرياض"],
    "YE": ["صنعاء"],
    "EG": ["القاهرة"],
    "LY": ["طرابلس"],
    "US": ["واشنطن"],
    "RU": ["موسكو"],
    "GB": ["لندن"],
    "FR": ["باريس"],
    "DE": ["برلين"],
    "CN": ["بكين", "بيجين"],
    "PK": ["إسلام آباد", "اسلام اباد"],
    "QA": ["الدوحة"],
    "KW": ["مدينة الكويت"],
    "AE": ["أبوظبي", "أبو ظبي"],
    "BH": ["المنامة"],
    "OM": ["مسقط"],
    "SD": ["الخرطوم"],
    "TN": ["تونس العاصمة"],
    "DZ": ["الجزائر العاصمة"],
    "MA": ["الرباط"],
    "IL": ["القدس"],
}

NAME_EN = {"SY": "Syria", "IR": "Iran", "RU": "Russia", "PS": "Palestine", "TR": "Turkey",
           "KR": "South Korea", "TZ": "Tanzania", "MD": "Moldova", "LA": "Laos"}


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), "..", "..", "shared", "data")
    d = os.path.join(base, "countries")
    with open(os.path.join(d, "codes.json"), encoding="utf-8") as f:
        codes = json.load(f)
    with open(os.path.join(d, "ar.json"), encoding="utf-8") as f:
        ar = json.load(f)["countries"]
    with open(os.path.join(d, "en.json"), encoding="utf-8") as f:
        en = json.load(f)["countries"]
    out = sys.stdout
    out.write("# generated by tools/gen_countries.py from i18n-iso-countries 7.14.0 (MIT)"
              " and hand-entered centroids - do not edit\n")
    out.write("iso2\tiso3\tname_ar\tvariants_ar\tname_en\tvariants_en\tlat\tlon\tcapital_en"
              "\tcapital_variants_ar\n")
    for row in codes:
        iso2, iso3 = row[0], row[1]
        a = ar.get(iso2)
        e = en.get(iso2)
        if a is None or e is None:
            continue
        alist = a if isinstance(a, list) else [a]
        elist = e if isinstance(e, list) else [e]
        if iso2 in NAME_EN:
            elist = [NAME_EN[iso2]] + [x for x in elist if x != NAME_EN[iso2]]
        extra = EXTRA.get(iso2, ([], "", "", ""))
        variants = []
        for v in alist[1:] + extra[0]:
            if v not in variants and v != alist[0]:
                variants.append(v)
        lat = "" if extra[1] == "" else "%.4f" % extra[1]
        lon = "" if extra[2] == "" else "%.4f" % extra[2]
        for v in [alist[0]] + variants + elist:
            if "\t" in v or "|" in v:
                sys.exit("gen_countries.py: bad character in %r" % v)
        out.write("\t".join([iso2, iso3, alist[0], "|".join(variants), elist[0],
                             "|".join(elist[1:]), lat, lon, extra[3],
                             "|".join(CAPITAL_AR.get(iso2, []))]) + "\n")


if __name__ == "__main__":
    main()
