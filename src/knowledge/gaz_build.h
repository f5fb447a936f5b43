/* SPDX-License-Identifier: MIT
 *
 * gaz_build.h - knowledge stage, build side: turns rows of places (from
 * libgeonames, data/ TSV files or a GeoNames dump) into the compiled gazetteer
 * format that gazetteer.c loads. Shared by tools/gen_gazetteer (at build
 * time) and `rasad gazetteer import`.
 *
 * The compiled format (little-endian, every section 8-byte aligned, every
 * offset from the start of the file):
 *
 *   header (GAZ_HEADER_SIZE bytes)
 *     char     magic[8]      "RASADGZ\0"
 *     u32      version       GAZ_FORMAT_VERSION
 *     u32      header_size   GAZ_HEADER_SIZE
 *     u32      file_size     total bytes
 *     u32      checksum      gaz_fnv1a of bytes [header_size, file_size)
 *     u32      n_places, off_places     GAZ_PLACE_REC bytes each
 *     u32      n_names, off_names       GAZ_NAME_REC bytes each, sorted by bytes
 *     u32      n_postings, off_postings u32 place ids, grouped by name
 *     u32      pool_size, off_pool      NUL-terminated UTF-8 strings; last byte NUL
 *     u32      by_source[4]             place counts by gaz_source
 *   place record: u32 geonameid, parent, population; i32 lat_e6, lon_e6
 *     (microdegrees); u32 name_en, name_ar, country, admin1, admin2,
 *     feature (pool offsets); u8 kind, precision, source, fclass
 *   name record: u32 str (pool offset), len, first posting, posting count
 */
#ifndef RASAD_GAZ_BUILD_H
#define RASAD_GAZ_BUILD_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "knowledge/gazetteer.h"
#include "rasad.h"

#define GAZ_MAGIC "RASADGZ"
#define GAZ_FORMAT_VERSION 1u
#define GAZ_HEADER_SIZE 72u
#define GAZ_PLACE_REC 48u
#define GAZ_NAME_REC 16u

/* The checksum of the payload: FNV-1a (32 bits) over little-endian
 * 32-bit words, then the tail bytes one at a time. */
uint32_t gaz_fnv1a(const unsigned char *p, size_t n);

/* One place to add. Strings are borrowed for the call (copied). NULL
 * strings count as "". */
typedef struct gaz_row {
    uint32_t geonameid;         /* 0 when none */
    const char *name_en;        /* English/Latin name */
    const char *name_ar;        /* preferred Arabic name, may be NULL */
    const char *const *variants;/* other names (any script), indexed too */
    size_t n_variants;
    const char *country;        /* ISO alpha-2 */
    const char *admin1;         /* English admin1 name, may be NULL (filled from admin1_code) */
    const char *admin1_code;    /* GeoNames admin1 code ("15"), may be NULL */
    const char *admin2;
    const char *feature;        /* GeoNames feature code */
    char fclass;                /* feature class letter; 0 = derive from feature */
    double lat, lon;
    uint32_t population;
    uint8_t precision;          /* 1..3; 0 = derive from the kind */
    uint8_t source;             /* gaz_source */
    int kind;                   /* gaz_kind; -1 = derive from feature and population */
} gaz_row;

typedef struct gaz_builder gaz_builder;

gaz_builder *gazb_new(void);
void gazb_free(gaz_builder *b);

/* Adds a place; *id (may be NULL) receives its id. RASAD_EINVAL for a
 * row without any name or with coordinates out of range. */
rasad_status gazb_add(gaz_builder *b, const gaz_row *r, uint32_t *id);

/* Merges a second description of place id into it (a curated row for a
 * GeoNames city): adds r's names, takes r's English name and admin2
 * when r has them; ids, coordinates and population stay. */
rasad_status gazb_merge(gaz_builder *b, uint32_t id, const gaz_row *r);

size_t gazb_count(const gaz_builder *b);

/* Does s (UTF-8, NUL-terminated) hold an Arabic letter, U+0620..U+064A?
 * Tells which of a place's names is its Arabic one. */
int gaz_has_arabic(const char *s);

/* The kind a feature code implies (population decides city vs town). */
gaz_kind gazb_kind_of(const char *feature, uint32_t population);

/* Links every place to its admin1 place (same country and admin1 code,
 * else same country and admin1 English name), fills admin1 names from
 * the codes, then writes the compiled file. *out: caller frees with
 * free(). */
rasad_status gazb_finish(gaz_builder *b, unsigned char **out, size_t *len);

/* Builds a compiled gazetteer from GeoNames dump files (documented
 * columns, tab-separated, UTF-8): country, a country file such as SY.txt
 * (19 columns: geonameid, name, asciiname, alternatenames, latitude,
 * longitude, feature class, feature code, country code, cc2, admin1..4
 * codes, population, elevation, dem, timezone, modification date);
 * alternates (may be NULL), alternateNamesV2.txt (alternateNameId,
 * geonameid, isolanguage, alternate name, isPreferredName, isShortName,
 * isColloquial, isHistoric, from, to), of which the Arabic ("ar") names
 * of the places in the country file are kept; admin1 (may be NULL),
 * admin1CodesASCII.txt ("CC.code", name, asciiname, geonameid) naming the
 * divisions. Each file is read as a stream, so a full dump works. The
 * names are used in messages. On a malformed line returns RASAD_EFORMAT
 * with "NAME:LINE: message" in err (errlen bytes). *out: caller frees
 * with free(). */
rasad_status gaz_import(FILE *country, const char *country_name, FILE *alternates,
                        const char *alternates_name, FILE *admin1, const char *admin1_name,
                        unsigned char **out, size_t *len, char *err, size_t errlen);

#endif
