/* SPDX-License-Identifier: MIT
 *
 * gaz_build.c - knowledge stage, build side: collects place rows, indexes
 * every name in its matching form and writes the compiled gazetteer (the
 * format is described in gaz_build.h).
 *
 * Names are normalized with rasad_normalize() and their white space is
 * collapsed to single spaces, so the index holds exactly what the matcher
 * sees when it joins normalized tokens. Latin names also go in with
 * hyphens turned into spaces ("al-hasakah" and "al hasakah").
 */
#include "knowledge/gaz_build.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "text/normalize.h"
#include "util/buf.h"
#include "util/bytes.h"
#include "util/error.h"
#include "util/grow.h"

typedef struct brow {
    uint32_t geonameid, parent, population;
    int32_t lat_e6, lon_e6;
    uint32_t s_en, s_ar, s_cc, s_a1, s_a1code, s_a2, s_feat; /* pool offsets */
    uint8_t kind, precision, source, fclass;
} brow;

typedef struct bname {
    uint32_t str, len; /* normalized name in the pool */
    uint32_t place;
    const char *s;     /* pool.data + str, set once the pool stops growing (for sorting) */
} bname;

struct gaz_builder {
    brow *rows;
    size_t n_rows, cap_rows;
    bname *names;
    size_t n_names, cap_names;
    buf pool; /* offset 0 is the empty string */
};

/* FNV-1a over little-endian 32-bit words (then the 0-3 tail bytes): a
 * quarter of the multiplications of the byte-wise hash, which keeps the
 * default gazetteer's load time down; each step (xor, multiply by an odd
 * number) is a bijection, so any single changed word changes the sum. */
uint32_t gaz_fnv1a(const unsigned char *p, size_t n) {
    uint32_t h = 2166136261u;
    size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        h ^= (uint32_t)p[i] | (uint32_t)p[i + 1] << 8 | (uint32_t)p[i + 2] << 16 | (uint32_t)p[i + 3] << 24;
        h *= 16777619u;
    }
    for (; i < n; i++) {
        h ^= p[i];
        h *= 16777619u;
    }
    return h;
}

gaz_builder *gazb_new(void) {
    gaz_builder *b = calloc(1, sizeof *b);
    if (!b)
        return NULL;
    buf_init(&b->pool, NULL);
    buf_putc(&b->pool, '\0');
    if (b->pool.failed) {
        buf_free(&b->pool);
        free(b);
        return NULL;
    }
    return b;
}

void gazb_free(gaz_builder *b) {
    if (!b)
        return;
    free(b->rows);
    free(b->names);
    buf_free(&b->pool);
    free(b);
}

size_t gazb_count(const gaz_builder *b) { return b ? b->n_rows : 0; }

/* Appends s to the pool; 0 (the empty string) for NULL or "". Strings
 * are not shared: the pool is a few megabytes at most. */
static int pool_add(gaz_builder *b, const char *s, size_t len, uint32_t *off) {
    if (!s || len == 0) {
        *off = 0;
        return 0;
    }
    if (b->pool.len + len + 1 > UINT32_MAX)
        return -1;
    *off = (uint32_t)b->pool.len;
    buf_append(&b->pool, s, len);
    buf_putc(&b->pool, '\0');
    return b->pool.failed ? -1 : 0;
}

static int pool_cstr(gaz_builder *b, const char *s, uint32_t *off) {
    return pool_add(b, s, s ? strlen(s) : 0, off);
}

int gaz_has_arabic(const char *s) {
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if ((p[0] == 0xD8 && p[1] >= 0xA0) || (p[0] == 0xD9 && p[1] >= 0x80 && p[1] <= 0x8A))
            return 1;
    return 0;
}

gaz_kind gazb_kind_of(const char *f, uint32_t population) {
    if (!f || !*f)
        return GAZ_K_OTHER;
    if (!strncmp(f, "PCL", 3) || !strcmp(f, "TERR"))
        return GAZ_K_COUNTRY;
    if (!strcmp(f, "ADM1") || !strcmp(f, "ADM1H"))
        return GAZ_K_ADMIN1;
    if (!strcmp(f, "ADM2") || !strcmp(f, "ADM2H"))
        return GAZ_K_ADMIN2;
    if (!strncmp(f, "ADM3", 4) || !strncmp(f, "ADM4", 4) || !strncmp(f, "ADM5", 4) || !strcmp(f, "ADMD"))
        return GAZ_K_ADMIN3;
    if (!strcmp(f, "RGN") || !strcmp(f, "AREA") || !strcmp(f, "RGNE") || !strcmp(f, "ZN") ||
        !strcmp(f, "DSRT") || !strcmp(f, "PLAT") || !strcmp(f, "PLN") || !strcmp(f, "VAL"))
        return GAZ_K_REGION;
    if (!strcmp(f, "PPLC") || !strcmp(f, "PPLA") || !strcmp(f, "PPLA2") || !strcmp(f, "PPLG"))
        return GAZ_K_CITY;
    if (!strcmp(f, "PPLL") || !strcmp(f, "PPLF") || !strcmp(f, "PPLQ") || !strcmp(f, "PPLW"))
        return GAZ_K_VILLAGE;
    if (!strncmp(f, "PPL", 3))
        return population >= 100000 ? GAZ_K_CITY : GAZ_K_TOWN;
    return GAZ_K_SITE;
}

static char fclass_of(gaz_kind k, const char *f) {
    switch (k) {
    case GAZ_K_COUNTRY:
    case GAZ_K_ADMIN1:
    case GAZ_K_ADMIN2:
    case GAZ_K_ADMIN3:
        return 'A';
    case GAZ_K_REGION:
        return (f && (!strcmp(f, "DSRT") || !strcmp(f, "PLAT") || !strcmp(f, "PLN") || !strcmp(f, "VAL")))
                   ? 'T'
                   : 'L';
    case GAZ_K_CITY:
    case GAZ_K_TOWN:
    case GAZ_K_VILLAGE:
        return 'P';
    case GAZ_K_SITE:
        if (f && (!strcmp(f, "DAM") || !strcmp(f, "RSV") || !strcmp(f, "STM") || !strcmp(f, "LK")))
            return 'H';
        if (f && (!strcmp(f, "OILF") || !strcmp(f, "CMP") || !strcmp(f, "CMPRF")))
            return 'L';
        if (f && !strcmp(f, "RD"))
            return 'R';
        return 'S';
    default:
        return 'S';
    }
}

static uint8_t precision_of(gaz_kind k) {
    switch (k) {
    case GAZ_K_COUNTRY:
    case GAZ_K_ADMIN1:
    case GAZ_K_REGION:
        return 3;
    case GAZ_K_ADMIN2:
    case GAZ_K_ADMIN3:
        return 2;
    default:
        return 1;
    }
}

/* Adds the matching form of one name for a place (and, for a name with
 * hyphens, the same with spaces). Empty results are skipped. */
static rasad_status add_norm_name(gaz_builder *b, uint32_t place, const char *name) {
    if (!name || !*name)
        return RASAD_OK;
    char *n = NULL;
    size_t nl = 0;
    rasad_status st = rasad_normalize(name, strlen(name), RASAD_NORM_DEFAULT, &n, &nl);
    if (st != RASAD_OK)
        return st;
    bool hyphen = memchr(n, '-', nl) != NULL;
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1)
            for (size_t r = 0; r < nl; r++)
                if (n[r] == '-')
                    n[r] = ' ';
        nl = norm_squeeze_spaces(n, nl);
        if (nl > 0) {
            uint32_t off;
            if (!grow_to(NULL, (void **)&b->names, &b->cap_names, b->n_names + 1, sizeof *b->names) ||
                pool_add(b, n, nl, &off)) {
                rasad_free(n);
                return RASAD_ENOMEM;
            }
            b->names[b->n_names++] = (bname){off, (uint32_t)nl, place, NULL};
        }
        if (!hyphen)
            break;
    }
    rasad_free(n);
    return RASAD_OK;
}

/* Indexes every name of row r (Arabic, English, variants) for place id. */
static rasad_status add_row_names(gaz_builder *b, uint32_t id, const gaz_row *r) {
    rasad_status st = add_norm_name(b, id, r->name_ar);
    if (st == RASAD_OK)
        st = add_norm_name(b, id, r->name_en);
    for (size_t i = 0; st == RASAD_OK && i < r->n_variants; i++)
        st = add_norm_name(b, id, r->variants[i]);
    return st;
}

rasad_status gazb_merge(gaz_builder *b, uint32_t id, const gaz_row *r) {
    if (!b || !r || id >= b->n_rows)
        return RASAD_EINVAL;
    brow *w = &b->rows[id];
    if ((r->name_en && *r->name_en && pool_cstr(b, r->name_en, &w->s_en)) ||
        (r->admin2 && *r->admin2 && pool_cstr(b, r->admin2, &w->s_a2)))
        return RASAD_ENOMEM;
    return add_row_names(b, id, r);
}

rasad_status gazb_add(gaz_builder *b, const gaz_row *r, uint32_t *id) {
    if (!b || !r)
        return RASAD_EINVAL;
    int has_name = (r->name_en && *r->name_en) || (r->name_ar && *r->name_ar);
    if (!has_name || !(r->lat >= -90.0 && r->lat <= 90.0) || !(r->lon >= -180.0 && r->lon <= 180.0))
        return RASAD_EINVAL;
    if (b->n_rows >= GAZ_NONE - 1)
        return RASAD_ELIMIT;
    if (!grow_to(NULL, (void **)&b->rows, &b->cap_rows, b->n_rows + 1, sizeof *b->rows))
        return RASAD_ENOMEM;
    brow *w = &b->rows[b->n_rows];
    memset(w, 0, sizeof *w);
    w->geonameid = r->geonameid;
    w->parent = GAZ_NONE;
    w->population = r->population;
    w->lat_e6 = (int32_t)lround(r->lat * 1e6);
    w->lon_e6 = (int32_t)lround(r->lon * 1e6);
    gaz_kind k = r->kind >= 0 && r->kind < GAZ_K__COUNT ? (gaz_kind)r->kind
                                                        : gazb_kind_of(r->feature, r->population);
    w->kind = (uint8_t)k;
    w->precision = r->precision >= 1 && r->precision <= 3 ? r->precision : precision_of(k);
    w->source = r->source < GAZ_SRC__COUNT ? r->source : GAZ_SRC_CURATED;
    w->fclass = (uint8_t)(r->fclass ? r->fclass : fclass_of(k, r->feature));
    if (pool_cstr(b, r->name_en, &w->s_en) || pool_cstr(b, r->name_ar, &w->s_ar) ||
        pool_cstr(b, r->country, &w->s_cc) || pool_cstr(b, r->admin1, &w->s_a1) ||
        pool_cstr(b, r->admin1_code, &w->s_a1code) || pool_cstr(b, r->admin2, &w->s_a2) ||
        pool_cstr(b, r->feature, &w->s_feat))
        return RASAD_ENOMEM;
    uint32_t me = (uint32_t)b->n_rows++;
    rasad_status st = add_row_names(b, me, r);
    if (id)
        *id = me;
    return st;
}

/* Orders names by bytes, then by place. The pointers are filled just
 * before sorting (the pool may move while it grows), so no global state
 * is needed and imports may run in several threads at once. */
static int cmp_name(const void *a, const void *b) {
    const bname *x = a, *y = b;
    int c = bytes_cmp(x->s, x->len, y->s, y->len);
    if (c)
        return c;
    return x->place < y->place ? -1 : x->place > y->place;
}

static const char *pstr(const gaz_builder *b, uint32_t off) { return b->pool.data + off; }

/* Is sorted name i the same string as name i - 1? */
static bool same_as_previous(const gaz_builder *b, size_t i) {
    if (i == 0)
        return false;
    const bname *x = &b->names[i], *y = &b->names[i - 1];
    return x->len == y->len && !memcmp(pstr(b, x->str), pstr(b, y->str), x->len);
}

/* Parent links: an ADM1 row of the same country whose code (or English
 * name) equals the place's admin1. */
static int link_parents(gaz_builder *b) {
    size_t n_adm = 0;
    for (size_t i = 0; i < b->n_rows; i++)
        n_adm += b->rows[i].kind == GAZ_K_ADMIN1;
    uint32_t *adm = malloc((n_adm ? n_adm : 1) * sizeof *adm);
    if (!adm)
        return -1;
    n_adm = 0;
    for (size_t i = 0; i < b->n_rows; i++)
        if (b->rows[i].kind == GAZ_K_ADMIN1)
            adm[n_adm++] = (uint32_t)i;
    for (size_t i = 0; i < b->n_rows; i++) {
        brow *r = &b->rows[i];
        if (r->kind == GAZ_K_ADMIN1 || r->kind == GAZ_K_COUNTRY)
            continue;
        const char *cc = pstr(b, r->s_cc), *code = pstr(b, r->s_a1code), *a1 = pstr(b, r->s_a1);
        if (!*cc || (!*code && !*a1))
            continue;
        uint32_t by_name = GAZ_NONE;
        for (size_t j = 0; j < n_adm; j++) {
            const brow *p = &b->rows[adm[j]];
            if (strcmp(pstr(b, p->s_cc), cc) != 0)
                continue;
            if (*code && !strcmp(pstr(b, p->s_a1code), code)) {
                r->parent = adm[j];
                break;
            }
            if (*a1 && by_name == GAZ_NONE && !strcmp(pstr(b, p->s_en), a1))
                by_name = adm[j];
        }
        if (r->parent == GAZ_NONE)
            r->parent = by_name;
        /* the parent's English name replaces the row's own admin1 when
         * the row has none, or when the parent is a hand-written
         * data/admin1.tsv row (one spelling for every place in it) */
        if (r->parent != GAZ_NONE && (r->s_a1 == 0 || b->rows[r->parent].source == GAZ_SRC_ADMIN1))
            r->s_a1 = b->rows[r->parent].s_en;
    }
    free(adm);
    /* an ADM1 row names itself as its admin1 */
    for (size_t i = 0; i < b->n_rows; i++)
        if (b->rows[i].kind == GAZ_K_ADMIN1 && b->rows[i].s_a1 == 0)
            b->rows[i].s_a1 = b->rows[i].s_en;
    return 0;
}

static void put32(unsigned char *p, uint32_t v) {
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16);
    p[3] = (unsigned char)(v >> 24);
}

static size_t align8(size_t n) { return (n + 7) & ~(size_t)7; }

rasad_status gazb_finish(gaz_builder *b, unsigned char **out, size_t *len) {
    if (!b || !out || !len)
        return RASAD_EINVAL;
    *out = NULL;
    *len = 0;
    if (b->pool.failed)
        return RASAD_ENOMEM;
    if (link_parents(b))
        return RASAD_ENOMEM;
    for (size_t i = 0; i < b->n_names; i++)
        b->names[i].s = b->pool.data + b->names[i].str;
    if (b->n_names)
        qsort(b->names, b->n_names, sizeof *b->names, cmp_name);
    /* unique names: a run of equal strings becomes one record whose
     * postings are the run's places (duplicates of one place dropped) */
    size_t n_unique = 0, n_post = 0;
    for (size_t i = 0; i < b->n_names; i++) {
        bool same = same_as_previous(b, i);
        if (!same)
            n_unique++;
        if (!same || b->names[i].place != b->names[i - 1].place)
            n_post++;
    }
    size_t off_places = GAZ_HEADER_SIZE;
    size_t off_names = align8(off_places + b->n_rows * GAZ_PLACE_REC);
    size_t off_post = align8(off_names + n_unique * GAZ_NAME_REC);
    size_t off_pool = align8(off_post + n_post * 4);
    size_t total = align8(off_pool + b->pool.len);
    if (total > UINT32_MAX)
        return RASAD_ELIMIT;
    unsigned char *f = calloc(1, total);
    if (!f)
        return RASAD_ENOMEM;
    uint32_t by_source[GAZ_SRC__COUNT] = {0};
    for (size_t i = 0; i < b->n_rows; i++) {
        const brow *r = &b->rows[i];
        unsigned char *p = f + off_places + i * GAZ_PLACE_REC;
        put32(p + 0, r->geonameid);
        put32(p + 4, r->parent);
        put32(p + 8, r->population);
        put32(p + 12, (uint32_t)r->lat_e6);
        put32(p + 16, (uint32_t)r->lon_e6);
        put32(p + 20, r->s_en);
        put32(p + 24, r->s_ar);
        put32(p + 28, r->s_cc);
        put32(p + 32, r->s_a1);
        put32(p + 36, r->s_a2);
        put32(p + 40, r->s_feat);
        p[44] = r->kind;
        p[45] = r->precision;
        p[46] = r->source;
        p[47] = r->fclass;
        by_source[r->source]++;
    }
    size_t u = 0, k = 0;
    unsigned char *rec = NULL; /* the current unique name's record */
    uint32_t cnt = 0;          /* and its postings so far */
    for (size_t i = 0; i < b->n_names; i++) {
        bool same = same_as_previous(b, i);
        if (!same) {
            rec = f + off_names + u * GAZ_NAME_REC;
            put32(rec, b->names[i].str);
            put32(rec + 4, b->names[i].len);
            put32(rec + 8, (uint32_t)k);
            u++;
            cnt = 0;
        }
        if (!same || b->names[i].place != b->names[i - 1].place) {
            put32(f + off_post + k * 4, b->names[i].place);
            k++;
            put32(rec + 12, ++cnt);
        }
    }
    memcpy(f + off_pool, b->pool.data, b->pool.len);
    memcpy(f, GAZ_MAGIC, 8);
    put32(f + 8, GAZ_FORMAT_VERSION);
    put32(f + 12, GAZ_HEADER_SIZE);
    put32(f + 16, (uint32_t)total);
    put32(f + 24, (uint32_t)b->n_rows);
    put32(f + 28, (uint32_t)off_places);
    put32(f + 32, (uint32_t)n_unique);
    put32(f + 36, (uint32_t)off_names);
    put32(f + 40, (uint32_t)n_post);
    put32(f + 44, (uint32_t)off_post);
    put32(f + 48, (uint32_t)(total - off_pool));
    put32(f + 52, (uint32_t)off_pool);
    for (int s = 0; s < GAZ_SRC__COUNT; s++)
        put32(f + 56 + 4 * (size_t)s, by_source[s]);
    put32(f + 20, gaz_fnv1a(f + GAZ_HEADER_SIZE, total - GAZ_HEADER_SIZE));
    *out = f;
    *len = total;
    return RASAD_OK;
}

/* ---- GeoNames dump import ------------------------------------------- */

#define DUMP_COLS 19

typedef struct irow {
    char *line;              /* owned; cols point into it */
    char *cols[DUMP_COLS];
    uint32_t geonameid;
    char **ar;               /* Arabic alternate names, owned */
    size_t n_ar, cap_ar;
    int ar_pref;             /* index in ar of the preferred one, -1 none */
} irow;

typedef struct a1code {
    char *key;  /* "SY.01", owned (name follows its NUL) */
    char *name;
} a1code;

/* Splits line in place at tabs into at most max columns; returns the
 * count (max + 1 means "more than max"). */
static size_t split_tabs(char *line, char **cols, size_t max) {
    size_t n = 0;
    char *p = line;
    for (;;) {
        if (n == max)
            return max + 1;
        cols[n++] = p;
        char *t = strchr(p, '\t');
        if (!t)
            return n;
        *t = '\0';
        p = t + 1;
    }
}

static void chomp(char *s, ssize_t *len) {
    while (*len > 0 && (s[*len - 1] == '\n' || s[*len - 1] == '\r'))
        s[--*len] = '\0';
}

/* Reads the next line of f that is neither blank nor a '#' comment into
 * *line (end of line removed, *len its length), counting every line read
 * in *lineno; false at the end of f or on a read error. */
static bool next_line(FILE *f, char **line, size_t *cap, size_t *lineno, ssize_t *len) {
    while ((*len = getline(line, cap, f)) >= 0) {
        ++*lineno;
        chomp(*line, len);
        if (*len > 0 && (*line)[0] != '#')
            return true;
    }
    return false;
}

static int parse_u32(const char *s, uint32_t *v, int allow_empty) {
    if (!*s) {
        *v = 0;
        return allow_empty;
    }
    uint64_t x = 0;
    for (const char *p = s; *p; p++) {
        if (*p < '0' || *p > '9')
            return 0;
        x = x * 10 + (uint64_t)(*p - '0');
        if (x > UINT32_MAX)
            x = UINT32_MAX + (uint64_t)1;
    }
    /* populations above 4 billion do not exist; ids that large are bad */
    if (x > UINT32_MAX)
        return 0;
    *v = (uint32_t)x;
    return 1;
}

static int parse_deg(const char *s, double lim, double *v) {
    if (!*s)
        return 0;
    char *end;
    double x = strtod(s, &end);
    if (*end || !(x >= -lim && x <= lim))
        return 0;
    *v = x;
    return 1;
}

static int cmp_irow(const void *a, const void *b) {
    const irow *x = a, *y = b;
    return x->geonameid < y->geonameid ? -1 : x->geonameid > y->geonameid;
}

static int cmp_a1(const void *a, const void *b) {
    return strcmp(((const a1code *)a)->key, ((const a1code *)b)->key);
}

static irow *find_irow(irow *rows, size_t n, uint32_t id) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (rows[mid].geonameid == id)
            return &rows[mid];
        if (rows[mid].geonameid < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

static const char *find_a1(const a1code *codes, size_t n, const char *cc, const char *code) {
    char key[64];
    if (snprintf(key, sizeof key, "%s.%s", cc, code) >= (int)sizeof key)
        return NULL;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(codes[mid].key, key);
        if (c == 0)
            return codes[mid].name;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

rasad_status gaz_import(FILE *country, const char *cname, FILE *alternates, const char *aname, FILE *admin1,
                        const char *dname, unsigned char **out, size_t *len, char *err, size_t errlen) {
    rasad_status st = RASAD_ENOMEM;
    irow *rows = NULL;
    size_t n_rows = 0, cap_rows = 0;
    a1code *codes = NULL;
    size_t n_codes = 0, cap_codes = 0;
    char *line = NULL;
    size_t line_cap = 0;
    const char **vars = NULL;
    size_t cap_vars = 0;
    gaz_builder *b = NULL;
    size_t lineno = 0;
    const char *where = cname ? cname : "country";
    if (!err)
        errlen = 0; /* snprintf(NULL, 0, ...) only measures */
    if (errlen)
        err[0] = '\0';
    if (!country || !out || !len)
        return RASAD_EINVAL;
    *out = NULL;
    *len = 0;

    /* the country file */
    ssize_t got;
    while (next_line(country, &line, &line_cap, &lineno, &got)) {
        if (memchr(line, '\0', (size_t)got)) {
            st = RASAD_EFORMAT;
            snprintf(err, errlen, "%s:%zu: NUL byte in line", where, lineno);
            goto fail;
        }
        if (!grow_to(NULL, (void **)&rows, &cap_rows, n_rows + 1, sizeof *rows))
            goto fail;
        irow *r = &rows[n_rows];
        memset(r, 0, sizeof *r);
        r->ar_pref = -1;
        r->line = strdup(line);
        if (!r->line)
            goto fail;
        n_rows++;
        size_t nc = split_tabs(r->line, r->cols, DUMP_COLS);
        double dummy;
        uint32_t pop;
        const char *msg = NULL;
        if (nc != DUMP_COLS)
            msg = "expected 19 tab-separated columns";
        else if (!parse_u32(r->cols[0], &r->geonameid, 0) || r->geonameid == 0)
            msg = "bad geonameid";
        else if (!*r->cols[1])
            msg = "empty name";
        else if (!parse_deg(r->cols[4], 90, &dummy) || !parse_deg(r->cols[5], 180, &dummy))
            msg = "bad latitude or longitude";
        else if (!parse_u32(r->cols[14], &pop, 1))
            msg = "bad population";
        else if (strlen(r->cols[6]) > 1)
            msg = "bad feature class";
        if (msg) {
            st = RASAD_EFORMAT;
            snprintf(err, errlen, "%s:%zu: %s", where, lineno, msg);
            goto fail;
        }
    }
    if (n_rows)
        qsort(rows, n_rows, sizeof *rows, cmp_irow);

    /* Arabic alternate names */
    lineno = 0;
    where = aname ? aname : "alternates";
    while (alternates && next_line(alternates, &line, &line_cap, &lineno, &got)) {
        char *cols[10];
        size_t nc = split_tabs(line, cols, 10);
        if (nc < 4 || nc > 10) {
            st = RASAD_EFORMAT;
            snprintf(err, errlen, "%s:%zu: expected 4 to 10 tab-separated columns", where, lineno);
            goto fail;
        }
        if (strcmp(cols[2], "ar") != 0 || !*cols[3])
            continue;
        uint32_t gid;
        if (!parse_u32(cols[1], &gid, 0)) {
            st = RASAD_EFORMAT;
            snprintf(err, errlen, "%s:%zu: bad geonameid", where, lineno);
            goto fail;
        }
        irow *r = find_irow(rows, n_rows, gid);
        if (!r)
            continue;
        if (!grow_to(NULL, (void **)&r->ar, &r->cap_ar, r->n_ar + 1, sizeof *r->ar))
            goto fail;
        r->ar[r->n_ar] = strdup(cols[3]);
        if (!r->ar[r->n_ar])
            goto fail;
        int preferred = nc > 4 && !strcmp(cols[4], "1");
        int historic = nc > 7 && !strcmp(cols[7], "1");
        if ((preferred && !historic) || (r->ar_pref < 0 && !historic))
            r->ar_pref = (int)r->n_ar;
        r->n_ar++;
    }

    /* admin1 names */
    lineno = 0;
    where = dname ? dname : "admin1";
    while (admin1 && next_line(admin1, &line, &line_cap, &lineno, &got)) {
        char *cols[5];
        size_t nc = split_tabs(line, cols, 4);
        if (nc < 2 || nc > 4 || !strchr(cols[0], '.') || !*cols[1]) {
            st = RASAD_EFORMAT;
            snprintf(err, errlen, "%s:%zu: expected CC.code, name, asciiname, geonameid", where, lineno);
            goto fail;
        }
        if (!grow_to(NULL, (void **)&codes, &cap_codes, n_codes + 1, sizeof *codes))
            goto fail;
        size_t kl = strlen(cols[0]), nl = strlen(cols[1]);
        char *k = malloc(kl + nl + 2);
        if (!k)
            goto fail;
        memcpy(k, cols[0], kl + 1);
        memcpy(k + kl + 1, cols[1], nl + 1);
        codes[n_codes].key = k;
        codes[n_codes].name = k + kl + 1;
        n_codes++;
    }
    if (n_codes)
        qsort(codes, n_codes, sizeof *codes, cmp_a1);

    b = gazb_new();
    if (!b)
        goto fail;
    for (size_t i = 0; i < n_rows; i++) {
        irow *r = &rows[i];
        char **c = r->cols;
        /* variants: asciiname, every alternatename, every Arabic alternate */
        size_t nalt = 1;
        for (const char *p = c[3]; *p; p++)
            nalt += *p == ',';
        size_t need = 1 + nalt + r->n_ar;
        if (!grow_to(NULL, (void **)&vars, &cap_vars, need, sizeof *vars))
            goto fail;
        size_t nv = 0;
        vars[nv++] = c[2];
        const char *name_ar = r->ar_pref >= 0 ? r->ar[r->ar_pref] : NULL;
        for (char *p = c[3]; p && *p;) {
            char *comma = strchr(p, ',');
            if (comma)
                *comma = '\0';
            if (*p) {
                vars[nv++] = p;
                if (!name_ar && gaz_has_arabic(p))
                    name_ar = p;
            }
            p = comma ? comma + 1 : NULL;
        }
        for (size_t k = 0; k < r->n_ar; k++)
            vars[nv++] = r->ar[k];
        double lat = 0, lon = 0;
        parse_deg(c[4], 90, &lat);
        parse_deg(c[5], 180, &lon);
        uint32_t pop = 0;
        parse_u32(c[14], &pop, 1);
        gaz_row row = {.geonameid = r->geonameid, .name_en = c[1], .name_ar = name_ar,
                       .variants = vars, .n_variants = nv, .country = c[8],
                       .admin1 = *c[10] ? find_a1(codes, n_codes, c[8], c[10]) : NULL,
                       .admin1_code = c[10], .feature = c[7], .fclass = c[6][0], .lat = lat,
                       .lon = lon, .population = pop, .source = GAZ_SRC_GEONAMES, .kind = -1};
        st = gazb_add(b, &row, NULL);
        if (st != RASAD_OK)
            goto fail;
    }
    st = gazb_finish(b, out, len);
fail:
    if (st == RASAD_ENOMEM && errlen && !err[0])
        snprintf(err, errlen, "out of memory");
    gazb_free(b);
    free(vars);
    free(line);
    for (size_t i = 0; i < n_rows; i++) {
        for (size_t k = 0; k < rows[i].n_ar; k++)
            free(rows[i].ar[k]);
        free(rows[i].ar);
        free(rows[i].line);
    }
    free(rows);
    for (size_t i = 0; i < n_codes; i++)
        free(codes[i].key);
    free(codes);
    return st;
}

rasad_status rasad_gazetteer_import(const char *country_path, const char *alternates_path,
                                    const char *admin1_path, const char *out_path, rasad_error *err) {
    char msg[sizeof err->message] = "";
    unsigned char *bin = NULL;
    size_t len = 0;
    FILE *fc = NULL, *fa = NULL, *fd = NULL, *fo = NULL;
    rasad_status st = RASAD_EIO;
    error_set(err, RASAD_OK, SIZE_MAX, "%s", "");
    if (!country_path || !out_path)
        return RASAD_EINVAL;
    const char *bad = country_path;
    if (!(fc = fopen(country_path, "rb")))
        goto fail;
    bad = alternates_path;
    if (alternates_path && !(fa = fopen(alternates_path, "rb")))
        goto fail;
    bad = admin1_path;
    if (admin1_path && !(fd = fopen(admin1_path, "rb")))
        goto fail;
    st = gaz_import(fc, country_path, fa, alternates_path, fd, admin1_path, &bin, &len, msg, sizeof msg);
    if (st != RASAD_OK)
        goto fail;
    bad = out_path;
    st = RASAD_EIO;
    if (!(fo = fopen(out_path, "wb")) || fwrite(bin, 1, len, fo) != len)
        goto fail;
    int rc = fclose(fo);
    fo = NULL;
    if (rc != 0)
        goto fail;
    st = RASAD_OK;
fail:
    if (st == RASAD_EIO && !msg[0])
        snprintf(msg, sizeof msg, "%s: cannot read or write", bad ? bad : "?");
    if (st != RASAD_OK)
        error_set(err, st, SIZE_MAX, "%s", msg);
    if (fc)
        fclose(fc);
    if (fa)
        fclose(fa);
    if (fd)
        fclose(fd);
    if (fo)
        fclose(fo);
    free(bin);
    return st;
}
