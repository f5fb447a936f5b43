/* SPDX-License-Identifier: MIT
 *
 * test_gazetteer.c - the knowledge stage's gazetteer: build from rows ->
 * load -> lookup round trip, the GeoNames dump import on the hand-written
 * files in tests/data/geonames-mini, refusal of truncated and corrupted
 * files, the built-in gazetteer (load time, key places) and the
 * geocoder's cue words, context and regions.
 */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "knowledge/gaz_build.h"
#include "knowledge/gazetteer.h"
#include "knowledge/geocode.h"

/* A small gazetteer: a country, a province, a city and a village. */
static unsigned char *build_small(size_t *len) {
    gaz_builder *b = gazb_new();
    const char *sy_v[] = {"سورية"};
    gaz_row country = {.name_en = "Syria", .name_ar = "سوريا", .variants = sy_v, .n_variants = 1,
                       .country = "SY", .feature = "PCLI", .lat = 35, .lon = 38.5,
                       .source = GAZ_SRC_COUNTRY, .kind = -1};
    gaz_row prov = {.name_en = "Al-Hasakah", .name_ar = "الحسكة", .country = "SY", .admin1_code = "01",
                    .feature = "ADM1", .lat = 36.45, .lon = 40.75, .source = GAZ_SRC_ADMIN1, .kind = -1};
    const char *city_v[] = {"Hasakah", "الحسكه"};
    gaz_row city = {.geonameid = 173811, .name_en = "Al Hasakah", .name_ar = "الحَسَكة",
                    .variants = city_v, .n_variants = 2, .country = "SY", .admin1_code = "01",
                    .feature = "PPLA", .lat = 36.50237, .lon = 40.74772, .population = 188160,
                    .source = GAZ_SRC_GEONAMES, .kind = -1};
    const char *vil_v[] = {"باغوز", "البَاغُوز فوقاني"};
    gaz_row village = {.name_en = "Al-Baghuz", .name_ar = "الباغوز", .variants = vil_v, .n_variants = 2,
                       .country = "SY", .admin1 = "Deir ez-Zor", .admin2 = "Abu Kamal", .feature = "PPL",
                       .lat = 34.4536, .lon = 40.9522, .precision = 1, .source = GAZ_SRC_CURATED,
                       .kind = GAZ_K_VILLAGE};
    uint32_t id;
    INT_EQ(gazb_add(b, &country, &id), RASAD_OK);
    INT_EQ(id, 0);
    INT_EQ(gazb_add(b, &prov, &id), RASAD_OK);
    INT_EQ(gazb_add(b, &city, &id), RASAD_OK);
    INT_EQ(gazb_add(b, &village, &id), RASAD_OK);
    INT_EQ(id, 3);
    gaz_row bad = {.name_en = "", .lat = 0, .lon = 0};
    INT_EQ(gazb_add(b, &bad, NULL), RASAD_EINVAL);
    gaz_row far = {.name_en = "X", .lat = 91, .lon = 0};
    INT_EQ(gazb_add(b, &far, NULL), RASAD_EINVAL);
    unsigned char *bin = NULL;
    INT_EQ(gazb_finish(b, &bin, len), RASAD_OK);
    gazb_free(b);
    return bin;
}

static void test_round_trip(void) {
    size_t len;
    unsigned char *bin = build_small(&len);
    OK(bin != NULL);
    gaz *g = NULL;
    INT_EQ(gaz_load_mem(bin, len, 1, &g), RASAD_OK);
    INT_EQ(gaz_place_count(g), 4);
    const uint32_t *ids;
    /* "الحسكه": the province and the city; "حسكه" finds them through the ال retry */
    INT_EQ(gaz_lookup(g, "الحسكه", strlen("الحسكه"), &ids), 2);
    INT_EQ(ids[0], 1);
    INT_EQ(ids[1], 2);
    INT_EQ(gaz_lookup(g, "حسكه", strlen("حسكه"), &ids), 2);
    INT_EQ(gaz_lookup_exact(g, "حسكه", strlen("حسكه"), &ids), 0);
    OK(ids == NULL);
    INT_EQ(gaz_lookup(g, "hasakah", 7, &ids), 1);
    INT_EQ(ids[0], 2);
    INT_EQ(gaz_lookup(g, "الباغوز فوقاني", strlen("الباغوز فوقاني"), &ids), 1);
    INT_EQ(gaz_lookup(g, "باغوز", strlen("باغوز"), &ids), 1);
    INT_EQ(gaz_lookup(g, "سوريه", strlen("سوريه"), &ids), 1);
    INT_EQ(gaz_lookup(g, "دمشق", strlen("دمشق"), &ids), 0);
    INT_EQ(gaz_lookup(g, "", 0, &ids), 0);

    const gaz_place *c = gaz_place_get(g, 2);
    OK(c != NULL);
    INT_EQ(c->geonameid, 173811);
    STR_EQ(c->name_en, "Al Hasakah");
    STR_EQ(c->name_ar, "الحَسَكة"); /* the original spelling is kept for display */
    STR_EQ(c->country, "SY");
    STR_EQ(c->admin1, "Al-Hasakah"); /* filled from the parent's English name */
    STR_EQ(c->feature, "PPLA");
    INT_EQ(c->parent, 1);
    INT_EQ(c->kind, GAZ_K_CITY);
    INT_EQ(c->precision, 1);
    INT_EQ(c->fclass, 'P');
    INT_EQ(c->population, 188160);
    OK(c->lat > 36.5023 && c->lat < 36.5024);
    const gaz_place *p = gaz_place_get(g, 1);
    INT_EQ(p->kind, GAZ_K_ADMIN1);
    INT_EQ(p->precision, 3);
    INT_EQ(p->parent, GAZ_NONE);
    STR_EQ(p->admin1, "Al-Hasakah");
    const gaz_place *v = gaz_place_get(g, 3);
    STR_EQ(v->admin2, "Abu Kamal");
    INT_EQ(v->kind, GAZ_K_VILLAGE);
    INT_EQ(v->source, GAZ_SRC_CURATED);
    OK(gaz_place_get(g, 4) == NULL);

    /* every name is listed, sorted, and leads back to its places */
    size_t n = gaz_name_count(g);
    OK(n >= 8);
    const char *prev = NULL;
    size_t prev_len = 0;
    for (size_t i = 0; i < n; i++) {
        const char *s;
        size_t l;
        gaz_name_at(g, i, &s, &l);
        INT_EQ(strlen(s), l);
        if (prev) {
            int cmp = memcmp(prev, s, prev_len < l ? prev_len : l);
            OK(cmp < 0 || (cmp == 0 && prev_len < l), "names out of order at %zu", i);
        }
        prev = s;
        prev_len = l;
        const uint32_t *a, *b2;
        size_t k1 = gaz_name_ids(g, i, &a), k2 = gaz_lookup_exact(g, s, l, &b2);
        INT_EQ(k1, k2);
        OK(a == b2);
    }
    gaz_info info;
    gaz_get_info(g, &info);
    INT_EQ(info.places, 4);
    INT_EQ(info.by_source[GAZ_SRC_CURATED], 1);
    INT_EQ(info.bytes, len);
    gaz_free(g);
    free(bin);
}

static void test_corrupt(void) {
    size_t len;
    unsigned char *bin = build_small(&len);
    gaz *g = NULL;
    /* every truncation is refused */
    for (size_t cut = 0; cut < len; cut++) {
        rasad_status st = gaz_load_mem(bin, cut, 1, &g);
        OK(st == RASAD_EFORMAT, "cut at %zu gave %d", cut, st);
        OK(g == NULL);
    }
    unsigned char *c = malloc(len);
    memcpy(c, bin, len);
    c[0] ^= 1;
    INT_EQ(gaz_load_mem(c, len, 1, &g), RASAD_EFORMAT);
    memcpy(c, bin, len);
    c[8] = 99; /* version */
    INT_EQ(gaz_load_mem(c, len, 1, &g), RASAD_EVERSION);
    /* any payload byte changed: the checksum says so */
    for (size_t i = GAZ_HEADER_SIZE; i < len; i += 7) {
        memcpy(c, bin, len);
        c[i] ^= 0x5a;
        INT_EQ(gaz_load_mem(c, len, 1, &g), RASAD_ECHECKSUM);
    }
    /* header fields outside the checksum: counts and offsets are checked */
    for (size_t i = 24; i < GAZ_HEADER_SIZE; i++) {
        for (int bit = 0; bit < 8; bit++) {
            memcpy(c, bin, len);
            c[i] ^= (unsigned char)(1u << bit);
            rasad_status st = gaz_load_mem(c, len, 1, &g);
            OK(st != RASAD_OK, "header byte %zu bit %d accepted", i, bit);
            gaz_free(g);
            g = NULL;
        }
    }
    /* payload damage with a recomputed checksum: refused or harmless */
    unsigned seed = 12345;
    size_t accepted = 0;
    for (int round = 0; round < 3000; round++) {
        memcpy(c, bin, len);
        for (int k = 0; k < 3; k++) {
            seed = seed * 1103515245u + 12345u;
            size_t pos = GAZ_HEADER_SIZE + (seed >> 8) % (len - GAZ_HEADER_SIZE);
            c[pos] = (unsigned char)(seed >> 3);
        }
        uint32_t sum = gaz_fnv1a(c + GAZ_HEADER_SIZE, len - GAZ_HEADER_SIZE);
        memcpy(c + 20, &sum, 4); /* little-endian host */
        if (gaz_load_mem(c, len, 1, &g) == RASAD_OK) {
            accepted++;
            const uint32_t *ids;
            for (size_t i = 0; i < gaz_name_count(g); i++) {
                const char *s;
                size_t l;
                gaz_name_at(g, i, &s, &l);
                size_t k = gaz_lookup(g, s, l, &ids);
                for (size_t j = 0; j < k; j++)
                    OK(gaz_place_get(g, ids[j]) != NULL);
            }
            gaz_free(g);
            g = NULL;
        }
    }
    OK(accepted < 3000);
    INT_EQ(gaz_load("/nonexistent/gazetteer.bin", &g), RASAD_EIO);
    free(c);
    free(bin);
}

/* The source tree: RASAD_SOURCE (set by ctest), else derived from this
 * file's own path, so the binary also runs by hand. */
static const char *source_dir(void) {
    const char *s = getenv("RASAD_SOURCE");
    if (s && *s)
        return s;
    static char dir[4096];
    const char *tail = strstr(__FILE__, "tests/unit/test_gazetteer.c");
    size_t n = tail ? (size_t)(tail - __FILE__) : 0;
    if (n == 0 || n >= sizeof dir)
        return ".";
    memcpy(dir, __FILE__, n);
    dir[n] = '\0';
    return dir;
}

static FILE *open_mini(const char *name) {
    char path[4096];
    snprintf(path, sizeof path, "%s/tests/data/geonames-mini/%s", source_dir(), name);
    FILE *f = fopen(path, "rb");
    OK(f != NULL, "cannot open %s", path);
    return f;
}

static void test_import(void) {
    FILE *fc = open_mini("SY-mini.txt"), *fa = open_mini("alternateNamesV2-mini.txt"),
         *fd = open_mini("admin1CodesASCII-mini.txt");
    if (!fc || !fa || !fd)
        return;
    unsigned char *bin = NULL;
    size_t len = 0;
    char err[200];
    INT_EQ(gaz_import(fc, "SY-mini.txt", fa, "alt", fd, "adm", &bin, &len, err, sizeof err), RASAD_OK);
    fclose(fc);
    fclose(fa);
    fclose(fd);
    gaz *g = NULL;
    INT_EQ(gaz_load_mem(bin, len, 0, &g), RASAD_OK);
    INT_EQ(gaz_place_count(g), 10);
    const uint32_t *ids;
    const gaz_place *p;
    INT_EQ(gaz_lookup(g, "دمشق", strlen("دمشق"), &ids), 1);
    p = gaz_place_get(g, ids[0]);
    INT_EQ(p->geonameid, 170654);
    STR_EQ(p->name_ar, "دمشق");
    STR_EQ(p->feature, "PPLC");
    STR_EQ(p->admin1, "Damascus Governorate");
    INT_EQ(gaz_lookup(g, "الشام", strlen("الشام"), &ids), 1);
    /* preferred Arabic alternate becomes the display name */
    INT_EQ(gaz_lookup(g, "باغوز", strlen("باغوز"), &ids), 1);
    p = gaz_place_get(g, ids[0]);
    STR_EQ(p->name_ar, "الباغوز فوقاني");
    STR_EQ(p->admin1, "Deir ez-Zor Governorate");
    INT_EQ(gaz_lookup(g, "سجن الصناعه", strlen("سجن الصناعه"), &ids), 1);
    p = gaz_place_get(g, ids[0]);
    STR_EQ(p->feature, "PRN");
    INT_EQ(p->kind, GAZ_K_SITE);
    INT_EQ(p->fclass, 'S');
    /* the city links to its ADM1 row by code */
    INT_EQ(gaz_lookup(g, "al hasakah", strlen("al hasakah"), &ids), 1);
    p = gaz_place_get(g, ids[0]);
    const gaz_place *par = gaz_place_get(g, p->parent);
    OK(par != NULL);
    if (par)
        STR_EQ(par->feature, "ADM1");
    INT_EQ(gaz_lookup(g, "لا مكان", strlen("لا مكان"), &ids), 0);
    gaz_free(g);
    free(bin);

    /* a malformed line is reported with its line number */
    FILE *bad = open_mini("SY-bad.txt");
    if (bad) {
        INT_EQ(gaz_import(bad, "SY-bad.txt", NULL, NULL, NULL, NULL, &bin, &len, err, sizeof err),
               RASAD_EFORMAT);
        OK(strstr(err, "SY-bad.txt:2:") != NULL, "message: %s", err);
        fclose(bad);
    }
}

static void test_default(void) {
    const gaz *g = gaz_default();
    OK(g != NULL);
    if (!g)
        return;
    fprintf(stderr, "default gazetteer: %zu places, %zu names\n", gaz_place_count(g), gaz_name_count(g));
    OK(gaz_place_count(g) > 25000);
    OK(gaz_default() == g);
    gaz_free((gaz *)g); /* ignored */
    const char *names[] = {"دمشق", "بغداد", "الموصل", "الرقه", "الحسكه", "دير الزور", "سوريا",
                           "العراق", "تركيا", "ادلب", "حلب", "الانبار", "نينوي"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const uint32_t *ids;
        OK(gaz_lookup(g, names[i], strlen(names[i]), &ids) > 0, "%s not found", names[i]);
    }
    /* every name of the index finds its places */
    size_t n = gaz_name_count(g), hits = 0, rounds = 0;
    for (size_t i = 0; i < n; i += 3, rounds++) {
        const char *s;
        size_t l;
        gaz_name_at(g, i, &s, &l);
        const uint32_t *ids;
        hits += gaz_lookup(g, s, l, &ids) > 0;
    }
    INT_EQ(hits, rounds);
}

static uint32_t best_of(const gaz *g, const char *norm, const geo_context *ctx, geo_choice *out) {
    const uint32_t *ids;
    size_t n = gaz_lookup(g, norm, strlen(norm), &ids);
    geo_choice c = geo_choose(g, ids, n, ctx);
    if (out)
        *out = c;
    return c.id;
}

static void test_geocode(void) {
    const gaz *g = gaz_default();
    if (!g)
        return;
    INT_EQ(geo_cue_of("مدينه", strlen("مدينه")), GEO_CUE_CITY);
    INT_EQ(geo_cue_of("محافظه", strlen("محافظه")), GEO_CUE_PROVINCE);
    INT_EQ(geo_cue_of("ريف", strlen("ريف")), GEO_CUE_NEAR);
    INT_EQ(geo_cue_of("قريه", strlen("قريه")), GEO_CUE_VILLAGE);
    INT_EQ(geo_cue_of("هجوم", strlen("هجوم")), GEO_CUE_NONE);
    INT_EQ(geo_direction_of("الشرقي", strlen("الشرقي")), GEO_DIR_E);
    INT_EQ(geo_direction_of("شمال", strlen("شمال")), GEO_DIR_N);
    INT_EQ(geo_direction_of("سوريا", strlen("سوريا")), 0);

    geo_context ctx;
    geo_choice c;
    /* no context: the city */
    const gaz_place *p = gaz_place_get(g, best_of(g, "الحسكه", NULL, &c));
    OK(p && p->kind == GAZ_K_CITY);
    INT_EQ(c.precision, 1);
    /* محافظة الحسكة: the province */
    geo_context_init(&ctx);
    ctx.cue = GEO_CUE_PROVINCE;
    p = gaz_place_get(g, best_of(g, "الحسكه", &ctx, &c));
    OK(p && p->kind == GAZ_K_ADMIN1);
    INT_EQ(c.precision, 3);
    /* ريف حلب: near the city, precision 2 */
    ctx.cue = GEO_CUE_NEAR;
    p = gaz_place_get(g, best_of(g, "حلب", &ctx, &c));
    OK(p && !strcmp(p->country, "SY"));
    INT_EQ(c.precision, 2);
    /* ريف دير الزور الشرقي: the curated region row when there is one */
    ctx.direction = GEO_DIR_E;
    p = gaz_place_get(g, best_of(g, "دير الزور", &ctx, &c));
    OK(p != NULL);
    if (p)
        OK(p->kind == GAZ_K_REGION || p->kind == GAZ_K_ADMIN1, "got %s", p->name_en);
    OK(c.precision >= 2);
    /* شمال شرق سوريا */
    geo_context_init(&ctx);
    ctx.direction = GEO_DIR_N | GEO_DIR_E;
    p = gaz_place_get(g, best_of(g, "سوريا", &ctx, &c));
    OK(p && !strcmp(p->country, "SY"));
    INT_EQ(c.precision, 3);
    /* جنوب العراق: a curated region, else Iraq itself, precision 3 */
    uint32_t iq = best_of(g, "العراق", NULL, NULL);
    c = geo_region(g, iq, GEO_CUE_NONE, GEO_DIR_S);
    p = gaz_place_get(g, c.id);
    OK(p && !strcmp(p->country, "IQ"));
    INT_EQ(c.precision, 3);
    /* شمال حلب (the city): near the city, precision 2 at least */
    uint32_t aleppo = best_of(g, "حلب", NULL, NULL);
    c = geo_region(g, aleppo, GEO_CUE_NONE, GEO_DIR_N);
    p = gaz_place_get(g, c.id);
    OK(p && !strcmp(p->country, "SY"));
    OK(c.precision >= 2);
    c = geo_region(g, GAZ_NONE, GEO_CUE_NEAR, GEO_DIR_N);
    INT_EQ(c.id, GAZ_NONE);
    /* country context: with Iraq in the article, an Iraqi candidate wins
     * over a same-named place elsewhere */
    const uint32_t *ids;
    size_t n = gaz_lookup(g, "الفلوجه", strlen("الفلوجه"), &ids);
    OK(n > 0);
    geo_context_init(&ctx);
    geo_context_add_country(&ctx, "IQ");
    geo_context_add_country(&ctx, "IQ");
    INT_EQ(ctx.n_countries, 1);
    INT_EQ(ctx.countries[0].count, 2);
    c = geo_choose(g, ids, n, &ctx);
    p = gaz_place_get(g, c.id);
    OK(p && !strcmp(p->country, "IQ"));
    /* nothing to choose from */
    c = geo_choose(g, NULL, 0, NULL);
    INT_EQ(c.id, GAZ_NONE);
    /* JSON */
    buf out;
    buf_init(&out, NULL);
    jsonw w;
    jw_init(&w, &out);
    p = gaz_place_get(g, best_of(g, "دمشق", NULL, NULL));
    geo_write_json(&w, p, 0);
    OK(out.data && strstr(out.data, "\"geonameid\":170654") != NULL, "%s", out.data ? out.data : "");
    OK(out.data && strstr(out.data, "\"feature\":\"PPLC\"") != NULL);
    buf_free(&out);
}

/* Country context and the other candidates of a name (geocode.c): a
 * country's name stays the country's, and a small town abroad does not
 * take a world city's name; a city of a fifth of the size still does. */
static void test_context_rivals(void) {
    const gaz *g = gaz_default();
    if (!g)
        return;
    geo_context ctx;
    geo_context_init(&ctx);
    for (int i = 0; i < 5; i++)
        geo_context_add_country(&ctx, "US");
    const gaz_place *p = gaz_place_get(g, best_of(g, "كولومبيا", &ctx, NULL));
    OK(p && !strcmp(p->country, "CO"), "كولومبيا in a US article: %s", p ? p->country : "none");
    p = gaz_place_get(g, best_of(g, "باريس", &ctx, NULL));
    OK(p && !strcmp(p->country, "FR"), "باريس in a US article: %s", p ? p->country : "none");
    /* with the cue "مدينة" the context counts again for every candidate */
    ctx.cue = GEO_CUE_CITY;
    p = gaz_place_get(g, best_of(g, "كولومبيا", &ctx, NULL));
    OK(p && !strcmp(p->country, "US"), "مدينة كولومبيا in a US article: %s", p ? p->country : "none");
    /* Tripoli, Lebanon (a fifth of Tripoli, Libya) with Lebanon named */
    geo_context_init(&ctx);
    geo_context_add_country(&ctx, "LB");
    geo_context_add_country(&ctx, "LB");
    p = gaz_place_get(g, best_of(g, "طرابلس", &ctx, NULL));
    OK(p && !strcmp(p->country, "LB"), "طرابلس in a Lebanon article: %s", p ? p->country : "none");
    p = gaz_place_get(g, best_of(g, "طرابلس", NULL, NULL));
    OK(p && !strcmp(p->country, "LY"));
    /* واشنطن: the capital (countries.tsv's "Washington, D.C." = GeoNames'
     * "Washington D.C.") */
    p = gaz_place_get(g, best_of(g, "واشنطن", NULL, NULL));
    OK(p && p->geonameid == 4140963 && !strcmp(p->feature, "PPLC"));
}

TEST_MAIN(test_round_trip, test_corrupt, test_import, test_default, test_geocode, test_context_rivals)
