/* SPDX-License-Identifier: MIT
 *
 * quote_outlet.c - stage 4, quotes: the outlet a quote was given to: the name after
 * لوكالة / لقناة / على قناة / لصحيفة / لبرنامج, لـ«...», a lexicon source
 * after لـ, or a social network (على تويتر).
 */
#include <string.h>

#include "extract/extract.h"
#include "extract/quotes.h"

/* Social networks: "على تويتر", "في تغريدة على تويتر". */
EX_WORDS(SOCIAL, "تويتر", "فيسبوك", "يوتيوب", "انستغرام", "تلغرام", "تليغرام");

/* Where a word starts after its prepositions and و/ف ("لفرانس" ->
 * "فرانس"), keeping its ال ("الأناضول"). */
static uint32_t after_particles(const rasad_doc *doc, size_t i) {
    const rasad_token *t = &doc->tokens[i];
    uint32_t at = t->start;
    for (size_t k = 0; k < t->seg_count; k++) {
        const rasad_segment *g = &doc->segments[t->seg_first + k];
        if (g->role != RASAD_SEG_PROCLITIC)
            break;
        static const char *const PARTICLES[] = {"ل", "ب", "و", "ف", "ك", NULL};
        bool particle = false;
        for (const char *const *w = PARTICLES; *w; w++)
            particle |= strcmp(g->norm, *w) == 0;
        if (!particle)
            break;
        at = g->end;
    }
    return at;
}

EX_WORDS(IN_THAT_ABOUT, "في", "ان", "عن");

/* The name of an outlet starting at token f (after its noun or لـ), at
 * most to b: a name in quotation marks, a lexicon source, or two words. */
static bool outlet_name(const ex_view *v, size_t f, size_t b, rasad_quote *q) {
    const rasad_doc *doc = v->doc;
    if (f > b)
        return false;
    if (doc->tokens[f].kind == RASAD_TOK_QUOTE) {
        /* «الشرق الأوسط», “رويترز” */
        size_t close = qt_closing_quote(doc, f);
        if (close == SIZE_MAX || close == f + 1 || close > b + 1 || close - f > 8)
            return false;
        q->has_outlet = true;
        q->outlet_start = doc->tokens[f + 1].start;
        q->outlet_end = doc->tokens[close - 1].end;
        return true;
    }
    if (doc->tokens[f].kind != RASAD_TOK_WORD && doc->tokens[f].kind != RASAD_TOK_LATIN)
        return false;
    const rasad_entity *n = ex_entity_at(v, f);
    size_t l = (n && n->tok_first == f) ? n->tok_last : f;
    if (!(n && n->tok_first == f) && f + 1 <= b && doc->tokens[f + 1].kind == RASAD_TOK_WORD &&
        !ex_word_in(doc, f + 1, &QT_THAT) && !ex_word_in(doc, f + 1, &IN_THAT_ABOUT))
        l = f + 1;
    q->has_outlet = true;
    q->outlet_start = n && n->tok_first == f ? n->start : after_particles(doc, f);
    q->outlet_end = doc->tokens[l].end;
    return true;
}

EX_WORDS(MEDIUM_PREPS, "علي", "مع", "عبر", "عنه", "عنها");
EX_WORDS(PROGRAMME_OR_PRESS, "برنامج", "صحيفه", "مجله");
EX_WORDS_SHARED(QT_LAM, "لـ", "ل");
EX_WORDS(AFFILIATED, "تابعه", "تابع", "مواليه", "موالي", "مقربه", "مقرب");
EX_WORDS(PROGRAMME, "برنامج");

/* The outlet in tokens [a, b]: لوكالة X / لقناة X / على قناة X /
 * لبرنامج «X» / لـ«X» / لـ X (a source) / على تويتر. An outlet noun
 * without ل, على, مع or عبر before it is an affiliation ("من شبكة
 * محللي أفغانستان"), not where the words were said. */
void qt_read_outlet(const ex_view *v, size_t a, size_t b, rasad_quote *q) {
    const rasad_doc *doc = v->doc;
    for (size_t i = a; i <= b; i++) {
        if (ex_stem_in(doc, i, &SOCIAL)) {
            q->has_outlet = true;
            q->outlet_start = doc->segments[doc->tokens[i].stem_seg].start;
            q->outlet_end = doc->tokens[i].end;
            return;
        }
        bool lam = ex_has_proclitic(doc, i, "ل");
        bool prep = i > a && (ex_word_in(doc, i - 1, &MEDIUM_PREPS) ||
                              (ex_word_in(doc, i - 1, &PREP_IN) &&
                               ex_stem_in(doc, i, &PROGRAMME_OR_PRESS)));
        /* "لـ«الشرق الأوسط»": the لـ written alone; "التابعة لـ«X»" is
         * whom one belongs to */
        if (ex_word_in(doc, i, &QT_LAM) && i + 1 <= b &&
            doc->tokens[i + 1].kind == RASAD_TOK_QUOTE &&
            !(i > a && ex_stem_in(doc, i - 1, &AFFILIATED))) {
            if (outlet_name(v, i + 1, b, q))
                return;
            continue;
        }
        bool noun = ex_stem_in(doc, i, &QT_OUTLET_NOUNS) && (lam || prep);
        const rasad_entity *e = ex_entity_at(v, i);
        bool src = e && e->kind == RASAD_ENT_SOURCE && e->tok_first == i &&
                   (lam || (i > a && ex_stem_in(doc, i - 1, &QT_OUTLET_NOUNS)));
        if (!noun && !src)
            continue;
        size_t f = noun ? i + 1 : i;
        /* a programme only with its name in quotation marks: "لبرنامج
         * الأغذية العالمي" is the World Food Programme */
        if (noun && ex_stem_in(doc, i, &PROGRAMME) &&
            (f > b || doc->tokens[f].kind != RASAD_TOK_QUOTE))
            continue;
        if (outlet_name(v, f, b, q))
            return;
    }
}

/* The outlet as the subject of نقل in [a, b] ("صحيفة «حريت» التركية",
 * "«مكتب أخبار سوريا»", "وكالة رويترز"). */
void qt_subject_outlet(const ex_view *v, size_t a, size_t b, rasad_quote *q) {
    const rasad_doc *doc = v->doc;
    for (size_t k = a; k <= b; k++) {
        const rasad_entity *e = ex_entity_at(v, k);
        if (qt_opening_quote(&doc->tokens[k]) || (e && e->tok_first == k && e->kind == RASAD_ENT_SOURCE)) {
            outlet_name(v, k, b, q);
            return;
        }
        if (ex_stem_in(doc, k, &QT_OUTLET_NOUNS)) {
            outlet_name(v, k + 1, b, q);
            return;
        }
    }
}
