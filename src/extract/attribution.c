/* SPDX-License-Identifier: MIT
 *
 * attribution.c - stage 4: who a sentence attributes its report to. Two
 * shapes cover most news writing:
 *   - a preposition before the source: بحسب / حسب / وفقا لـ / وفق /
 *     نقلا عن / طبقا لـ / استنادا إلى ("بحسب ما أفاد المرصد السوري");
 *   - a reporting verb with the source as its subject: قال / أفاد / ذكر /
 *     أعلن / أكد / أوضح / نقل ("وذكر المرصد أن ...", "قالت مصادر محلية").
 * The source is a lexicon source or actor, a tagger entity, or an
 * anonymous "مصادر ..." (id null); "تقارير صدرت عن الأمم المتحدة" is the
 * UN's. When none follows the verb, the source is its subject before it
 * ("كان التحالف ... قد قال", "ناشطين من المعارضة يقولون"), or the
 * definite phrase right after it that names no known source ("أفادت
 * الخلية الإعلامية بأن", "أعلن الشيخ مال الله العبيدي،"). The cue span
 * runs from the cue word to the word before the source.
 */
#include <string.h>

#include "extract/extract.h"
#include "knowledge/lexicon.h"

/* how far after the cue the source may start */
#define ATTR_REACH 6

EX_WORDS(PREP_CUES, "بحسب", "حسب", "وفقا", "وفق", "نقلا", "طبقا", "استنادا");
EX_WORDS(VERB_CUES, "قال", "قالت", "افاد", "افادت", "ذكر", "ذكرت", "اعلن", "اعلنت", "اكد",
         "اكدت", "اوضح", "اوضحت", "نقل", "نقلت", "اشار", "اشارت", "كشف", "كشفت",
         "اورد", "اوردت", "بث", "بثت", "نشر", "نشرت", "قالوا", "ذكروا", "افادوا",
         "يقول", "تقول", "يؤكد", "تؤكد", "اضاف", "اضافت", "تابع", "تابعت",
         "يقولون", "اكدوا", "اشاروا", "اعلنوا", "كشفوا", "بينت");
EX_WORDS(ANON, "مصادر", "مصدر", "شهود", "ناشطون", "ناشطين", "مسؤول", "مسؤولون", "مسؤولين",
         "تقارير");
/* words that may stand between a cue and its source */
EX_WORDS(FILLERS, "ما", "عن", "لـ", "الي", "ل", "افاد", "افادت", "ذكر", "ذكرت", "اعلن",
         "اعلنت", "اورد", "اوردت", "نقل", "نقلت", "قال", "قالت", "وكاله", "صحيفه",
         "قناه", "موقع", "تقرير", "تقارير", "بيان", "احصائيات", "حصيله");

static const char *source_kind_of(const ex_view *v, const rasad_entity *e) {
    (void)v;
    if (e->lex_index != UINT32_MAX) {
        const lex_lexicon *lex = lex_default();
        const lex_entry *le = lex ? lex_entry_get(lex, e->lex_index) : NULL;
        if (le) {
            if (le->source_kind != LEX_SK_NONE)
                return lex_source_kind_name(le->source_kind);
            if (le->kind == LEX_AK_STATE_FORCES)
                return "official";
            if (le->kind == LEX_AK_IGO)
                return "igo";
            return "group";
        }
    }
    return "other";
}

EX_WORDS(NOT_SOURCE_NEXT, "ان", "بان", "الي", "في", "عن");

/* A source starting at token i, or false. */
static bool source_at(const ex_view *v, size_t i, size_t end, rasad_attribution *a) {
    const rasad_doc *doc = v->doc;
    const rasad_entity *e = ex_entity_at(v, i);
    if (e && (e->kind == RASAD_ENT_SOURCE || e->kind == RASAD_ENT_ACTOR ||
              (e->kind == RASAD_ENT_PLACE && e->id))) {
        a->present = true;
        a->start = e->start;
        a->end = e->end;
        a->id = e->id;
        a->kind = source_kind_of(v, e);
        return true;
    }
    const tagger_entity *t = ex_ner_at(v, i);
    if (t && (t->type == TG_PER || t->type == TG_ORG)) {
        a->present = true;
        a->start = doc->tokens[t->tok_first].start;
        a->end = doc->tokens[t->tok_last].end;
        a->id = NULL;
        a->kind = t->type == TG_PER ? "other" : "media";
        return true;
    }
    if (ex_stem_in(doc, i, &ANON)) {
        /* "مصادر محلية", "مصدر عسكري": the noun and one adjective */
        a->present = true;
        a->start = doc->tokens[i].start;
        a->end = doc->tokens[i].end;
        if (i + 1 < end && doc->tokens[i + 1].kind == RASAD_TOK_WORD && !ex_entity_at(v, i + 1) &&
            !ex_word_in(doc, i + 1, &NOT_SOURCE_NEXT))
            a->end = doc->tokens[i + 1].end;
        a->id = NULL;
        a->kind = "other";
        /* "تقارير صدرت عن الأمم المتحدة", "تقرير للأمم المتحدة": whose */
        for (size_t k = i + 1; k < end && k <= i + 3; k++) {
            const rasad_entity *o = ex_entity_at(v, k);
            bool by = ex_has_proclitic(doc, k, "ل") ||
                      (k > i + 1 && ex_word_in(doc, k - 1, &PREP_ABOUT));
            if (o && o->tok_first == k && by && (o->kind == RASAD_ENT_SOURCE || o->kind == RASAD_ENT_ACTOR)) {
                a->start = o->start;
                a->end = o->end;
                a->id = o->id;
                a->kind = source_kind_of(v, o);
                break;
            }
        }
        return true;
    }
    return false;
}

/* Words that end a source phrase read without the lexicon. */
EX_WORDS(PHRASE_END, "ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "في", "عن", "الي",
         "علي", "امس", "اليوم", "ايضا", "خلال", "مع", "من", "الذي", "التي", "بعد",
         "قبل", "منذ");

/* The definite phrase right after a reporting verb, as its subject
 * ("أفادت الخلية الإعلامية بأن", "أعلن الشيخ مال الله العبيدي،"): up to
 * five words, to a comma, a preposition or أن. */
static bool phrase_source(const ex_view *v, size_t j, size_t end, rasad_attribution *a) {
    const rasad_doc *doc = v->doc;
    if (j >= end || doc->tokens[j].kind != RASAD_TOK_WORD || ex_word_in(doc, j, &PHRASE_END) ||
        strncmp(doc->tokens[j].norm, "\xD8\xA7\xD9\x84", 4) != 0)
        return false;
    size_t l = j;
    while (l + 1 < end && l + 1 < j + 5 && doc->tokens[l + 1].kind == RASAD_TOK_WORD &&
           !ex_word_in(doc, l + 1, &PHRASE_END) && !ex_has_proclitic(doc, l + 1, "ل") &&
           !ex_has_proclitic(doc, l + 1, "ب"))
        l++;
    a->present = true;
    a->start = doc->tokens[j].start;
    a->end = doc->tokens[l].end;
    a->id = NULL;
    a->kind = "other";
    return true;
}

/* The subject before a reporting verb: the nearest source within a few
 * words, with no stop between. */
#define SUBJECT_REACH 8
static bool subject_before(const ex_view *v, size_t i, size_t first, size_t end, rasad_attribution *a) {
    const rasad_doc *doc = v->doc;
    for (size_t k = 1; k <= SUBJECT_REACH && i >= first + k; k++) {
        size_t j = i - k;
        if (doc->tokens[j].kind == RASAD_TOK_PUNCT && doc->tokens[j].norm[0] != ',')
            return false;
        /* the first word of an entity that ends before the verb */
        const rasad_entity *e = ex_entity_at(v, j);
        const tagger_entity *t = ex_ner_at(v, j);
        size_t at = e ? e->tok_first : t ? t->tok_first : j;
        if (at != j)
            continue;
        if (ex_has_proclitic(doc, j, "ل") || ex_has_proclitic(doc, j, "ب"))
            continue;
        if (source_at(v, j, end, a))
            return true;
    }
    return false;
}

EX_WORDS(PUBLISH_VERBS, "نشر", "نشرت", "بث", "بثت");

static rasad_attribution attribution_of(const ex_view *v, uint32_t sentence) {
    const rasad_doc *doc = v->doc;
    rasad_attribution a;
    memset(&a, 0, sizeof a);
    size_t first, end;
    ex_sentence_tokens(doc, sentence, &first, &end);
    for (int pass = 0; pass < 3; pass++) {
        ex_words *cues = pass == 0 ? &PREP_CUES : &VERB_CUES;
        for (size_t i = first; i < end; i++) {
            if (!ex_stem_in(doc, i, cues))
                continue;
            if (pass == 2) {
                /* a verb with its subject before it, or an unknown one
                 * after it */
                /* what نشر / بث is followed by is what was published
                 * ("ونشر الفيديو بعد أسبوع"), not who published it */
                bool published = ex_stem_in(doc, i, &PUBLISH_VERBS);
                if (subject_before(v, i, first, end, &a) || (!published && phrase_source(v, i + 1, end, &a))) {
                    a.cue_start = doc->tokens[i].start;
                    a.cue_end = doc->tokens[i].end;
                    return a;
                }
                memset(&a, 0, sizeof a);
                continue;
            }
            for (size_t j = i + 1; j < end && j <= i + ATTR_REACH; j++) {
                if (source_at(v, j, end, &a)) {
                    a.cue_start = doc->tokens[i].start;
                    a.cue_end = doc->tokens[j - 1].end;
                    return a;
                }
                if (!ex_stem_in(doc, j, &FILLERS) && doc->tokens[j].kind != RASAD_TOK_QUOTE)
                    break;
            }
        }
    }
    return a;
}

/* Events and claims of one sentence ask for its source each: the answer
 * is read once per sentence and kept in the view. */
rasad_attribution ex_attribution(const ex_view *v, uint32_t sentence) {
    if (!v->attr || sentence >= v->doc->nsentences)
        return attribution_of(v, sentence);
    if (!v->attr_done[sentence]) {
        v->attr[sentence] = attribution_of(v, sentence);
        v->attr_done[sentence] = true;
    }
    return v->attr[sentence];
}
