/* SPDX-License-Identifier: MIT
 *
 * attribution.c - stage 4: who a sentence attributes its report to. Two
 * shapes cover most news writing:
 *   - a preposition before the source: بحسب / حسب / وفقا لـ / وفق /
 *     نقلا عن / طبقا لـ / استنادا إلى ("بحسب ما أفاد المرصد السوري");
 *   - a reporting verb with the source as its subject: قال / أفاد / ذكر /
 *     أعلن / أكد / أوضح / نقل ("وذكر المرصد أن ...", "قالت مصادر محلية").
 * The source is a lexicon source or actor, a tagger entity, or an
 * anonymous "مصادر ..." (id null). The cue span runs from the cue word to
 * the word before the source.
 */
#include <string.h>

#include "extract/extract.h"
#include "knowledge/lexicon.h"

/* how far after the cue the source may start */
#define ATTR_REACH 6

static const char *const PREP_CUES[] = {"بحسب", "حسب", "وفقا", "وفق", "نقلا", "طبقا", "استنادا", NULL};
static const char *const VERB_CUES[] = {"قال", "قالت", "افاد", "افادت", "ذكر", "ذكرت", "اعلن", "اعلنت", "اكد",
                                         "اكدت", "اوضح", "اوضحت", "نقل", "نقلت", "اشار", "اشارت", "كشف", "كشفت",
                                         "اورد", "اوردت", "بث", "بثت", "نشر", "نشرت", "قالوا", "ذكروا", "افادوا",
                                         "يقول", "تقول", "يؤكد", "تؤكد", "اضاف", "اضافت", "تابع", "تابعت", NULL};
static const char *const ANON[] = {"مصادر", "مصدر", "شهود", "ناشطون", "ناشطين", "مسؤول", "مسؤولون", "مسؤولين",
                                    "تقارير", NULL};
/* words that may stand between a cue and its source */
static const char *const FILLERS[] = {"ما", "عن", "لـ", "الي", "ل", "افاد", "افادت", "ذكر", "ذكرت", "اعلن",
                                       "اعلنت", "اورد", "اوردت", "نقل", "نقلت", "قال", "قالت", "وكاله", "صحيفه",
                                       "قناه", "موقع", "تقرير", "تقارير", "بيان", "احصائيات", NULL};

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
    if (ex_stem_in(doc, i, ANON)) {
        /* "مصادر محلية", "مصدر عسكري": the noun and one adjective */
        a->present = true;
        a->start = doc->tokens[i].start;
        a->end = doc->tokens[i].end;
        if (i + 1 < end && doc->tokens[i + 1].kind == RASAD_TOK_WORD && !ex_entity_at(v, i + 1) &&
            !ex_word_in(doc, i + 1, (const char *const[]){"ان", "بان", "الي", "في", "عن", NULL}))
            a->end = doc->tokens[i + 1].end;
        a->id = NULL;
        a->kind = "other";
        return true;
    }
    return false;
}

rasad_attribution ex_attribution(const ex_view *v, uint32_t sentence) {
    const rasad_doc *doc = v->doc;
    rasad_attribution a;
    memset(&a, 0, sizeof a);
    size_t first, end;
    ex_sentence_tokens(doc, sentence, &first, &end);
    for (int pass = 0; pass < 2; pass++) {
        const char *const *cues = pass == 0 ? PREP_CUES : VERB_CUES;
        for (size_t i = first; i < end; i++) {
            if (!ex_stem_in(doc, i, cues))
                continue;
            for (size_t j = i + 1; j < end && j <= i + ATTR_REACH; j++) {
                if (source_at(v, j, end, &a)) {
                    a.cue_start = doc->tokens[i].start;
                    a.cue_end = doc->tokens[j - 1].end;
                    return a;
                }
                if (!ex_stem_in(doc, j, FILLERS) && doc->tokens[j].kind != RASAD_TOK_QUOTE)
                    break;
            }
        }
    }
    return a;
}
