/* SPDX-License-Identifier: MIT
 *
 * attribution_chain.c - stage 4: the source of a sentence that names it
 * only by reference to an earlier sentence. attribution.c reads each
 * sentence on its own; here the sentences are read in text order, each
 * after the ones before it, so that
 *   - a definite noun standing for a source ("وأضافت الصحيفة", "وأشار
 *     البيان إلى", "حسب ما لفت المصدر") is the source that noun
 *     introduced a few sentences back ("أوضحت صحيفة "حريت"", "قالت قوة
 *     المهام المشتركة في بيان", "كشف مصدر مطلع من ريف حلب");
 *   - a reporting verb with no subject ("وأشار إلى أن ...", "وأضاف أن")
 *     goes on with the source of the sentence before, as a bare "وأضاف"
 *     goes on with the last speaker for the quotes (quote_speaker.c).
 * The cue stays the sentence's own; the source's offsets are those of
 * the earlier mention. A monitor's report that runs on (كما، من جهة أخرى)
 * keeps the report's cue too: the sentence has none.
 */
#include <string.h>

#include "extract/extract.h"
#include "extract/quotes.h"

/* How many sentences back a definite noun may refer: a report of an
 * outlet runs a paragraph or two, and a noun further back than this is
 * more likely a new one the text did not name. */
#define ANAPHOR_BACK 12
/* A verb with no subject continues the sentence before, or the one
 * before that when the sentence between reports nothing. */
#define BARE_BACK 2

/* Does sentence p say who reports anything (a cue word of attribution.c),
 * though no source was read in it? Then a verb with no subject after it
 * is that unnamed speaker's, not an earlier one's. Only a cue before the
 * words reported counts: after أن or a quotation mark it is part of what
 * the speaker says ("وشدد على أن البعض يقول إن", "استناداً إلى بيان
 * جنيف" inside his words), and he goes on speaking. */
static bool has_cue(const rasad_doc *doc, uint32_t p) {
    size_t first, end;
    ex_sentence_tokens(doc, p, &first, &end);
    for (size_t i = first; i < end; i++) {
        if (ex_word_in(doc, i, &QT_THAT) || qt_opening_quote(&doc->tokens[i]))
            return false;
        if (ex_attr_cue(doc, i))
            return true;
    }
    return false;
}

/* Did the noun of token n (its stem) introduce the source of sentence p:
 * between p's cue and a few words after its source ("أوضحت صحيفة
 * "حريت"", "قالت قوة المهام المشتركة في بيان", "مصادر في محافظة
 * ديالى")? Only the words of sentence p count: a source p took from
 * further back carries its own noun in p ("وأضافت الصحيفة"). */
#define NOUN_AFTER 5
static bool introduced_by(const rasad_doc *doc, uint32_t p, const rasad_attribution *a, size_t n) {
    size_t first, end;
    ex_sentence_tokens(doc, p, &first, &end);
    size_t cf = ex_tok_at_byte(doc, a->cue_start);
    size_t tl = a->end ? ex_tok_at_byte(doc, a->end - 1) : SIZE_MAX;
    if (cf == SIZE_MAX || cf < first || cf >= end)
        return false;
    size_t last = cf;
    if (tl != SIZE_MAX && tl >= first && tl < end && tl > last)
        last = tl;
    last += NOUN_AFTER;
    const char *want = doc_tok_stem(doc, n)->norm;
    for (size_t k = cf; k < end && k <= last; k++)
        if (doc->tokens[k].kind == RASAD_TOK_WORD && strcmp(doc_tok_stem(doc, k)->norm, want) == 0)
            return true;
    return false;
}

/* Is the source a the definite noun of token n again ("المصدر نفسه")? */
static bool same_noun_again(const rasad_doc *doc, const rasad_attribution *a, size_t n) {
    size_t tf = ex_tok_at_byte(doc, a->start);
    return tf != SIZE_MAX && !a->id && qt_definite(doc, tf) &&
           strcmp(doc_tok_stem(doc, tf)->norm, doc_tok_stem(doc, n)->norm) == 0;
}

static void take_source(rasad_attribution *a, const rasad_attribution *from) {
    a->present = true;
    a->start = from->start;
    a->end = from->end;
    a->id = from->id;
    a->kind = from->kind;
}

/* A person who goes on speaking is the person, not the title he was
 * introduced with ("وقال الباحث سامر الخطيب ..." then "وأضاف:" is سامر
 * الخطيب's, as the quotes give the speaker): a source that is one title
 * word and the tagger's person after it keeps the person. */
static void person_only(const ex_view *v, rasad_attribution *a) {
    const rasad_doc *doc = v->doc;
    size_t tf = ex_tok_at_byte(doc, a->start);
    if (tf == SIZE_MAX || tf + 1 >= doc->ntokens || a->id || !ex_stem_in(doc, tf, &QT_ROLE_NOUNS))
        return;
    const tagger_entity *t = ex_ner_at(v, tf + 1);
    if (t && t->type == TG_PER && t->tok_first == tf + 1 && doc->tokens[t->tok_last].end == a->end)
        a->start = doc->tokens[tf + 1].start;
}

/* A monitor's report runs on past its first sentence: "وقال المرصد
 * السوري إن ... . كما قتل ثلاثة ... . من جهة أخرى، ..." tells each act
 * on the monitor's word. Does sentence s open with such a link (كما، من
 * جهة أخرى، من ناحية ثانية)? */
EX_WORDS(REPORT_LINKS, "كما", "وكما");
EX_WORDS(SIDE_WORDS, "جهه", "ناحيه");
static bool goes_on_report(const ex_view *v, uint32_t s) {
    const rasad_doc *doc = v->doc;
    size_t first, end;
    ex_sentence_tokens(doc, s, &first, &end);
    if (first >= end)
        return false;
    if (ex_word_in(doc, first, &REPORT_LINKS))
        return true;
    /* من جهة أخرى، من ناحية ثانية */
    return first + 2 < end && ex_word_in(doc, first, &PREP_FROM) && ex_stem_in(doc, first + 1, &SIDE_WORDS);
}

/* Sentence s read after the sentences before it (done[] and attr[] hold
 * their answers). */
static rasad_attribution resolve(const ex_view *v, uint32_t s) {
    const rasad_doc *doc = v->doc;
    ex_attr_how how;
    size_t noun;
    rasad_attribution a = ex_attribution_own(v, s, &how, &noun);
    if (how == EX_ATTR_ANAPHOR) {
        for (uint32_t p = s; p-- > 0 && p + ANAPHOR_BACK >= s;) {
            if (v->attr[p].present && introduced_by(doc, p, &v->attr[p], noun)) {
                /* the same noun again, never named ("بحسب المصدر نفسه"
                 * ... "وفق المصدر القضائي"): this one's own words say more */
                if (!same_noun_again(doc, &v->attr[p], noun))
                    take_source(&a, &v->attr[p]);
                break;
            }
        }
    } else if (how == EX_ATTR_NONE && s > 0 && goes_on_report(v, s)) {
        /* "أعلن المرصد السوري أن ... . كما قتل ..." */
        for (uint32_t p = s; p-- > 0 && p + BARE_BACK >= s;) {
            if (v->attr[p].present) {
                /* no cue of its own: the report's (both spans point back) */
                if (v->attr[p].kind && strcmp(v->attr[p].kind, "monitor") == 0)
                    a = v->attr[p];
                break;
            }
            if (has_cue(doc, p))
                break;
        }
    } else if (how == EX_ATTR_BARE) {
        for (uint32_t p = s; p-- > 0 && p + BARE_BACK >= s;) {
            if (v->attr[p].present) {
                take_source(&a, &v->attr[p]);
                person_only(v, &a);
                break;
            }
            if (has_cue(doc, p))
                break;
        }
        if (!a.present)
            memset(&a, 0, sizeof a);
    }
    return a;
}

/* Events and claims of one sentence ask for its source each: the answer
 * is read once per sentence and kept in the view. The sentences are read
 * in order, all of those before the one asked for too, so that each
 * answer is the same whichever sentence is asked for first (the read
 * ones are always a prefix: the first unread one is found by walking
 * back). */
rasad_attribution ex_attribution(const ex_view *v, uint32_t sentence) {
    if (!v->attr || sentence >= v->doc->nsentences) {
        ex_attr_how how;
        size_t noun;
        rasad_attribution a = ex_attribution_own(v, sentence, &how, &noun);
        if (how == EX_ATTR_BARE)
            memset(&a, 0, sizeof a);
        return a;
    }
    if (!v->attr_done[sentence]) {
        uint32_t h = sentence;
        while (h > 0 && !v->attr_done[h - 1])
            h--;
        for (uint32_t k = h; k <= sentence; k++) {
            v->attr[k] = resolve(v, k);
            v->attr_done[k] = true;
        }
    }
    return v->attr[sentence];
}
