/* SPDX-License-Identifier: MIT
 *
 * event_claimed.c - stage 4, after merging: a claim of responsibility told
 * in a sentence of its own ("وأعلن المتحدث باسم حركة طالبان ... مسؤولية
 * الحركة عن الهجوم"، "وأعلنت حركة طالبان مسؤوليتها") names the doer of the
 * incident it follows, which the act's own sentence may leave unnamed.
 * ACLED codes the claimant as actor 1. Only an announcement or an
 * adoption counts: blame laid by someone else ("تحمّل حماس مسؤولية") and
 * a claim no one made ("لم تعلن أي جهة مسؤوليتها") do not.
 */
#include <stdint.h>

#include "extract/extract.h"
#include "extract/events.h"
#include "knowledge/lexicon.h"
#include "util/arena.h"

EX_WORDS(CLAIMING, "اعلن", "اعلنت", "اعلنوا", "تبني", "تبنت", "تبنوا", "يتبني", "تتبني");
EX_WORDS(ADOPTING, "تبني", "تبنت", "تبنوا", "يتبني", "تتبني");
EX_WORDS(RESPONSIBILITY, "مسؤوليه", "المسؤوليه", "مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "مسئوليه",
         "مسئوليته", "مسئوليتها");
EX_WORDS(NOT_CLAIMED, "لم", "لا", "نفي", "نفت", "ينفي", "تنفي");
#define CLAIM_REACH 12   /* tokens from the verb to the word of responsibility */
#define CLAIMED_BACK 3   /* sentences back to the incident claimed */

/* The claimant of sentence s, or NULL: the first named group between the
 * verb and the word of responsibility, or right after that word ("مسؤولية
 * تنظيم داعش"). */
static const rasad_entity *claimant(const ex_view *v, uint32_t s) {
    const rasad_doc *doc = v->doc;
    size_t first, end;
    ex_sentence_tokens(doc, s, &first, &end);
    for (size_t i = first; i < end; i++) {
        if (!ex_stem_in(doc, i, &CLAIMING))
            continue;
        if ((i > first && ex_word_in(doc, i - 1, &NOT_CLAIMED)) ||
            (i > first + 1 && ex_word_in(doc, i - 2, &NOT_CLAIMED)))
            return NULL;
        /* "وتبنى حزب العمال الكردستاني الهجوم": the act adopted by name */
        const rasad_entity *a = ev_actor_starting(v, i + 1);
        if (a && ex_stem_in(doc, i, &ADOPTING) && a->kind == RASAD_ENT_ACTOR && a->id && !ev_is_source(a)) {
            const rasad_entity *act = ex_entity_at(v, a->tok_last + 1);
            if (act && act->kind == RASAD_ENT_TRIGGER)
                return a;
        }
        for (size_t j = i + 1; j < end && j <= i + CLAIM_REACH; j++) {
            if (!ex_stem_in(doc, j, &RESPONSIBILITY))
                continue;
            for (size_t k = i + 1; k < end && k <= j + 2; k++) {
                const rasad_entity *e = ev_actor_starting(v, k);
                if (e && e->kind == RASAD_ENT_ACTOR && e->id && !ev_is_source(e))
                    return e;
            }
            return NULL;
        }
    }
    return NULL;
}

void ev_claimed_responsibility(const ex_view *v, ex_frame *fr, size_t n) {
    rasad_doc *doc = v->doc;
    if (!doc->nsentences)
        return;
    /* for each sentence, the latest kept violent event told in it: one
     * pass over the mentions, so a long text costs no more per sentence */
    uint32_t *told = arena_alloc_array(&doc->arena, doc->nsentences, sizeof *told);
    if (!told)
        return; /* best effort: the events stand as they are */
    for (size_t s = 0; s < doc->nsentences; s++)
        told[s] = UINT32_MAX;
    for (size_t i = 0; i < n && i < UINT32_MAX; i++)
        if (!fr[i].dropped && ev_violent_kind(fr[i].kind))
            for (size_t m = 0; m < fr[i].nmentions; m++)
                if (fr[i].mentions[m] < doc->nsentences)
                    told[fr[i].mentions[m]] = (uint32_t)i;
    for (uint32_t s = 0; s < doc->nsentences; s++) {
        /* the incident told last, in this sentence or the few before;
         * only then is the sentence read for a claim */
        uint32_t f = UINT32_MAX;
        for (uint32_t k = 0; k <= CLAIMED_BACK && k <= s && f == UINT32_MAX; k++)
            f = told[s - k];
        if (f == UINT32_MAX || fr[f].ev.actor1.present)
            continue;
        const rasad_entity *who = claimant(v, s);
        if (who)
            ex_actor_from_entity(v, who, &fr[f].ev.actor1);
    }
}
