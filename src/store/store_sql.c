/* SPDX-License-Identifier: MIT
 *
 * store_sql.c - the statements that turn one stored article object into
 * its relational rows (the embedded store, after output).
 *
 * The article JSON (SCHEMA.md) is the single source of truth: each table's
 * rows are derived from it inside SQLite with json_each over the article's
 * list and json_extract on each element, in one INSERT ... SELECT per
 * table. No C code walks the event structs a second time, so the rows can
 * never disagree with the JSON that rasad extract prints. Parameters: ?1
 * the article's key, ?2 the article JSON; STORE_ARTICLE also takes ?3 the
 * text and ?4 its byte length.
 *
 * A missing or null member gives a NULL column (json_extract of a path
 * through null is NULL), so optional parts of the contract (actor2,
 * location.geo, date) need no special case.
 */
#include "store/store.h"

/* json_extract of a path under the json_each row alias A. */
#define X(A, P) "json_extract(" A ".value,'$." P "')"
#define ACTOR(A, P) X(A, P ".text") "," X(A, P ".start") "," X(A, P ".end") "," X(A, P ".id") "," \
    X(A, P ".name") "," X(A, P ".kind") "," X(A, P ".country") ","
#define SPAN(A, P) X(A, P ".text") "," X(A, P ".start") "," X(A, P ".end") ","
#define GEO(A, P) X(A, P ".name") "," X(A, P ".name_ar") "," X(A, P ".geonameid") "," \
    X(A, P ".country") "," X(A, P ".admin1") "," X(A, P ".admin2") "," X(A, P ".lat") "," \
    X(A, P ".lon") "," X(A, P ".feature") "," X(A, P ".precision") ","
#define DATE(A) X(A, "date.text") "," X(A, "date.at.start") "," X(A, "date.at.end") "," \
    X(A, "date.start") "," X(A, "date.end") "," X(A, "date.precision") "," X(A, "date.relative") ","
#define ATTRIBUTION(A) SPAN(A, "attribution.source") X(A, "attribution.source.id") "," \
    X(A, "attribution.source.kind") "," X(A, "attribution.cue") ","
#define MODALITY(A) X(A, "modality.negated") "," X(A, "modality.hypothetical") "," \
    X(A, "modality.future") "," X(A, "modality.reported") "," X(A, "modality.unverified") ","

/* A list element's value, or, when it is no object, an error: json() of
 * something that is no JSON fails the statement with "malformed JSON",
 * and the put's savepoint takes back the rows written so far. */
#define OBJECT(V, T) "CASE " T " WHEN 'object' THEN " V " ELSE json('not an object') END"

/* The per-role summary of an event's quantities, read back from the rows
 * STORE_QUANTITIES has just written for this article. */
#define ROLE(R) "max(CASE role WHEN '" R "' THEN min END) AS " R "_min, " \
    "max(CASE role WHEN '" R "' THEN max END) AS " R "_max"
#define ROLE_COLS(R) R "_min, " R "_max"

static const char *const SQL[STORE__NSTMT] = {
    /* columns: the top value's type, the id's type and value, whether
     * every list is an array (or absent), then the length of each list
     * (json_type and json_array_length share one parse of ?1) */
    [STORE_CHECK] =
        "SELECT json_type(?1), json_type(?1,'$.id'), json_extract(?1,'$.id'),"
        " coalesce(json_type(?1,'$.events'),'null') IN ('array','null')"
        " AND coalesce(json_type(?1,'$.claims'),'null') IN ('array','null')"
        " AND coalesce(json_type(?1,'$.quotes'),'null') IN ('array','null')"
        " AND coalesce(json_type(?1,'$.entities'),'null') IN ('array','null'),"
        " json_array_length(?1,'$.events'), json_array_length(?1,'$.claims'),"
        " json_array_length(?1,'$.quotes'), json_array_length(?1,'$.entities')",
    [STORE_SAVEPOINT] = "SAVEPOINT rasad_put",
    [STORE_RELEASE] = "RELEASE rasad_put",
    [STORE_ROLLBACK_TO] = "ROLLBACK TO rasad_put",
    [STORE_DELETE] = "DELETE FROM articles WHERE key=?1",
    [STORE_ARTICLE] =
        "INSERT INTO articles(key,id,source,published,lang,schema,text,text_bytes,warnings,json,"
        "stored_at) VALUES(?1, nullif(json_extract(?2,'$.id'),''), json_extract(?2,'$.source'),"
        " json_extract(?2,'$.published'), json_extract(?2,'$.lang'), json_extract(?2,'$.schema'),"
        " ?3, ?4, json_array_length(?2,'$.warnings'), ?2, strftime('%Y-%m-%dT%H:%M:%SZ','now'))",
    [STORE_QUANTITIES] =
        "WITH q(event, key, value) AS MATERIALIZED (SELECT e.key, q.key, " OBJECT("q.value", "q.type")
        " FROM json_each(?2,'$.events') AS e, json_each(e.value,'$.quantities') AS q) "
        "INSERT INTO quantities(article,event,pos,role,min,max,qualifier,unit,text,text_start,"
        "text_end) SELECT ?1, q.event, q.key, " X("q", "role") "," X("q", "min") "," X("q", "max") ","
        X("q", "qualifier") "," X("q", "unit") "," X("q", "text") "," X("q", "start") ","
        X("q", "end")
        " FROM q",
    [STORE_EVENTS] =
        "WITH e(key, value) AS MATERIALIZED (SELECT key, " OBJECT("value", "type") " FROM json_each(?2,'$.events')) "
        "INSERT INTO events(article,pos,kind,type,sub_type,cameo,"
        "trigger_text,trigger_start,trigger_end,"
        "actor1_text,actor1_start,actor1_end,actor1_id,actor1_name,actor1_kind,actor1_country,"
        "actor2_text,actor2_start,actor2_end,actor2_id,actor2_name,actor2_kind,actor2_country,"
        "target_text,target_start,target_end,location_text,location_start,location_end,"
        "geo_name,geo_name_ar,geonameid,geo_country,geo_admin1,geo_admin2,geo_lat,geo_lon,"
        "geo_feature,geo_precision,"
        "date_text,date_at_start,date_at_end,date_start,date_end,date_precision,date_relative,"
        "source_text,source_start,source_end,source_id,source_kind,source_cue,"
        "negated,hypothetical,future,reported,unverified,sentence_start,sentence_end,mentions,"
        "confidence," ROLE_COLS("fatalities") "," ROLE_COLS("injured") ","
        ROLE_COLS("participants") "," ROLE_COLS("escaped") "," ROLE_COLS("detained") ","
        ROLE_COLS("displaced") "," ROLE_COLS("fighters") "," ROLE_COLS("members") ","
        ROLE_COLS("foreigners") ") "
        "SELECT ?1, e.key," X("e", "kind") "," X("e", "type") "," X("e", "sub_type") ","
        X("e", "cameo") "," SPAN("e", "trigger") ACTOR("e", "actor1") ACTOR("e", "actor2")
        SPAN("e", "target") SPAN("e", "location") GEO("e", "location.geo") DATE("e")
        ATTRIBUTION("e") MODALITY("e") X("e", "sentence.start") "," X("e", "sentence.end") ","
        "json_array_length(e.value,'$.mentions')," X("e", "confidence") ","
        "r.fatalities_min, r.fatalities_max, r.injured_min, r.injured_max,"
        "r.participants_min, r.participants_max, r.escaped_min, r.escaped_max,"
        "r.detained_min, r.detained_max, r.displaced_min, r.displaced_max,"
        "r.fighters_min, r.fighters_max, r.members_min, r.members_max,"
        "r.foreigners_min, r.foreigners_max"
        " FROM e LEFT JOIN (SELECT event, " ROLE("fatalities") ","
        ROLE("injured") "," ROLE("participants") "," ROLE("escaped") "," ROLE("detained") ","
        ROLE("displaced") "," ROLE("fighters") "," ROLE("members") "," ROLE("foreigners")
        " FROM quantities WHERE article=?1 GROUP BY event) AS r ON r.event=e.key",
    [STORE_CLAIMS] =
        "WITH c(key, value) AS MATERIALIZED (SELECT key, " OBJECT("value", "type") " FROM json_each(?2,'$.claims')) "
        "INSERT INTO claims(article,pos,role,min,max,qualifier,unit,quantity_text,quantity_start,"
        "quantity_end,subject_text,subject_start,subject_end,subject_id,subject_name,subject_kind,"
        "subject_country,locations,location_text,location_start,location_end,"
        "geo_name,geo_name_ar,geonameid,geo_country,geo_admin1,geo_admin2,geo_lat,geo_lon,"
        "geo_feature,geo_precision,"
        "date_text,date_at_start,date_at_end,date_start,date_end,date_precision,date_relative,"
        "source_text,source_start,source_end,source_id,source_kind,source_cue,"
        "negated,hypothetical,future,reported,unverified,sentence_start,sentence_end) "
        "SELECT ?1, c.key," X("c", "quantity.role") "," X("c", "quantity.min") ","
        X("c", "quantity.max") "," X("c", "quantity.qualifier") "," X("c", "quantity.unit") ","
        SPAN("c", "quantity") ACTOR("c", "subject")
        "json_array_length(c.value,'$.locations')," SPAN("c", "locations[0]")
        GEO("c", "locations[0].geo") DATE("c") ATTRIBUTION("c") MODALITY("c")
        X("c", "sentence.start") "," X("c", "sentence.end")
        " FROM c",
    [STORE_QUOTES] =
        "WITH u(key, value) AS MATERIALIZED (SELECT key, " OBJECT("value", "type") " FROM json_each(?2,'$.quotes')) "
        "INSERT INTO quotes(article,pos,speaker_text,speaker_start,speaker_end,role,affiliation,"
        "outlet,text,text_start,text_end,direct) SELECT ?1, u.key," SPAN("u", "speaker")
        X("u", "role") "," X("u", "affiliation") "," X("u", "outlet") "," X("u", "text") ","
        X("u", "start") "," X("u", "end") "," X("u", "direct")
        " FROM u",
    [STORE_ENTITIES] =
        "WITH n(key, value) AS MATERIALIZED (SELECT key, " OBJECT("value", "type") " FROM json_each(?2,'$.entities')) "
        "INSERT INTO entities(article,pos,"
        "geo_name,geo_name_ar,geonameid,geo_country,geo_admin1,geo_admin2,geo_lat,geo_lon,"
        "geo_feature,geo_precision,type,text,text_start,text_end,norm,id) SELECT ?1, n.key,"
        GEO("n", "geo") X("n", "type") "," X("n", "text") "," X("n", "start") "," X("n", "end") ","
        X("n", "norm") "," X("n", "id") " FROM n",
};

const char *store_stmt_sql(int which) {
    return which >= 0 && which < STORE__NSTMT ? SQL[which] : NULL;
}
