/* SPDX-License-Identifier: MIT
 *
 * test_store.c - the embedded SQLite store: creating and reopening a
 * store, refusing files that are not rasad stores or come from a newer
 * rasad, the rows derived from a hand-written article object, replacing
 * an article (idempotent re-ingest), JSON that is refused without leaving
 * rows, batches, and the event_trends view.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "rasad.h"

static char dir[64];

static void path_in(char *out, size_t cap, const char *name) {
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "/tmp/rasad_store_XXXXXX");
        if (!mkdtemp(dir)) {
            perror("mkdtemp");
            exit(1);
        }
    }
    snprintf(out, cap, "%s/%s", dir, name);
}

static void remove_db(const char *path) {
    char p[300];
    unlink(path);
    snprintf(p, sizeof p, "%s-wal", path);
    unlink(p);
    snprintf(p, sizeof p, "%s-shm", path);
    unlink(p);
}

/* One integer from a query on a separate read connection. */
static long long q_int(const char *path, const char *sql) {
    sqlite3 *db = NULL;
    sqlite3_stmt *s = NULL;
    long long v = -999;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        v = sqlite3_column_type(s, 0) == SQLITE_NULL ? -1 : sqlite3_column_int64(s, 0);
    else
        fprintf(stderr, "query failed: %s: %s\n", sql, sqlite3_errmsg(db));
    sqlite3_finalize(s);
    sqlite3_close(db);
    return v;
}

/* One text (copied into buf) from a query; "(null)" for NULL. */
static const char *q_text(const char *path, const char *sql, char *buf, size_t cap) {
    sqlite3 *db = NULL;
    sqlite3_stmt *s = NULL;
    snprintf(buf, cap, "(failed)");
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW) {
        const unsigned char *t = sqlite3_column_text(s, 0);
        snprintf(buf, cap, "%s", t ? (const char *)t : "(null)");
    }
    sqlite3_finalize(s);
    sqlite3_close(db);
    return buf;
}

static void exec_sql(const char *path, const char *sql) {
    sqlite3 *db = NULL;
    if (sqlite3_open(path, &db) != SQLITE_OK || sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
        fprintf(stderr, "exec failed: %s: %s\n", sql, sqlite3_errmsg(db));
    sqlite3_close(db);
}

/* A hand-written article in the shape of SCHEMA.md: two events (one with
 * two quantities and a resolved place), one claim, one quote, three
 * entities. */
static const char ARTICLE[] =
    "{\"id\":\"t-1\",\"published\":\"2022-01-27\",\"source\":\"test\",\"lang\":\"ar\",\"schema\":1,"
    "\"entities\":["
    "{\"text\":\"داعش\",\"start\":10,\"end\":18,\"type\":\"ORG\",\"norm\":\"داعش\",\"id\":\"ISIS\",\"geo\":null},"
    "{\"text\":\"الرقة\",\"start\":30,\"end\":40,\"type\":\"LOC\",\"norm\":\"الرقه\",\"id\":null,"
    "\"geo\":{\"name\":\"Raqqa\",\"name_ar\":\"الرقة\",\"geonameid\":163915,\"lat\":35.95,\"lon\":39.01,"
    "\"country\":\"SY\",\"admin1\":\"Raqqa\",\"admin2\":null,\"feature\":\"PPLA\",\"precision\":1}},"
    "{\"text\":\"رويترز\",\"start\":90,\"end\":102,\"type\":\"ORG\",\"norm\":\"رويترز\",\"id\":\"REUTERS\",\"geo\":null}],"
    "\"events\":["
    "{\"kind\":\"attack\",\"type\":\"Battles\",\"sub_type\":\"Armed clash\",\"cameo\":\"190\","
    "\"trigger\":{\"text\":\"هجوم\",\"start\":20,\"end\":28},"
    "\"actor1\":{\"text\":\"داعش\",\"start\":10,\"end\":18,\"id\":\"ISIS\",\"name\":\"Islamic State\","
    "\"kind\":\"rebel\",\"country\":null},\"actor2\":null,\"target\":null,"
    "\"location\":{\"text\":\"الرقة\",\"start\":30,\"end\":40,\"geo\":{\"name\":\"Raqqa\",\"name_ar\":\"الرقة\","
    "\"geonameid\":163915,\"lat\":35.95,\"lon\":39.01,\"country\":\"SY\",\"admin1\":\"Raqqa\",\"admin2\":null,"
    "\"feature\":\"PPLA\",\"precision\":1}},"
    "\"date\":{\"text\":\"أمس\",\"at\":{\"start\":42,\"end\":48},\"start\":\"2022-01-26\",\"end\":\"2022-01-26\","
    "\"precision\":\"day\",\"relative\":true},"
    "\"quantities\":[{\"role\":\"fatalities\",\"min\":6,\"max\":6,\"qualifier\":\"exact\",\"unit\":\"عناصر\","
    "\"text\":\"ستة عناصر\",\"start\":50,\"end\":67},"
    "{\"role\":\"injured\",\"min\":4,\"max\":null,\"qualifier\":\"at_least\",\"unit\":\"آخرون\","
    "\"text\":\"أربعة آخرون\",\"start\":70,\"end\":89}],"
    "\"attribution\":{\"source\":{\"text\":\"رويترز\",\"start\":90,\"end\":102,\"id\":\"REUTERS\",\"kind\":\"agency\"},"
    "\"cue\":\"بحسب\"},"
    "\"modality\":{\"negated\":false,\"hypothetical\":false,\"future\":false,\"reported\":true,\"unverified\":false},"
    "\"sentence\":{\"start\":0,\"end\":110},\"mentions\":[{\"start\":0,\"end\":110},{\"start\":120,\"end\":200}],"
    "\"confidence\":0.9},"
    "{\"kind\":\"arrest\",\"type\":\"Strategic developments\",\"sub_type\":\"Arrests\",\"cameo\":\"173\","
    "\"trigger\":{\"text\":\"اعتقال\",\"start\":130,\"end\":142},\"actor1\":null,\"actor2\":null,\"target\":null,"
    "\"location\":null,\"date\":null,\"quantities\":[],\"attribution\":null,"
    "\"modality\":{\"negated\":true,\"hypothetical\":false,\"future\":false,\"reported\":false,\"unverified\":false},"
    "\"sentence\":{\"start\":120,\"end\":200},\"mentions\":[{\"start\":120,\"end\":200}],\"confidence\":0.5}],"
    "\"claims\":[{\"quantity\":{\"role\":\"fighters\",\"min\":10000,\"max\":null,\"qualifier\":\"at_least\","
    "\"unit\":\"مقاتل\",\"text\":\"10 آلاف مقاتل\",\"start\":210,\"end\":230},"
    "\"subject\":{\"text\":\"داعش\",\"start\":232,\"end\":240,\"id\":\"ISIS\",\"name\":\"Islamic State\","
    "\"kind\":\"rebel\",\"country\":null},"
    "\"locations\":[{\"text\":\"سوريا\",\"start\":245,\"end\":255,\"geo\":{\"name\":\"Syria\",\"name_ar\":\"سوريا\","
    "\"geonameid\":163843,\"lat\":35.0,\"lon\":38.0,\"country\":\"SY\",\"admin1\":null,\"admin2\":null,"
    "\"feature\":\"PCLI\",\"precision\":3}},{\"text\":\"العراق\",\"start\":258,\"end\":270,\"geo\":null}],"
    "\"date\":null,\"attribution\":null,"
    "\"modality\":{\"negated\":false,\"hypothetical\":false,\"future\":false,\"reported\":true,\"unverified\":false},"
    "\"sentence\":{\"start\":205,\"end\":280}}],"
    "\"quotes\":[{\"speaker\":{\"text\":\"سامر الخطيب\",\"start\":300,\"end\":321},\"role\":\"الباحث\","
    "\"affiliation\":null,\"outlet\":\"فرانس برس\",\"text\":\"الوضع خطير\",\"start\":330,\"end\":349,"
    "\"direct\":true}],"
    "\"warnings\":[]}\n";

static rasad_store *open_ok(const char *path) {
    rasad_store *st = NULL;
    rasad_error err;
    rasad_status rc = rasad_store_open(path, &st, &err);
    INT_EQ(rc, RASAD_OK);
    OK(st != NULL, "%s", err.message);
    return st;
}

static void test_open_create(void) {
    char path[128];
    path_in(path, sizeof path, "create.db");
    remove_db(path);
    rasad_store *st = open_ok(path);
    rasad_error err;
    INT_EQ(rasad_store_close(st, &err), RASAD_OK);
    INT_EQ(q_int(path, "PRAGMA user_version"), RASAD_STORE_VERSION);
    INT_EQ(q_int(path, "SELECT count(*) FROM sqlite_master WHERE type='table' AND name IN "
                       "('articles','events','quantities','claims','quotes','entities')"), 6);
    INT_EQ(q_int(path, "SELECT count(*) FROM sqlite_master WHERE type='view' AND name='event_trends'"), 1);
    char buf[64];
    STR_EQ(q_text(path, "PRAGMA journal_mode", buf, sizeof buf), "wal");
    INT_EQ(q_int(path, "PRAGMA page_size"), 16384);
    /* reopening an existing store */
    st = open_ok(path);
    rasad_store_counts c;
    INT_EQ(rasad_store_stats(st, &c, &err), RASAD_OK);
    INT_EQ(c.articles, 0);
    INT_EQ(rasad_store_close(st, NULL), RASAD_OK);
    INT_EQ(rasad_store_close(NULL, NULL), RASAD_OK);
    /* bad arguments */
    INT_EQ(rasad_store_open(NULL, &st, &err), RASAD_EINVAL);
    INT_EQ(rasad_store_open("", &st, &err), RASAD_EINVAL);
    remove_db(path);
}

static void test_refuses(void) {
    char path[128];
    rasad_store *st = (rasad_store *)&st;
    rasad_error err;
    /* a newer layout */
    path_in(path, sizeof path, "newer.db");
    remove_db(path);
    rasad_store_close(open_ok(path), NULL);
    exec_sql(path, "PRAGMA user_version=7");
    INT_EQ(rasad_store_open(path, &st, &err), RASAD_EVERSION);
    OK(st == NULL);
    INT_EQ(err.code, RASAD_EVERSION);
    OK(strstr(err.message, path) && strstr(err.message, "version 7") && strstr(err.message, "version 1") &&
           strstr(err.message, "newer"),
       "%s", err.message);
    remove_db(path);

    /* a text file */
    path_in(path, sizeof path, "notadb.db");
    FILE *f = fopen(path, "w");
    OK(f != NULL);
    for (int i = 0; f && i < 200; i++)
        fputs("this is not an SQLite database, just words\n", f);
    if (f)
        fclose(f);
    INT_EQ(rasad_store_open(path, &st, &err), RASAD_EFORMAT);
    OK(strstr(err.message, path) && strstr(err.message, "not an SQLite database"), "%s", err.message);
    unlink(path);

    /* somebody else's database */
    path_in(path, sizeof path, "other.db");
    remove_db(path);
    exec_sql(path, "CREATE TABLE things(a, b); INSERT INTO things VALUES(1, 2);");
    INT_EQ(rasad_store_open(path, &st, &err), RASAD_EFORMAT);
    OK(strstr(err.message, path) && strstr(err.message, "not a rasad store"), "%s", err.message);
    INT_EQ(q_int(path, "SELECT count(*) FROM sqlite_master"), 1); /* untouched */
    remove_db(path);

    /* a directory that does not exist */
    INT_EQ(rasad_store_open("/nonexistent/dir/x.db", &st, &err), RASAD_EIO);
    OK(strstr(err.message, "/nonexistent/dir/x.db") != NULL, "%s", err.message);
}

static void test_rows(void) {
    char path[128], buf[256];
    path_in(path, sizeof path, "rows.db");
    remove_db(path);
    rasad_store *st = open_ok(path);
    rasad_error err;
    const char *text = "نص المقال";
    INT_EQ(rasad_store_put_article(st, ARTICLE, strlen(ARTICLE), text, strlen(text), &err), RASAD_OK);
    rasad_store_counts c;
    rasad_store_session(st, &c);
    INT_EQ(c.articles, 1);
    INT_EQ(c.events, 2);
    INT_EQ(c.quantities, 2);
    INT_EQ(c.claims, 1);
    INT_EQ(c.quotes, 1);
    INT_EQ(c.entities, 3);
    /* articles */
    STR_EQ(q_text(path, "SELECT key FROM articles", buf, sizeof buf), "t-1");
    STR_EQ(q_text(path, "SELECT published||' '||source||' '||lang||' '||schema FROM articles", buf, sizeof buf),
           "2022-01-27 test ar 1");
    STR_EQ(q_text(path, "SELECT text FROM articles", buf, sizeof buf), text);
    INT_EQ(q_int(path, "SELECT text_bytes FROM articles"), strlen(text));
    INT_EQ(q_int(path, "SELECT json_valid(json) FROM articles"), 1);
    INT_EQ(q_int(path, "SELECT length(stored_at) FROM articles"), 20);
    /* events */
    STR_EQ(q_text(path,
                  "SELECT kind||'|'||type||'|'||sub_type||'|'||cameo||'|'||trigger_text||'|'||trigger_start"
                  "||'|'||trigger_end FROM events WHERE pos=0",
                  buf, sizeof buf),
           "attack|Battles|Armed clash|190|هجوم|20|28");
    STR_EQ(q_text(path,
                  "SELECT actor1_id||'|'||actor1_name||'|'||actor1_kind||'|'||actor1_text||'|'||actor1_start||'|'"
                  "||coalesce(actor2_id,'-')||'|'||coalesce(target_text,'-') FROM events WHERE pos=0",
                  buf, sizeof buf),
           "ISIS|Islamic State|rebel|داعش|10|-|-");
    STR_EQ(q_text(path,
                  "SELECT location_text||'|'||geo_name||'|'||geo_country||'|'||geo_admin1||'|'||geo_lat||'|'"
                  "||geo_lon||'|'||geo_precision||'|'||geonameid FROM events WHERE pos=0",
                  buf, sizeof buf),
           "الرقة|Raqqa|SY|Raqqa|35.95|39.01|1|163915");
    STR_EQ(q_text(path,
                  "SELECT date_start||'|'||date_end||'|'||date_precision||'|'||date_relative||'|'||date_text"
                  "||'|'||date_at_start FROM events WHERE pos=0",
                  buf, sizeof buf),
           "2022-01-26|2022-01-26|day|1|أمس|42");
    STR_EQ(q_text(path,
                  "SELECT fatalities_min||'|'||fatalities_max||'|'||injured_min||'|'||coalesce(injured_max,'-')"
                  "||'|'||coalesce(detained_min,'-') FROM events WHERE pos=0",
                  buf, sizeof buf),
           "6|6|4|-|-");
    STR_EQ(q_text(path,
                  "SELECT source_id||'|'||source_kind||'|'||source_text||'|'||source_start||'|'||source_cue"
                  " FROM events WHERE pos=0",
                  buf, sizeof buf),
           "REUTERS|agency|رويترز|90|بحسب");
    STR_EQ(q_text(path,
                  "SELECT negated||hypothetical||future||reported||unverified||'|'||sentence_start||'|'"
                  "||sentence_end||'|'||mentions||'|'||confidence FROM events WHERE pos=0",
                  buf, sizeof buf),
           "00010|0|110|2|0.9");
    STR_EQ(q_text(path,
                  "SELECT kind||'|'||negated||'|'||coalesce(actor1_id,'-')||'|'||coalesce(geo_country,'-')"
                  "||'|'||coalesce(date_start,'-')||'|'||coalesce(fatalities_min,'-') FROM events WHERE pos=1",
                  buf, sizeof buf),
           "arrest|1|-|-|-|-");
    /* quantities */
    STR_EQ(q_text(path,
                  "SELECT group_concat(event||pos||role||min||coalesce(max,'-')||qualifier||text_start, ';')"
                  " FROM (SELECT * FROM quantities ORDER BY event, pos)",
                  buf, sizeof buf),
           "00fatalities66exact50;01injured4-at_least70");
    /* claims */
    STR_EQ(q_text(path,
                  "SELECT role||'|'||min||'|'||coalesce(max,'-')||'|'||qualifier||'|'||quantity_start||'|'"
                  "||subject_id||'|'||locations||'|'||location_text||'|'||geo_country||'|'||reported"
                  " FROM claims",
                  buf, sizeof buf),
           "fighters|10000|-|at_least|210|ISIS|2|سوريا|SY|1");
    /* quotes */
    STR_EQ(q_text(path,
                  "SELECT speaker_text||'|'||speaker_start||'|'||role||'|'||coalesce(affiliation,'-')||'|'"
                  "||outlet||'|'||text||'|'||text_start||'|'||text_end||'|'||direct FROM quotes",
                  buf, sizeof buf),
           "سامر الخطيب|300|الباحث|-|فرانس برس|الوضع خطير|330|349|1");
    /* entities */
    STR_EQ(q_text(path,
                  "SELECT group_concat(pos||type||coalesce(id,'-')||text_start||coalesce(geo_name,'-'), ';')"
                  " FROM (SELECT * FROM entities ORDER BY pos)",
                  buf, sizeof buf),
           "0ORGISIS10-;1LOC-30Raqqa;2ORGREUTERS90-");

    /* the same article again replaces it: the same rows, not twice */
    INT_EQ(rasad_store_put_article(st, ARTICLE, strlen(ARTICLE), text, strlen(text), &err), RASAD_OK);
    INT_EQ(rasad_store_stats(st, &c, &err), RASAD_OK);
    INT_EQ(c.articles, 1);
    INT_EQ(c.events, 2);
    INT_EQ(c.quantities, 2);
    INT_EQ(c.claims, 1);
    INT_EQ(c.quotes, 1);
    INT_EQ(c.entities, 3);
    /* a new version of the article (one event gone) replaces every row */
    static const char SMALLER[] =
        "{\"id\":\"t-1\",\"published\":\"2022-01-28\",\"events\":[{\"kind\":\"protest\",\"quantities\":[]}],"
        "\"claims\":[],\"quotes\":[],\"entities\":[]}";
    INT_EQ(rasad_store_put_article(st, SMALLER, strlen(SMALLER), "x", 1, &err), RASAD_OK);
    INT_EQ(rasad_store_stats(st, &c, &err), RASAD_OK);
    INT_EQ(c.articles, 1);
    INT_EQ(c.events, 1);
    INT_EQ(c.quantities + c.claims + c.quotes + c.entities, 0);
    STR_EQ(q_text(path, "SELECT kind||published FROM events JOIN articles ON key=article", buf, sizeof buf),
           "protest2022-01-28");
    rasad_store_session(st, &c);
    INT_EQ(c.articles, 3);
    INT_EQ(rasad_store_close(st, &err), RASAD_OK);
    remove_db(path);
}

static void test_refused_json(void) {
    char path[128];
    path_in(path, sizeof path, "bad.db");
    remove_db(path);
    rasad_store *st = open_ok(path);
    rasad_error err;
    static const char *const bad[] = {
        "{\"id\":\"b1\",\"events\":[",                       /* cut short */
        "not json at all",                                   /* not JSON */
        "[1,2,3]",                                           /* not an object */
        "",                                                  /* nothing */
        "{\"id\":5,\"events\":[]}",                          /* id not a string */
        "{\"id\":\"b2\",\"events\":{\"a\":{}}}",             /* events not an array */
        "{\"id\":\"b3\",\"events\":[{\"kind\":\"x\"},\"y\"]}", /* an element not an object */
        /* a nested element that is no object fails halfway through the
         * inserts: the savepoint takes back what was written */
        "{\"id\":\"b4\",\"entities\":[{\"type\":\"ORG\"}],\"events\":[{\"kind\":\"attack\",\"quantities\":[\"q\"]}]}",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        rasad_status rc = rasad_store_put_article(st, bad[i], strlen(bad[i]), "t", 1, &err);
        INT_EQ(rc, RASAD_EJSON);
        OK(strstr(err.message, path) != NULL, "%s", err.message);
    }
    /* a NUL inside the JSON */
    INT_EQ(rasad_store_put_article(st, "{\"id\":\"x\"}\0{}", 13, "t", 1, &err), RASAD_EJSON);
    /* the same inside a batch: the batch goes on */
    INT_EQ(rasad_store_begin(st, &err), RASAD_OK);
    INT_EQ(rasad_store_begin(st, &err), RASAD_EINVAL);
    INT_EQ(rasad_store_put_article(st, bad[7], strlen(bad[7]), "t", 1, &err), RASAD_EJSON);
    static const char GOOD[] = "{\"id\":\"g1\",\"events\":[],\"entities\":[{\"type\":\"PER\",\"text\":\"x\"}]}";
    INT_EQ(rasad_store_put_article(st, GOOD, strlen(GOOD), "t", 1, &err), RASAD_OK);
    INT_EQ(rasad_store_commit(st, &err), RASAD_OK);
    rasad_store_counts c;
    INT_EQ(rasad_store_stats(st, &c, &err), RASAD_OK);
    INT_EQ(c.articles, 1);
    INT_EQ(c.entities, 1);
    INT_EQ(c.events + c.quantities + c.claims + c.quotes, 0);
    INT_EQ(rasad_store_put_article(NULL, GOOD, strlen(GOOD), "t", 1, &err), RASAD_EINVAL);
    INT_EQ(rasad_store_close(st, &err), RASAD_OK);
    INT_EQ(q_int(path, "SELECT count(*) FROM articles WHERE key LIKE 'b%'"), 0);
    remove_db(path);
}

static void test_keys_and_text(void) {
    char path[128], buf[128];
    path_in(path, sizeof path, "keys.db");
    remove_db(path);
    rasad_store *st = open_ok(path);
    rasad_error err;
    /* no id: keyed by the text; the same text twice is one article */
    static const char NOID[] = "{\"id\":\"\",\"events\":[],\"claims\":[],\"quotes\":[],\"entities\":[]}";
    INT_EQ(rasad_store_put_article(st, NOID, strlen(NOID), "نص أول", strlen("نص أول"), &err), RASAD_OK);
    INT_EQ(rasad_store_put_article(st, NOID, strlen(NOID), "نص أول", strlen("نص أول"), &err), RASAD_OK);
    INT_EQ(rasad_store_put_article(st, NOID, strlen(NOID), "نص ثان", strlen("نص ثان"), &err), RASAD_OK);
    INT_EQ(q_int(path, "SELECT count(*) FROM articles WHERE key LIKE '~text:%' AND length(key)=22 AND id IS NULL"),
           2);
    /* an id that starts with ~ cannot meet a derived key */
    static const char TILDE[] = "{\"id\":\"~text:0000\",\"events\":[]}";
    INT_EQ(rasad_store_put_article(st, TILDE, strlen(TILDE), "x", 1, &err), RASAD_OK);
    STR_EQ(q_text(path, "SELECT key||' '||id FROM articles WHERE id IS NOT NULL", buf, sizeof buf),
           "~~text:0000 ~text:0000");
    /* invalid UTF-8 and a NUL in the text: kept byte for byte */
    static const char RAW[] = "a\0b\xff";
    static const char RAWID[] = "{\"id\":\"raw\"}";
    INT_EQ(rasad_store_put_article(st, RAWID, strlen(RAWID), RAW, 4, &err), RASAD_OK);
    STR_EQ(q_text(path, "SELECT typeof(text)||' '||hex(text)||' '||text_bytes FROM articles WHERE id='raw'", buf,
                  sizeof buf),
           "blob 610062FF 4");
    INT_EQ(rasad_store_close(st, &err), RASAD_OK);
    remove_db(path);
}

static void test_doc_and_trends(void) {
    char path[128], buf[256];
    path_in(path, sizeof path, "doc.db");
    remove_db(path);
    rasad_store *st = open_ok(path);
    rasad_error err;
    static const char *const texts[] = {
        "قتل ستة عناصر من قوات سوريا الديمقراطية في هجوم شنه تنظيم داعش على حاجز في دير الزور.",
        "تظاهر مئات الأشخاص في مدينة الرقة احتجاجا على الغلاء.",
        "وصل الوزير إلى العاصمة لبحث التعاون الاقتصادي.",
    };
    rasad_options o;
    rasad_options_init(&o);
    INT_EQ(rasad_ymd_parse("2022-01-27", 10, &o.published), RASAD_OK);
    INT_EQ(rasad_store_begin(st, &err), RASAD_OK);
    size_t events = 0;
    for (size_t i = 0; i < 3; i++) {
        rasad_doc *doc = NULL;
        INT_EQ(rasad_doc_new(texts[i], strlen(texts[i]), &o, &doc), RASAD_OK);
        char id[16];
        snprintf(id, sizeof id, "d%zu", i);
        rasad_doc_set_meta(doc, id, "unit");
        const rasad_event *ev;
        size_t n = 0;
        INT_EQ(rasad_doc_events(doc, &ev, &n), RASAD_OK);
        events += n;
        INT_EQ(rasad_store_put(st, doc, &err), RASAD_OK);
        rasad_doc_free(doc);
    }
    rasad_store_counts c;
    rasad_store_session(st, &c);
    INT_EQ(c.articles, 0); /* not committed yet */
    INT_EQ(rasad_store_commit(st, &err), RASAD_OK);
    rasad_store_session(st, &c);
    INT_EQ(c.articles, 3);
    INT_EQ(c.events, events);
    OK(events >= 2, "events %zu", events);
    INT_EQ(rasad_store_close(st, &err), RASAD_OK);
    INT_EQ(q_int(path, "SELECT count(*) FROM events e JOIN articles a ON a.key=e.article"), events);
    /* the trends view: events per month, kind and country */
    INT_EQ(q_int(path, "SELECT sum(events) FROM event_trends"), events);
    STR_EQ(q_text(path, "SELECT month||' '||country||' '||events FROM event_trends WHERE kind='protest'", buf,
                  sizeof buf),
           "2022-01 SY 1");
    /* a span cut out of the stored text by its byte offsets */
    STR_EQ(q_text(path,
                  "SELECT CAST(substr(CAST(a.text AS BLOB), e.trigger_start + 1, e.trigger_end - e.trigger_start)"
                  " AS TEXT) = e.trigger_text FROM events e JOIN articles a ON a.key=e.article WHERE e.kind='protest'",
                  buf, sizeof buf),
           "1");
    remove_db(path);
}

/* Values the contract rarely holds, read as SQLite's JSON1 reads them
 * (the store's JSON reader must give the same columns): escapes and
 * surrogate pairs, a repeated key (the first wins), numbers beyond 64
 * bits, booleans and an object in text columns, null and non-array
 * lists, and the role summary over quantities with escaped roles. Each
 * column is compared with json_extract on the stored article. */
static void test_json_values(void) {
    char path[128], buf[256];
    path_in(path, sizeof path, "values.db");
    remove_db(path);
    rasad_store *st = open_ok(path);
    rasad_error err;
    static const char J[] =
        "{\"id\":\"v\\u00e91\",\"schema\":1,\"warnings\":null,\"source\":\"\\/s\",\n"
        " \"entities\":[{\"type\":\"PER\",\"text\":\"a\\\"b\\\\c\\/d\\n\\u00e9\\ud83d\\ude00\",\"start\":0,"
        "\"end\":5,\"norm\":\"\",\"id\":null,\"geo\":{\"lat\":24.7136,\"lon\":-46.5e-1,"
        "\"geonameid\":9223372036854775807,\"name\":true,\"name_ar\":false,\"country\":{\"x\":[1,2]},"
        "\"admin1\":12345678901234567890,\"admin2\":-0,\"precision\":1E2}},"
        " {\"text\":\"first\",\"text\":\"second\",\"geo\":null}],\n"
        " \"events\":[{\"kind\":\"attack\",\"mentions\":{},\"confidence\":0.1,\"quantities\":["
        "{\"role\":\"fatalities\",\"min\":3,\"max\":5},{\"role\":\"fatalities\",\"min\":10,\"max\":null},"
        "{\"role\":\"fatal\\u0069ties\",\"min\":100},{\"role\":\"injured\",\"min\":2.5,\"max\":\"x\"},"
        "{\"role\":\"injured\",\"max\":7}]}]}";
    INT_EQ(rasad_store_put_article(st, J, strlen(J), "text", 4, &err), RASAD_OK);
    INT_EQ(rasad_store_close(st, &err), RASAD_OK);
    STR_EQ(q_text(path, "SELECT key FROM articles", buf, sizeof buf), "v\xc3\xa9" "1");
    static const char *const same[] = {
        "SELECT count(*) FROM articles WHERE id IS json_extract(json,'$.id') AND source IS "
        "json_extract(json,'$.source') AND warnings IS json_array_length(json,'$.warnings')",
        "SELECT count(*) FROM entities e JOIN articles a ON a.key=e.article WHERE"
        " e.text IS json_extract(a.json,'$.entities['||e.pos||'].text') AND typeof(e.text)='text'"
        " AND e.norm IS json_extract(a.json,'$.entities['||e.pos||'].norm')"
        " AND e.id IS json_extract(a.json,'$.entities['||e.pos||'].id')"
        " AND e.geo_lat IS json_extract(a.json,'$.entities['||e.pos||'].geo.lat')"
        " AND e.geo_lon IS json_extract(a.json,'$.entities['||e.pos||'].geo.lon')"
        " AND e.geonameid IS json_extract(a.json,'$.entities['||e.pos||'].geo.geonameid')"
        " AND e.geo_name IS json_extract(a.json,'$.entities['||e.pos||'].geo.name')"
        " AND e.geo_name_ar IS json_extract(a.json,'$.entities['||e.pos||'].geo.name_ar')"
        " AND e.geo_country IS json_extract(a.json,'$.entities['||e.pos||'].geo.country')"
        " AND e.geo_admin1 IS json_extract(a.json,'$.entities['||e.pos||'].geo.admin1')"
        " AND e.geo_admin2 IS json_extract(a.json,'$.entities['||e.pos||'].geo.admin2')"
        " AND e.geo_precision IS json_extract(a.json,'$.entities['||e.pos||'].geo.precision')",
    };
    INT_EQ(q_int(path, same[0]), 1);
    INT_EQ(q_int(path, same[1]), 2);
    STR_EQ(q_text(path, "SELECT text FROM entities WHERE pos=1", buf, sizeof buf), "first");
    STR_EQ(q_text(path, "SELECT typeof(geonameid)||geonameid FROM entities WHERE pos=0", buf, sizeof buf),
           "integer9223372036854775807");
    STR_EQ(q_text(path, "SELECT geo_name||geo_name_ar||geo_country FROM entities WHERE pos=0", buf, sizeof buf),
           "10{\"x\":[1,2]}");
    STR_EQ(q_text(path, "SELECT typeof(norm)||typeof(id) FROM entities WHERE pos=0", buf, sizeof buf), "textnull");
    STR_EQ(q_text(path,
                  "SELECT fatalities_min||' '||fatalities_max||' '||injured_min||' '||injured_max||' '||mentions"
                  "||' '||typeof(participants_min) FROM events",
                  buf, sizeof buf),
           "100 5 2.5 x 0 null");
    INT_EQ(q_int(path, "SELECT count(*) FROM quantities"), 5);
    remove_db(path);
}

/* Runs last: the temporary folder is empty by now. */
static void cleanup(void) {
    if (dir[0])
        rmdir(dir);
}

TEST_MAIN(test_open_create, test_refuses, test_rows, test_refused_json, test_keys_and_text, test_doc_and_trends,
          test_json_values, cleanup)
