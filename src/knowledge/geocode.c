/* SPDX-License-Identifier: MIT
 *
 * geocode.c - resolution stage: scores the gazetteer candidates of a
 * matched place name and picks one, and writes places as SCHEMA.md Geo.
 *
 * The score is a sum of evidence, each term sized so that stronger
 * evidence wins over weaker (numbers in points):
 *   kind prior       country 1200 > capital/city 600-800 > admin1 500 >
 *                    region 450 > town 400 > district 300-350 > village,
 *                    site 250-300: a bare name most often means the
 *                    country, else the city, else the province
 *   population       50 per decade of people (a 2-million city: +315)
 *   curated row      +60 (data/places.tsv was written for this domain)
 *   cue word         +300..+700 for the kind the cue asks for, -300 for a
 *                    city when محافظة asks for a province and vice versa
 *   country context  +300 when the article already named the place's
 *                    country, +60 per further mention (up to 4); not
 *                    given, without a cue word, to a place that shares
 *                    its name with a country (كولومبيا in an article about
 *                    the US is Colombia, not Columbia, South Carolina: a
 *                    country's name names the country first), nor to a
 *                    GeoNames town under 100,000 people that shares its
 *                    name with a city 8 times its size and of half a
 *                    million or more (باريس in an article about the US
 *                    is still Paris, not Paris, Texas; Tripoli, Lebanon,
 *                    a fifth of Tripoli, Libya, keeps it, and so does
 *                    Zinjibar, Yemen, beside Zanzibar's 400,000)
 *   nearby places    +250 for the same admin1 as a place resolved
 *                    nearby, +150 within 75 km of one
 * Alternatives are the other candidates scoring within ALT_MARGIN of the
 * winner and lying more than 25 km from it (two rows for one town, e.g.
 * GeoNames' and the curated one, are not alternatives).
 */
#include "knowledge/geocode.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "rasad.h"

#define ALT_MARGIN 400

/* Matching forms (rasad_normalize: ة -> ه, ى -> ي) of the cue words. */
static const struct {
    const char *word;
    geo_cue cue;
} CUES[] = {
    {"مدينه", GEO_CUE_CITY},      {"العاصمه", GEO_CUE_CITY},   {"بلده", GEO_CUE_TOWN},
    {"بلدات", GEO_CUE_TOWN},      {"قريه", GEO_CUE_VILLAGE},  {"قري", GEO_CUE_VILLAGE},
    {"مزرعه", GEO_CUE_VILLAGE},   {"محافظه", GEO_CUE_PROVINCE}, {"ولايه", GEO_CUE_PROVINCE},
    {"اقليم", GEO_CUE_PROVINCE},  {"مقاطعه", GEO_CUE_PROVINCE}, {"محافظات", GEO_CUE_PROVINCE},
    {"منطقه", GEO_CUE_DISTRICT},  {"قضاء", GEO_CUE_DISTRICT},  {"ناحيه", GEO_CUE_DISTRICT},
    {"مديريه", GEO_CUE_DISTRICT}, {"دوله", GEO_CUE_COUNTRY},   {"بلاد", GEO_CUE_COUNTRY},
    {"جمهوريه", GEO_CUE_COUNTRY}, {"ريف", GEO_CUE_NEAR},       {"قرب", GEO_CUE_NEAR},
    {"بالقرب", GEO_CUE_NEAR},     {"محيط", GEO_CUE_NEAR},      {"اطراف", GEO_CUE_NEAR},
    {"ضواحي", GEO_CUE_NEAR},      {"ضاحيه", GEO_CUE_NEAR},     {"مشارف", GEO_CUE_NEAR},
    {"سجن", GEO_CUE_SITE},        {"مخيم", GEO_CUE_SITE},      {"قاعده", GEO_CUE_SITE},
    {"مطار", GEO_CUE_SITE},       {"معبر", GEO_CUE_SITE},      {"حقل", GEO_CUE_SITE},
    {"سد", GEO_CUE_SITE},         {"معسكر", GEO_CUE_SITE},     {"منفذ", GEO_CUE_SITE},
};

geo_cue geo_cue_of(const char *norm, size_t len) {
    if (!norm)
        return GEO_CUE_NONE;
    for (size_t i = 0; i < sizeof CUES / sizeof CUES[0]; i++)
        if (strlen(CUES[i].word) == len && !memcmp(CUES[i].word, norm, len))
            return CUES[i].cue;
    return GEO_CUE_NONE;
}

static const struct {
    const char *word;
    unsigned dir;
} DIRS[] = {
    {"شمال", GEO_DIR_N},      {"شمالي", GEO_DIR_N},    {"الشمالي", GEO_DIR_N},  {"الشماليه", GEO_DIR_N},
    {"جنوب", GEO_DIR_S},      {"جنوبي", GEO_DIR_S},    {"الجنوبي", GEO_DIR_S},  {"الجنوبيه", GEO_DIR_S},
    {"شرق", GEO_DIR_E},       {"شرقي", GEO_DIR_E},     {"الشرقي", GEO_DIR_E},   {"الشرقيه", GEO_DIR_E},
    {"غرب", GEO_DIR_W},       {"غربي", GEO_DIR_W},     {"الغربي", GEO_DIR_W},   {"الغربيه", GEO_DIR_W},
    {"وسط", GEO_DIR_CENTRAL}, {"الاوسط", GEO_DIR_CENTRAL}, {"الوسطي", GEO_DIR_CENTRAL},
};

unsigned geo_direction_of(const char *norm, size_t len) {
    if (!norm)
        return 0;
    for (size_t i = 0; i < sizeof DIRS / sizeof DIRS[0]; i++)
        if (strlen(DIRS[i].word) == len && !memcmp(DIRS[i].word, norm, len))
            return DIRS[i].dir;
    return 0;
}

void geo_context_init(geo_context *ctx) {
    if (ctx)
        memset(ctx, 0, sizeof *ctx);
}

void geo_context_add_country(geo_context *ctx, const char *cc) {
    if (!ctx || !cc || strlen(cc) != 2)
        return;
    for (size_t i = 0; i < ctx->n_countries; i++)
        if (!memcmp(ctx->countries[i].cc, cc, 2)) {
            ctx->countries[i].count++;
            return;
        }
    if (ctx->n_countries >= GEO_MAX_COUNTRIES)
        return;
    memcpy(ctx->countries[ctx->n_countries].cc, cc, 2);
    ctx->countries[ctx->n_countries].cc[2] = '\0';
    ctx->countries[ctx->n_countries].count = 1;
    ctx->n_countries++;
}

static int32_t kind_prior(const gaz_place *p) {
    switch ((gaz_kind)p->kind) {
    case GAZ_K_COUNTRY:
        return 1200;
    case GAZ_K_CITY:
        return !strcmp(p->feature, "PPLC") ? 800 : !strcmp(p->feature, "PPLA") ? 700 : 600;
    case GAZ_K_ADMIN1:
        return 500;
    case GAZ_K_REGION:
        return 450;
    case GAZ_K_TOWN:
        return 400;
    case GAZ_K_ADMIN2:
        return 350;
    case GAZ_K_ADMIN3:
    case GAZ_K_SITE:
        return 300;
    case GAZ_K_VILLAGE:
        return 250;
    default:
        return 200;
    }
}

static int32_t cue_bonus(geo_cue cue, gaz_kind k) {
    switch (cue) {
    case GEO_CUE_CITY:
        return k == GAZ_K_CITY ? 500 : k == GAZ_K_TOWN ? 400 : k == GAZ_K_VILLAGE ? 200 : -300;
    case GEO_CUE_TOWN:
        return k == GAZ_K_TOWN ? 500 : k == GAZ_K_VILLAGE || k == GAZ_K_CITY ? 350 : -300;
    case GEO_CUE_VILLAGE:
        return k == GAZ_K_VILLAGE ? 600 : k == GAZ_K_TOWN ? 400 : k == GAZ_K_CITY ? 100 : -300;
    case GEO_CUE_PROVINCE:
        return k == GAZ_K_ADMIN1 ? 700 : k == GAZ_K_ADMIN2 ? 200 : -300;
    case GEO_CUE_DISTRICT:
        return k == GAZ_K_ADMIN2 || k == GAZ_K_ADMIN3 ? 600 : k == GAZ_K_REGION ? 300 : 0;
    case GEO_CUE_COUNTRY:
        return k == GAZ_K_COUNTRY ? 700 : -300;
    case GEO_CUE_NEAR:
        /* ريف X: X is a city or a province, rarely a site */
        return k == GAZ_K_CITY || k == GAZ_K_ADMIN1 || k == GAZ_K_TOWN ? 100 : 0;
    case GEO_CUE_SITE:
        return k == GAZ_K_SITE ? 700 : 0;
    default:
        return 0;
    }
}

/* What the other candidates of a name say about who owns the name (see
 * the country-context term in the file comment). */
typedef struct rivals {
    bool country;     /* one candidate is a country */
    uint32_t max_pop; /* the largest population among them */
} rivals;

#define MINOR_POP 100000u /* a town this small ... */
#define MINOR_RATIO 8u    /* ... beside a city this many times larger ... */
#define WORLD_CITY_POP 500000u /* ... of half a million people or more */

static rivals rivals_of(const gaz *g, const uint32_t *cands, size_t n) {
    rivals r = {false, 0};
    for (size_t i = 0; i < n; i++) {
        const gaz_place *p = gaz_place_get(g, cands[i]);
        if (!p)
            continue;
        if (p->kind == GAZ_K_COUNTRY)
            r.country = true;
        if (p->population > r.max_pop)
            r.max_pop = p->population;
    }
    return r;
}

/* Does the article's country context count for p? Always with a cue word
 * (the text says which kind of place it means). */
static bool context_counts(const gaz_place *p, const geo_context *ctx, const rivals *r) {
    if (ctx->cue != GEO_CUE_NONE || p->kind == GAZ_K_COUNTRY)
        return true;
    if (r->country)
        return false;
    if (p->source == GAZ_SRC_GEONAMES && p->population < MINOR_POP &&
        (uint64_t)r->max_pop >= (uint64_t)MINOR_RATIO * p->population && r->max_pop >= WORLD_CITY_POP)
        return false;
    return true;
}

#define CONTAINER_BONUS 600

static int32_t score_of(const gaz *g, const gaz_place *p, const geo_context *ctx, const rivals *r) {
    int32_t s = kind_prior(p);
    s += (int32_t)lround(50.0 * log10((double)p->population + 1.0));
    if (p->source == GAZ_SRC_CURATED)
        s += 60;
    if (!ctx)
        return s;
    s += cue_bonus((geo_cue)ctx->cue, (gaz_kind)p->kind);
    bool context = context_counts(p, ctx, r);
    for (size_t i = 0; context && i < ctx->n_countries && i < GEO_MAX_COUNTRIES; i++)
        if (ctx->countries[i].count > 0 && !strncmp(ctx->countries[i].cc, p->country, 2) &&
            p->country[0]) {
            uint32_t c = ctx->countries[i].count;
            s += 300 + 60 * (int32_t)(c > 5 ? 4 : c - 1);
        }
    if (context && ctx->default_country && !strncmp(ctx->default_country, p->country, 2) && p->country[0])
        s += 150;
    /* the text says which country it lies in: that outweighs a bigger
     * namesake elsewhere */
    if (ctx->container && p->kind != GAZ_K_COUNTRY && !strncmp(ctx->container, p->country, 2) && p->country[0])
        s += CONTAINER_BONUS;
    int32_t near = 0;
    for (size_t i = 0; i < ctx->n_nearby && ctx->nearby; i++) {
        const gaz_place *q = gaz_place_get(g, ctx->nearby[i]);
        if (!q || q->id == p->id)
            continue;
        int32_t b = 0;
        uint32_t qa = q->kind == GAZ_K_ADMIN1 ? q->id : q->parent;
        uint32_t pa = p->kind == GAZ_K_ADMIN1 ? p->id : p->parent;
        if (pa != GAZ_NONE && pa == qa)
            b += 250;
        if (q->kind != GAZ_K_COUNTRY && gaz_distance_km(p->lat, p->lon, q->lat, q->lon) < 75.0)
            b += 150;
        if (b > near)
            near = b;
    }
    return s + near;
}

static uint8_t adjusted_precision(const gaz_place *p, const geo_context *ctx) {
    uint8_t pr = p->precision;
    if (ctx && ctx->cue == GEO_CUE_NEAR && pr < 2)
        pr = 2;
    return pr;
}

geo_choice geo_choose(const gaz *g, const uint32_t *cands, size_t n, const geo_context *ctx) {
    geo_choice best = {GAZ_NONE, 0, 0, INT32_MIN};
    if (!g || !cands)
        return best;
    rivals rv = rivals_of(g, cands, n);
    for (size_t i = 0; i < n; i++) {
        const gaz_place *p = gaz_place_get(g, cands[i]);
        if (!p)
            continue;
        int32_t s = score_of(g, p, ctx, &rv);
        if (best.id == GAZ_NONE || s > best.score) {
            best.id = p->id;
            best.score = s;
        }
    }
    if (best.id == GAZ_NONE)
        return best;
    const gaz_place *w = gaz_place_get(g, best.id);
    for (size_t i = 0; i < n; i++) {
        const gaz_place *p = gaz_place_get(g, cands[i]);
        if (!p || p->id == best.id)
            continue;
        if (score_of(g, p, ctx, &rv) >= best.score - ALT_MARGIN &&
            gaz_distance_km(p->lat, p->lon, w->lat, w->lon) > 25.0)
            best.alternatives++;
    }
    best.precision = adjusted_precision(w, ctx);
    if (ctx && ctx->direction) {
        geo_choice r = geo_region(g, best.id, (geo_cue)ctx->cue, ctx->direction);
        r.alternatives = best.alternatives;
        r.score = best.score;
        return r;
    }
    return best;
}

typedef struct scored {
    uint32_t id;
    int32_t score;
} scored;

static int cmp_scored(const void *a, const void *b) {
    const scored *x = a, *y = b;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    return x->id < y->id ? -1 : x->id > y->id;
}

void geo_rank(const gaz *g, uint32_t *cands, size_t n, const geo_context *ctx) {
    if (!g || !cands || n < 2)
        return;
    scored *s = malloc(n * sizeof *s);
    if (!s)
        return; /* leave the order unchanged: ranking is best effort */
    rivals rv = rivals_of(g, cands, n);
    for (size_t i = 0; i < n; i++) {
        const gaz_place *p = gaz_place_get(g, cands[i]);
        s[i].id = cands[i];
        s[i].score = p ? score_of(g, p, ctx, &rv) : INT32_MIN;
    }
    qsort(s, n, sizeof *s, cmp_scored);
    for (size_t i = 0; i < n; i++)
        cands[i] = s[i].id;
    free(s);
}

/* Direction words as region names use them: the noun before the name
 * ("شمال شرق سوريا") or the adjective after "ريف X" ("ريف حلب الشمالي"). */
static void dir_words(unsigned dir, const char **noun, const char **adj) {
    static const struct {
        unsigned dir;
        const char *noun, *adj;
    } T[] = {
        {GEO_DIR_N | GEO_DIR_E, "شمال شرق", "الشمالي الشرقي"},
        {GEO_DIR_N | GEO_DIR_W, "شمال غرب", "الشمالي الغربي"},
        {GEO_DIR_S | GEO_DIR_E, "جنوب شرق", "الجنوبي الشرقي"},
        {GEO_DIR_S | GEO_DIR_W, "جنوب غرب", "الجنوبي الغربي"},
        {GEO_DIR_N, "شمال", "الشمالي"},
        {GEO_DIR_S, "جنوب", "الجنوبي"},
        {GEO_DIR_E, "شرق", "الشرقي"},
        {GEO_DIR_W, "غرب", "الغربي"},
        {GEO_DIR_CENTRAL, "وسط", "الاوسط"},
    };
    *noun = *adj = NULL;
    for (size_t i = 0; i < sizeof T / sizeof T[0]; i++)
        if (T[i].dir == dir) {
            *noun = T[i].noun;
            *adj = T[i].adj;
            return;
        }
}

/* Looks up "a b c" (any of them may be NULL or empty) and returns the
 * candidate in base's country, preferring regions. */
static uint32_t find_region(const gaz *g, const gaz_place *base, const char *a, const char *b,
                            const char *c) {
    char name[512];
    size_t n = 0;
    const char *parts[3] = {a, b, c};
    for (int i = 0; i < 3; i++) {
        if (!parts[i] || !*parts[i])
            continue;
        size_t l = strlen(parts[i]);
        if (n + l + 2 > sizeof name)
            return GAZ_NONE;
        if (n)
            name[n++] = ' ';
        memcpy(name + n, parts[i], l);
        n += l;
    }
    const uint32_t *ids;
    size_t k = gaz_lookup_exact(g, name, n, &ids);
    uint32_t found = GAZ_NONE;
    for (size_t i = 0; i < k; i++) {
        const gaz_place *p = gaz_place_get(g, ids[i]);
        if (!p || strcmp(p->country, base->country) != 0)
            continue;
        if (found == GAZ_NONE || p->kind == GAZ_K_REGION)
            found = p->id;
    }
    return found;
}

geo_choice geo_region(const gaz *g, uint32_t base, geo_cue cue, unsigned direction) {
    geo_choice c = {base, 0, 3, 0};
    const gaz_place *b = gaz_place_get(g, base);
    if (!b) {
        c.id = GAZ_NONE;
        return c;
    }
    int rural = cue == GEO_CUE_NEAR;
    int small = b->kind != GAZ_K_COUNTRY && b->kind != GAZ_K_ADMIN1 && b->kind != GAZ_K_REGION;
    c.precision = (uint8_t)(rural || small ? 2 : 3);
    if (b->precision > c.precision)
        c.precision = b->precision;
    char *norm = NULL;
    size_t nl = 0;
    if (!*b->name_ar || rasad_normalize(b->name_ar, strlen(b->name_ar), RASAD_NORM_DEFAULT, &norm, &nl) != RASAD_OK)
        return c;
    const char *noun, *adj;
    dir_words(direction, &noun, &adj);
    uint32_t r = GAZ_NONE;
    if (rural)
        r = find_region(g, b, "ريف", norm, adj); /* ريف حلب الشمالي, or ريف حلب */
    if (r == GAZ_NONE && noun)
        r = find_region(g, b, noun, norm, NULL); /* شمال شرق سوريا */
    if (r == GAZ_NONE && adj)
        r = find_region(g, b, norm, adj, NULL); /* البادية الشرقية style: X الشرقي */
    rasad_free(norm);
    if (r != GAZ_NONE) {
        const gaz_place *p = gaz_place_get(g, r);
        c.id = r;
        c.precision = p->precision >= 2 ? p->precision : 2;
    }
    return c;
}

void geo_write_json(jsonw *w, const gaz_place *p, int precision) {
    if (!p) {
        jw_null(w);
        return;
    }
    jw_obj_begin(w);
    jw_kcstr(w, "name", *p->name_en ? p->name_en : p->name_ar);
    jw_kcstr(w, "name_ar", *p->name_ar ? p->name_ar : NULL);
    if (p->geonameid)
        jw_kint(w, "geonameid", p->geonameid);
    else
        jw_knull(w, "geonameid");
    jw_key(w, "lat");
    jw_double(w, p->lat, 5);
    jw_key(w, "lon");
    jw_double(w, p->lon, 5);
    jw_kcstr(w, "country", *p->country ? p->country : NULL);
    jw_kcstr(w, "admin1", *p->admin1 ? p->admin1 : NULL);
    jw_kcstr(w, "admin2", *p->admin2 ? p->admin2 : NULL);
    jw_kcstr(w, "feature", p->feature);
    jw_kint(w, "precision", precision >= 1 && precision <= 3 ? precision : p->precision);
    jw_obj_end(w);
}
