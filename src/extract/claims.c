/* SPDX-License-Identifier: MIT
 *
 * claims.c - stage 4: numeric statements that are not an event's own
 * counts ("at least 10,000 fighters are active in Syria and Iraq,
 * according to UN reports"). Every quantity no event took becomes a claim
 * when it counts people or groups: a role other than "other", or a
 * counted noun for people (نسمة، شخص، عائلة ...). Money, percentages
 * and bare numbers are not claims.
 *
 * Subject: the actor named right after the count ("10 آلاف مقاتل من
 * داعش") or before it in the clause. Places: every place of the sentence.
 * Date: the date of the sentence nearest the count (no fallback: a claim
 * without a time has none). Attribution and modality as for events; a
 * count of people said to have fled (فرّ، هرب، كسروا القيد) is "escaped".
 */
#include <string.h>

#include "extract/extract.h"

static const char *const PEOPLE_UNITS[] = {"نسمه", "شخص", "شخصا", "اشخاص", "عائله", "عائلات", "اسره", "اسر",
                                           "نائب", "نائبا", "نواب", "مواطن", "مواطنا", "مواطنين", "فرد", "افراد",
                                           "لاجئ", "لاجئا", "لاجئين", "طفل", "طفلا", "اطفال", "امراه", "نساء",
                                           "جندي", "جنديا", "جنود", "عسكري", "عسكريا", "ضابط", "ضابطا", "ضباط",
                                           "مسلح", "مسلحا", "مسلحين", "ارهابي", "ارهابيا", "ارهابيين", NULL};
static const char *const ESCAPE_WORDS[] = {"فر", "فروا", "فرار", "هرب", "هربوا", "هروب", "القيد", "فرارهم",
                                           "الفرار", "الهروب", NULL};

static bool used_by_event(const rasad_quantity *q, const ex_frame *fr, size_t nfr) {
    for (size_t i = 0; i < nfr; i++) {
        if (fr[i].dropped)
            continue;
        for (size_t k = 0; k < fr[i].nqty; k++)
            if (fr[i].qty[k].start == q->start && fr[i].qty[k].end == q->end)
                return true;
    }
    return false;
}

static bool counts_people(const ex_view *v, const rasad_quantity *q) {
    if (q->role != RASAD_ROLE_OTHER)
        return true;
    if (q->unit_end <= q->unit_start)
        return false;
    const rasad_doc *doc = v->doc;
    for (size_t i = q->tok_first; i <= q->tok_last && i < doc->ntokens; i++)
        if (doc->tokens[i].start >= q->unit_start && ex_stem_in(doc, i, PEOPLE_UNITS))
            return true;
    return false;
}

static void claim_subject(const ex_view *v, const rasad_quantity *q, rasad_actor_ref *out) {
    const rasad_doc *doc = v->doc;
    size_t end = doc->sentences[doc->tokens[q->tok_first].sentence].tok_first +
                 doc->sentences[doc->tokens[q->tok_first].sentence].tok_count;
    for (size_t i = q->tok_last + 1; i < end && i <= q->tok_last + 4; i++) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (e && ex_is_actor_entity(e) && e->kind != RASAD_ENT_ROLE) {
            ex_actor_from_entity(v, e, out);
            return;
        }
        if (doc->tokens[i].kind == RASAD_TOK_PUNCT)
            break;
    }
    ex_clause c = ex_clause_around(doc, q->tok_first);
    for (size_t i = q->tok_first; i-- > c.first;) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (e && ex_is_actor_entity(e) && e->kind != RASAD_ENT_ROLE) {
            ex_actor_from_entity(v, e, out);
            return;
        }
    }
    /* the counted noun itself may be the subject: "18 مدنيا" */
    for (size_t i = q->tok_first; i <= q->tok_last; i++) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (e && e->kind == RASAD_ENT_ROLE) {
            ex_actor_from_entity(v, e, out);
            if (out->id)
                return;
            memset(out, 0, sizeof *out);
        }
    }
}

rasad_status ex_claims(const ex_view *v, const ex_frame *fr, size_t nfr, rasad_claim **out, size_t *n) {
    rasad_doc *doc = v->doc;
    *out = NULL;
    *n = 0;
    if (!v->nqty)
        return RASAD_OK;
    rasad_claim *cl = arena_alloc_array(&doc->arena, v->nqty, sizeof *cl);
    if (!cl)
        return RASAD_ENOMEM;
    size_t m = 0;
    for (size_t i = 0; i < v->nqty; i++) {
        const rasad_quantity *q = &v->qty[i];
        if (used_by_event(q, fr, nfr) || !counts_people(v, q) || (!q->has_min && !q->has_max))
            continue;
        rasad_claim *c = &cl[m];
        memset(c, 0, sizeof *c);
        c->quantity = *q;
        c->quantity.role = ex_role_in_context(v, q);
        uint32_t s = doc->tokens[q->tok_first].sentence;
        size_t first, end;
        ex_sentence_tokens(doc, s, &first, &end);
        if (q->role == RASAD_ROLE_MEMBERS || q->role == RASAD_ROLE_OTHER || q->role == RASAD_ROLE_FIGHTERS)
            for (size_t k = q->tok_last + 1; k < end && k <= q->tok_last + 4; k++)
                if (ex_stem_in(doc, k, ESCAPE_WORDS))
                    c->quantity.role = RASAD_ROLE_ESCAPED;
        claim_subject(v, q, &c->subject);
        /* places of the sentence */
        size_t np = 0;
        for (size_t k = 0; k < v->nents; k++)
            np += v->ents[k].kind == RASAD_ENT_PLACE && v->ents[k].tok_first >= first && v->ents[k].tok_last < end;
        if (np) {
            rasad_place_ref *pl = arena_alloc_array(&doc->arena, np, sizeof *pl);
            if (!pl)
                return RASAD_ENOMEM;
            for (size_t k = 0; k < v->nents; k++) {
                const rasad_entity *e = &v->ents[k];
                if (e->kind == RASAD_ENT_PLACE && e->tok_first >= first && e->tok_last < end) {
                    pl[c->nlocations].start = e->start;
                    pl[c->nlocations].end = e->end;
                    pl[c->nlocations].entity = e;
                    c->nlocations++;
                }
            }
            c->locations = pl;
        }
        size_t best = SIZE_MAX;
        for (size_t k = 0; k < v->ndates; k++) {
            const rasad_date *d = &v->dates[k];
            if (d->tok_first < first || d->tok_last >= end)
                continue;
            size_t dist = d->tok_first > q->tok_first ? d->tok_first - q->tok_first : q->tok_first - d->tok_first;
            if (dist < best) {
                best = dist;
                c->date = *d;
                c->has_date = true;
            }
        }
        c->attribution = ex_attribution(v, s);
        ex_clause cl_ = ex_clause_around(doc, q->tok_first);
        c->modality = ex_modality(v, cl_.first, q->tok_first, end);
        c->modality.reported = c->attribution.present;
        c->sentence_start = doc->sentences[s].start;
        c->sentence_end = doc->sentences[s].end;
        m++;
    }
    *out = cl;
    *n = m;
    return RASAD_OK;
}
