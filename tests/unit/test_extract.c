/* SPDX-License-Identifier: MIT
 *
 * test_extract.c - unit tests of the extraction stage (issue 5) through
 * the public API: the article view is one JSON object a line that parses
 * (jansson) and carries the SCHEMA.md fields; the CSV has the header's
 * number of fields on every row (RFC 4180 quoting, read back here); the
 * result is computed once and the same on a second call; bad input never
 * breaks it.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "rasad.h"

static const char *const ARTICLES[] = {
    "شنت طائرات التحالف غارات جوية على مدينة الرقة أمس أسفرت عن مقتل 5 مدنيين.",
    "اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في ريف حلب الجنوبي أمس، "
    "وقال مدير المرصد رامي عبد الرحمن لوكالة \"رويترز\": \"قتل 12 مقاتلاً, بينهم قائد\".",
    "قصفت قوات النظام بلدة تلبيسة وقرى الحولة، وتظاهر مئات في مدينة درعا يوم الجمعة.\n\n"
    "وقتل أكثر من 250 ألف شخص منذ بداية الحرب في سوريا.",
    "",
    "no Arabic at all, \"quoted\", with commas",
};
#define NARTICLES (sizeof ARTICLES / sizeof ARTICLES[0])

static rasad_doc *doc_of(const char *text) {
    rasad_options o;
    rasad_options_init(&o);
    o.published.year = 2022;
    o.published.month = 1;
    o.published.day = 27;
    rasad_doc *doc = NULL;
    if (rasad_doc_new(text, strlen(text), &o, &doc) != RASAD_OK)
        return NULL;
    return doc;
}

static void test_json_parses(void) {
    for (size_t a = 0; a < NARTICLES; a++) {
        rasad_doc *doc = doc_of(ARTICLES[a]);
        OK(doc != NULL, "article %zu", a);
        if (!doc)
            continue;
        char *out = NULL;
        size_t len = 0;
        INT_EQ(rasad_doc_render(doc, RASAD_VIEW_ARTICLE, &out, &len), RASAD_OK);
        OK(out && len > 0 && out[len - 1] == '\n', "one line ending in a newline");
        OK(out && memchr(out, '\n', len) == out + len - 1, "exactly one line");
        json_error_t err;
        json_t *j = out ? json_loadb(out, len, 0, &err) : NULL;
        OK(j != NULL, "article %zu: %s", a, j ? "" : err.text);
        if (j) {
            OK(json_is_array(json_object_get(j, "events")));
            OK(json_is_array(json_object_get(j, "claims")));
            OK(json_is_array(json_object_get(j, "quotes")));
            OK(json_is_array(json_object_get(j, "entities")));
            json_t *ev;
            size_t i;
            json_array_foreach(json_object_get(j, "events"), i, ev) {
                OK(json_is_string(json_object_get(ev, "kind")));
                OK(json_is_string(json_object_get(ev, "type")));
                json_t *s = json_object_get(ev, "sentence");
                json_int_t st = json_integer_value(json_object_get(s, "start"));
                json_int_t en = json_integer_value(json_object_get(s, "end"));
                OK(st >= 0 && st < en && (size_t)en <= strlen(ARTICLES[a]), "sentence span in the text");
            }
            json_decref(j);
        }
        /* computed once: a second render is byte for byte the same */
        char *again = NULL;
        size_t len2 = 0;
        INT_EQ(rasad_doc_render(doc, RASAD_VIEW_ARTICLE, &again, &len2), RASAD_OK);
        OK(out && again && len == len2 && memcmp(out, again, len) == 0);
        rasad_free(again);
        rasad_free(out);
        rasad_doc_free(doc);
    }
}

/* Counts the fields of each CSV record (RFC 4180: quoted fields may hold
 * commas, doubled quotes and line breaks). Returns the number of records
 * read, or -1 when a record has a field count other than want. */
static long csv_records(const char *s, size_t len, size_t want) {
    long records = 0;
    size_t fields = 1, i = 0;
    bool quoted = false, any = false;
    while (i < len) {
        char c = s[i++];
        any = true;
        if (quoted) {
            if (c == '"' && i < len && s[i] == '"')
                i++;
            else if (c == '"')
                quoted = false;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields++;
        } else if (c == '\n') {
            if (fields != want)
                return -1;
            records++;
            fields = 1;
            any = false;
        }
    }
    if (quoted || any)
        return -1; /* unterminated quote or a last record without newline */
    return records;
}

static void test_csv_round_trips(void) {
    const char *header = rasad_csv_header();
    size_t ncols = 1;
    for (const char *p = header; *p; p++)
        ncols += *p == ',';
    INT_EQ(csv_records(header, strlen(header), ncols), 1);
    size_t rows = 0;
    for (size_t a = 0; a < NARTICLES; a++) {
        rasad_doc *doc = doc_of(ARTICLES[a]);
        if (!doc)
            continue;
        (void)rasad_doc_set_meta(doc, "art,\"1\"", "src");
        char *out = NULL;
        size_t len = 0;
        INT_EQ(rasad_doc_render_csv(doc, &out, &len), RASAD_OK);
        long n = out ? csv_records(out, len, ncols) : -1;
        OK(n >= 0, "article %zu: every CSV row has %zu fields", a, ncols);
        const rasad_event *ev;
        size_t nev = 0;
        INT_EQ(rasad_doc_events(doc, &ev, &nev), RASAD_OK);
        INT_EQ(n, (long)nev); /* one row per event */
        rows += nev;
        rasad_free(out);
        rasad_doc_free(doc);
    }
    OK(rows >= 3, "the articles give events to check (%zu rows)", rows);
}

static void test_events_found(void) {
    rasad_doc *doc = doc_of(ARTICLES[0]);
    OK(doc != NULL);
    if (!doc)
        return;
    const rasad_event *ev;
    size_t n = 0;
    INT_EQ(rasad_doc_events(doc, &ev, &n), RASAD_OK);
    INT_EQ(n, 1);
    if (n == 1) {
        STR_EQ(ev[0].kind, "airstrike");
        STR_EQ(ev[0].type, "Explosions/Remote violence");
        OK(ev[0].has_location);
        INT_EQ(ev[0].nquantities, 1);
    }
    /* the total since the start of a war is a claim, not an event */
    rasad_doc *d2 = doc_of("قتل أكثر من 250 ألف شخص منذ بداية الحرب في سوريا.");
    OK(d2 != NULL);
    if (d2) {
        const rasad_claim *c;
        size_t nc = 0;
        INT_EQ(rasad_doc_events(d2, &ev, &n), RASAD_OK);
        INT_EQ(n, 0);
        INT_EQ(rasad_doc_claims(d2, &c, &nc), RASAD_OK);
        INT_EQ(nc, 1);
        rasad_doc_free(d2);
    }
    rasad_doc_free(doc);
}

static void test_bad_input(void) {
    static const char bad[] = "\xff\xfe\x00\"\xe2\x80\x9c\xd9 قتل \xc2\xab\xc2\xab , , \n\n\xe2\x80";
    rasad_options o;
    rasad_options_init(&o);
    rasad_doc *doc = NULL;
    if (rasad_doc_new(bad, sizeof bad - 1, &o, &doc) == RASAD_OK) {
        char *out = NULL;
        size_t len = 0;
        INT_EQ(rasad_doc_render(doc, RASAD_VIEW_ARTICLE, &out, &len), RASAD_OK);
        json_error_t err;
        json_t *j = out ? json_loadb(out, len, 0, &err) : NULL;
        OK(j != NULL);
        json_decref(j);
        rasad_free(out);
        out = NULL;
        INT_EQ(rasad_doc_render_csv(doc, &out, &len), RASAD_OK);
        rasad_free(out);
        rasad_doc_free(doc);
    }
    INT_EQ(rasad_doc_events(NULL, NULL, NULL), RASAD_EINVAL);
}

TEST_MAIN(test_json_parses, test_csv_round_trips, test_events_found, test_bad_input)
