/* SPDX-License-Identifier: MIT
 *
 * gazetteer.h - knowledge stage: the compiled gazetteer of places (GeoNames
 * cities from Debian's libgeonames, every country, the first-level
 * divisions of the Arab League countries, Turkey and Iran, and the curated
 * data/places.tsv), its loader and its exact-name lookup.
 *
 * A gazetteer is read-only after loading and may be shared by any number
 * of threads. The built-in one (gaz_default) is compiled into the library
 * and used in place; gaz_load reads a file built by `rasad gazetteer
 * import` or tools/gen_gazetteer.
 *
 * Names: every place has one or more Arabic names and an English name.
 * All of them are indexed in their matching form (rasad_normalize: no
 * diacritics, alef/yeh/teh-marbuta folded, ASCII lower-cased), words
 * separated by one space. The index is sorted by bytes (memcmp), unique,
 * and each entry lists the ids of the places bearing that name.
 *
 * Ids: a place id is its index in the gazetteer, 0 .. gaz_place_count-1.
 * GAZ_NONE marks "no place" (a parent that is not known).
 *
 * Usage:
 *     const gaz *g = gaz_default();
 *     const uint32_t *ids;
 *     size_t n = gaz_lookup(g, "الحسكه", strlen("الحسكه"), &ids);
 *     for (size_t i = 0; i < n; i++) {
 *         const gaz_place *p = gaz_place_get(g, ids[i]);
 *         printf("%s %s %.4f %.4f\n", p->name_en, p->feature, p->lat, p->lon);
 *     }
 */
#ifndef RASAD_GAZETTEER_H
#define RASAD_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

#include "rasad.h"

#define GAZ_NONE UINT32_MAX

/* What a place is, coarsely; derived from its feature code. Lets the
 * geocoder honour a cue word (مدينة, محافظة, قرية, سجن ...). */
typedef enum gaz_kind {
    GAZ_K_OTHER = 0,
    GAZ_K_COUNTRY,    /* PCLI, PCLD, PCLS, TERR ... */
    GAZ_K_ADMIN1,     /* ADM1: governorate, province, wilaya */
    GAZ_K_ADMIN2,     /* ADM2: district (mantiqa, qada) */
    GAZ_K_ADMIN3,     /* ADM3: sub-district (nahiya) */
    GAZ_K_REGION,     /* RGN, AREA: "شمال شرق سوريا", "البادية السورية" */
    GAZ_K_CITY,       /* PPLC, PPLA, PPLA2, or PPL with population >= 100,000 */
    GAZ_K_TOWN,       /* PPL, PPLA3/4, PPLX ... with population < 100,000 or unknown */
    GAZ_K_VILLAGE,    /* PPL curated as a village, PPLL */
    GAZ_K_SITE,       /* PRN prison, CMP camp, MILB base, AIRP, PSTB crossing, OILF, DAM ... */
    GAZ_K__COUNT
} gaz_kind;

/* Where a row came from (statistics, `rasad gazetteer info`). */
typedef enum gaz_source {
    GAZ_SRC_GEONAMES = 0, /* libgeonames cities > 15,000 (or an imported dump) */
    GAZ_SRC_COUNTRY,      /* data/countries.tsv */
    GAZ_SRC_ADMIN1,       /* data/admin1.tsv (or admin1CodesASCII.txt) */
    GAZ_SRC_CURATED,      /* data/places.tsv */
    GAZ_SRC__COUNT
} gaz_source;

const char *gaz_source_name(gaz_source s);

/* One place. A read-only view: borrowed, valid while the gazetteer lives.
 * Every string is NUL-terminated and never NULL ("" when unknown). */
typedef struct gaz_place {
    uint32_t id;          /* index in the gazetteer */
    uint32_t geonameid;   /* GeoNames id; 0 for a curated row without one */
    uint32_t parent;      /* id of its admin1 place, or GAZ_NONE */
    uint32_t population;  /* 0 when unknown */
    double lat, lon;      /* WGS84 degrees */
    const char *name_en;  /* English/Latin name: "Al-Hasakah" */
    const char *name_ar;  /* preferred Arabic name, original spelling: "الحسكة" */
    const char *country;  /* ISO 3166-1 alpha-2: "SY" ("" for none) */
    const char *admin1;   /* English name of its first-level division */
    const char *admin2;   /* English name of its district, "" when unknown */
    const char *feature;  /* GeoNames feature code: "PPLA", "ADM1", "PRN" ... */
    uint8_t kind;         /* gaz_kind */
    uint8_t precision;    /* ACLED-style hint: 1 town/site, 2 district/near, 3 province or larger */
    uint8_t source;       /* gaz_source */
    uint8_t fclass;       /* GeoNames feature class letter: 'P', 'A', 'S', 'L', 'H', 'T', 'R', 'V', 'U' */
} gaz_place;

typedef struct gaz gaz;

/* The built-in gazetteer, compiled into the library, initialized once
 * (pthread_once) and used in place. Borrowed: never free it. NULL only if
 * the embedded file is damaged or memory runs out (a build error). */
const gaz *gaz_default(void);

/* Loads a compiled gazetteer file. Validates the header (magic, version,
 * sizes), the checksum and every offset before use. Returns RASAD_OK,
 * RASAD_EIO, RASAD_ENOMEM, RASAD_EFORMAT, RASAD_EVERSION or
 * RASAD_ECHECKSUM. *out: caller frees with gaz_free(). */
rasad_status gaz_load(const char *path, gaz **out);

/* The same from memory. The bytes are copied when copy is nonzero;
 * otherwise they are borrowed and must outlive the gazetteer and be
 * 8-byte aligned (a malloc'd or .balign 16 block is). */
rasad_status gaz_load_mem(const void *data, size_t len, int copy, gaz **out);

/* Frees a gazetteer from gaz_load/gaz_load_mem. NULL and gaz_default()'s
 * result are ignored. */
void gaz_free(gaz *g);

size_t gaz_place_count(const gaz *g);

/* The place with this id, or NULL when out of range. Borrowed. */
const gaz_place *gaz_place_get(const gaz *g, uint32_t id);

/* Exact lookup of a normalized name (matching form, single spaces, no
 * NUL needed). When nothing matches and the first word starts with "ال",
 * tries again without it; when nothing matches and it does not, tries
 * with "ال" added. Returns the number of place ids and sets *ids to them
 * (borrowed, valid while g lives; ascending id order), or returns 0 and
 * sets *ids to NULL. */
size_t gaz_lookup(const gaz *g, const char *norm, size_t len, const uint32_t **ids);

/* Exact lookup without the "ال" retries. */
size_t gaz_lookup_exact(const gaz *g, const char *norm, size_t len, const uint32_t **ids);

/* The places whose Latin name has this sound key (translit.h; keys of
 * fewer than GAZ_SOUND_MIN letters are not indexed): how a town the
 * gazetteer knows only in Latin is found from an Arabic spelling. Copies
 * at most max ids, in ascending order, and returns how many it copied. */
#define GAZ_SOUND_MIN 3
/* The farthest translit_distance at which an Arabic spelling is taken
 * for a Latin name. */
#define GAZ_SOUND_NEAR 4
size_t gaz_lookup_sound(const gaz *g, const char *key, size_t len, uint32_t *ids, size_t max);

/* Every indexed name, for loading into the matcher's automaton: names are
 * numbered 0 .. gaz_name_count-1 in byte order. gaz_name_at sets *norm
 * (NUL-terminated, borrowed) and *len; gaz_name_ids gives the places of
 * name i as gaz_lookup does. Both return 0 / do nothing when i is out of
 * range. */
size_t gaz_name_count(const gaz *g);
void gaz_name_at(const gaz *g, size_t i, const char **norm, size_t *len);
size_t gaz_name_ids(const gaz *g, size_t i, const uint32_t **ids);
/* The number i of name norm[0..len) (gaz_name_at), or SIZE_MAX when it is
 * not indexed. */
size_t gaz_name_find(const gaz *g, const char *norm, size_t len);

/* Statistics for `rasad gazetteer info`. */
typedef struct gaz_info {
    uint32_t version;                    /* format version */
    uint32_t places, names, postings;    /* counts */
    uint32_t by_source[GAZ_SRC__COUNT];  /* places by gaz_source */
    size_t bytes;                        /* total file size */
    uint32_t checksum;                   /* FNV-1a 32 of the payload */
} gaz_info;

void gaz_get_info(const gaz *g, gaz_info *info);

/* Great-circle distance in kilometres. */
double gaz_distance_km(double lat1, double lon1, double lat2, double lon2);

#endif
