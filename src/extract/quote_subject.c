/* SPDX-License-Identifier: MIT
 *
 * quote_subject.c - stage 4, quotes: the speaker said before the speech verb.
 *
 * Most lead-ins name the speaker after the verb ("وقال الوزير X إن"),
 * and a lead-in that names nobody ("وأضاف أن") goes on with the last
 * speaker. But a verb may have its subject before it, in its own clause,
 * and then the last speaker is the wrong answer:
 *   - "وكان <subject> (قد) قال إن": what was said before, told in the
 *     pluperfect; the subject may be a person ("وكانت جانيت يلين رئيسة
 *     مجلس الاحتياطي قد قالت إن"), or an outlet, an institution or an
 *     unnamed official ("وكان مسؤول في الإدارة المحلية ذكر أن"), which
 *     by the guidelines gives no quote;
 *   - "<name> نفسه أعلن أن";
 *   - "<name>، <title>، قال: ..." ("كولن باول وزير الخارجية الأسبق قال").
 */
#include <string.h>

#include "extract/extract.h"
#include "extract/quotes.h"

/* how far before the verb its subject may start */
#define SUBJECT_BEFORE 14

EX_WORDS(KANA_FORMS, "كان", "كانت");
EX_WORDS(ALREADY, "قد");
EX_WORDS(SELF, "نفسه", "نفسها", "ذاته", "ذاتها");
/* A clause of its own starts between كان and the verb: "كان مصيبا حين
 * قال إن" (he was right when he said: the speaker is still the last
 * one), "كانت بمثابة الضربة، لكن هذا الشعب أكد أن". */
EX_WORDS(CLAUSE_OPENERS, "حين", "حينما", "عندما", "لما", "بعدما", "اذ", "لكن", "ولكن", "بينما", "فيما", "حيث",
         "ثم", "ان", "انه", "انها");
EX_WORDS(SUBORDINATORS, "اذا", "لو", "ان", "وان", "عندما", "حين", "حينما", "لما", "بعدما", "اذ", "كلما");
/* a relative clause after the name is no title ("وكان بوش الذي بلغ ...") */
EX_WORDS(RELATIVES, "الذي", "التي", "الذين");

/* Is token k a word that opens a title ("رئيسة مجلس ...", "العميد")? */
static bool title_word(const rasad_doc *doc, size_t k) {
    return ex_stem_in(doc, k, &QT_ROLE_NOUNS) || ex_word_in(doc, k, &QT_TITLES);
}

static bool comma_at(const rasad_doc *doc, size_t k) {
    return doc->tokens[k].kind == RASAD_TOK_PUNCT && doc->tokens[k].norm[0] == ',';
}

/* The title after a person's name up to the verb, [*rf, *rl]: words or
 * commas only, opening with a title word (after an optional comma). */
static bool title_after(const rasad_doc *doc, size_t nl, size_t last, size_t *rf, size_t *rl) {
    size_t a = nl + 1, b = last;
    if (a <= b && comma_at(doc, a))
        a++;
    while (b > a && comma_at(doc, b))
        b--;
    if (a > b || !title_word(doc, a))
        return false;
    for (size_t k = a; k <= b; k++)
        if (!(doc->tokens[k].kind == RASAD_TOK_WORD || comma_at(doc, k)) || ex_word_in(doc, k, &CLAUSE_OPENERS) ||
            ex_word_in(doc, k, &RELATIVES) ||
            ex_stem_in(doc, k, &QT_SPEECH_VERBS))
            return false;
    *rf = a;
    *rl = b;
    return true;
}

/* The title of a subject [nf, nl] after كان: before the name ("وكان
 * العميد صقر الجروشي") or after it ("وكانت جانيت يلين رئيسة مجلس
 * الاحتياطي"). */
static void title_around(const rasad_doc *doc, size_t kana, size_t nf, size_t nl, size_t last, size_t *rf,
                         size_t *rl) {
    if (nf > kana + 1 && title_word(doc, kana + 1)) {
        *rf = kana + 1;
        *rl = nf - 1;
    } else {
        title_after(doc, nl, last, rf, rl);
    }
}

/* A person the tagger found whose name ends at token k, if he may speak. */
static const tagger_entity *person_ending(const ex_view *v, size_t k) {
    const tagger_entity *p = ex_ner_at(v, k);
    if (!p || p->type != TG_PER || p->tok_last != k || qt_person_at(v, p->tok_first) != p ||
        qt_not_a_speaker(v->doc, p))
        return NULL;
    return p;
}

/* "وكان <subject> (قد) <verb>": the subject's tokens [kana + 1, last]. */
static qt_subject pluperfect(const ex_view *v, size_t kana, size_t last, size_t *nf, size_t *nl, size_t *rf,
                             size_t *rl) {
    const rasad_doc *doc = v->doc;
    for (size_t k = kana + 1; k <= last; k++) {
        const tagger_entity *p = qt_person_at(v, k);
        if (!p || p->tok_last > last || qt_not_a_speaker(doc, p))
            continue;
        *nf = p->tok_first;
        *nl = p->tok_last;
        title_around(doc, kana, *nf, *nl, last, rf, rl);
        return QT_SUBJ_PERSON;
    }
    /* a name the tagger missed, with a title before or after it
     * ("وكانت جانيت يلين رئيسة مجلس الاحتياطي قد قالت") */
    if (qt_pattern_name(v, kana + 1, last, false, false, nf, nl)) {
        title_around(doc, kana, *nf, *nl, last, rf, rl);
        return QT_SUBJ_PERSON;
    }
    *nf = kana + 1;
    *nl = last;
    return QT_SUBJ_OTHER;
}

qt_subject qt_subject_before(const ex_view *v, size_t first, size_t i, size_t *nf, size_t *nl, size_t *rf,
                             size_t *rl) {
    const rasad_doc *doc = v->doc;
    *rf = 1;
    *rl = 0;
    if (i <= first || ex_has_proclitic(doc, i, "و") || ex_has_proclitic(doc, i, "ف"))
        return QT_SUBJ_NONE;
    size_t last = i - 1;
    if (ex_word_in(doc, last, &ALREADY)) {
        if (last == first)
            return QT_SUBJ_NONE;
        last--;
    }
    /* the clause back to كان: words, commas and quotation marks around
     * a name («واشنطن بوست») */
    for (size_t k = last + 1; k-- > first && k + SUBJECT_BEFORE > last;) {
        const rasad_token *t = &doc->tokens[k];
        if ((t->kind == RASAD_TOK_PUNCT && !comma_at(doc, k)) || ex_word_in(doc, k, &CLAUSE_OPENERS) ||
            (k < last && ex_stem_in(doc, k, &QT_SPEECH_VERBS)))
            break;
        /* (a كان after إذا، لو، عندما opens a clause of its own: "إذا كان
         * هنالك تصويت بالرفض، يقول أيضا إنه") */
        if (t->kind == RASAD_TOK_WORD && ex_stem_in(doc, k, &KANA_FORMS))
            return k < last && !(k > first && ex_stem_in(doc, k - 1, &SUBORDINATORS))
                       ? pluperfect(v, k, last, nf, nl, rf, rl)
                       : QT_SUBJ_NONE;
    }
    if (last != i - 1)
        return QT_SUBJ_NONE;
    /* "<name> نفسه أعلن" */
    const tagger_entity *p;
    if (ex_word_in(doc, last, &SELF) && last > first && (p = person_ending(v, last - 1))) {
        *nf = p->tok_first;
        *nl = p->tok_last;
        return QT_SUBJ_PERSON;
    }
    /* "<name>، <title>، قال": the name opens its clause */
    for (size_t k = last; k-- > first && k + SUBJECT_BEFORE > last;) {
        if (doc->tokens[k].kind != RASAD_TOK_WORD)
            continue;
        if (!(p = person_ending(v, k)))
            continue;
        size_t before = p->tok_first;
        if (before > first && doc->tokens[before - 1].kind == RASAD_TOK_WORD &&
            !ex_word_in(doc, before - 1, &QT_THAT))
            return QT_SUBJ_NONE;
        if (!title_after(doc, p->tok_last, last, rf, rl))
            return QT_SUBJ_NONE;
        *nf = p->tok_first;
        *nl = p->tok_last;
        return QT_SUBJ_PERSON;
    }
    return QT_SUBJ_NONE;
}
