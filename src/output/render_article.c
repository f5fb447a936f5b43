/* SPDX-License-Identifier: MIT
 *
 * render_article.c - output stage: the SCHEMA.md article (rasad extract),
 * one JSON object on one line:
 *   {"id","published","source","lang","schema","entities","events",
 *    "claims","quotes","warnings"}
 * Which names are entities, and with what span and type, is decided in
 * extract/entity_list.c; this file only writes them (places with their
 * Geo). Field order is fixed and fields are only ever added (SCHEMA.md
 * v1).
 */
#include <stdio.h>
#include <string.h>

#include "extract/entity_list.h"
#include "extract/extract.h"
#include "output/render.h"

static void write_actor(jsonw *w, const rasad_doc *doc, const char *key, const rasad_actor_ref *a) {
    jw_key(w, key);
    if (!a->present) {
        jw_null(w);
        return;
    }
    jw_obj_begin(w);
    render_span(w, doc, a->start, a->end);
    jw_kcstr(w, "id", a->id);
    jw_kcstr(w, "name", a->name);
    jw_kcstr(w, "kind", a->kind);
    jw_kcstr(w, "country", a->country);
    jw_obj_end(w);
}

static void write_place(jsonw *w, const rasad_doc *doc, const rasad_place_ref *p) {
    jw_obj_begin(w);
    render_span(w, doc, p->start, p->end);
    jw_key(w, "geo");
    render_geo(w, ex_place_geo(p));
    jw_obj_end(w);
}

static void write_attribution(jsonw *w, const rasad_doc *doc, const rasad_attribution *a) {
    jw_key(w, "attribution");
    if (!a->present) {
        jw_null(w);
        return;
    }
    jw_obj_begin(w);
    jw_key(w, "source");
    jw_obj_begin(w);
    render_span(w, doc, a->start, a->end);
    jw_kcstr(w, "id", a->id);
    jw_kcstr(w, "kind", a->kind);
    jw_obj_end(w);
    render_span_text(w, doc, "cue", a->cue_start, a->cue_end);
    jw_obj_end(w);
}

static void write_modality(jsonw *w, const rasad_modality *m) {
    jw_key(w, "modality");
    jw_obj_begin(w);
    jw_kbool(w, "negated", m->negated);
    jw_kbool(w, "hypothetical", m->hypothetical);
    jw_kbool(w, "future", m->future);
    jw_kbool(w, "reported", m->reported);
    jw_kbool(w, "unverified", m->unverified);
    jw_obj_end(w);
}

static void write_sentence(jsonw *w, uint32_t start, uint32_t end) {
    jw_key(w, "sentence");
    jw_obj_begin(w);
    jw_kint(w, "start", start);
    jw_kint(w, "end", end);
    jw_obj_end(w);
}

static void write_date(jsonw *w, const rasad_doc *doc, bool has, const rasad_date *d) {
    jw_key(w, "date");
    if (has)
        render_date_obj(w, doc, d);
    else
        jw_null(w);
}

static void write_event(jsonw *w, const rasad_doc *doc, const rasad_event *e) {
    jw_obj_begin(w);
    jw_kcstr(w, "kind", e->kind);
    jw_kcstr(w, "type", e->type);
    jw_kcstr(w, "sub_type", e->sub_type);
    jw_kcstr(w, "cameo", e->cameo);
    jw_key(w, "trigger");
    jw_obj_begin(w);
    render_span(w, doc, e->trigger_start, e->trigger_end);
    jw_obj_end(w);
    write_actor(w, doc, "actor1", &e->actor1);
    write_actor(w, doc, "actor2", &e->actor2);
    jw_key(w, "target");
    if (e->has_target) {
        jw_obj_begin(w);
        render_span(w, doc, e->target_start, e->target_end);
        jw_obj_end(w);
    } else {
        jw_null(w);
    }
    jw_key(w, "location");
    if (e->has_location)
        write_place(w, doc, &e->location);
    else
        jw_null(w);
    write_date(w, doc, e->has_date, &e->date);
    jw_key(w, "quantities");
    jw_arr_begin(w);
    for (size_t k = 0; k < e->nquantities; k++)
        render_quantity_obj(w, doc, &e->quantities[k]);
    jw_arr_end(w);
    write_attribution(w, doc, &e->attribution);
    write_modality(w, &e->modality);
    write_sentence(w, e->sentence_start, e->sentence_end);
    jw_key(w, "mentions");
    jw_arr_begin(w);
    for (size_t k = 0; k < e->nmentions; k++) {
        const rasad_sentence *s = &doc->sentences[e->mentions[k]];
        jw_obj_begin(w);
        jw_kint(w, "start", s->start);
        jw_kint(w, "end", s->end);
        jw_obj_end(w);
    }
    jw_arr_end(w);
    jw_key(w, "confidence");
    jw_double(w, e->confidence, 2);
    jw_obj_end(w);
}

static void write_claim(jsonw *w, const rasad_doc *doc, const rasad_claim *c) {
    jw_obj_begin(w);
    jw_key(w, "quantity");
    render_quantity_obj(w, doc, &c->quantity);
    write_actor(w, doc, "subject", &c->subject);
    jw_key(w, "locations");
    jw_arr_begin(w);
    for (size_t k = 0; k < c->nlocations; k++)
        write_place(w, doc, &c->locations[k]);
    jw_arr_end(w);
    write_date(w, doc, c->has_date, &c->date);
    write_attribution(w, doc, &c->attribution);
    write_modality(w, &c->modality);
    write_sentence(w, c->sentence_start, c->sentence_end);
    jw_obj_end(w);
}

static void write_opt_span(jsonw *w, const rasad_doc *doc, const char *key, bool has, uint32_t s, uint32_t e) {
    if (has)
        render_span_text(w, doc, key, s, e);
    else
        jw_knull(w, key);
}

static void write_quote(jsonw *w, const rasad_doc *doc, const rasad_quote *q) {
    jw_obj_begin(w);
    jw_key(w, "speaker");
    jw_obj_begin(w);
    render_span(w, doc, q->speaker_start, q->speaker_end);
    jw_obj_end(w);
    write_opt_span(w, doc, "role", q->has_role, q->role_start, q->role_end);
    write_opt_span(w, doc, "affiliation", q->has_affiliation, q->affiliation_start, q->affiliation_end);
    write_opt_span(w, doc, "outlet", q->has_outlet, q->outlet_start, q->outlet_end);
    render_span(w, doc, q->start, q->end);
    jw_kbool(w, "direct", q->direct);
    jw_obj_end(w);
}

/* The entity list is chosen in extract/entity_list.c; here it is written. */
static rasad_status write_entities(jsonw *w, rasad_doc *doc, const ex_view *v) {
    const ex_entity_item *items;
    size_t n;
    rasad_status rc = ex_entity_list(v, &items, &n);
    if (rc != RASAD_OK)
        return rc;
    jw_key(w, "entities");
    jw_arr_begin(w);
    for (size_t i = 0; i < n; i++) {
        const ex_entity_item *e = &items[i];
        jw_obj_begin(w);
        render_span(w, doc, e->start, e->end);
        jw_kcstr(w, "type", e->type);
        jw_kcstr(w, "norm", e->norm);
        jw_kcstr(w, "id", e->id);
        jw_key(w, "geo");
        render_geo(w, e->place);
        jw_obj_end(w);
    }
    jw_arr_end(w);
    return RASAD_OK;
}

rasad_status render_article(rasad_doc *doc, buf *out) {
    const ex_result *r;
    rasad_status rc = ex_run(doc, &r);
    if (rc != RASAD_OK)
        return rc;
    const ex_view *v = &r->view;

    jsonw w;
    jw_init(&w, out);
    jw_obj_begin(&w);
    jw_kcstr(&w, "id", doc->meta_id ? doc->meta_id : "");
    const rasad_ymd *p = &doc->opts.published;
    jw_kymd(&w, "published", p->year, p->month, p->day);
    jw_kcstr(&w, "source", doc->meta_source);
    jw_kcstr(&w, "lang", "ar");
    jw_kint(&w, "schema", RASAD_SCHEMA_VERSION);
    rc = write_entities(&w, doc, v);
    if (rc != RASAD_OK)
        return rc;
    jw_key(&w, "events");
    jw_arr_begin(&w);
    for (size_t i = 0; i < r->nevents; i++)
        write_event(&w, doc, &r->events[i]);
    jw_arr_end(&w);
    jw_key(&w, "claims");
    jw_arr_begin(&w);
    for (size_t i = 0; i < r->nclaims; i++)
        write_claim(&w, doc, &r->claims[i]);
    jw_arr_end(&w);
    jw_key(&w, "quotes");
    jw_arr_begin(&w);
    for (size_t i = 0; i < r->nquotes; i++)
        write_quote(&w, doc, &r->quotes[i]);
    jw_arr_end(&w);
    jw_key(&w, "warnings");
    jw_arr_begin(&w);
    for (size_t i = 0; i < doc->nwarnings; i++)
        jw_cstr(&w, doc->warnings[i]);
    jw_arr_end(&w);
    jw_obj_end(&w);
    buf_putc(out, '\n');
    return RASAD_OK;
}
