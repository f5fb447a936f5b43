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
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"

typedef struct brow {
    uint32_t geonameid, parent, population;
    int32_t lat_e6, lon_e6;
    uint32_t s_en, s_ar, s_cc, s_a1, s_a1code, s_a2, s_feat; /* pool offsets */
    uint8_t kind, precision, source, fclass;
} brow;

typedef struct bname {
    uint32_t str, len; /* normalized name in the pool */
    uint32_t place;
} bname;

struct gaz_builder {
    brow *rows;
    size_t n_rows, cap_rows;
    bname *names;
    size_t n_names, cap_names;
    buf pool; /* offset 0 is the empty string */
};

uint32_t gaz_fnv1a(const unsigned char *p, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
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

static int grow(void **p, size_t *cap, size_t need, size_t elem) {
    if (need <= *cap)
        return 0;
    size_t nc = *cap ? *cap : 256;
    while (nc < need) {
        if (nc > SIZE_MAX / 2)
            return -1;
        nc *= 2;
    }
    if (nc > SIZE_MAX / elem)
        return -1;
    void *q = realloc(*p, nc * elem);
    if (!q)
        return -1;
    *p = q;
    *cap = nc;
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
    for (int pass = 0; pass < 2; pass++) {
        /* collapse runs of white space to one space, trim both ends */
        size_t w = 0;
        int space = 0, hyphen = 0;
        for (size_t r = 0; r < nl; r++) {
            char c = n[r];
            if (c == '-' && pass == 1)
                c = ' ';
            if (c == '-')
                hyphen = 1;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                space = w > 0;
                continue;
            }
            if (space)
                n[w++] = ' ';
            space = 0;
            n[w++] = c;
        }
        nl = w;
        n[nl] = '\0';
        if (nl > 0) {
            uint32_t off;
            if (grow((void **)&b->names, &b->cap_names, b->n_names + 1, sizeof *b->names) ||
                pool_add(b, n, nl, &off)) {
                rasad_free(n);
                return RASAD_ENOMEM;
            }
            b->names[b->n_names++] = (bname){off, (uint32_t)nl, place};
        }
        if (!hyphen)
            break;
    }
    rasad_free(n);
    return RASAD_OK;
}

rasad_status gazb_add_name(gaz_builder *b, uint32_t id, const char *name) {
    if (!b || id >= b->n_rows)
        return RASAD_EINVAL;
    return add_norm_name(b, id, name);
}

rasad_status gazb_add(gaz_builder *b, const gaz_row *r, uint32_t *id) {
    if (!b || !r)
        return RASAD_EINVAL;
    int has_name = (r->name_en && *r->name_en) || (r->name_ar && *r->name_ar);
    if (!has_name || !(r->lat >= -90.0 && r->lat <= 90.0) || !(r->lon >= -180.0 && r->lon <= 180.0))
        return RASAD_EINVAL;
    if (b->n_rows >= GAZ_NONE - 1)
        return RASAD_ELIMIT;
    if (grow((void **)&b->rows, &b->cap_rows, b->n_rows + 1, sizeof *b->rows))
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
    rasad_status st = add_norm_name(b, me, r->name_ar);
    if (st == RASAD_OK)
        st = add_norm_name(b, me, r->name_en);
    for (size_t i = 0; st == RASAD_OK && i < r->n_variants; i++)
        st = add_norm_name(b, me, r->variants[i]);
    if (id)
        *id = me;
    return st;
}

/* qsort has no context argument in C11, so the comparison reads the pool
 * through this pointer; the builder is single-threaded by contract. */
static const char *g_sort_pool;

static int cmp_name(const void *a, const void *b) {
    const bname *x = a, *y = b;
    size_t m = x->len < y->len ? x->len : y->len;
    int c = memcmp(g_sort_pool + x->str, g_sort_pool + y->str, m);
    if (c)
        return c;
    if (x->len != y->len)
        return x->len < y->len ? -1 : 1;
    return x->place < y->place ? -1 : x->place > y->place;
}

static const char *pstr(const gaz_builder *b, uint32_t off) { return b->pool.data + off; }

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
        if (r->parent != GAZ_NONE)
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
    g_sort_pool = b->pool.data;
    if (b->n_names)
        qsort(b->names, b->n_names, sizeof *b->names, cmp_name);
    /* unique names: a run of equal strings becomes one record whose
     * postings are the run's places (duplicates of one place dropped) */
    size_t n_unique = 0, n_post = 0;
    for (size_t i = 0; i < b->n_names; i++) {
        int same = i > 0 && b->names[i].len == b->names[i - 1].len &&
                   !memcmp(pstr(b, b->names[i].str), pstr(b, b->names[i - 1].str), b->names[i].len);
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
    for (size_t i = 0; i < b->n_names; i++) {
        int same = i > 0 && b->names[i].len == b->names[i - 1].len &&
                   !memcmp(pstr(b, b->names[i].str), pstr(b, b->names[i - 1].str), b->names[i].len);
        if (!same) {
            unsigned char *p = f + off_names + u * GAZ_NAME_REC;
            put32(p, b->names[i].str);
            put32(p + 4, b->names[i].len);
            put32(p + 8, (uint32_t)k);
            put32(p + 12, 0);
            u++;
        }
        if (!same || b->names[i].place != b->names[i - 1].place) {
            put32(f + off_post + k * 4, b->names[i].place);
            k++;
            unsigned char *p = f + off_names + (u - 1) * GAZ_NAME_REC;
            uint32_t cnt = (uint32_t)p[12] | (uint32_t)p[13] << 8 | (uint32_t)p[14] << 16 |
                           (uint32_t)p[15] << 24;
            put32(p + 12, cnt + 1);
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
