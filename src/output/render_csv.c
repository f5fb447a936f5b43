/* SPDX-License-Identifier: MIT
 *
 * render_csv.c - output stage: ACLED-compatible CSV, one row per event
 * (SCHEMA.md "CSV"). ACLED's column names where they exist, then rasad's
 * own. Fields are quoted per RFC 4180 when they hold a comma, a quote or a
 * line break. Where ACLED's codebook has a column rasad cannot know
 * (assoc_actor_*, admin3, notes) the field is empty; iso holds the
 * alpha-2 code (ACLED's own column is numeric), country the English name.
 * time_precision: 1 a day, 2 a week or a few days, 3 a month or longer.
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "extract/extract.h"
#include "knowledge/gazetteer.h"
#include "output/render.h"

static const char CSV_HEADER[] =
    "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,"
    "actor2,assoc_actor_2,inter2,interaction,iso,country,admin1,admin2,admin3,location,latitude,longitude,"
    "geo_precision,source,notes,fatalities,article_id,kind,cameo,trigger,unverified,confidence\n";

const char *rasad_csv_header(void) { return CSV_HEADER; }

/* English country names by alpha-2 code, gathered once from the
 * gazetteer's country rows. */
#define CSV_MAX_COUNTRIES 300
static struct {
    char code[3];
    const char *name;
} csv_countries[CSV_MAX_COUNTRIES];
static size_t csv_ncountries;
static pthread_once_t csv_once = PTHREAD_ONCE_INIT;

static void csv_load_countries(void) {
    const gaz *g = gaz_default();
    if (!g)
        return;
    for (size_t i = 0; i < gaz_place_count(g) && csv_ncountries < CSV_MAX_COUNTRIES; i++) {
        const gaz_place *p = gaz_place_get(g, (uint32_t)i);
        if (p && p->kind == GAZ_K_COUNTRY && strlen(p->country) == 2) {
            memcpy(csv_countries[csv_ncountries].code, p->country, 3);
            csv_countries[csv_ncountries].name = p->name_en;
            csv_ncountries++;
        }
    }
}

static const char *country_name(const char *code) {
    pthread_once(&csv_once, csv_load_countries);
    for (size_t i = 0; i < csv_ncountries; i++)
        if (strcmp(csv_countries[i].code, code) == 0)
            return csv_countries[i].name;
    return code;
}

static void field(buf *out, const char *s, size_t len, bool last) {
    bool quote = false;
    for (size_t i = 0; i < len; i++)
        if (s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r')
            quote = true;
    if (quote) {
        buf_putc(out, '"');
        for (size_t i = 0; i < len; i++) {
            if (s[i] == '"')
                buf_putc(out, '"');
            buf_putc(out, s[i]);
        }
        buf_putc(out, '"');
    } else {
        buf_append(out, s, len);
    }
    buf_putc(out, last ? '\n' : ',');
}

static void cfield(buf *out, const char *s) { field(out, s ? s : "", s ? strlen(s) : 0, false); }

static void span_field(buf *out, const rasad_doc *doc, uint32_t start, uint32_t end) {
    field(out, doc->text + start, end - start, false);
}

static void actor_field(buf *out, const rasad_doc *doc, const rasad_actor_ref *a) {
    if (!a->present)
        cfield(out, "");
    else if (a->name)
        cfield(out, a->name);
    else
        span_field(out, doc, a->start, a->end);
}

static int time_precision(const rasad_event *e) {
    if (!e->has_date)
        return 3;
    switch (e->date.precision) {
    case RASAD_PREC_DAY: return 1;
    case RASAD_PREC_WEEK: return 2;
    default: return 3;
    }
}

static int fatalities(const rasad_event *e) {
    int64_t best = 0;
    for (size_t k = 0; k < e->nquantities; k++) {
        const rasad_quantity *q = &e->quantities[k];
        if (q->role == RASAD_ROLE_FATALITIES && q->has_min && q->min > best)
            best = q->min;
    }
    return (int)(best > 1000000 ? 1000000 : best);
}

rasad_status rasad_doc_render_csv(rasad_doc *doc, char **out, size_t *len) {
    if (!doc || !out)
        return RASAD_EINVAL;
    *out = NULL;
    const ex_result *r;
    rasad_status rc = ex_run(doc, &r);
    if (rc != RASAD_OK)
        return rc;
    const gaz *g = gaz_default();
    buf b;
    buf_init(&b, doc->mem);
    char tmp[64];
    for (size_t i = 0; i < r->nevents; i++) {
        const rasad_event *e = &r->events[i];
        const gaz_place *p = NULL;
        const rasad_entity *at = e->has_location ? ex_place_geo(&e->location) : NULL;
        if (at && at->place_index != UINT32_MAX && g)
            p = gaz_place_get(g, at->place_index);
        const char *cc = p && p->country[0] ? p->country : "XX";
        buf id;
        buf_init(&id, doc->mem);
        buf_printf(&id, "%s-%s-%zu", cc, doc->meta_id ? doc->meta_id : "doc", i + 1);
        field(&b, id.data ? id.data : "", id.len, false);
        buf_free(&id);
        if (e->has_date && e->date.resolved) {
            snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", e->date.first.year, e->date.first.month ? e->date.first.month : 1,
                     e->date.first.day ? e->date.first.day : 1);
            cfield(&b, tmp);
            snprintf(tmp, sizeof tmp, "%d", e->date.first.year);
            cfield(&b, tmp);
        } else {
            cfield(&b, "");
            cfield(&b, "");
        }
        snprintf(tmp, sizeof tmp, "%d", time_precision(e));
        cfield(&b, tmp);
        cfield(&b, e->type);
        cfield(&b, e->sub_type);
        int i1 = ex_acled_inter(&e->actor1), i2 = ex_acled_inter(&e->actor2);
        actor_field(&b, doc, &e->actor1);
        cfield(&b, "");
        snprintf(tmp, sizeof tmp, "%d", i1);
        cfield(&b, tmp);
        actor_field(&b, doc, &e->actor2);
        cfield(&b, "");
        snprintf(tmp, sizeof tmp, "%d", i2);
        cfield(&b, tmp);
        int lo = i1 && i2 ? (i1 < i2 ? i1 : i2) : (i1 ? i1 : i2), hi = i1 && i2 ? (i1 < i2 ? i2 : i1) : 0;
        snprintf(tmp, sizeof tmp, "%d", lo * 10 + hi);
        cfield(&b, tmp);
        cfield(&b, p ? p->country : "");
        cfield(&b, p ? country_name(p->country) : "");
        cfield(&b, p ? p->admin1 : "");
        cfield(&b, p ? p->admin2 : "");
        cfield(&b, "");
        /* (a place the gazetteer lacks keeps its words, at the
         * coordinates of the province it lies in) */
        if (p && at == e->location.entity)
            cfield(&b, p->name_en);
        else if (e->has_location)
            span_field(&b, doc, e->location.start, e->location.end);
        else
            cfield(&b, "");
        if (p) {
            snprintf(tmp, sizeof tmp, "%.4f", p->lat);
            cfield(&b, tmp);
            snprintf(tmp, sizeof tmp, "%.4f", p->lon);
            cfield(&b, tmp);
            snprintf(tmp, sizeof tmp, "%d", at->precision ? at->precision : p->precision);
            cfield(&b, tmp);
        } else {
            cfield(&b, "");
            cfield(&b, "");
            cfield(&b, "");
        }
        if (e->attribution.present)
            span_field(&b, doc, e->attribution.start, e->attribution.end);
        else
            cfield(&b, doc->meta_source ? doc->meta_source : "");
        span_field(&b, doc, e->sentence_start, e->sentence_end);
        snprintf(tmp, sizeof tmp, "%d", fatalities(e));
        cfield(&b, tmp);
        cfield(&b, doc->meta_id ? doc->meta_id : "");
        cfield(&b, e->kind);
        cfield(&b, e->cameo);
        span_field(&b, doc, e->trigger_start, e->trigger_end);
        cfield(&b, e->modality.unverified ? "1" : "0");
        snprintf(tmp, sizeof tmp, "%.2f", (double)e->confidence);
        field(&b, tmp, strlen(tmp), true);
    }
    if (b.failed) {
        buf_free(&b);
        return RASAD_ENOMEM;
    }
    *out = buf_detach(&b, len);
    return *out ? RASAD_OK : RASAD_ENOMEM;
}
