/* SPDX-License-Identifier: MIT
 *
 * store_sql.c - the statements of a put and the map from the article JSON
 * to each table's columns (the embedded store, after output).
 *
 * The article JSON (SCHEMA.md) is the single source of truth: every
 * column of every row is read from the rendered article object, never
 * from the library's structs, so the rows can never disagree with what
 * rasad extract prints. Each table is one list of (column, JSON path,
 * how) below; the same list writes the INSERT's column names and the
 * table store_put.c binds from, so a column and its path sit on one line.
 *
 * The values are what SQLite's json_extract gives for the path (the
 * first layout read the rows with json_each/json_extract inside SQLite,
 * and the rows must stay identical): a missing member or a path through
 * null is NULL, true/false are 1/0, numbers keep their type, strings are
 * unescaped. Paths are dotted; a segment of digits indexes an array.
 *
 * Parameters: every statement takes ?1 the article's key. STORE_ARTICLE
 * takes ?2 the article JSON, ?3 the text and ?4 its byte length; the
 * child tables take ?2 the row's pos (quantities: ?2 the event's pos and
 * ?3 its own); the mapped columns follow in list order.
 */
#include "store/store.h"

/* A mapped column in the three forms this file needs: its name in the
 * INSERT, its placeholder, and its entry in the binding table. */
#define NAME(c, p, k) "," c
#define PARAM(c, p, k) ",?"
#define ENTRY(c, p, k) {c, p, k},

/* An Actor (SCHEMA.md) at JSON path P in columns C_*. */
#define ACTOR(F, C, P)                                                                            \
    F(C "_text", P ".text", STORE_COL_VALUE) F(C "_start", P ".start", STORE_COL_VALUE)           \
    F(C "_end", P ".end", STORE_COL_VALUE) F(C "_id", P ".id", STORE_COL_VALUE)                   \
    F(C "_name", P ".name", STORE_COL_VALUE) F(C "_kind", P ".kind", STORE_COL_VALUE)             \
    F(C "_country", P ".country", STORE_COL_VALUE)
/* A span: its text and byte offsets. */
#define SPAN(F, C, P)                                                                             \
    F(C "_text", P ".text", STORE_COL_VALUE) F(C "_start", P ".start", STORE_COL_VALUE)           \
    F(C "_end", P ".end", STORE_COL_VALUE)
/* A Geo object at P. */
#define GEO(F, P)                                                                                 \
    F("geo_name", P ".name", STORE_COL_VALUE) F("geo_name_ar", P ".name_ar", STORE_COL_VALUE)     \
    F("geonameid", P ".geonameid", STORE_COL_VALUE) F("geo_country", P ".country", STORE_COL_VALUE) \
    F("geo_admin1", P ".admin1", STORE_COL_VALUE) F("geo_admin2", P ".admin2", STORE_COL_VALUE)   \
    F("geo_lat", P ".lat", STORE_COL_VALUE) F("geo_lon", P ".lon", STORE_COL_VALUE)               \
    F("geo_feature", P ".feature", STORE_COL_VALUE) F("geo_precision", P ".precision", STORE_COL_VALUE)
#define DATE(F)                                                                                   \
    F("date_text", "date.text", STORE_COL_VALUE) F("date_at_start", "date.at.start", STORE_COL_VALUE) \
    F("date_at_end", "date.at.end", STORE_COL_VALUE) F("date_start", "date.start", STORE_COL_VALUE) \
    F("date_end", "date.end", STORE_COL_VALUE) F("date_precision", "date.precision", STORE_COL_VALUE) \
    F("date_relative", "date.relative", STORE_COL_VALUE)
#define ATTRIBUTION(F)                                                                            \
    SPAN(F, "source", "attribution.source") F("source_id", "attribution.source.id", STORE_COL_VALUE) \
    F("source_kind", "attribution.source.kind", STORE_COL_VALUE)                                  \
    F("source_cue", "attribution.cue", STORE_COL_VALUE)
#define MODALITY(F)                                                                               \
    F("negated", "modality.negated", STORE_COL_VALUE)                                             \
    F("hypothetical", "modality.hypothetical", STORE_COL_VALUE)                                   \
    F("future", "modality.future", STORE_COL_VALUE)                                               \
    F("reported", "modality.reported", STORE_COL_VALUE)                                           \
    F("unverified", "modality.unverified", STORE_COL_VALUE)
#define SENTENCE(F)                                                                               \
    F("sentence_start", "sentence.start", STORE_COL_VALUE) F("sentence_end", "sentence.end", STORE_COL_VALUE)
/* The per-role summary of an event's quantities: the largest min and
 * the largest max of its quantities with role R (as SQL's max()). */
#define ROLE(F, R) F(R "_min", R, STORE_COL_ROLE_MIN) F(R "_max", R, STORE_COL_ROLE_MAX)

#define ARTICLE_COLS(F)                                                                           \
    F("id", "id", STORE_COL_NONEMPTY) F("source", "source", STORE_COL_VALUE)                      \
    F("published", "published", STORE_COL_VALUE) F("lang", "lang", STORE_COL_VALUE)              \
    F("schema", "schema", STORE_COL_VALUE) F("warnings", "warnings", STORE_COL_LENGTH)

#define QUANTITY_COLS(F)                                                                          \
    F("role", "role", STORE_COL_VALUE) F("min", "min", STORE_COL_VALUE) F("max", "max", STORE_COL_VALUE) \
    F("qualifier", "qualifier", STORE_COL_VALUE) F("unit", "unit", STORE_COL_VALUE)               \
    F("text", "text", STORE_COL_VALUE) F("text_start", "start", STORE_COL_VALUE)                  \
    F("text_end", "end", STORE_COL_VALUE)

#define EVENT_COLS(F)                                                                             \
    F("kind", "kind", STORE_COL_VALUE) F("type", "type", STORE_COL_VALUE)                         \
    F("sub_type", "sub_type", STORE_COL_VALUE) F("cameo", "cameo", STORE_COL_VALUE)               \
    SPAN(F, "trigger", "trigger") ACTOR(F, "actor1", "actor1") ACTOR(F, "actor2", "actor2")       \
    SPAN(F, "target", "target") SPAN(F, "location", "location") GEO(F, "location.geo") DATE(F)    \
    ATTRIBUTION(F) MODALITY(F) SENTENCE(F) F("mentions", "mentions", STORE_COL_LENGTH)            \
    F("confidence", "confidence", STORE_COL_VALUE)                                                \
    ROLE(F, "fatalities") ROLE(F, "injured") ROLE(F, "participants") ROLE(F, "escaped")           \
    ROLE(F, "detained") ROLE(F, "displaced") ROLE(F, "fighters") ROLE(F, "members")               \
    ROLE(F, "foreigners")

/* a claim's locations after the first stay in articles.json */
#define CLAIM_COLS(F)                                                                             \
    F("role", "quantity.role", STORE_COL_VALUE) F("min", "quantity.min", STORE_COL_VALUE)         \
    F("max", "quantity.max", STORE_COL_VALUE) F("qualifier", "quantity.qualifier", STORE_COL_VALUE) \
    F("unit", "quantity.unit", STORE_COL_VALUE) SPAN(F, "quantity", "quantity")                   \
    ACTOR(F, "subject", "subject") F("locations", "locations", STORE_COL_LENGTH)                  \
    SPAN(F, "location", "locations.0") GEO(F, "locations.0.geo") DATE(F) ATTRIBUTION(F)          \
    MODALITY(F) SENTENCE(F)

#define QUOTE_COLS(F)                                                                             \
    SPAN(F, "speaker", "speaker") F("role", "role", STORE_COL_VALUE)                              \
    F("affiliation", "affiliation", STORE_COL_VALUE) F("outlet", "outlet", STORE_COL_VALUE)       \
    F("text", "text", STORE_COL_VALUE) F("text_start", "start", STORE_COL_VALUE)                  \
    F("text_end", "end", STORE_COL_VALUE) F("direct", "direct", STORE_COL_VALUE)

#define ENTITY_COLS(F)                                                                            \
    F("type", "type", STORE_COL_VALUE) F("text", "text", STORE_COL_VALUE)                         \
    F("text_start", "start", STORE_COL_VALUE) F("text_end", "end", STORE_COL_VALUE)               \
    F("norm", "norm", STORE_COL_VALUE) F("id", "id", STORE_COL_VALUE) GEO(F, "geo")

static const char *const SQL[STORE__NSTMT] = {
    [STORE_SAVEPOINT] = "SAVEPOINT rasad_put",
    [STORE_RELEASE] = "RELEASE rasad_put",
    [STORE_ROLLBACK_TO] = "ROLLBACK TO rasad_put",
    [STORE_DELETE] = "DELETE FROM articles WHERE key=?1",
    [STORE_ARTICLE] = "INSERT INTO articles(key,json,text,text_bytes,stored_at" ARTICLE_COLS(NAME)
                      ") VALUES(?1,?2,?3,?4,strftime('%Y-%m-%dT%H:%M:%SZ','now')" ARTICLE_COLS(PARAM) ")",
    [STORE_QUANTITIES] = "INSERT INTO quantities(article,event,pos" QUANTITY_COLS(NAME)
                         ") VALUES(?1,?2,?3" QUANTITY_COLS(PARAM) ")",
    [STORE_EVENTS] = "INSERT INTO events(article,pos" EVENT_COLS(NAME) ") VALUES(?1,?2" EVENT_COLS(PARAM) ")",
    [STORE_CLAIMS] = "INSERT INTO claims(article,pos" CLAIM_COLS(NAME) ") VALUES(?1,?2" CLAIM_COLS(PARAM) ")",
    [STORE_QUOTES] = "INSERT INTO quotes(article,pos" QUOTE_COLS(NAME) ") VALUES(?1,?2" QUOTE_COLS(PARAM) ")",
    [STORE_ENTITIES] =
        "INSERT INTO entities(article,pos" ENTITY_COLS(NAME) ") VALUES(?1,?2" ENTITY_COLS(PARAM) ")",
};

static const store_col ARTICLE[] = {ARTICLE_COLS(ENTRY)};
static const store_col QUANTITY[] = {QUANTITY_COLS(ENTRY)};
static const store_col EVENT[] = {EVENT_COLS(ENTRY)};
static const store_col CLAIM[] = {CLAIM_COLS(ENTRY)};
static const store_col QUOTE[] = {QUOTE_COLS(ENTRY)};
static const store_col ENTITY[] = {ENTITY_COLS(ENTRY)};

#define MAP(which, cols, first) [which] = {cols, sizeof cols / sizeof cols[0], first}
static const store_map MAPS[STORE__NSTMT] = {
    MAP(STORE_ARTICLE, ARTICLE, 5), MAP(STORE_QUANTITIES, QUANTITY, 4), MAP(STORE_EVENTS, EVENT, 3),
    MAP(STORE_CLAIMS, CLAIM, 3),    MAP(STORE_QUOTES, QUOTE, 3),        MAP(STORE_ENTITIES, ENTITY, 3),
};

const char *store_stmt_sql(int which) {
    return which >= 0 && which < STORE__NSTMT ? SQL[which] : NULL;
}

const store_map *store_stmt_map(int which) {
    return which >= 0 && which < STORE__NSTMT && MAPS[which].cols ? &MAPS[which] : NULL;
}
