/* SPDX-License-Identifier: MIT
 *
 * extract.c - stage 4 orchestration: gathers the doc's mentions into one
 * view (ex_view), then builds event frames, merges reports of one
 * incident, classifies them for ACLED, and finds claims and quotes. The
 * result is computed once per doc, lives in the doc's arena and is cached
 * in doc->stage_data[DOC_STAGE_EXTRACT].
 */
#include <string.h>

#include "extract/extract.h"
#include "knowledge/entities.h"
#include "mentions/date_calendar.h"

bool ex_published_window(const rasad_doc *doc, int days, rasad_date *out) {
    rasad_ymd p = doc->opts.published;
    memset(out, 0, sizeof *out);
    if (p.year == 0 || !cal_valid(p.year, p.month, p.day))
        return false;
    int64_t n = cal_days_ymd(p);
    out->first = cal_from_days(n - days);
    out->last = p;
    out->resolved = true;
    out->relative = true;
    out->precision = RASAD_PREC_WEEK;
    return true;
}

/* Generic over the three mention arrays: the first index whose
 * tok_first is at least tok, by bisection. */
#define LOWER_BOUND(arr, n, tok)                                                                            \
    do {                                                                                                    \
        size_t lo_ = 0, hi_ = (n);                                                                          \
        while (lo_ < hi_) {                                                                                 \
            size_t mid_ = lo_ + (hi_ - lo_) / 2;                                                            \
            if ((arr)[mid_].tok_first < (tok))                                                              \
                lo_ = mid_ + 1;                                                                             \
            else                                                                                            \
                hi_ = mid_;                                                                                 \
        }                                                                                                   \
        return lo_;                                                                                         \
    } while (0)

size_t ex_qty_from(const ex_view *v, size_t lo) {
    if (!v->qty_sorted)
        return 0;
    LOWER_BOUND(v->qty, v->nqty, lo);
}
size_t ex_qty_to(const ex_view *v, size_t hi) {
    if (!v->qty_sorted)
        return v->nqty;
    LOWER_BOUND(v->qty, v->nqty, hi);
}
size_t ex_date_from(const ex_view *v, size_t lo) {
    if (!v->dates_sorted)
        return 0;
    LOWER_BOUND(v->dates, v->ndates, lo);
}
size_t ex_date_to(const ex_view *v, size_t hi) {
    if (!v->dates_sorted)
        return v->ndates;
    LOWER_BOUND(v->dates, v->ndates, hi);
}
bool ex_date_spans_weeks(const ex_view *v, const rasad_date *d) {
    /* "التي تشهد منذ 25 يونيو اشتباكات": a time since a point has tests
     * of its own (the claims' since_point, the frames' since clause) */
    if (ex_word_in(v->doc, d->tok_first, &PREP_SINCE) ||
        (d->tok_first > 0 && ex_word_in(v->doc, d->tok_first - 1, &PREP_SINCE)))
        return false;
    return d->resolved && d->precision == RASAD_PREC_DAY &&
           cal_days_ymd(d->last) - cal_days_ymd(d->first) > EX_TALLY_SPAN_DAYS;
}

bool ex_span_of_weeks_in(const ex_view *v, size_t first, size_t last) {
    for (size_t k = ex_date_from(v, first), kn = ex_date_to(v, last + 1); k < kn; k++) {
        const rasad_date *d = &v->dates[k];
        if (d->tok_first >= first && d->tok_last <= last && ex_date_spans_weeks(v, d))
            return true;
    }
    return false;
}

size_t ex_ent_from(const ex_view *v, size_t lo) {
    if (!v->ents_sorted)
        return 0;
    LOWER_BOUND(v->ents, v->nents, lo);
}
size_t ex_ent_to(const ex_view *v, size_t hi) {
    if (!v->ents_sorted)
        return v->nents;
    LOWER_BOUND(v->ents, v->nents, hi);
}

bool ex_trigger_in(const ex_view *v, size_t first, size_t end, const rasad_entity *except) {
    for (size_t k = ex_ent_from(v, first), kn = ex_ent_to(v, end); k < kn; k++) {
        const rasad_entity *e = &v->ents[k];
        if (e != except && e->kind == RASAD_ENT_TRIGGER && e->tok_first >= first && e->tok_last < end)
            return true;
    }
    return false;
}

/* Is the array in order of tok_first, and its longest mention (tokens
 * less one)? A mention ending before it starts counts as one token. */
#define ORDER_AND_SPAN(arr, n, sorted, span)                                                                \
    do {                                                                                                    \
        (sorted) = true;                                                                                    \
        (span) = 0;                                                                                         \
        for (size_t i_ = 0; i_ < (n); i_++) {                                                               \
            if (i_ > 0 && (arr)[i_].tok_first < (arr)[i_ - 1].tok_first)                                    \
                (sorted) = false;                                                                           \
            if ((arr)[i_].tok_last > (arr)[i_].tok_first && (arr)[i_].tok_last - (arr)[i_].tok_first > (span)) \
                (span) = (arr)[i_].tok_last - (arr)[i_].tok_first;                                          \
        }                                                                                                   \
    } while (0)

size_t ex_country_index(const ex_view *v, const char *cc) {
    size_t k = 0;
    while (k < v->ncountries && strcmp(v->countries[k].cc, cc) != 0)
        k++;
    return k;
}

/* The countries of the article's places (ex_view.countries). */
static void count_countries(ex_view *v) {
    v->main_country = "";
    struct ex_country *best = NULL;
    for (size_t i = 0; i < v->nents; i++) {
        const rasad_entity *e = &v->ents[i];
        if (e->kind != RASAD_ENT_PLACE || !e->country || !e->country[0])
            continue;
        size_t k = ex_country_index(v, e->country);
        if (k == v->ncountries) {
            if (k == EX_COUNTRIES)
                continue;
            v->countries[v->ncountries++] = (struct ex_country){e->country, e->norm, 0, false};
        }
        struct ex_country *c = &v->countries[k];
        c->count++;
        c->several |= strcmp(c->first_norm, e->norm) != 0;
        if (!best || c->count > best->count)
            best = c;
    }
    if (best)
        v->main_country = best->cc;
}

static rasad_status build_view(rasad_doc *doc, ex_view *v) {
    memset(v, 0, sizeof *v);
    v->doc = doc;
    rasad_status rc = ex_word_hashes(doc);
    if (rc == RASAD_OK)
        rc = rasad_doc_entities(doc, &v->ents, &v->nents);
    if (rc == RASAD_OK)
        rc = tagger_doc_entities(doc, &v->ner, &v->nner);
    if (rc == RASAD_OK)
        rc = rasad_doc_quantities(doc, &v->qty, &v->nqty);
    if (rc == RASAD_OK)
        rc = rasad_doc_dates(doc, &v->dates, &v->ndates);
    if (rc != RASAD_OK)
        return rc;
    size_t n = doc->ntokens ? doc->ntokens : 1;
    v->ent_at = arena_alloc_array(&doc->arena, n, sizeof *v->ent_at);
    v->ner_at = arena_alloc_array(&doc->arena, n, sizeof *v->ner_at);
    v->in_date = arena_alloc_array(&doc->arena, n, sizeof *v->in_date);
    size_t ns = doc->nsentences ? doc->nsentences : 1;
    v->attr = arena_alloc_array(&doc->arena, ns, sizeof *v->attr);
    v->attr_done = arena_alloc_array(&doc->arena, ns, sizeof *v->attr_done);
    v->unverified = arena_alloc_array(&doc->arena, ns, sizeof *v->unverified);
    if (!v->ent_at || !v->ner_at || !v->in_date || !v->attr || !v->attr_done || !v->unverified)
        return RASAD_ENOMEM;
    memset(v->ent_at, 0xFF, n * sizeof *v->ent_at);
    memset(v->ner_at, 0xFF, n * sizeof *v->ner_at);
    for (size_t i = 0; i < v->nents; i++)
        for (size_t t = v->ents[i].tok_first; t <= v->ents[i].tok_last && t < doc->ntokens; t++)
            v->ent_at[t] = (int32_t)i;
    for (size_t i = 0; i < v->nner; i++)
        for (size_t t = v->ner[i].tok_first; t <= v->ner[i].tok_last && t < doc->ntokens; t++)
            v->ner_at[t] = (int32_t)i;
    for (size_t i = 0; i < v->ndates; i++)
        for (size_t t = v->dates[i].tok_first; t <= v->dates[i].tok_last && t < doc->ntokens; t++)
            v->in_date[t] = 1;
    ORDER_AND_SPAN(v->qty, v->nqty, v->qty_sorted, v->qty_span);
    ORDER_AND_SPAN(v->dates, v->ndates, v->dates_sorted, v->date_span);
    ORDER_AND_SPAN(v->ents, v->nents, v->ents_sorted, v->ent_span);
    count_countries(v);
    return RASAD_OK;
}

/* Copies the surviving frames out as rasad_events. */
static rasad_status finish_events(rasad_doc *doc, ex_frame *fr, size_t nfr, ex_result *r) {
    size_t n = 0;
    for (size_t i = 0; i < nfr; i++)
        n += !fr[i].dropped;
    r->nevents = 0;
    r->events = n ? arena_alloc_array(&doc->arena, n, sizeof *r->events) : NULL;
    if (n && !r->events)
        return RASAD_ENOMEM;
    for (size_t i = 0; i < nfr; i++) {
        if (fr[i].dropped)
            continue;
        rasad_event *e = &r->events[r->nevents++];
        *e = fr[i].ev;
        ex_acled_classify(e);
        rasad_quantity *q = fr[i].nqty ? arena_alloc_array(&doc->arena, fr[i].nqty, sizeof *q) : NULL;
        uint32_t *m = arena_alloc_array(&doc->arena, fr[i].nmentions ? fr[i].nmentions : 1, sizeof *m);
        if ((fr[i].nqty && !q) || !m)
            return RASAD_ENOMEM;
        if (fr[i].nqty)
            memcpy(q, fr[i].qty, fr[i].nqty * sizeof *q);
        memcpy(m, fr[i].mentions, fr[i].nmentions * sizeof *m);
        e->quantities = q;
        e->nquantities = fr[i].nqty;
        e->mentions = m;
        e->nmentions = fr[i].nmentions;
    }
    return RASAD_OK;
}

rasad_status ex_run(rasad_doc *doc, const ex_result **out) {
    ex_result *r = doc->stage_data[DOC_STAGE_EXTRACT];
    if (r) {
        *out = r;
        return RASAD_OK;
    }
    r = arena_alloc(&doc->arena, sizeof *r);
    if (!r)
        return RASAD_ENOMEM;
    memset(r, 0, sizeof *r);
    const ex_view *v = &r->view;
    rasad_status rc = build_view(doc, &r->view);
    ex_frame *fr = NULL;
    size_t nfr = 0;
    if (rc == RASAD_OK)
        rc = ex_events(v, &fr, &nfr);
    if (rc == RASAD_OK) {
        ex_merge_events(v, fr, nfr);
        ev_claimed_responsibility(v, fr, nfr);
        rc = finish_events(doc, fr, nfr, r);
    }
    if (rc == RASAD_OK)
        rc = ex_quotes(v, &r->quotes, &r->nquotes);
    if (rc == RASAD_OK)
        rc = ex_claims(v, fr, nfr, r->quotes, r->nquotes, &r->claims, &r->nclaims);
    if (rc != RASAD_OK)
        return rc;
    doc->stage_data[DOC_STAGE_EXTRACT] = r;
    *out = r;
    return RASAD_OK;
}

/* The doc's result for the public accessors below, after their argument
 * checks. */
static rasad_status result_of(rasad_doc *doc, const void *out, const size_t *count, const ex_result **r) {
    if (!doc || !out || !count)
        return RASAD_EINVAL;
    return ex_run(doc, r);
}

rasad_status rasad_doc_events(rasad_doc *doc, const rasad_event **out, size_t *count) {
    const ex_result *r;
    rasad_status rc = result_of(doc, out, count, &r);
    if (rc == RASAD_OK) {
        *out = r->events;
        *count = r->nevents;
    }
    return rc;
}

rasad_status rasad_doc_claims(rasad_doc *doc, const rasad_claim **out, size_t *count) {
    const ex_result *r;
    rasad_status rc = result_of(doc, out, count, &r);
    if (rc == RASAD_OK) {
        *out = r->claims;
        *count = r->nclaims;
    }
    return rc;
}

rasad_status rasad_doc_quotes(rasad_doc *doc, const rasad_quote **out, size_t *count) {
    const ex_result *r;
    rasad_status rc = result_of(doc, out, count, &r);
    if (rc == RASAD_OK) {
        *out = r->quotes;
        *count = r->nquotes;
    }
    return rc;
}

rasad_status rasad_doc_set_meta(rasad_doc *doc, const char *id, const char *source) {
    if (!doc)
        return RASAD_EINVAL;
    doc->meta_id = (id && *id) ? arena_strndup(&doc->arena, id, strlen(id)) : NULL;
    doc->meta_source = (source && *source) ? arena_strndup(&doc->arena, source, strlen(source)) : NULL;
    if ((id && *id && !doc->meta_id) || (source && *source && !doc->meta_source))
        return RASAD_ENOMEM;
    return RASAD_OK;
}
