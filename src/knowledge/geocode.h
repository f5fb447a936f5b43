/* SPDX-License-Identifier: MIT
 *
 * geocode.h - resolution stage: choosing one place among the gazetteer
 * candidates of a matched name, and writing it as a SCHEMA.md Geo object.
 *
 * The ranker weighs, in this order of strength: the cue word before the
 * name (مدينة X wants a city, محافظة X a governorate, قرية/بلدة X a small
 * place, سجن/مخيم/مطار X a site), the countries the article has already
 * named, the admin1 of places already resolved nearby, the feature class
 * and the population. Directional modifiers (شمال سوريا, ريف دير الزور
 * الشرقي) resolve to curated region rows when the gazetteer has them,
 * else to the province or country itself with precision 3 (or 2 for ريف).
 */
#ifndef RASAD_GEOCODE_H
#define RASAD_GEOCODE_H

#include <stddef.h>
#include <stdint.h>

#include "knowledge/gazetteer.h"
#include "output/jsonw.h"

/* The cue word just before a place name. */
typedef enum geo_cue {
    GEO_CUE_NONE = 0,
    GEO_CUE_CITY,     /* مدينة */
    GEO_CUE_TOWN,     /* بلدة، ناحية (as a town) */
    GEO_CUE_VILLAGE,  /* قرية، مزرعة */
    GEO_CUE_PROVINCE, /* محافظة، ولاية، إقليم، مقاطعة */
    GEO_CUE_DISTRICT, /* منطقة، قضاء، ناحية، مديرية */
    GEO_CUE_COUNTRY,  /* دولة، بلاد، جمهورية */
    GEO_CUE_NEAR,     /* ريف، قرب، بالقرب من، محيط، أطراف، ضواحي: precision 2 */
    GEO_CUE_SITE,     /* سجن، مخيم، قاعدة، مطار، معبر، حقل، سد */
    GEO_CUE__COUNT
} geo_cue;

/* Classifies one normalized word (matching form, clitics already split,
 * e.g. "مدينه", "محافظه", "ريف"). GEO_CUE_NONE when it is not a cue. */
geo_cue geo_cue_of(const char *norm, size_t len);

/* Direction bits of a compass word: شمال/الشمالي -> GEO_DIR_N, شرق ->
 * GEO_DIR_E, "شمال شرق" is the caller's GEO_DIR_N | GEO_DIR_E. 0 when the
 * word is not a direction. */
#define GEO_DIR_N 1u
#define GEO_DIR_S 2u
#define GEO_DIR_E 4u
#define GEO_DIR_W 8u
#define GEO_DIR_CENTRAL 16u /* وسط / الأوسط */
unsigned geo_direction_of(const char *norm, size_t len);

#define GEO_MAX_COUNTRIES 16
/* How many of the places resolved last count as nearby. */
#define GEO_NEARBY_WINDOW 48

/* What the article tells the ranker. Fill with geo_context_init, then add
 * what was resolved so far. All of it is optional. */
typedef struct geo_context {
    struct {
        char cc[3];      /* ISO alpha-2, NUL-terminated */
        uint32_t count;  /* times the article has named this country or a place in it */
    } countries[GEO_MAX_COUNTRIES];
    size_t n_countries;
    const char *default_country; /* borrowed ISO alpha-2 hint (e.g. from the source), or NULL */
    const uint32_t *nearby;      /* borrowed: ids already resolved in this article (nearest last) */
    size_t n_nearby;
    const char *container;       /* ISO alpha-2 of the place the name is told to lie in ("دوما في
                                    الضفة الغربية"), or NULL */
    uint8_t cue;                 /* geo_cue of the word before the name */
    unsigned direction;          /* GEO_DIR_* bits of a modifier around the name, 0 if none */
} geo_context;

void geo_context_init(geo_context *ctx);
/* Counts one mention of a country (ISO alpha-2); ignored when full. */
void geo_context_add_country(geo_context *ctx, const char *cc);

/* The ranker's answer. */
typedef struct geo_choice {
    uint32_t id;           /* the chosen place id, GAZ_NONE when n was 0 */
    uint32_t alternatives; /* other candidates that remained plausible (n - 1 at most) */
    uint8_t precision;     /* 1..3, the place's hint adjusted by the cue and direction */
    int32_t score;         /* the winner's score (for debugging and tests) */
} geo_choice;

/* Chooses the best of n candidate ids (from gaz_lookup) in ctx (NULL =
 * no context: feature and population only). Never fails; ids out of range
 * are ignored. */
geo_choice geo_choose(const gaz *g, const uint32_t *cands, size_t n, const geo_context *ctx);

/* Orders cands in place from best to worst (as `rasad gazetteer lookup`
 * prints them), with the same scoring as geo_choose. */
void geo_rank(const gaz *g, uint32_t *cands, size_t n, const geo_context *ctx);

/* A directional or "ريف" modifier applied to an already resolved place
 * (a province, a city or a country): looks for a curated region row named
 * like "ريف دير الزور الشرقي" or "شمال شرق سوريا" and returns it with
 * precision 3 (2 for ريف without a direction); else returns base itself
 * with the precision raised to 3 (2 for ريف). */
geo_choice geo_region(const gaz *g, uint32_t base, geo_cue cue, unsigned direction);

/* Writes p as a SCHEMA.md Geo object: {"name","name_ar","geonameid",
 * "lat","lon","country","admin1","admin2","feature","precision"}.
 * precision 0 means the place's own hint. */
void geo_write_json(jsonw *w, const gaz_place *p, int precision);

#endif
