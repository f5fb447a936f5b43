/* SPDX-License-Identifier: MIT
 *
 * store_schema.c - the embedded store's table layout (RASAD_STORE_VERSION
 * 1): the tables, indexes and views a new store file gets.
 *
 * One row per article, event, event quantity, claim, quote and entity;
 * every row carries its article's key and its position in the article's
 * JSON array (pos, from 0), so a row can always be traced back to the
 * stored article object. Names follow SCHEMA.md: a span "x" becomes
 * x_text, x_start, x_end (byte offsets into articles.text); a Geo object
 * becomes geo_* columns; the five modality flags are 0/1 columns.
 *
 * Child tables are WITHOUT ROWID and keyed (article, pos): an article's
 * rows lie together, and deleting an article (ON DELETE CASCADE, which
 * needs PRAGMA foreign_keys=ON on the connection) finds them by the key's
 * prefix. The indexes serve the analysts' usual questions: events by
 * date, by kind, by country/admin1, by actor; quotes by speaker;
 * entities by lexicon id.
 *
 * Changing anything here means a new RASAD_STORE_VERSION (and a note in
 * bench/notes/store.md); a store of another version is refused.
 */
#include "store/store.h"

/* The columns of an Actor (SCHEMA.md) named P. */
#define ACTOR_COLS(P)                                                                              \
    P "_text TEXT, " P "_start INTEGER, " P "_end INTEGER, " P "_id TEXT, " P "_name TEXT, " P    \
      "_kind TEXT, " P "_country TEXT, "
/* A place: its span and its Geo. */
#define PLACE_COLS(P)                                                                              \
    P "_text TEXT, " P "_start INTEGER, " P "_end INTEGER, "                                        \
      "geo_name TEXT, geo_name_ar TEXT, geonameid INTEGER, geo_country TEXT, geo_admin1 TEXT, "    \
      "geo_admin2 TEXT, geo_lat REAL, geo_lon REAL, geo_feature TEXT, geo_precision INTEGER, "
#define DATE_COLS                                                                                  \
    "date_text TEXT, date_at_start INTEGER, date_at_end INTEGER, date_start TEXT, date_end TEXT, " \
    "date_precision TEXT, date_relative INTEGER, "
#define ATTRIBUTION_COLS                                                                           \
    "source_text TEXT, source_start INTEGER, source_end INTEGER, source_id TEXT, "                 \
    "source_kind TEXT, source_cue TEXT, "
#define MODALITY_COLS                                                                              \
    "negated INTEGER, hypothetical INTEGER, future INTEGER, reported INTEGER, "                    \
    "unverified INTEGER, "
#define ROLE_COLS(R) R "_min INTEGER, " R "_max INTEGER, "
#define CHILD_KEY                                                                                  \
    "article TEXT NOT NULL REFERENCES articles(key) ON DELETE CASCADE, pos INTEGER NOT NULL, "

const char store_schema_sql[] =
    "CREATE TABLE articles ("
    " key TEXT PRIMARY KEY,"        /* the id, or ~text:HASH (rasad.h) */
    " id TEXT,"                     /* NULL when the article had none */
    " source TEXT, published TEXT, lang TEXT,"
    " schema INTEGER,"              /* SCHEMA.md version of json */
    " text,"                        /* TEXT, or BLOB when not valid UTF-8 */
    " text_bytes INTEGER,"
    " warnings INTEGER,"            /* how many; the messages are in json */
    " json TEXT NOT NULL,"          /* the article object, the source of every row */
    " stored_at TEXT NOT NULL"      /* UTC, YYYY-MM-DDTHH:MM:SSZ */
    ");"
    "CREATE INDEX articles_published ON articles(published);"

    "CREATE TABLE events (" CHILD_KEY
    "kind TEXT, type TEXT, sub_type TEXT, cameo TEXT, "
    "trigger_text TEXT, trigger_start INTEGER, trigger_end INTEGER, "
    ACTOR_COLS("actor1") ACTOR_COLS("actor2")
    "target_text TEXT, target_start INTEGER, target_end INTEGER, "
    PLACE_COLS("location") DATE_COLS
    /* per role: the largest min and the largest max of the event's
     * quantities with that role (all of them are in quantities) */
    ROLE_COLS("fatalities") ROLE_COLS("injured") ROLE_COLS("participants") ROLE_COLS("escaped")
    ROLE_COLS("detained") ROLE_COLS("displaced") ROLE_COLS("fighters") ROLE_COLS("members")
    ROLE_COLS("foreigners")
    ATTRIBUTION_COLS MODALITY_COLS
    "sentence_start INTEGER, sentence_end INTEGER, "
    "mentions INTEGER, " /* sentences that report it (merged mentions) */
    "confidence REAL, "
    "PRIMARY KEY (article, pos)) WITHOUT ROWID;"
    "CREATE INDEX events_date ON events(date_start);"
    "CREATE INDEX events_kind ON events(kind, date_start);"
    "CREATE INDEX events_place ON events(geo_country, geo_admin1, date_start);"
    "CREATE INDEX events_actor1 ON events(actor1_id) WHERE actor1_id IS NOT NULL;"
    "CREATE INDEX events_actor2 ON events(actor2_id) WHERE actor2_id IS NOT NULL;"

    /* the quantities of events; pos is the position in the event's list */
    "CREATE TABLE quantities ("
    "article TEXT NOT NULL REFERENCES articles(key) ON DELETE CASCADE, "
    "event INTEGER NOT NULL, pos INTEGER NOT NULL, "
    "role TEXT, min INTEGER, max INTEGER, qualifier TEXT, unit TEXT, "
    "text TEXT, text_start INTEGER, text_end INTEGER, "
    "PRIMARY KEY (article, event, pos)) WITHOUT ROWID;"

    /* a claim's locations beyond the first stay in articles.json */
    "CREATE TABLE claims (" CHILD_KEY
    "role TEXT, min INTEGER, max INTEGER, qualifier TEXT, unit TEXT, "
    "quantity_text TEXT, quantity_start INTEGER, quantity_end INTEGER, "
    ACTOR_COLS("subject")
    "locations INTEGER, " PLACE_COLS("location") DATE_COLS
    ATTRIBUTION_COLS MODALITY_COLS
    "sentence_start INTEGER, sentence_end INTEGER, "
    "PRIMARY KEY (article, pos)) WITHOUT ROWID;"
    "CREATE INDEX claims_role ON claims(role);"

    "CREATE TABLE quotes (" CHILD_KEY
    "speaker_text TEXT, speaker_start INTEGER, speaker_end INTEGER, "
    "role TEXT, affiliation TEXT, outlet TEXT, "
    "text TEXT, text_start INTEGER, text_end INTEGER, direct INTEGER, "
    "PRIMARY KEY (article, pos)) WITHOUT ROWID;"
    "CREATE INDEX quotes_speaker ON quotes(speaker_text);"

    "CREATE TABLE entities (" CHILD_KEY
    "type TEXT, text TEXT, text_start INTEGER, text_end INTEGER, norm TEXT, id TEXT, "
    "geo_name TEXT, geo_name_ar TEXT, geonameid INTEGER, geo_country TEXT, geo_admin1 TEXT, "
    "geo_admin2 TEXT, geo_lat REAL, geo_lon REAL, geo_feature TEXT, geo_precision INTEGER, "
    "PRIMARY KEY (article, pos)) WITHOUT ROWID;"
    "CREATE INDEX entities_id ON entities(id) WHERE id IS NOT NULL;"

    /* The roadmap's trends: events per month, kind and country. month is
     * the month the event's date starts in (NULL when the event has no
     * resolved date), country the ISO code of its resolved place. */
    "CREATE VIEW event_trends AS"
    " SELECT substr(date_start, 1, 7) AS month, kind, geo_country AS country,"
    " count(*) AS events, sum(fatalities_min) AS fatalities,"
    " count(DISTINCT article) AS articles"
    " FROM events GROUP BY month, kind, country;";
