/* SPDX-License-Identifier: MIT
 *
 * modality.c - stage 4: is a statement negated, hypothetical, about the
 * future, or unverified? Cues are closed-class words read in the clause
 * before the trigger (negation, hypothesis, future) or anywhere in the
 * sentence (the phrases that flag an unverified report). "reported" is
 * set by the caller when the statement has an attribution.
 *
 * The adjective مزعوم ("so-called", as in "خلافته المزعومة") is left out
 * on purpose: it qualifies a noun, not the report.
 */
#include <string.h>

#include "extract/extract.h"

/* how far before the trigger a negation or hypothesis word may stand */
#define MOD_WINDOW 5
#define OR_REACH 4 /* tokens back from أو to the first of two joined acts */

EX_WORDS(NEGATION, "لم", "لن", "لا", "ليس", "ليست", "عدم", "دون", "بدون");
/* what لا / دون before them turns into no negation: "لا يزال" (still), "لا
 * سيما" (especially), "دون سن الـ 18" (under the age of) */
EX_WORDS(NOT_NEGATED_AFTER, "يزال", "تزال", "يزالون", "يزالان", "تزالان", "ينفك", "تنفك", "يبرح", "تبرح", "سيما",
         "سن");

/* Is token i a negation? Not "ولا يزال حوالى 13 ألف جندي" (still). */
static bool negation_at(const rasad_doc *doc, size_t i) {
    return ex_stem_in(doc, i, &NEGATION) &&
           !(i + 1 < doc->ntokens && ex_word_in(doc, i + 1, &NOT_NEGATED_AFTER));
}
/* held back from the act: "تريثت المقاومة في اقتحام القاعدة", "امتنعت
 * القوات عن قصف الحي", "أحجم الجيش عن الهجوم" */
EX_WORDS(REFRAIN, "امتنع", "امتنعت", "امتنعوا", "يمتنع", "تمتنع", "امتناع", "تريث", "تريثت", "تريثوا", "يتريث",
         "تتريث", "التريث", "احجم", "احجمت", "احجموا", "يحجم", "تحجم");
/* refused: "رفضهم تسليم أنفسهم", "رفضت الحكومة الاتفاق", "يرفضون
 * الانسحاب". Only acts one consents to: "رفض الهجوم" condemns an attack
 * that happened */
EX_WORDS(REFUSE, "رفض", "رفضت", "رفضوا", "يرفض", "ترفض", "يرفضون", "رافضا", "رافضه", "رافضين");
static bool consented_act(const rasad_entity *te) {
    return te && te->event_kind &&
           (strcmp(te->event_kind, "arrest") == 0 || strcmp(te->event_kind, "withdrawal") == 0 ||
            strcmp(te->event_kind, "agreement") == 0);
}
/* Does the refusal at token i govern the act at trigger, words only
 * between ("الضباط الرافضين للقتال، واعتقلت بعضهم" refused to fight and
 * were arrested)? */
static bool refused(const rasad_doc *doc, const rasad_entity *te, size_t i, size_t trigger) {
    if (!consented_act(te) || !ex_stem_in(doc, i, &REFUSE))
        return false;
    for (size_t k = i + 1; k < trigger; k++)
        if (doc->tokens[k].kind != RASAD_TOK_WORD)
            return false;
    return true;
}
EX_WORDS(DENIAL, "نفي", "نفت", "ينفي", "تنفي", "نفوا", "ينفون", "نافيا", "نافيه", "انكر",
         "انكرت", "ينكر");
/* capability is not occurrence: "قادر على القيام بهجمات", "بإمكانه شن" */
EX_WORDS(HYPOTHESIS, "هل", "ربما", "اذا", "لو", "يمكن", "يحتمل", "محتمل", "احتمال",
         "لعل", "عسي", "قادر", "قادرا", "قادره", "قادرون", "قادرين", "بامكان", "بوسع",
         "يستطيع", "تستطيع", "قدره");
/* an option weighed: "أما الخيار الثالث فهو شن هجوم بري" */
EX_WORDS(OPTION, "خيار", "الخيار", "خيارات", "الخيارات", "سيناريو", "السيناريو");
/* plans, threats, vows and fears look ahead to what has not happened:
 * "تعهد بشن هجمات", "هدد باقتحام", "حذر من هجوم", "خشية هجوم" */
EX_WORDS(FUTURE, "سوف", "يتوقع", "توقع", "متوقع", "مستقبلا", "يعتزم", "تعتزم", "يخطط", "تخطط",
         "ينوي", "تنوي", "تعهد", "تعهدت", "يتعهد", "تتعهد", "هدد", "هددت", "يهدد",
         "تهدد", "توعد", "توعدت", "يتوعد", "حذر", "حذرت", "يحذر", "تحذر", "خشيه",
         "تخوف", "مخاوف", "يخشي", "تخشي", "لمنع", "منع", "احباط", "لاحباط",
         /* a risk run: "بسبب مخاطر شن هجمات إرهابية" */
         "مخاطر", "خطر", "الخطر",
         /* planned: "خلايا خططت لتفجير مساجد", "التخطيط لهجمات" */
         "خطط", "خططت", "خططوا", "التخطيط", "تخطيط", "بالتخطيط", "مخطط", "مخططا",
         /* scheduled: "ومن المقرر أن تنظم تظاهرة حاشدة" */
         "المقرر", "مقرر", "مقررا", "المزمع", "يرتقب", "ترتقب", "المرتقب",
         /* wished: "حزب العمال الذي ترغب أنقرة تدميره" */
         "ترغب", "يرغب", "يرغبون", "تريد", "يريد", "يريدون", "تسعي", "يسعي", "يسعون");
EX_WORDS(UNVERIFIED_VERB, "يتسني", "يتسن", "تتسني", "تسني", "يتسنا", "تعذر", "يتعذر");
EX_WORDS(VERIFY_NOUN, "التحقق", "التاكد", "تحقق", "تاكد", "التثبت");
EX_WORDS(CLAIM_VERB, "زعم", "زعمت", "يزعم", "تزعم", "زعموا", "مزاعم", "ادعي", "ادعت", "يدعي",
         "تدعي", "ادعاء", "ادعاءات", "ادعوا");
EX_WORDS(NOT_CONFIRMED, "مؤكد", "مؤكده", "مؤكدة", "مستقل", "مستقله");
/* the imperfect of ادعى: with a final ي it is "claims" (يدعي)، with a
 * final ى the passive "is called" (يُدعى: "قيادي يدعى إبراهيم"), which
 * the matching form cannot tell apart */
EX_WORDS(CLAIM_IMPERFECT, "يدعي", "تدعي");

/* Is token i a claim verb? Not the passive يُدعى, "is called". */
static bool claim_verb(const rasad_doc *doc, size_t i) {
    if (!ex_stem_in(doc, i, &CLAIM_VERB))
        return false;
    bool final_alef_maqsura = ex_last_letter(doc, i) == 0x0649; /* ى ARABIC LETTER ALEF MAKSURA */
    return !(final_alef_maqsura && ex_stem_in(doc, i, &CLAIM_IMPERFECT));
}

/* قد before an imperfect verb (يفعل / تفعل / نفعل) is "may"; before a past
 * verb it is "has indeed", which is not a hypothesis. */
static bool qad_hypothesis(const rasad_doc *doc, size_t i) {
    if (!ex_word_in(doc, i, &PARTICLE_QAD) || i + 1 >= doc->ntokens)
        return false;
    const char *n = doc_tok_stem(doc, i + 1)->norm;
    if (strncmp(n, "ي", 2) == 0)
        return true;
    if (strncmp(n, "ت", 2) != 0 && strncmp(n, "ن", 2) != 0)
        return false;
    /* a past verb may start with ت or ن too ("وقد تمكنت القوات", "وقد
     * نفذت عملية الاغتيال"): its ending ـت or ـوا gives it away; the
     * imperfect that ends so (تثبت، نموت) is rare after قد */
    size_t len = strlen(n);
    return !(len >= 8 && (strcmp(n + len - 2, "ت") == 0 || strcmp(n + len - 4, "وا") == 0));
}

/* سـ before an imperfect verb (سيفعل، ستفعل، سنفعل): the future. The
 * verb check keeps names the clitic splitter cuts wrongly (سانا،
 * سامراء) out. */
static bool future_prefix(const rasad_doc *doc, size_t i) {
    if (!ex_has_proclitic(doc, i, "س") || doc->tokens[i].kind != RASAD_TOK_WORD)
        return false;
    const char *n = doc_tok_stem(doc, i)->norm;
    return strncmp(n, "ي", 2) == 0 || strncmp(n, "ت", 2) == 0 || strncmp(n, "ن", 2) == 0;
}

/* A warning or a threat governs the act it names further back than the
 * window above: "حذرت الحكومة أمس من خطر حدوث هجوم إرهابي في العاصمة",
 * "هدد التنظيم في بيان نشره أمس بشن هجمات". A that-clause, a time
 * reference or a relative opens another statement ("حذر بعد الهجوم
 * الذي ..."), and another act between is what the warning is about. */
EX_WORDS(WARNING, "حذر", "حذرت", "حذروا", "يحذر", "تحذر", "تحذير", "تحذيرات", "محذرا", "محذره", "هدد",
         "هددت", "هددوا", "يهدد", "تهدد", "مهددا", "توعد", "توعدت", "توعدوا", "يتوعد", "تتوعد",
         "متوعدا");
EX_WORDS(WARN_STOP, "ان", "انه", "انها", "انهم", "بعد", "عقب", "اثر", "اعقاب", "اثناء", "خلال", "الذي",
         "التي", "الذين", "حيث", "عندما", "لكن");
EX_WORDS(WARNED_OBJECT, "من", "بشان", "حدوث", "وقوع", "خطر", "احتمال", "امكانيه", "شن", "تنفيذ", "تكرار",
         "مغبه", "عواقب");
#define WARN_REACH 12 /* tokens back from the act to the warning */

static bool warned_of(const ex_view *v, size_t clause_first, size_t trigger) {
    const rasad_doc *doc = v->doc;
    /* an act word only: a count (a claim) warned about may be of men
     * already on the move ("حذرت بشأن عبور سبعة من مسلحي داعش") */
    const rasad_entity *act = ex_entity_at(v, trigger);
    if (!act || act->kind != RASAD_ENT_TRIGGER)
        return false;
    /* and an act named by a noun, the object of the warning: "من
     * هجوم", "بشن هجمات", "بالقضاء", "حدوث هجوم"; a finite verb there
     * ("هدد بالرد ثم هاجم مسلحوه") tells an act of its own */
    if (!ex_has_proclitic(doc, trigger, "\xD8\xA8") && !ex_has_proclitic(doc, trigger, "\xD8\xA7\xD9\x84") &&
        !(trigger > clause_first && ex_stem_in(doc, trigger - 1, &WARNED_OBJECT)))
        return false; /* ب ARABIC LETTER BEH, ال the article */
    for (size_t k = 1; k <= WARN_REACH && trigger >= clause_first + k; k++) {
        size_t i = trigger - k;
        if (ex_stem_in(doc, i, &WARN_STOP))
            return false;
        if (ex_stem_in(doc, i, &WARNING))
            return true;
        const rasad_entity *e = ex_entity_at(v, i);
        if (e && e->kind == RASAD_ENT_TRIGGER)
            return false;
    }
    return false;
}

EX_WORDS(EVIDENCE, "دليل", "ادله", "دلائل", "مؤشر", "مؤشرات", "اثر", "اثار", "علامه", "علامات");
#define EVIDENCE_REACH 5     /* tokens from the evidence word to the على before the act */
#define NEG_BEFORE_EVIDENCE 3 /* tokens before the evidence word where its negation stands */
EX_WORDS(CASE_NOUN, "حال");
/* في حالة is "in case" only right before the act ("في حالة التظاهر");
 * before anything else it is "in a state of" ("وهو في حالة غير طبيعية") */
EX_WORDS(CASE_NOUN_ACT, "حاله");
EX_WORDS(TAMMA, "يتم", "تم");
EX_WORDS(LAM_NEG, "لم");
EX_WORDS(GHAYR, "غير");
EX_WORDS(OR_WORD, "او");

rasad_modality ex_modality(const ex_view *v, size_t clause_first, size_t trigger, size_t sentence_end) {
    const rasad_doc *doc = v->doc;
    rasad_modality m;
    memset(&m, 0, sizeof m);
    size_t from = trigger > clause_first + MOD_WINDOW ? trigger - MOD_WINDOW : clause_first;
    /* the second of two acts joined by أو shares the first one's
     * negation, read from the first act: "لم يقف وراء إعدامات جماعية أو
     * اغتيالات سياسية" */
    size_t neg_from = from;
    if (trigger > clause_first && ex_word_in(doc, trigger - 1, &OR_WORD))
        for (size_t k = 2; k <= OR_REACH && trigger >= clause_first + k; k++) {
            const rasad_entity *e = ex_entity_at(v, trigger - k);
            /* the first act may be no act word, the object of من or عن
             * after a verb of failing: "لم تتمكن مصالح الأمن من تفكيك
             * لغزها أو القبض على أحد عناصرها" */
            bool object_of = ex_word_in(doc, trigger - k, &PREP_FROM) || ex_word_in(doc, trigger - k, &PREP_ABOUT);
            if ((e && e->kind == RASAD_ENT_TRIGGER) || object_of) {
                size_t p = e && !object_of ? e->tok_first : trigger - k;
                neg_from = p > clause_first + MOD_WINDOW ? p - MOD_WINDOW : clause_first;
                break;
            }
        }
    /* refraining negates an act, not a count: "وامتناع عشرة نواب عن
     * التصويت" is ten abstentions */
    const rasad_entity *te = ex_entity_at(v, trigger);
    bool act = te && te->kind == RASAD_ENT_TRIGGER;
    for (size_t i = neg_from; i < from; i++)
        if (negation_at(doc, i))
            m.negated = true;
    for (size_t i = from; i < trigger; i++) {
        if (negation_at(doc, i) || (act && ex_stem_in(doc, i, &REFRAIN)) ||
            refused(doc, te, i, trigger))
            m.negated = true;
        if (ex_stem_in(doc, i, &HYPOTHESIS) || qad_hypothesis(doc, i) ||
            (ex_word_in(doc, i, &PREP_IN) && ex_word_in(doc, i + 1, &CASE_NOUN)) ||
            (i + 2 == trigger && ex_word_in(doc, i, &PREP_IN) && ex_word_in(doc, i + 1, &CASE_NOUN_ACT)))
            m.hypothetical = true;
        if (ex_stem_in(doc, i, &OPTION))
            m.hypothetical = true;
        if (ex_stem_in(doc, i, &FUTURE))
            m.future = true;
        /* a verb in the future governing the trigger: "سيساعد على خلق
         * منطقة آمنة", "ستشن هجوماً" */
        if (future_prefix(doc, i))
            m.future = true;
    }
    if (!m.future && warned_of(v, clause_first, trigger))
        m.future = true;
    /* no evidence of the act: "لم يوجد أي دليل في الموقع على اعتداء" (the
     * act right after the على of the evidence, a negation before it) */
    if (!m.negated && trigger > clause_first && ex_word_in(doc, trigger - 1, &PREP_ON))
        for (size_t i = trigger - 1; i-- > clause_first && i + EVIDENCE_REACH >= trigger;)
            if (ex_stem_in(doc, i, &EVIDENCE)) {
                for (size_t k = i; k-- > clause_first && k + NEG_BEFORE_EVIDENCE >= i;)
                    if (ex_stem_in(doc, k, &NEGATION))
                        m.negated = true;
                break;
            }
    /* a verb of denial anywhere before the trigger in its clause */
    for (size_t i = clause_first; i < trigger; i++)
        if (ex_stem_in(doc, i, &DENIAL))
            m.negated = true;
    /* the future prefix س on the trigger itself (ستشن، سيهاجم) */
    if (ex_has_proclitic(doc, trigger, "س"))
        m.future = true;

    uint32_t s = doc->tokens[trigger].sentence;
    size_t first, end;
    ex_sentence_tokens(doc, s, &first, &end);
    if (sentence_end < end)
        end = sentence_end;
    /* the test below reads the whole sentence, the same for every
     * trigger and count in it: once per sentence */
    bool whole = end == (size_t)doc->sentences[s].tok_first + doc->sentences[s].tok_count && v->unverified;
    if (whole && v->unverified[s]) {
        m.unverified = v->unverified[s] == 2;
        return m;
    }
    for (size_t i = first; i < end; i++) {
        if (ex_stem_in(doc, i, &UNVERIFIED_VERB) && i + 1 < end && ex_stem_in(doc, i + 1, &VERIFY_NOUN))
            m.unverified = true;
        if (ex_stem_in(doc, i, &TAMMA) && i > first &&
            ex_stem_in(doc, i - 1, &LAM_NEG) && i + 1 < end &&
            ex_stem_in(doc, i + 1, &VERIFY_NOUN))
            m.unverified = true;
        if (claim_verb(doc, i))
            m.unverified = true;
        if (ex_stem_in(doc, i, &GHAYR) && i + 1 < end &&
            ex_stem_in(doc, i + 1, &NOT_CONFIRMED))
            m.unverified = true;
    }
    if (whole)
        v->unverified[s] = m.unverified ? 2 : 1;
    return m;
}
