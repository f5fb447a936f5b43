/* SPDX-License-Identifier: MIT
 *
 * fuzz_gazetteer_load.c - the gazetteer loader and the GeoNames dump
 * importer on arbitrary bytes. The first byte chooses the mode:
 *   0 mod 3  the rest is a gazetteer file, loaded as is (nearly always
 *            refused by the checksum: tests the header checks);
 *   1 mod 3  a small valid gazetteer is built, the rest is read as
 *            (offset, value) byte edits to it, the checksum is recomputed,
 *            so the loader's deeper checks (offsets, counts, sort order)
 *            see damaged files; when one is accepted every name is looked
 *            up, every place ranked and written as JSON;
 *   2 mod 3  the rest is fed to gaz_import as the country file, the
 *            alternate names and the admin1 names at once.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "knowledge/gaz_build.h"
#include "knowledge/gazetteer.h"
#include "knowledge/geocode.h"
#include "util/buf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static unsigned char *base;
static size_t base_len;

static void build_base(void) {
    if (base)
        return;
    gaz_builder *b = gazb_new();
    if (!b)
        abort();
    const char *v1[] = {"الحسكه", "Hasakah"};
    gaz_row rows[] = {
        {.name_en = "Syria", .name_ar = "سوريا", .country = "SY", .feature = "PCLI", .lat = 35, .lon = 38,
         .source = GAZ_SRC_COUNTRY, .kind = -1},
        {.name_en = "Al-Hasakah", .name_ar = "الحسكة", .country = "SY", .admin1_code = "01", .feature = "ADM1",
         .lat = 36.4, .lon = 40.7, .source = GAZ_SRC_ADMIN1, .kind = -1},
        {.geonameid = 173811, .name_en = "Al Hasakah", .name_ar = "الحسكة", .variants = v1, .n_variants = 2,
         .country = "SY", .admin1_code = "01", .feature = "PPLA", .lat = 36.5, .lon = 40.74,
         .population = 188160, .source = GAZ_SRC_GEONAMES, .kind = -1},
        {.name_en = "Baghuz", .name_ar = "الباغوز", .country = "SY", .admin1 = "Deir ez-Zor", .feature = "PPL",
         .lat = 34.45, .lon = 40.95, .source = GAZ_SRC_CURATED, .kind = GAZ_K_VILLAGE},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
        if (gazb_add(b, &rows[i], NULL) != RASAD_OK)
            abort();
    if (gazb_finish(b, &base, &base_len) != RASAD_OK)
        abort();
    gazb_free(b);
}

static void exercise(const gaz *g) {
    buf out;
    buf_init(&out, NULL);
    jsonw w;
    geo_context ctx;
    geo_context_init(&ctx);
    geo_context_add_country(&ctx, "SY");
    for (size_t i = 0; i < gaz_name_count(g); i++) {
        const char *s = NULL;
        size_t l = 0;
        gaz_name_at(g, i, &s, &l);
        const uint32_t *ids;
        size_t n = gaz_lookup(g, s, l, &ids);
        ctx.cue = (uint8_t)(i % GEO_CUE__COUNT);
        ctx.direction = (unsigned)(i % 3 == 0 ? GEO_DIR_E : 0);
        geo_choice c = geo_choose(g, ids, n, &ctx);
        const gaz_place *p = gaz_place_get(g, c.id);
        if (p) {
            jw_init(&w, &out);
            geo_write_json(&w, p, c.precision);
            if (!ctx.n_nearby) {
                static uint32_t near;
                near = c.id;
                ctx.nearby = &near;
                ctx.n_nearby = 1;
            }
        }
    }
    buf_free(&out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0)
        return 0;
    unsigned mode = data[0] % 3;
    data++;
    size--;
    gaz *g = NULL;
    if (mode == 0) {
        if (gaz_load_mem(data, size, 1, &g) == RASAD_OK) {
            exercise(g);
            gaz_free(g);
        }
    } else if (mode == 1) {
        build_base();
        unsigned char *c = malloc(base_len);
        if (!c)
            return 0;
        memcpy(c, base, base_len);
        for (size_t i = 0; i + 3 <= size; i += 3) {
            size_t pos = ((size_t)data[i] << 8 | data[i + 1]) % base_len;
            c[pos] = data[i + 2];
        }
        if (base_len >= GAZ_HEADER_SIZE) {
            uint32_t sum = gaz_fnv1a(c + GAZ_HEADER_SIZE, base_len - GAZ_HEADER_SIZE);
            c[20] = (unsigned char)sum;
            c[21] = (unsigned char)(sum >> 8);
            c[22] = (unsigned char)(sum >> 16);
            c[23] = (unsigned char)(sum >> 24);
        }
        if (gaz_load_mem(c, base_len, 0, &g) == RASAD_OK) {
            exercise(g);
            gaz_free(g);
        }
        free(c);
    } else {
        FILE *a = fmemopen((void *)data, size ? size : 1, "rb");
        FILE *b = fmemopen((void *)data, size ? size : 1, "rb");
        FILE *d = fmemopen((void *)data, size ? size : 1, "rb");
        unsigned char *bin = NULL;
        size_t len = 0;
        char err[160];
        if (a && b && d && size &&
            gaz_import(a, "country", b, "alt", d, "adm", &bin, &len, err, sizeof err) == RASAD_OK) {
            if (gaz_load_mem(bin, len, 0, &g) == RASAD_OK) {
                exercise(g);
                gaz_free(g);
            } else {
                abort(); /* what the builder writes must load */
            }
        }
        free(bin);
        if (a)
            fclose(a);
        if (b)
            fclose(b);
        if (d)
            fclose(d);
    }
    return 0;
}
