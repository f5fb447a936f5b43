/* SPDX-License-Identifier: MIT
 *
 * quote_speaker.c - stage 4, quotes: who is speaking when the lead-in does not name
 * a person the tagger found. The quotes' speakers are remembered (name,
 * role, quote) so that a later surname (وأوضح كوتشوك), a title sharing
 * words with a role (وأضاف رئيس الحكومة التركية) or a bare lead-in
 * (وأضاف، وقالت أيضاً) finds them again; the person a sentence is about
 * (دعا الأمين العام ... ينس شتولتينبيرج) is noted for a bare وقال next.
 */
#include <string.h>

#include "extract/extract.h"
#include "extract/quotes.h"

EX_WORDS(OCCASION_NOUNS, "تصريح", "تصريحات", "حديث", "مقابله", "مؤتمر");

bool qt_bare_lead_in(const ex_view *v, size_t a, size_t b) {
    const rasad_doc *doc = v->doc;
    for (size_t j = a; j <= b && j < doc->ntokens; j++) {
        const rasad_token *t = &doc->tokens[j];
        /* "وقال مساء الخميس إن": when, not who */
        if (t->kind != RASAD_TOK_WORD || qt_in_date(v, j))
            continue;
        /* "في تصريح لفرانس برس", "في مقابلة مع قناة X": what follows the
         * occasion names where it was said, not who said it */
        if (j > a && ex_stem_in(doc, j - 1, &OCCASION_NOUNS))
            return true;
        if (ex_stem_in(doc, j, &QT_BARE_WORDS) || ex_has_proclitic(doc, j, "ل"))
            continue;
        /* the name after an outlet noun: "لوكالة رويترز", "لقناة الحرة" */
        if (j > a && (ex_has_proclitic(doc, j - 1, "ل") || ex_stem_in(doc, j - 1, &QT_OUTLET_NOUNS)))
            continue;
        return false;
    }
    return true;
}

/* ", موضحاً أن ...", ", مشيراً إلى أن ...": a participle after a comma
 * opens a second indirect quote by the same speaker. Returns the token
 * of the comma, or SIZE_MAX; *next is the first token of the second
 * quote's words. */
EX_WORDS(GO_ON, "موضحا", "مشيرا", "مضيفا", "لافتا", "مؤكدا", "مبينا", "منوها", "موضحه",
         "مشيره", "مضيفه", "لافته", "مؤكده");
/* A participle may have a short lead-in of its own before أن or the
 * quotation marks ("مضيفا في حديث لـ«الشرق الأوسط» أن ...", "مضيفاً
 * “...”"): *la, *lb are its tokens (la > lb when none) and *direct tells
 * a quotation mark. */
#define PARTICIPLE_LEAD 8
/* "مجددا التأكيد على أن": renewing the assertion is asserting */
EX_WORDS(RENEWING, "مجددا", "مجدده");
EX_WORDS(ASSERTING, "التاكيد", "تاكيده", "تاكيدها");
size_t qt_participle_split(const rasad_doc *doc, size_t a, size_t b, size_t *next, size_t *la, size_t *lb,
                           bool *direct) {
    for (size_t j = a + 1; j + 2 <= b; j++) {
        const rasad_token *t = &doc->tokens[j];
        if (!(t->kind == RASAD_TOK_PUNCT && t->norm[0] == ',') ||
            !(ex_stem_in(doc, j + 1, &GO_ON) ||
              (ex_word_in(doc, j + 1, &RENEWING) && j + 2 <= b && ex_word_in(doc, j + 2, &ASSERTING))))
            continue;
        for (size_t k = j + 2; k < b && k <= j + 2 + PARTICIPLE_LEAD; k++) {
            const rasad_token *u = &doc->tokens[k];
            if (ex_word_in(doc, k, &QT_THAT) || qt_opening_quote(u)) {
                size_t close = qt_opening_quote(u) ? qt_closing_quote(doc, k) : SIZE_MAX;
                /* a quoted outlet name is part of the lead-in */
                if (qt_opening_quote(u) && close != SIZE_MAX && close + 1 < b && close - k <= 4 &&
                    ex_word_in(doc, close + 1, &QT_THAT)) {
                    k = close;
                    continue;
                }
                *direct = qt_opening_quote(u);
                *next = k + 1;
                *la = j + 2;
                *lb = k - 1;
                return j;
            }
            if (u->kind == RASAD_TOK_PUNCT || (u->kind == RASAD_TOK_WORD && ex_stem_in(doc, k, &QT_SPEECH_VERBS)))
                break;
        }
    }
    return SIZE_MAX;
}

/* Remembers the speaker of q for later mentions by surname or title. */
void qt_remember_speaker(quote_state *st, const rasad_quote *q) {
    const rasad_doc *doc = st->v->doc;
    if (q->speaker_end <= q->speaker_start)
        return;
    size_t tf = ex_tok_at_byte(doc, q->speaker_start), tl = ex_tok_at_byte(doc, q->speaker_end - 1);
    if (tf == SIZE_MAX || tl == SIZE_MAX || tl < tf)
        return;
    speaker_rec r;
    memset(&r, 0, sizeof r);
    r.tf = tf;
    r.tl = tl;
    r.rf = 1;
    r.rl = 0;
    r.q = *q;
    if (q->has_role && q->role_end > q->role_start) {
        size_t rf = ex_tok_at_byte(doc, q->role_start), rl = ex_tok_at_byte(doc, q->role_end - 1);
        if (rf != SIZE_MAX && rl != SIZE_MAX && rf <= rl) {
            r.rf = rf;
            r.rl = rl;
        }
    }
    /* the same name again replaces its record and becomes the latest */
    size_t k = 0;
    while (k < st->nspk && !(st->spk[k].tf == tf && st->spk[k].tl == tl))
        k++;
    if (k == st->nspk && st->nspk == MAX_SPEAKERS)
        k = 0;
    if (k < st->nspk) {
        memmove(&st->spk[k], &st->spk[k + 1], (st->nspk - k - 1) * sizeof st->spk[0]);
        st->nspk--;
    }
    st->spk[st->nspk++] = r;
}

/* Is token j inside a date expression ("مساء الخميس", "أمس")? */
bool qt_in_date(const ex_view *v, size_t j) {
    return j < v->doc->ntokens && v->in_date[j];
}

bool qt_same_norm(const rasad_doc *doc, size_t a, size_t b) {
    return strcmp(doc->tokens[a].norm, doc->tokens[b].norm) == 0;
}
bool qt_same_long_name(const rasad_doc *doc, size_t a, size_t b) {
    return doc->tokens[a].kind == RASAD_TOK_WORD && qt_same_norm(doc, a, b) && strlen(doc->tokens[a].norm) >= 8;
}
/* How many of the last words of the name [nf, nl] the words from j (at
 * most to b) repeat, 0 for none. */
size_t qt_suffix_match(const rasad_doc *doc, size_t j, size_t b, size_t nf, size_t nl) {
    size_t len = nl - nf + 1;
    for (size_t m = len >= 3 ? 3 : len; m >= 1; m--) {
        if (m == len && len == 1)
            break; /* a one-word name is too weak a clue */
        if (j + m - 1 > b)
            continue;
        bool ok = true;
        for (size_t k = 0; k < m && ok; k++)
            ok = doc->tokens[j + k].kind == RASAD_TOK_WORD && qt_same_norm(doc, j + k, nl - m + 1 + k);
        if (ok && (m > 1 || strlen(doc->tokens[j].norm) >= 6))
            return m;
    }
    return 0;
}
bool qt_has_enclitic(const rasad_doc *doc, size_t i) {
    return ex_enclitic(doc, i) != NULL;
}
/* A person named earlier in the article, mentioned again right after a
 * speech verb by the last words of the name ("وأوضح كوتشوك أن", "وتابع
 * داود أوغلو"): the tagger often misses a surname on its own. Names
 * come from earlier quotes and from the tagger's persons before j. The
 * match is the tokens [j, *last]. A single word must be a surname (the
 * last word of a name of two or more words), never a first name. */
bool qt_known_name_at(quote_state *st, size_t j, size_t b, size_t *last, const speaker_rec **rec) {
    const ex_view *v = st->v;
    const rasad_doc *doc = v->doc;
    *rec = NULL;
    for (size_t k = st->nspk; k-- > 0;) {
        const speaker_rec *r = &st->spk[k];
        if (r->tl >= j)
            continue;
        size_t m = qt_suffix_match(doc, j, b, r->tf, r->tl);
        /* a one-word name already taken as a speaker ("وقال فينسنت
         * لـ«رويترز»" ... "وقال فينسنت إن") is that speaker again */
        if (!m && r->tf == r->tl && qt_same_long_name(doc, j, r->tf))
            m = 1;
        if (m) {
            *last = j + m - 1;
            *rec = r;
            return true;
        }
    }
    /* a surname the text gave earlier after a first name ("مال الله
     * العبيدي" ... "وقال العبيدي"), the tagger having missed both */
    const rasad_token *t = &doc->tokens[j];
    if (t->kind == RASAD_TOK_WORD && strlen(t->norm) >= 8 && qt_name_word(v, j, false) && !qt_has_enclitic(doc, j) &&
        (!qt_definite(doc, j) || qt_nisba(doc, j)) && /* العبيدي، not الصحف */
        (j + 1 > b || !qt_name_word(v, j + 1, true))) {
        qt_names *ix = qt_names_get(st);
        if (ix) {
            if (qt_names_surname_before(ix, j)) {
                *last = j;
                return true;
            }
        } else
            for (size_t k = j; k-- > 1;)
                if (qt_same_norm(doc, k, j) && doc->tokens[k - 1].kind == RASAD_TOK_WORD && !qt_definite(doc, k - 1) &&
                    qt_name_word(v, k - 1, false) && !qt_has_enclitic(doc, k - 1)) {
                    *last = j;
                    return true;
                }
    }
    qt_names *ix = qt_names_get(st);
    if (ix) {
        size_t e = qt_names_person_before(ix, j, b);
        size_t m = e == SIZE_MAX ? 0 : qt_suffix_match(doc, j, b, v->ner[e].tok_first, v->ner[e].tok_last);
        if (m)
            *last = j + m - 1;
        return m != 0;
    }
    for (size_t k = 0; k < v->nner && v->ner[k].tok_last < j; k++) {
        if (v->ner[k].type != TG_PER)
            continue;
        size_t m = qt_suffix_match(doc, j, b, v->ner[k].tok_first, v->ner[k].tok_last);
        if (m) {
            *last = j + m - 1;
            return true;
        }
    }
    return false;
}

/* A speaker span that starts with the conjunction و ("العالمان إدموند
 * برودي وكارلوس غاريد"): the second of two names; the first, which the
 * role swallowed, is taken as the speaker. When no name precedes, the
 * span at least starts after the و: spans never start with a proclitic. */
void qt_coordinated_speaker(const ex_view *v, rasad_quote *q) {
    const rasad_doc *doc = v->doc;
    size_t tf = ex_tok_at_byte(doc, q->speaker_start);
    if (tf == SIZE_MAX || !ex_has_proclitic(doc, tf, "\xD9\x88")) /* و */
        return;
    const rasad_token *t = &doc->tokens[tf];
    for (size_t k = 0; k < t->seg_count; k++) {
        const rasad_segment *sg = &doc->segments[t->seg_first + k];
        if (sg->role == RASAD_SEG_STEM) {
            q->speaker_start = sg->start;
            break;
        }
    }
    if (!q->has_role || tf == 0 || q->role_end != doc->tokens[tf - 1].end)
        return;
    size_t rf = ex_tok_at_byte(doc, q->role_start);
    if (rf == SIZE_MAX)
        return;
    size_t k = tf;
    /* qt_name_word() refuses "برودي" (ب + رودي); before و and after a
     * title, a word without ال that is no title or date is a name */
    while (k > rf + 1 && tf - k < 3 && doc->tokens[k - 1].kind == RASAD_TOK_WORD && !qt_definite(doc, k - 1) &&
           !qt_in_date(v, k - 1) && !ex_stem_in(doc, k - 1, &QT_ROLE_NOUNS) && !ex_word_in(doc, k - 1, &QT_NOT_NAME) &&
           !ex_has_proclitic(doc, k - 1, "\xD9\x84")) /* ل */
        k--;
    if (k == tf || k == rf || tf - k < 2)
        return; /* a first name alone, or the whole role, is no name */
    q->speaker_start = doc->tokens[k].start;
    q->speaker_end = doc->tokens[tf - 1].end;
    q->role_end = doc->tokens[k - 1].end;
    if (q->has_affiliation && q->affiliation_end > q->role_end)
        q->has_affiliation = false;
}

EX_WORDS(NAME_END_WORDS, "في", "خلال", "امس", "اليوم", "ايضا");

/* Words compared loosely: the stem without a final ه ("التركية" and
 * "التركي" agree). */
static bool loose_same(const rasad_doc *doc, size_t a, size_t b) {
    const char *x = doc_tok_stem(doc, a)->norm, *y = doc_tok_stem(doc, b)->norm;
    size_t lx = strlen(x), ly = strlen(y);
    if (lx >= 2 && strcmp(x + lx - 2, "\xD9\x87") == 0)
        lx -= 2;
    if (ly >= 2 && strcmp(y + ly - 2, "\xD9\x87") == 0)
        ly -= 2;
    return lx == ly && lx >= 4 && memcmp(x, y, lx) == 0;
}

/* A lead-in that names a title and no name ("وأضاف رئيس الحكومة
 * التركية", "وقال المسؤول التركي"): the earlier speaker, spoken of in the
 * last few sentences, whose role shares a word with it. */
EX_WORDS(FILLER_ROLE_WORDS, "في", "باسم", "عن", "لدي", "العام");
#define TITLE_NEAR 6
#define TITLE_FAR 15
const speaker_rec *qt_titled_speaker(const quote_state *st, size_t a, size_t b, uint32_t s) {
    const rasad_doc *doc = st->v->doc;
    if (a > b || !ex_stem_in(doc, a, &QT_ROLE_NOUNS))
        return NULL;
    size_t e = a;
    while (e + 1 <= b && doc->tokens[e + 1].kind == RASAD_TOK_WORD && !qt_in_date(st->v, e + 1) &&
           !ex_word_in(doc, e + 1, &NAME_END_WORDS))
        e++;
    /* one shared word within a few sentences; two further on ("رئيس
     * الحكومة التركية" for "رئيس الوزراء التركي") */
    for (size_t k = st->nspk; k-- > 0;) {
        const speaker_rec *r = &st->spk[k];
        if (r->rf > r->rl || doc->tokens[r->tf].sentence + TITLE_FAR < s)
            continue;
        size_t shared = 0;
        for (size_t x = a; x <= e; x++) {
            if (ex_word_in(doc, x, &FILLER_ROLE_WORDS))
                continue;
            for (size_t y = r->rf; y <= r->rl; y++)
                if (loose_same(doc, x, y)) {
                    shared++;
                    break;
                }
        }
        if (shared >= 2 || (shared == 1 && doc->tokens[r->tf].sentence + TITLE_NEAR >= s))
            return r;
    }
    return NULL;
}

EX_WORDS(SIDE_NOUNS, "جانب", "جهه", "ناحيه");     /* من جانبه، من جهته */
EX_WORDS(REPORT_VERBS, "ذكر", "قال", "افاد", "اوضح", "صرح");
EX_WORDS(MA_FORMS, "ما", "لما", "حسبما", "كما", "بحسبما"); /* كما ذكر ... */

/* The person sentence s is about: a titled name among its first words
 * ("دعا الأمين العام لحلف شمال الأطلسي ينس شتولتينبيرج إلى اجتماع").
 * The tagger's persons are not used here: on general news it tags
 * phrases at the head of a sentence too often. */
#define SUBJECT_WORDS 16

void qt_note_subject(quote_state *st, uint32_t s) {
    const ex_view *v = st->v;
    const rasad_doc *doc = v->doc;
    size_t first, end;
    ex_sentence_tokens(doc, s, &first, &end);
    /* "من جانبه، أعلن ...", "من جهته، قال ..." */
    if (first + 3 < end && ex_word_in(doc, first, &PREP_FROM) &&
        ex_stem_in(doc, first + 1, &SIDE_NOUNS) &&
        doc->tokens[first + 2].kind == RASAD_TOK_PUNCT)
        first += 3;
    /* "وفي السياق، نفى <name> -<title>- ...": a tagger person right after
     * the first verb with his title set off after him. (With the title
     * after him the head of the sentence is a person, not a phrase the
     * tagger misread.) */
    size_t v0 = first;
    if (v0 + 2 < end && doc->tokens[v0 + 2].kind == RASAD_TOK_PUNCT && doc->tokens[v0 + 2].norm[0] == ',' &&
        doc->tokens[v0].kind == RASAD_TOK_WORD && doc->tokens[v0 + 1].kind == RASAD_TOK_WORD)
        v0 += 3; /* "وفي السياق،", "إلى ذلك،" */
    const tagger_entity *ap = v0 + 1 < end ? qt_person_at(v, v0 + 1) : NULL;
    if (ap && !qt_not_a_speaker(doc, ap) && ap->tok_last + 2 < end &&
        doc->tokens[ap->tok_last + 1].kind == RASAD_TOK_PUNCT && strchr("-,", doc->tokens[ap->tok_last + 1].norm[0]) &&
        ex_stem_in(doc, ap->tok_last + 2, &QT_ROLE_NOUNS) && !ex_stem_in(doc, v0, &QT_ROLE_NOUNS)) {
        st->has_mention = true;
        st->mention_sentence = s;
        st->mention_f = ap->tok_first;
        st->mention_l = ap->tok_last;
        st->mention_sure = true;
        return;
    }
    size_t limit = end < first + SUBJECT_WORDS ? end : first + SUBJECT_WORDS;
    /* the subject comes before what is said or done to whom */
    for (size_t j = first + 1; j < limit; j++)
        if (doc->tokens[j].kind == RASAD_TOK_PUNCT || doc->tokens[j].kind == RASAD_TOK_QUOTE ||
            ex_word_in(doc, j, &QT_THAT)) {
            limit = j;
            break;
        }
    /* a titled name the tagger missed, only right after the sentence's
     * first verb and title ("دعا الأمين العام لحلف ... ينس ...") */
    size_t nf, nl;
    bool early_title = false;
    for (size_t j = first + 1; j < limit && j <= first + 6; j++)
        early_title |= ex_stem_in(doc, j, &QT_ROLE_NOUNS);
    if (early_title && limit > first + 2 && qt_pattern_name(v, first + 1, limit - 1, true, false, &nf, &nl)) {
        st->has_mention = true;
        st->mention_sentence = s;
        st->mention_f = nf;
        st->mention_l = nl;
        const tagger_entity *p = qt_person_at(v, nf);
        /* (and the title right after the verb: "ومثل ويب (الرئيس السابق
         * لاتحاد ...)" names no speaker) */
        st->mention_sure = p && p->tok_last == nl && ex_stem_in(doc, first + 1, &QT_ROLE_NOUNS);
        return;
    }
    /* a person named as the source of what the sentence reports ("طبقا
     * لما ذكره جول محمد بيدار", "حسبما قال X"): a bare "وأضاف" in the
     * next sentence goes on with him */
    for (size_t j = first + 1; j + 1 < end; j++) {
        if (!ex_stem_in(doc, j, &REPORT_VERBS) ||
            !ex_word_in(doc, j - 1, &MA_FORMS))
            continue;
        const tagger_entity *p = qt_person_at(v, j + 1);
        size_t pf = j + 1;
        /* (a first name the tagger left out: "لما ذكره جول محمد بيدار") */
        if (!p && j + 2 < end && qt_name_word(v, j + 1, false) && (p = qt_person_at(v, j + 2)) != NULL)
            pf = j + 1;
        if (p && p->tok_first <= pf + 1 && !qt_not_a_speaker(doc, p)) {
            st->has_mention = true;
            st->mention_sentence = s;
            st->mention_f = pf;
            st->mention_l = p->tok_last;
            st->mention_sure = false;
            return;
        }
    }
}
