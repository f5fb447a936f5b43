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
#include <string.h>

#include "extract/extract.h"
#include "extract/events.h"
#include "extract/quotes.h"
#include "knowledge/lexicon.h"
#include "util/arena.h"

EX_WORDS(CLAIMING, "اعلن", "اعلنت", "اعلنوا", "تبني", "تبنت", "تبنوا", "يتبني", "تتبني");
EX_WORDS(ADOPTING, "تبني", "تبنت", "تبنوا", "يتبني", "تتبني");
EX_WORDS(RESPONSIBILITY, "مسؤوليه", "المسؤوليه", "مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "مسئوليه",
         "مسئوليته", "مسئوليتها");
EX_WORDS(NOT_CLAIMED, "لم", "لا", "نفي", "نفت", "ينفي", "تنفي");
#define CLAIM_REACH 12   /* tokens from the verb to the word of responsibility */
#define CLAIMED_BACK 3   /* sentences back to the incident claimed */
#define UNLISTED_NAME 4  /* words of an unlisted group's name after its head word */

#define ADOPT_REACH 6    /* tokens from the verb of adoption to the act adopted */

/* "وتبنى تنظيم الدولة الاسلامية غالبية هذه الهجمات": most, some or all
 * of the acts told are claimed, a trend, no one incident */
EX_WORDS(SOME_OF, "غالبيه", "معظم", "اغلب", "بعض", "كل", "جميع", "عدد", "عشرات", "مئات", "سلسله");
static bool some_of(const rasad_doc *doc, size_t from, size_t to) {
    for (size_t i = from; i < to; i++)
        if (ex_stem_in(doc, i, &SOME_OF))
            return true;
    return false;
}

bool ev_adopted_act(const ex_view *v, size_t tok) {
    const rasad_doc *doc = v->doc;
    /* the verb, its subject, then the act: "تبنى تنظيم داعش التفجير" (not
     * "وتأتي هذه العملية وتبنيها بعد يومين من الاعتداء") */
    const rasad_entity *subject = NULL;
    for (size_t k = tok; k-- > 0 && tok - k <= ADOPT_REACH;) {
        if (doc->tokens[k].sentence != doc->tokens[tok].sentence || ex_is_boundary(doc, k))
            return false;
        const rasad_entity *e = ev_actor_starting(v, k);
        if (e && e->tok_last < tok)
            subject = e;
        if (ex_stem_in(doc, k, &ADOPTING))
            return subject && subject->tok_first == k + 1 && !ex_enclitic(doc, k) &&
                   !(k > 0 && ex_word_in(doc, k - 1, &NOT_CLAIMED)) && !some_of(doc, subject->tok_last + 1, tok);
    }
    return false;
}

/* Words that head a group's name: "تنظيم أحفاد الصحابة", "جماعة جند
 * الخلافة", "حركة ...". */
EX_WORDS(GROUP_HEADS, "تنظيم", "جماعه", "حركه", "كتائب", "كتيبه", "لواء", "جبهه");

/* Is a claimant named at token k? A listed group ("تنظيم داعش", "حزب
 * العمال الكردستاني"), a listed group after a head word ("جماعة جند
 * الخلافة"), or a name the tagger reads as an organization after a head
 * word ("تنظيم أحفاد الصحابة": unlisted, so it keeps its words and no
 * id). */
static bool claimant_at(const ex_view *v, size_t k, size_t end, rasad_actor_ref *out) {
    const rasad_entity *e = ev_actor_starting(v, k);
    if (e && e->kind == RASAD_ENT_ACTOR && e->id && !ev_is_source(e)) {
        ex_actor_from_entity(v, e, out);
        return true;
    }
    if (k + 1 >= end || !ex_stem_in(v->doc, k, &GROUP_HEADS))
        return false;
    e = ev_actor_starting(v, k + 1);
    if (e && e->kind == RASAD_ENT_ACTOR && e->id && !ev_is_source(e)) {
        ex_actor_from_entity(v, e, out);
        return true;
    }
    /* the tagger's organization, with the head word or right after it */
    const tagger_entity *t = ex_ner_at(v, k + 1);
    if (!t || t->type != TG_ORG || t->tok_first < k || t->tok_first > k + 1 || t->tok_last >= end)
        return false;
    ex_actor_from_ner(v, t, out);
    out->start = v->doc->tokens[k].start;
    return true;
}

/* The claimant of sentence s, if any (into *out): the first named group
 * between the verb and the word of responsibility, or right after that
 * word ("مسؤولية تنظيم داعش"). */
static bool claimant(const ex_view *v, uint32_t s, rasad_actor_ref *out) {
    const rasad_doc *doc = v->doc;
    size_t first, end;
    ex_sentence_tokens(doc, s, &first, &end);
    for (size_t i = first; i < end; i++) {
        if (!ex_stem_in(doc, i, &CLAIMING))
            continue;
        if ((i > first && ex_word_in(doc, i - 1, &NOT_CLAIMED)) ||
            (i > first + 1 && ex_word_in(doc, i - 2, &NOT_CLAIMED)))
            return false;
        /* "وتبنى حزب العمال الكردستاني الهجوم": the act adopted by name */
        if (ex_stem_in(doc, i, &ADOPTING) && claimant_at(v, i + 1, end, out)) {
            size_t after = ex_tok_at_byte(doc, out->end - 1);
            const rasad_entity *act = after != SIZE_MAX ? ex_entity_at(v, after + 1) : NULL;
            if (act && act->kind == RASAD_ENT_TRIGGER)
                return true;
        }
        /* "وتبنت الهجوم جماعة ولاية سيناء": the act first, then who
         * adopts it */
        const rasad_entity *act = i + 1 < end ? ex_entity_at(v, i + 1) : NULL;
        if (ex_stem_in(doc, i, &ADOPTING) && !ex_enclitic(doc, i) && act && act->kind == RASAD_ENT_TRIGGER &&
            act->tok_first == i + 1 && act->tok_last + 1 < end && claimant_at(v, act->tok_last + 1, end, out))
            return true;
        for (size_t j = i + 1; j < end && j <= i + CLAIM_REACH; j++) {
            if (!ex_stem_in(doc, j, &RESPONSIBILITY))
                continue;
            for (size_t k = i + 1; k < end && k <= j + 2; k++)
                if (claimant_at(v, k, end, out))
                    return true;
            /* "وأعلن تنظيم أحفاد الصحابة مسؤوليته": an unlisted group
             * named between its head word and its responsibility */
            if (ex_stem_in(doc, i + 1, &GROUP_HEADS) && j >= i + 3 && j <= i + 1 + UNLISTED_NAME) {
                for (size_t k = i + 2; k < j; k++)
                    if (doc->tokens[k].kind != RASAD_TOK_WORD && doc->tokens[k].kind != RASAD_TOK_QUOTE)
                        return false;
                memset(out, 0, sizeof *out);
                out->present = true;
                out->start = doc->tokens[i + 1].start;
                out->end = doc->tokens[j - 1].end;
                return true;
            }
            return false;
        }
    }
    return false;
}

/* Suspicion and evidence name a doer as well as a claim does ("إلا أنه
 * يحمل بصمات حركة بوكو حرام", "رجح مسؤولون أن يكون الهجوم من تنفيذ
 * داعش", "أن أدلة تشير إلى أن الانفجار نفذه تنظيم داعش", "يشتبه أن جماعة
 * بوكو حرام نفذتهما"); blame laid by a party to the conflict (تتهم،
 * تحمّل) does not, nor does a denial. */
EX_WORDS(SUSPECT_CUES, "يشتبه", "يعتقد", "يرجح", "رجح", "رجحت", "ترجح", "المرجح", "ادله", "بصمات");
EX_WORDS(STANDS, "يقف", "تقف", "يقفون", "وقف", "وقفت");
EX_WORDS(BEHIND, "وراء");
EX_WORDS(BUT_WORDS, "الا", "لكن");

/* Does a claimant end right before token i (into *out)? */
static bool claimant_before(const ex_view *v, size_t first, size_t i, size_t end, rasad_actor_ref *out) {
    for (size_t k = i > first + UNLISTED_NAME ? i - UNLISTED_NAME : first; k < i; k++)
        if (claimant_at(v, k, end, out) && out->end == v->doc->tokens[i - 1].end)
            return true;
    return false;
}

static bool suspected_doer(const ex_view *v, uint32_t s, rasad_actor_ref *out) {
    const rasad_doc *doc = v->doc;
    size_t first, end;
    ex_sentence_tokens(doc, s, &first, &end);
    bool suspected = false, denied = false;
    for (size_t i = first; i < end; i++) {
        /* "لا يعتقد أن ..."، "نفت أن يكون الهجوم من تنفيذها"; but "ولم تعلن
         * أي جهة مسؤوليتها، إلا أنه يحمل بصمات" */
        if (ex_stem_in(doc, i, &NOT_CLAIMED))
            denied = true;
        if (ex_stem_in(doc, i, &BUT_WORDS))
            denied = false;
        if (denied)
            continue;
        suspected |= ex_stem_in(doc, i, &SUSPECT_CUES);
        /* "بصمات X", "من تنفيذ X" */
        if (i + 1 < end && ev_whose_doing(doc, i, first, suspected) && claimant_at(v, i + 1, end, out))
            return true;
        /* "الانفجار نفذه تنظيم داعش", "أن جماعة بوكو حرام نفذتهما" */
        if (ex_stem_in(doc, i, &EV_DID_IT)) {
            /* (the act told again, definite: "غارات جوية نفذتها مقاتلات
             * تركية" is an act of its own) */
            const rasad_entity *act = i > first ? ex_entity_at(v, i - 1) : NULL;
            if (act && act->kind == RASAD_ENT_TRIGGER && ex_has_proclitic(doc, act->tok_first, "ال") &&
                i + 1 < end && claimant_at(v, i + 1, end, out))
                return true;
            if (suspected && claimant_before(v, first, i, end, out))
                return true;
        }
        /* "أن داعش يقف وراء الاعتداء" */
        if (suspected && ex_stem_in(doc, i, &STANDS) && i + 1 < end && ex_word_in(doc, i + 1, &BEHIND) &&
            claimant_before(v, first, i, end, out))
            return true;
    }
    return false;
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
        rasad_actor_ref who;
        if (claimant(v, s, &who) || suspected_doer(v, s, &who))
            fr[f].ev.actor1 = who;
    }
}
