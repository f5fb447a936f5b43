/* SPDX-License-Identifier: MIT
 *
 * gen_gazetteer.c - build-time generator of the built-in gazetteer
 * (knowledge stage). Run by cmake/gazetteer.cmake; writes
 * ${CMAKE_BINARY_DIR}/gen/gazetteer.bin, which the library embeds.
 *
 * Inputs, merged in this order (ids follow it):
 *   data/countries.tsv  every country (tools/gen_countries.py)
 *   data/admin1.tsv     first-level divisions of the Arab League
 *                       countries, Turkey and Iran (hand-written)
 *   libgeonames         GeoNames cities over 15,000 people, through the
 *                       library's API (geonames_get_city: id, name, admin1
 *                       code and name, country, population, coordinates);
 *                       Arabic names from the package's gettext catalogue
 *                       (geonames.mo for "ar", keyed by GeoNames id), read
 *                       directly so no Arabic locale needs to be installed
 *   data/city_variants.tsv  Arabic spellings of GeoNames cities (by
 *                       GeoNames id), added to the city before it is added
 *   data/places.tsv     curated Syrian and Iraqi places, when present
 * Countries and divisions without a centroid get the population-weighted
 * mean position of their GeoNames cities.
 *
 * Every TSV is read by one loop (read_rows: comments, header, UTF-8,
 * column count, the row's "FILE:LINE" for messages) that hands each row to
 * the file's own function. Malformed rows fail the build with
 * "FILE:LINE: message".
 *
 * GeoNames data: CC BY 4.0 (see data/NOTICE). libgeonames: GPL-3; this
 * tool only runs at build time and is not part of librasad.
 */
#include <errno.h>
#include <geonames/geonames.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "knowledge/gaz_build.h"
#include "rasad.h"
#include "util/grow.h"
#include "util/utf8.h"

/* librasad's allocator entry points, for the few library files this tool
 * is linked with (the generator cannot link librasad itself: librasad
 * embeds this tool's output). */
static void *std_calloc(size_t n, size_t s) { return calloc(n, s); }
static void *std_realloc(void *p, size_t s) { return realloc(p, s); }
static void std_free(void *p) { free(p); }
static const rasad_mem STD_MEM = {std_calloc, std_realloc, std_free};
const rasad_mem *rasad_default_mem(void) { return &STD_MEM; }
void rasad_free(void *p) { free(p); }

/* rasad_strerror lives in the library proper, which is not linked. */
static const char *status_text(rasad_status st) {
    switch (st) {
    case RASAD_ENOMEM:
        return "out of memory";
    case RASAD_EINVAL:
        return "no name, or coordinates out of range";
    case RASAD_ELIMIT:
        return "too many places";
    default:
        return "error";
    }
}

static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void die(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("gen_gazetteer: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static void *xcalloc(size_t n, size_t s) {
    void *p = calloc(n ? n : 1, s ? s : 1);
    if (!p)
        die("out of memory");
    return p;
}

/* grow_to, or the end of the run. */
static void xgrow(void **arr, size_t *cap, size_t need, size_t elem) {
    if (!grow_to(NULL, arr, cap, need, elem))
        die("out of memory");
}

static char *xstrdup(const char *s) {
    char *d = strdup(s ? s : "");
    if (!d)
        die("out of memory");
    return d;
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        die("%s: %s", path, strerror(errno));
    size_t cap = 0, n = 0;
    char *d = NULL;
    for (;;) {
        xgrow((void **)&d, &cap, n + 4096, 1);
        size_t r = fread(d + n, 1, cap - n - 1, f);
        n += r;
        if (r == 0)
            break;
    }
    if (ferror(f))
        die("%s: read error", path);
    fclose(f);
    d[n] = '\0';
    *len = n;
    return d;
}

/* ---- the gettext catalogue ------------------------------------------ */

/* A GNU .mo file: magic, revision, N, offset of the original strings'
 * table, offset of the translations' table; each table holds N (length,
 * offset) pairs; originals are sorted, so lookups are binary searches. */
typedef struct mo_file {
    const unsigned char *d;
    size_t len;
    uint32_t n, orig, trans;
    int swap;
} mo_file;

static uint32_t mo32(const mo_file *m, size_t off) {
    const unsigned char *p = m->d + off;
    if (m->swap)
        return (uint32_t)p[3] | (uint32_t)p[2] << 8 | (uint32_t)p[1] << 16 | (uint32_t)p[0] << 24;
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void mo_open(mo_file *m, const char *path) {
    size_t len;
    char *d = read_file(path, &len);
    m->d = (const unsigned char *)d;
    m->len = len;
    if (len < 20)
        die("%s: not a .mo file", path);
    uint32_t magic = (uint32_t)m->d[0] | (uint32_t)m->d[1] << 8 | (uint32_t)m->d[2] << 16 |
                     (uint32_t)m->d[3] << 24;
    if (magic == 0x950412deu)
        m->swap = 0;
    else if (magic == 0xde120495u)
        m->swap = 1;
    else
        die("%s: not a .mo file", path);
    m->n = mo32(m, 8);
    m->orig = mo32(m, 12);
    m->trans = mo32(m, 16);
    if (m->orig > len || m->trans > len || (uint64_t)m->n * 8 > len - m->orig ||
        (uint64_t)m->n * 8 > len - m->trans)
        die("%s: damaged .mo file", path);
    for (uint32_t i = 0; i < m->n; i++) {
        for (int t = 0; t < 2; t++) {
            size_t tab = t ? m->trans : m->orig;
            uint32_t sl = mo32(m, tab + 8 * (size_t)i), so = mo32(m, tab + 8 * (size_t)i + 4);
            if (so > len || sl >= len - so || m->d[so + sl] != '\0')
                die("%s: damaged .mo file (string %u)", path, i);
        }
    }
}

static const char *mo_get(const mo_file *m, const char *key) {
    uint32_t lo = 0, hi = m->n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        const char *k = (const char *)m->d + mo32(m, m->orig + 8 * (size_t)mid + 4);
        int c = strcmp(k, key);
        if (c == 0)
            return (const char *)m->d + mo32(m, m->trans + 8 * (size_t)mid + 4);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* A copy of s without LRM/RLM/ALM and the bidi embedding controls, which
 * the catalogue carries on some names ("طريف‎‎"), trimmed. */
static char *clean_name(const char *s) {
    char *d = xstrdup(s);
    size_t w = 0;
    for (size_t r = 0; d[r];) {
        const unsigned char *p = (const unsigned char *)d + r;
        if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x8E || p[2] == 0x8F || (p[2] >= 0xAA && p[2] <= 0xAE))) {
            r += 3;
            continue;
        }
        if (p[0] == 0xD8 && p[1] == 0x9C) { /* ARABIC LETTER MARK U+061C */
            r += 2;
            continue;
        }
        d[w++] = d[r++];
    }
    d[w] = '\0';
    while (w > 0 && d[w - 1] == ' ')
        d[--w] = '\0';
    size_t lead = strspn(d, " ");
    memmove(d, d + lead, w - lead + 1);
    return d;
}

/* ---- TSV reading ----------------------------------------------------- */

#define MAX_COLS 16

typedef struct tsv {
    const char *path;
    char *data;
    char *next;
    size_t line;
    char *cols[MAX_COLS];
    int ncols;
    char where[256]; /* "path:line" of the current row */
} tsv;

static void tsv_open(tsv *t, const char *path) {
    size_t len;
    t->path = path;
    t->data = read_file(path, &len);
    if (memchr(t->data, '\0', len))
        die("%s: holds a NUL byte", path);
    t->next = t->data;
    t->line = 0;
}

/* Next data row (skips blank lines, '#' comments and the header line,
 * which starts with the given first column name). */
static int tsv_next(tsv *t, const char *header_first) {
    while (t->next && *t->next) {
        char *line = t->next;
        char *nl = strchr(line, '\n');
        if (nl) {
            *nl = '\0';
            t->next = nl + 1;
        } else {
            t->next = NULL;
        }
        t->line++;
        size_t l = strlen(line);
        if (l && line[l - 1] == '\r')
            line[--l] = '\0';
        if (l == 0 || line[0] == '#')
            continue;
        t->ncols = 0;
        char *p = line;
        for (;;) {
            if (t->ncols == MAX_COLS)
                die("%s:%zu: more than %d columns", t->path, t->line, MAX_COLS);
            t->cols[t->ncols++] = p;
            char *tab = strchr(p, '\t');
            if (!tab)
                break;
            *tab = '\0';
            p = tab + 1;
        }
        if (header_first && !strcmp(t->cols[0], header_first))
            continue;
        return 1;
    }
    return 0;
}

static void bad(const tsv *t, const char *fmt, ...) __attribute__((format(printf, 2, 3), noreturn));
static void bad(const tsv *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s:%zu: ", t->path, t->line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

/* Parses a coordinate; empty gives NAN. */
static double coord(const tsv *t, const char *s, double lim, const char *what) {
    if (!*s)
        return NAN;
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || *end || !(v >= -lim && v <= lim))
        bad(t, "bad %s '%s'", what, s);
    return v;
}

/* Parses the coordinate pair in columns lat_col and lon_col: both given,
 * or both empty (NAN, NAN). */
static void coord_pair(const tsv *t, int lat_col, int lon_col, double *lat, double *lon) {
    *lat = coord(t, t->cols[lat_col], 90, "latitude");
    *lon = coord(t, t->cols[lon_col], 180, "longitude");
    if (isnan(*lat) != isnan(*lon))
        bad(t, "latitude and longitude must both be given or both be empty");
}

/* Splits a '|' list in place into v (at most max), skipping empties. */
static size_t split_bar(char *s, const char **v, size_t max) {
    size_t n = 0;
    while (s && *s && n < max) {
        char *bar = strchr(s, '|');
        if (bar)
            *bar = '\0';
        if (*s)
            v[n++] = s;
        s = bar ? bar + 1 : NULL;
    }
    return n;
}

/* Rows must be valid UTF-8 (the library's own test). */
static void check_utf8(const tsv *t) {
    for (int i = 0; i < t->ncols; i++)
        if (utf8_find_invalid(t->cols[i], strlen(t->cols[i]), 0, 0) != strlen(t->cols[i]))
            bad(t, "column %d is not valid UTF-8", i + 1);
}

/* The one row loop of every input TSV: opens path, skips comments, blank
 * lines and the header (first column header_first), checks UTF-8 and the
 * column count, sets t->where, and calls row(t, ctx) for each data row.
 * Returns the number of rows. */
typedef void (*row_fn)(tsv *t, void *ctx);

static size_t read_rows(const char *path, const char *header_first, int ncols, row_fn row, void *ctx) {
    tsv t;
    tsv_open(&t, path);
    size_t n = 0;
    while (tsv_next(&t, header_first)) {
        check_utf8(&t);
        if (t.ncols != ncols)
            bad(&t, "expected %d columns, found %d", ncols, t.ncols);
        snprintf(t.where, sizeof t.where, "%s:%zu", path, t.line);
        row(&t, ctx);
        n++;
    }
    free(t.data);
    return n;
}

/* ---- the merged rows ------------------------------------------------- */

typedef struct city {
    uint32_t geonameid, population;
    uint32_t id; /* its place id once added */
    char *name, *name_ar, *cc, *code, *state;
    char *extra_ar; /* '|'-separated spellings from data/city_variants.tsv, or NULL */
    double lat, lon;
} city;

typedef struct region_sum {
    char key[16]; /* "SY" or "SY.01" */
    double wlat, wlon, w;
} region_sum;

static region_sum *sums;
static size_t n_sums, cap_sums;

static void sum_add(const char *key, double lat, double lon, double w) {
    for (size_t i = 0; i < n_sums; i++)
        if (!strcmp(sums[i].key, key)) {
            sums[i].wlat += lat * w;
            sums[i].wlon += lon * w;
            sums[i].w += w;
            return;
        }
    xgrow((void **)&sums, &cap_sums, n_sums + 1, sizeof *sums);
    region_sum *s = &sums[n_sums++];
    snprintf(s->key, sizeof s->key, "%s", key);
    s->wlat = lat * w;
    s->wlon = lon * w;
    s->w = w;
}

static int sum_get(const char *key, double *lat, double *lon) {
    for (size_t i = 0; i < n_sums; i++)
        if (!strcmp(sums[i].key, key) && sums[i].w > 0) {
            *lat = sums[i].wlat / sums[i].w;
            *lon = sums[i].wlon / sums[i].w;
            return 1;
        }
    return 0;
}

/* Capitals, national ("" code) and of divisions: their English name in
 * GeoNames' spelling, and Arabic names to give that city: the capital
 * spellings of data/countries.tsv, and a division's own Arabic names when
 * the division is named after its capital (Turkish and Iranian provinces:
 * مانيسا is both), which the Arabic catalogue often lacks. */
typedef struct capital {
    char cc[3];
    char code[8];   /* "" for a national capital */
    char *name;
    char *ar;       /* '|'-separated Arabic names, owned, may be "" */
} capital;

static capital *caps;
static size_t n_caps, cap_caps;

static void capital_add(const char *cc, const char *code, const char *name, const char *ar) {
    if (!*name)
        return;
    xgrow((void **)&caps, &cap_caps, n_caps + 1, sizeof *caps);
    capital *c = &caps[n_caps++];
    snprintf(c->cc, sizeof c->cc, "%s", cc);
    snprintf(c->code, sizeof c->code, "%s", code);
    c->name = xstrdup(name);
    c->ar = xstrdup(ar);
}

/* Are two Latin names the same when only letters and digits count and
 * case does not? data/countries.tsv writes "Washington, D.C.", GeoNames
 * "Washington D.C.". */
static int same_latin_name(const char *a, const char *b) {
    for (;;) {
        while (*a && !((*a >= 'a' && *a <= 'z') || (*a >= 'A' && *a <= 'Z') || (*a >= '0' && *a <= '9') ||
                       (unsigned char)*a >= 0x80))
            a++;
        while (*b && !((*b >= 'a' && *b <= 'z') || (*b >= 'A' && *b <= 'Z') || (*b >= '0' && *b <= '9') ||
                       (unsigned char)*b >= 0x80))
            b++;
        if (!*a || !*b)
            return !*a && !*b;
        char x = (*a >= 'A' && *a <= 'Z') ? (char)(*a - 'A' + 'a') : *a;
        char y = (*b >= 'A' && *b <= 'Z') ? (char)(*b - 'A' + 'a') : *b;
        if (x != y)
            return 0;
        a++;
        b++;
    }
}

/* The capital entry a city is, or NULL: a national capital first, then
 * a division's capital in the city's own division. */
static const capital *capital_of(const city *c) {
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < n_caps; i++) {
            const capital *k = &caps[i];
            if ((pass == 0) != (k->code[0] == '\0'))
                continue;
            if (strcmp(k->cc, c->cc) != 0 || !same_latin_name(k->name, c->name))
                continue;
            if (pass == 1 && strcmp(k->code, c->code) != 0)
                continue;
            return k;
        }
    return NULL;
}

static const char *feature_of_city(const city *c) {
    const capital *k = capital_of(c);
    return !k ? "PPL" : k->code[0] ? "PPLA" : "PPLC";
}

/* English name of a division without its " Province"-like suffix: the
 * name of its capital for divisions named after one. */
static char *strip_suffix(const char *name) {
    static const char *const SUF[] = {" Province", " Governorate", " Region", " State", " Emirate",
                                      " Municipality", " District"};
    char *d = xstrdup(name);
    size_t l = strlen(d);
    for (size_t i = 0; i < sizeof SUF / sizeof SUF[0]; i++) {
        size_t sl = strlen(SUF[i]);
        if (l > sl && !strcmp(d + l - sl, SUF[i])) {
            d[l - sl] = '\0';
            break;
        }
    }
    return d;
}

/* Does an Arabic division name start with a cue word (محافظة، ولاية ...)?
 * Those were written with it on purpose (the bare word is ambiguous), so
 * they are not given to a city. */
static int has_cue_prefix(const char *s) {
    static const char *const P[] = {"ولاية ", "محافظة ", "إمارة ", "بلدية ", "منطقة ", "إقليم ", "جهة ",
                                    "الولاية ", "المحافظة ", "مدينة "};
    for (size_t i = 0; i < sizeof P / sizeof P[0]; i++)
        if (!strncmp(s, P[i], strlen(P[i])))
            return 1;
    return 0;
}

/* admin1 English names (and variants) -> code, to resolve the admin1
 * column of data/places.tsv. */
typedef struct a1name {
    char cc[3];
    char code[8];
    char *name; /* lower-cased */
} a1name;

static a1name *a1n;
static size_t n_a1n, cap_a1n;

static char *lower_dup(const char *s) {
    char *d = xstrdup(s);
    for (char *p = d; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
    return d;
}

static void a1name_add(const char *cc, const char *code, const char *name) {
    if (!*name)
        return;
    xgrow((void **)&a1n, &cap_a1n, n_a1n + 1, sizeof *a1n);
    a1name *a = &a1n[n_a1n++];
    snprintf(a->cc, sizeof a->cc, "%s", cc);
    snprintf(a->code, sizeof a->code, "%s", code);
    a->name = lower_dup(name);
}

static const char *a1_code_of(const char *cc, const char *name) {
    if (!*name)
        return NULL;
    char *l = lower_dup(name);
    const char *code = NULL;
    for (size_t i = 0; i < n_a1n && !code; i++)
        if (!strcmp(a1n[i].cc, cc) && !strcmp(a1n[i].name, l))
            code = a1n[i].code;
    free(l);
    return code;
}

static void add_or_die(gaz_builder *b, const gaz_row *r, const char *where) {
    rasad_status st = gazb_add(b, r, NULL);
    if (st != RASAD_OK)
        die("%s: cannot add '%s': %s", where, r->name_en ? r->name_en : "", status_text(st));
}

/* ---- inputs ---------------------------------------------------------- */

static city *cities;
static size_t n_cities;

static void read_cities(const mo_file *mo) {
    gint n = geonames_get_n_cities();
    if (n <= 0)
        die("libgeonames has no cities (is libgeonames-common installed?)");
    cities = xcalloc((size_t)n, sizeof *cities);
    for (gint i = 0; i < n; i++) {
        GeonamesCity *gc = geonames_get_city(i);
        if (!gc)
            continue;
        if (!g_variant_is_of_type(gc, G_VARIANT_TYPE("(sssssssudd)")))
            die("libgeonames city %d: unexpected record type %s", i, g_variant_get_type_string(gc));
        const char *id, *name, *code, *state, *cc, *country, *tz;
        guint32 pop;
        gdouble lat, lon;
        g_variant_get(gc, "(&s&s&s&s&s&s&sudd)", &id, &name, &code, &state, &cc, &country, &tz, &pop,
                      &lat, &lon);
        (void)country;
        (void)tz;
        city *c = &cities[n_cities];
        char *end;
        unsigned long gid = strtoul(id, &end, 10);
        if (*end || gid == 0 || gid > UINT32_MAX || strlen(cc) != 2) {
            geonames_city_free(gc);
            continue;
        }
        c->geonameid = (uint32_t)gid;
        c->population = pop;
        c->name = xstrdup(name);
        c->cc = xstrdup(cc);
        c->code = xstrdup(code);
        c->state = xstrdup(state);
        c->lat = lat;
        c->lon = lon;
        const char *ar = mo ? mo_get(mo, id) : NULL;
        c->name_ar = ar && gaz_has_arabic(ar) ? clean_name(ar) : NULL;
        geonames_city_free(gc);
        double w = pop > 0 ? pop : 1;
        sum_add(cc, lat, lon, w);
        char key[16];
        snprintf(key, sizeof key, "%.2s.%.8s", cc, code);
        sum_add(key, lat, lon, w);
        n_cities++;
    }
}

/* data/countries.tsv: iso2 iso3 name_ar variants_ar name_en variants_en
 * lat lon capital_en capital_variants_ar */
static void country_row(tsv *t, void *ctx) {
    gaz_builder *b = ctx;
    if (strlen(t->cols[0]) != 2)
        bad(t, "bad ISO alpha-2 code '%s'", t->cols[0]);
    if (!*t->cols[2] || !*t->cols[4])
        bad(t, "missing name");
    double lat, lon;
    coord_pair(t, 6, 7, &lat, &lon);
    if (isnan(lat) && !sum_get(t->cols[0], &lat, &lon))
        return; /* no coordinates known at all: a territory without cities */
    const char *v[64];
    size_t nv = split_bar(t->cols[3], v, 32);
    nv += split_bar(t->cols[5], v + nv, 32);
    v[nv++] = t->cols[1]; /* ISO alpha-3 as a Latin name */
    capital_add(t->cols[0], "", t->cols[8], t->cols[9]);
    gaz_row r = {.name_en = t->cols[4], .name_ar = t->cols[2], .variants = v, .n_variants = nv,
                 .country = t->cols[0], .feature = "PCLI", .lat = lat, .lon = lon,
                 .source = GAZ_SRC_COUNTRY, .kind = -1};
    add_or_die(b, &r, t->where);
}

/* data/admin1.tsv: country code name_ar variants_ar name_en variants_en
 * lat lon capital_en */
static void admin1_row(tsv *t, void *ctx) {
    gaz_builder *b = ctx;
    const char *cc = t->cols[0], *code = t->cols[1];
    if (strlen(cc) != 2)
        bad(t, "bad ISO alpha-2 code '%s'", cc);
    if (strlen(code) > 7)
        bad(t, "bad admin1 code '%s'", code);
    if (!*t->cols[2] || !*t->cols[4])
        bad(t, "missing name");
    double lat, lon;
    coord_pair(t, 6, 7, &lat, &lon);
    if (isnan(lat)) {
        char key[16];
        snprintf(key, sizeof key, "%.2s.%.8s", cc, code);
        if (!*code || !sum_get(key, &lat, &lon))
            bad(t, "no centroid and no GeoNames city with admin1 code %s", key);
    }
    a1name_add(cc, code, t->cols[4]);
    if (*code) {
        /* the capital (named, or the division's own name), and the
         * Arabic names it shares with the division */
        char *ar = NULL;
        char *own = strip_suffix(t->cols[4]);
        int named_after = !*t->cols[8] || !strcmp(own, t->cols[8]);
        free(own);
        if (named_after && !has_cue_prefix(t->cols[2])) {
            size_t al = strlen(t->cols[2]) + strlen(t->cols[3]) + 2;
            ar = xcalloc(1, al);
            snprintf(ar, al, "%s%s%s", t->cols[2], *t->cols[3] ? "|" : "", t->cols[3]);
        }
        char *cap = *t->cols[8] ? xstrdup(t->cols[8]) : strip_suffix(t->cols[4]);
        capital_add(cc, code, cap, ar ? ar : "");
        free(cap);
        free(ar);
    }
    char *ven = xstrdup(t->cols[5]);
    const char *v[64];
    size_t nv = split_bar(t->cols[3], v, 32);
    size_t ne = split_bar(ven, v + nv, 32);
    for (size_t i = 0; i < ne; i++)
        a1name_add(cc, code, v[nv + i]);
    nv += ne;
    gaz_row r = {.name_en = t->cols[4], .name_ar = t->cols[2], .variants = v, .n_variants = nv,
                 .country = cc, .admin1_code = *code ? code : NULL, .feature = "ADM1", .lat = lat, .lon = lon,
                 .source = GAZ_SRC_ADMIN1, .kind = -1};
    add_or_die(b, &r, t->where);
    free(ven);
}

/* data/city_variants.tsv: geonameid name_en country variants_ar. The id
 * must be a libgeonames city of that English name and country: a typo in
 * the id would otherwise give the names to another town. A variant
 * written "-NAME" takes the catalogue's Arabic name NAME away from the
 * city instead (a small town abroad whose only Arabic name is a common
 * word: يوما "a day" is Yuma, Arizona); it must be that name exactly. */
static void city_variant_row(tsv *t, void *ctx) {
    (void)ctx;
    char *end;
    errno = 0;
    unsigned long gid = strtoul(t->cols[0], &end, 10);
    if (errno || !*t->cols[0] || *end || gid == 0 || gid > UINT32_MAX)
        bad(t, "bad GeoNames id '%s'", t->cols[0]);
    city *c = NULL;
    for (size_t i = 0; i < n_cities && !c; i++)
        if (cities[i].geonameid == gid)
            c = &cities[i];
    if (!c)
        bad(t, "GeoNames id %lu is not a libgeonames city", gid);
    if (strcmp(c->name, t->cols[1]) != 0 || strcmp(c->cc, t->cols[2]) != 0)
        bad(t, "GeoNames id %lu is '%s' (%s), not '%s' (%s)", gid, c->name, c->cc, t->cols[1], t->cols[2]);
    char *s = t->cols[3];
    size_t len = strlen(s);
    if (!len || !gaz_has_arabic(s))
        bad(t, "no Arabic variant");
    if (strstr(s, "||") || s[0] == '|' || s[len - 1] == '|')
        bad(t, "empty variant");
    const char *v[64];
    size_t nv = split_bar(s, v, 64);
    for (size_t i = 0; i < nv; i++) {
        if (v[i][0] == '-') {
            if (!c->name_ar || strcmp(c->name_ar, v[i] + 1) != 0)
                bad(t, "'%s' is not the catalogue's Arabic name of %lu ('%s')", v[i] + 1, gid,
                    c->name_ar ? c->name_ar : "");
            free(c->name_ar);
            c->name_ar = NULL;
            continue;
        }
        size_t old = c->extra_ar ? strlen(c->extra_ar) : 0, add = strlen(v[i]);
        char *nx = realloc(c->extra_ar, old + add + 2);
        if (!nx)
            die("out of memory");
        if (old)
            nx[old++] = '|';
        memcpy(nx + old, v[i], add + 1);
        c->extra_ar = nx;
    }
}

/* Normalized Arabic names of the GeoNames cities, sorted, so that a
 * curated row for the same town merges into the city (one place with
 * the GeoNames id and every spelling) instead of a near-duplicate. */
typedef struct cname {
    char *norm;
    size_t city;
} cname;

static cname *cnames;
static size_t n_cnames, cap_cnames;

static char *norm_dup(const char *s) {
    char *n = NULL;
    size_t nl = 0;
    if (rasad_normalize(s, strlen(s), RASAD_NORM_DEFAULT, &n, &nl) != RASAD_OK)
        die("out of memory");
    return n;
}

static void index_city_name(size_t city_index, const char *name) {
    if (!name || !*name)
        return;
    xgrow((void **)&cnames, &cap_cnames, n_cnames + 1, sizeof *cnames);
    cnames[n_cnames].norm = norm_dup(name);
    cnames[n_cnames].city = city_index;
    n_cnames++;
}

static int cmp_cname(const void *a, const void *b) {
    return strcmp(((const cname *)a)->norm, ((const cname *)b)->norm);
}

static double approx_km(double lat1, double lon1, double lat2, double lon2) {
    const double rad = 3.14159265358979323846 / 180.0;
    double x = (lon2 - lon1) * rad * cos((lat1 + lat2) / 2 * rad), y = (lat2 - lat1) * rad;
    return 6371.0 * sqrt(x * x + y * y);
}

/* The GeoNames city a curated town is, or NULL: same country, one of its
 * Arabic names equal, within 15 km. */
static const city *same_city(const char *cc, double lat, double lon, const char *const *names, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (!names[i] || !*names[i])
            continue;
        char *key = norm_dup(names[i]);
        size_t lo = 0, hi = n_cnames;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (strcmp(cnames[mid].norm, key) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (size_t j = lo; j < n_cnames && !strcmp(cnames[j].norm, key); j++) {
            const city *c = &cities[cnames[j].city];
            if (!strcmp(c->cc, cc) && approx_km(lat, lon, c->lat, c->lon) < 15.0) {
                rasad_free(key);
                return c;
            }
        }
        rasad_free(key);
    }
    return NULL;
}

static void add_cities(gaz_builder *b) {
    for (size_t i = 0; i < n_cities; i++) {
        city *c = &cities[i];
        const capital *k = capital_of(c);
        const char *v[64];
        size_t nv = 0;
        char *ar = k ? xstrdup(k->ar) : NULL;
        char *extra = c->extra_ar ? xstrdup(c->extra_ar) : NULL;
        if (ar)
            nv = split_bar(ar, v, 32);
        if (extra)
            nv += split_bar(extra, v + nv, 32);
        const char *name_ar = c->name_ar ? c->name_ar : nv ? v[0] : NULL;
        gaz_row r = {.geonameid = c->geonameid, .name_en = c->name, .name_ar = name_ar,
                     .variants = v, .n_variants = nv, .country = c->cc, .admin1_code = c->code,
                     .admin1 = c->state, .feature = feature_of_city(c), .lat = c->lat, .lon = c->lon,
                     .population = c->population, .source = GAZ_SRC_GEONAMES, .kind = -1};
        if (gazb_add(b, &r, &cities[i].id) != RASAD_OK)
            die("libgeonames: cannot add '%s'", c->name);
        index_city_name(i, name_ar);
        for (size_t k2 = 0; k2 < nv; k2++)
            index_city_name(i, v[k2]);
        free(ar);
        free(extra);
    }
}

/* data/places.tsv kinds and the GeoNames feature code each becomes. */
static const struct {
    const char *kind, *feature;
    int gkind;
} KINDS[] = {
    {"city", "PPL", GAZ_K_CITY},          {"town", "PPL", GAZ_K_TOWN},
    {"village", "PPL", GAZ_K_VILLAGE},    {"district", "ADM2", GAZ_K_ADMIN2},
    {"subdistrict", "ADM3", GAZ_K_ADMIN3}, {"governorate", "ADM1", GAZ_K_ADMIN1},
    {"region", "RGN", GAZ_K_REGION},      {"prison", "PRN", GAZ_K_SITE},
    {"camp", "CMP", GAZ_K_SITE},          {"base", "MILB", GAZ_K_SITE},
    {"airport", "AIRP", GAZ_K_SITE},      {"crossing", "PSTB", GAZ_K_SITE},
    {"oilfield", "OILF", GAZ_K_SITE},     {"dam", "DAM", GAZ_K_SITE},
    {"site", "LCTY", GAZ_K_SITE},
};

static size_t n_merged;

/* data/places.tsv: name_ar variants_ar name_en kind admin1 admin2 country
 * lat lon precision source. A town that is a GeoNames city (same_city)
 * merges into it. */
static void place_row(tsv *t, void *ctx) {
    gaz_builder *b = ctx;
    if (!*t->cols[0])
        bad(t, "empty name_ar");
    if (!gaz_has_arabic(t->cols[0]))
        bad(t, "name_ar '%s' has no Arabic letter", t->cols[0]);
    int k = -1;
    for (size_t i = 0; i < sizeof KINDS / sizeof KINDS[0]; i++)
        if (!strcmp(KINDS[i].kind, t->cols[3]))
            k = (int)i;
    if (k < 0)
        bad(t, "unknown kind '%s'", t->cols[3]);
    const char *cc = t->cols[6];
    if (strlen(cc) != 2 || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z')
        bad(t, "bad country '%s' (ISO alpha-2)", cc);
    double lat, lon;
    coord_pair(t, 7, 8, &lat, &lon);
    if (isnan(lat))
        bad(t, "missing coordinates");
    const char *pr = t->cols[9];
    if (strlen(pr) != 1 || pr[0] < '1' || pr[0] > '3')
        bad(t, "precision must be 1, 2 or 3, not '%s'", pr);
    const char *v[64];
    size_t nv = split_bar(t->cols[1], v, 64);
    const char *code = a1_code_of(cc, t->cols[4]);
    gaz_row r = {.name_en = t->cols[2], .name_ar = t->cols[0], .variants = v, .n_variants = nv,
                 .country = cc, .admin1 = t->cols[4], .admin1_code = code, .admin2 = t->cols[5],
                 .feature = KINDS[k].feature, .lat = lat, .lon = lon,
                 .precision = (uint8_t)(pr[0] - '0'), .source = GAZ_SRC_CURATED,
                 .kind = KINDS[k].gkind};
    const city *same = NULL;
    if (KINDS[k].gkind == GAZ_K_CITY || KINDS[k].gkind == GAZ_K_TOWN || KINDS[k].gkind == GAZ_K_VILLAGE) {
        const char *names[65];
        names[0] = t->cols[0];
        memcpy(names + 1, v, nv * sizeof *v);
        same = same_city(cc, lat, lon, names, nv + 1);
    }
    if (same) {
        if (gazb_merge(b, same->id, &r) != RASAD_OK)
            die("%s: cannot merge into '%s'", t->where, same->name);
        n_merged++;
    } else {
        add_or_die(b, &r, t->where);
    }
}

static void usage(void) {
    fputs("usage: gen_gazetteer --countries data/countries.tsv --admin1 data/admin1.tsv\n"
          "                     [--city-variants data/city_variants.tsv] [--places data/places.tsv]\n"
          "                     [--mo geonames.mo] [--no-geonames] -o OUT\n",
          stderr);
    exit(2);
}

int main(int argc, char **argv) {
    const char *countries = NULL, *admin1 = NULL, *places = NULL, *variants = NULL, *out = NULL;
    const char *mo_path = "/usr/share/locale/ar/LC_MESSAGES/geonames.mo";
    int use_geonames = 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--no-geonames"))
            use_geonames = 0;
        else if (i + 1 < argc && !strcmp(a, "--countries"))
            countries = argv[++i];
        else if (i + 1 < argc && !strcmp(a, "--admin1"))
            admin1 = argv[++i];
        else if (i + 1 < argc && !strcmp(a, "--places"))
            places = argv[++i];
        else if (i + 1 < argc && !strcmp(a, "--city-variants"))
            variants = argv[++i];
        else if (i + 1 < argc && !strcmp(a, "--mo"))
            mo_path = argv[++i];
        else if (i + 1 < argc && !strcmp(a, "-o"))
            out = argv[++i];
        else
            usage();
    }
    if (!countries || !admin1 || !out)
        usage();
    mo_file mo = {0};
    if (use_geonames) {
        mo_open(&mo, mo_path);
        read_cities(&mo);
    }
    gaz_builder *b = gazb_new();
    if (!b)
        die("out of memory");
    read_rows(countries, "iso2", 10, country_row, b);
    size_t n_countries = gazb_count(b);
    size_t n_admin1 = read_rows(admin1, "country", 9, admin1_row, b);
    size_t n_variant_rows = 0;
    if (variants)
        n_variant_rows = read_rows(variants, "geonameid", 4, city_variant_row, NULL);
    add_cities(b);
    if (n_cnames)
        qsort(cnames, n_cnames, sizeof *cnames, cmp_cname);
    size_t n_places = 0;
    if (places) {
        FILE *pf = fopen(places, "rb");
        if (pf) {
            fclose(pf);
            n_places = read_rows(places, "name_ar", 11, place_row, b);
        }
    }
    unsigned char *bin;
    size_t len;
    rasad_status st = gazb_finish(b, &bin, &len);
    if (st != RASAD_OK)
        die("cannot build: %s", status_text(st));
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", out);
    FILE *f = fopen(tmp, "wb");
    if (!f || fwrite(bin, 1, len, f) != len || fclose(f) != 0)
        die("%s: cannot write", tmp);
    if (rename(tmp, out) != 0)
        die("%s: cannot rename: %s", out, strerror(errno));
    fprintf(stderr,
            "gen_gazetteer: %zu places (%zu countries, %zu admin1, %zu GeoNames cities with %zu rows of "
            "spellings, %zu curated rows of which %zu merged into a GeoNames city), %zu bytes\n",
            gazb_count(b), n_countries, n_admin1, n_cities, n_variant_rows, n_places, n_merged, len);
    free(bin);
    gazb_free(b);
    /* everything is released so that sanitizer builds run the tool clean */
    free((void *)mo.d);
    for (size_t i = 0; i < n_cities; i++) {
        free(cities[i].name);
        free(cities[i].name_ar);
        free(cities[i].cc);
        free(cities[i].code);
        free(cities[i].state);
        free(cities[i].extra_ar);
    }
    free(cities);
    for (size_t i = 0; i < n_caps; i++) {
        free(caps[i].name);
        free(caps[i].ar);
    }
    free(caps);
    for (size_t i = 0; i < n_a1n; i++)
        free(a1n[i].name);
    free(a1n);
    free(sums);
    for (size_t i = 0; i < n_cnames; i++)
        rasad_free(cnames[i].norm);
    free(cnames);
    return 0;
}
