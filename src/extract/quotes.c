/* SPDX-License-Identifier: MIT
 *
 * quotes.c - stage 4: reported speech with a named speaker.
 *
 * A speech verb (قال، أكد، أضاف، تابع، أشار، أوضح، بيّن، لفت، كشف، أعلن،
 * أبلغ, and توقع / صرح when they introduce quoted words) opens a quote:
 *   - direct when quotation marks follow (“...”, «...», "..."), usually
 *     after a colon; the quote runs to the matching closing mark, across
 *     sentence ends;
 *   - indirect when إن / أن / بأن / إلى أن follows: the quote runs to the
 *     end of the sentence, without the final stop.
 * The speaker, in this order:
 *   - a person the tagger found between the verb and the quoted words
 *     ("وقال الباحث ... تشارلز ليستر، لوكالة رويترز: “...”") or just
 *     before the verb;
 *   - an earlier speaker named again by surname ("وأوضح كوتشوك أن"), or a
 *     surname the text gave after a first name ("وقال العبيدي");
 *   - an earlier speaker named by a title sharing words with his role
 *     ("وأضاف رئيس الحكومة التركية" after "رئيس الوزراء التركي X");
 *   - a name read from the lead-in itself: two to four name-like words
 *     after a title phrase or right after the verb with a title after
 *     them (the tagger misses many Turkish, Kurdish and Western names);
 *   - for a lead-in that names nobody (وأضاف، وقالت أيضاً، وقال في مؤتمر
 *     صحافي، وقال مساء الخميس): the titled person the previous sentence
 *     is about, else the previous speaker of the last two sentences.
 * Statements by institutions and anonymous sources are not quotes, and
 * يرى / اعتبر / شدد give views, not quotes. "نقلت X عن Y قوله إن" is
 * Y's quote with X the outlet.
 * The role is the phrase between verb and speaker (or the speaker and the
 * quote), the affiliation its part after في / لدى / باسم / لـ, and the
 * outlet the name after لوكالة / لقناة / على قناة / لصحيفة / لبرنامج /
 * لـ«...» / على تويتر.
 *
 * This file finds the speech verbs and reads each quote; the rest is
 * split by job, with the shared declarations in quotes.h:
 *
 *   quote_speaker.c  speaker resolution: earlier speakers named again,
 *                    bare lead-ins, the person a sentence is about
 *   quote_names.c    a speaker's name read from the words of a lead-in
 *   quote_role.c     role and affiliation
 *   quote_outlet.c   outlet
 */
#include <string.h>

#include "extract/extract.h"
#include "extract/quotes.h"

/* tokens after the verb where the speaker and the quote may start: long
 * titles ("نائب المبعوث الرئاسي الخاص للتحالف الدولي ...") come first */
#define SPEAKER_REACH 24
/* tokens after the speaker's name where the quote may still start: the
 * outlet comes between ("تشارلز ليستر، لوكالة “رويترز”: “...”") */
#define AFTER_SPEAKER 24 /* and a long role after the name ("رعد الدهلكي النائب في مجلس ... ورئيس لجنة ...، إن") */

EX_WORDS_SHARED(QT_SPEECH_VERBS,
                "قال", "قالت", "قالوا", "اكد", "اكدت", "اكدوا", "اضاف", "اضافت", "اضافوا", "تابع", "تابعت", "اشار",
                "اشارت", "اوضح", "اوضحت", "بين", "بينت", "لفت", "لفتت", "كشف", "كشفت", "اعلن", "اعلنت", "ابلغ",
                "ابلغت", "يقول", "تقول", "يضيف", "تضيف", "صرح", "صرحت", "توقع", "توقعت", "شدد", "شددت", "اعتبر",
                "اعتبرت", "يري", "تري", "حذر", "حذرت", "ذكر", "ذكرت", "نقل", "نقلت");
/* verbs of opinion: never a quote (the annotation guidelines), but the
 * one holding the view is the one speaking next */
EX_WORDS(VIEW_VERBS, "شدد", "شددت", "اعتبر", "اعتبرت", "يري", "تري");
/* verbs that count only when quotation marks follow them */
EX_WORDS(WEAK_SPEECH, "توقع", "توقعت", "شدد", "شددت", "اعتبر", "اعتبرت", "يري", "تري",
         "حذر", "حذرت");
EX_WORDS_SHARED(QT_THAT, "ان", "بان", "انه", "انها", "انهم", "بانه", "بانها");
EX_WORDS_SHARED(QT_OUTLET_NOUNS, "وكاله", "قناه", "صحيفه", "موقع", "اذاعه", "تلفزيون", "شبكه", "مجله",
                "برنامج", "وكالتي");
/* Bodies that speak as one ("القوات", "الحكومة", "الوزارة"): no quote */
EX_WORDS(BODIES, "قوات", "حكومه", "وزاره", "جيش", "شرطه", "سلطات", "اجهزه", "حركه", "حزب", "جماعه", "هيئه",
         "لجنه", "ميليشيات", "مليشيات", "فصائل", "تنظيم", "ائتلاف", "تحالف", "وحدات");
EX_WORDS(CALLED, "يدعي", "تدعي", "ويدعي", "وتدعي");
/* Is token k - 1 a first name the tagger left out of the name at k: a
 * bare word (no ال, no clitic, no entity of its own, no title or
 * function word) after a definite word that ends a title? */
static bool first_name_before(const ex_view *v, size_t k) {
    const rasad_doc *doc = v->doc;
    size_t f = k - 1;
    const rasad_token *t = &doc->tokens[f];
    /* (not a verb with its object pronoun: "التي قضاها حبري") */
    bool object = t->norm_len > 4 && strcmp(t->norm + t->norm_len - 4, "\xD9\x87\xD8\xA7") == 0; /* ها */
    return t->kind == RASAD_TOK_WORD && t->seg_count == 1 && t->norm_len >= 4 && !object && !qt_definite(doc, f) &&
           doc->tokens[f - 1].kind == RASAD_TOK_WORD && qt_definite(doc, f - 1) &&
           !ex_word_in(doc, f - 1, &QT_NOT_NAME) && !ex_word_in(doc, f, &CALLED) && !ex_entity_at(v, f) &&
           !ex_ner_at(v, f) && !qt_in_date(v, f) && !ex_stem_in(doc, f, &QT_ROLE_NOUNS) &&
           !ex_word_in(doc, f, &QT_TITLES) && !ex_word_in(doc, f, &QT_NOT_NAME) && !ex_stem_in(doc, f, &QT_NOT_NAME);
}

/* "قالت شرطة جدة على لسان متحدثها العقيد X": the body speaks through
 * a person, who is the speaker */
EX_WORDS(MOUTH, "لسان");
static bool through_mouth(const rasad_doc *doc, size_t a, size_t b) {
    for (size_t k = a; k < b; k++)
        if (ex_stem_in(doc, k, &MOUTH))
            return true;
    return false;
}
EX_WORDS(INSTITUTIONS, "معهد", "مركز", "جامعه", "منظمه", "مؤسسه", "وكاله", "صحيفه", "قناه",
         "مجموعه", "شركه");

bool qt_opening_quote(const rasad_token *t) {
    if (t->kind != RASAD_TOK_QUOTE)
        return false;
    return strcmp(t->norm, "\xE2\x80\x9C") == 0 || strcmp(t->norm, "\xC2\xAB") == 0 || strcmp(t->norm, "\"") == 0;
}

/* The closing mark that matches the opening one at i, or SIZE_MAX. */
size_t qt_closing_quote(const rasad_doc *doc, size_t i) {
    const char *open = doc->tokens[i].norm;
    const char *want = strcmp(open, "\xC2\xAB") == 0 ? "\xC2\xBB" : strcmp(open, "\"") == 0 ? "\"" : "\xE2\x80\x9D";
    size_t depth = 0;
    for (size_t j = i + 1; j < doc->ntokens && j < i + 2000; j++) {
        const rasad_token *t = &doc->tokens[j];
        if (t->kind != RASAD_TOK_QUOTE)
            continue;
        if (strcmp(t->norm, want) == 0) {
            if (depth == 0)
                return j;
            depth--;
        } else if (strcmp(t->norm, open) == 0 && strcmp(open, "\"") != 0) {
            /* an opening mark used to close ("... عناصر التنظيم “،"):
             * followed by punctuation or the end, it cannot open */
            bool closes = j + 1 >= doc->ntokens || doc->tokens[j + 1].kind == RASAD_TOK_PUNCT;
            if (closes && depth == 0)
                return j;
            if (closes)
                depth--;
            else
                depth++;
        }
    }
    return SIZE_MAX;
}

/* Does the word start with the article ال? */
bool qt_definite(const rasad_doc *doc, size_t i) {
    return strncmp(doc->tokens[i].norm, "\xD8\xA7\xD9\x84", 4) == 0;
}

static bool grow(quote_state *st) {
    if (st->n < st->cap)
        return true;
    size_t cap = st->cap ? st->cap * 2 : 16;
    rasad_quote *p = arena_alloc_array(&st->v->doc->arena, cap, sizeof *p);
    if (!p)
        return false;
    if (st->n)
        memcpy(p, st->items, st->n * sizeof *p);
    st->items = p;
    st->cap = cap;
    return true;
}

/* Emits one quote; returns false when out of memory. */
static bool add_quote(quote_state *st, const rasad_quote *q0) {
    rasad_quote fixed = *q0;
    rasad_quote *q = &fixed;
    if (q->speaker_end > q->speaker_start) {
        size_t tf = ex_tok_at_byte(st->v->doc, q->speaker_start);
        if (tf != SIZE_MAX && qt_group_title(st->v->doc, tf))
            return true;
        qt_coordinated_speaker(st->v, q);
    }
    if (!grow(st))
        return false;
    st->items[st->n++] = *q;
    qt_remember_speaker(st, q);
    st->has_last = true;
    st->last_speaker_start = q->speaker_start;
    st->last_speaker_end = q->speaker_end;
    /* a quote over several sentences: "وأضاف" is counted from its end */
    st->last_sentence = q->sentence;
    if (q->end > q->start) {
        size_t te = ex_tok_at_byte(st->v->doc, q->end - 1);
        if (te != SIZE_MAX && st->v->doc->tokens[te].sentence > q->sentence)
            st->last_sentence = st->v->doc->tokens[te].sentence;
    }
    st->last_role = q->has_role;
    st->last_role_s = q->role_start;
    st->last_role_e = q->role_end;
    st->last_affil = q->has_affiliation;
    st->last_affil_s = q->affiliation_start;
    st->last_affil_e = q->affiliation_end;
    st->last_outlet = q->has_outlet;
    st->last_outlet_s = q->outlet_start;
    st->last_outlet_e = q->outlet_end;
    return true;
}

/* Is token k the end of the sentence (a final stop, or past it)? */
static bool ends_sentence(const rasad_doc *doc, size_t k, size_t end) {
    if (k >= end)
        return true;
    const rasad_token *t = &doc->tokens[k];
    return t->kind == RASAD_TOK_PUNCT && strchr(".!?", t->norm[0]) && t->norm[0];
}

EX_WORDS(RELAY_VERBS, "نقل", "نقلت");
EX_WORDS(ANNOUNCE_VERBS, "اعلن", "اعلنت");
EX_WORDS(MA, "ما");
EX_WORDS(STATEMENT_NOUNS, "تصريح", "تصريحات", "حديث", "مقابله", "كلمه");

/* "وقال X “...”، مضيفا “أن ...”", "قال X: «...»، مشيرا إلى أن ...": a
 * participle right after a direct quote's closing mark, in the same
 * sentence, opens the same speaker's next quote (direct when quotation
 * marks follow it, else to the end of the sentence). A leading أن inside
 * the marks belongs to the lead-in. Returns false when out of memory. */
static bool quote_goes_on(quote_state *st, const rasad_quote *q0, size_t close, size_t *resume) {
    const rasad_doc *doc = st->v->doc;
    rasad_quote q = *q0;
    for (;;) {
        if (close + 3 >= doc->ntokens)
            return true;
        uint32_t s = doc->tokens[close + 1].sentence;
        size_t sf, se, next, la, lb, comma = close + 1;
        bool direct;
        ex_sentence_tokens(doc, s, &sf, &se);
        if (se <= close + 3 || qt_participle_split(doc, close, se - 1, &next, &la, &lb, &direct) != comma)
            return true;
        q.sentence = s;
        size_t b = se - 1; /* the words to the end of the sentence */
        /* each part after a participle: "، مضيفا “...”" ends at its
         * closing mark, "، مشيرا إلى أن ..." at the sentence's end or the
         * next participle */
        for (;;) {
            /* "أن «...»": his own words in quotation marks after أن */
            if (!direct && next < se && qt_opening_quote(&doc->tokens[next])) {
                size_t c2 = qt_closing_quote(doc, next);
                if (c2 != SIZE_MAX && c2 <= b + 1) {
                    direct = true;
                    next++;
                }
            }
            size_t a = next, end_at;
            if (direct) {
                size_t c2 = qt_closing_quote(doc, next - 1);
                if (c2 == SIZE_MAX || c2 <= next || c2 > b + 1)
                    return true;
                end_at = c2 - 1;
                if (ex_word_in(doc, a, &QT_THAT) && a < end_at)
                    a++;
            } else {
                end_at = b;
            }
            while (end_at > a &&
                   (doc->tokens[end_at].kind == RASAD_TOK_PUNCT || doc->tokens[end_at].kind == RASAD_TOK_QUOTE))
                end_at--;
            if (a > end_at || doc->tokens[a].kind != RASAD_TOK_WORD)
                return true;
            q.direct = direct;
            q.start = doc->tokens[a].start;
            q.end = doc->tokens[end_at].end;
            if (la <= lb) {
                rasad_quote own;
                memset(&own, 0, sizeof own);
                qt_read_outlet(st->v, la, lb, &own);
                if (own.has_outlet) {
                    q.has_outlet = true;
                    q.outlet_start = own.outlet_start;
                    q.outlet_end = own.outlet_end;
                }
            }
            if (direct) {
                /* after the closing mark, look for the next participle */
                close = qt_closing_quote(doc, next - 1);
                *resume = close + 1;
                if (!add_quote(st, &q))
                    return false;
                break;
            }
            *resume = se;
            comma = qt_participle_split(doc, a, end_at, &next, &la, &lb, &direct);
            if (comma == SIZE_MAX)
                return add_quote(st, &q);
            q.end = doc->tokens[comma - 1].end;
            if (!add_quote(st, &q))
                return false;
        }
    }
}

/* "أعلن <speaker> عن <what>" (j is عن): the speaker is the verb's
 * subject, right after it or after a title phrase that opens the lead-in
 * ("أعلن رئيس المجلس الأوروبي دونالد توسك عن"), and عن follows the name
 * at once, after a time word ("أمس", "رسميا") or after a role set off by
 * commas ("أعلن الشيخ مال الله العبيدي، رئيس المجلس البلدي للناحية، عن").
 * A name inside the lead-in is no subject ("أعلنت إدارة النادي برئاسة
 * X عن", "أعلنت القيادة ... استشهاد X ... الدفاع عن"), and "عن أن" is
 * read as أن. */
#define ANNOUNCE_ROLE 14
EX_WORDS(ANNOUNCE_FILLERS, "رسميا", "امس", "اليوم", "ايضا");
static bool announced(const ex_view *v, size_t from, size_t j, size_t sf, size_t sl) {
    const rasad_doc *doc = v->doc;
    if (sl >= j || (j + 1 < doc->ntokens && ex_word_in(doc, j + 1, &QT_THAT)))
        return false;
    if (sf != from && !ex_stem_in(doc, from, &QT_ROLE_NOUNS) && !ex_word_in(doc, from, &QT_TITLES))
        return false;
    for (size_t k = from; k < sf; k++)
        if (doc->tokens[k].kind != RASAD_TOK_WORD)
            return false;
    bool comma_open = false;
    for (size_t k = sl + 1; k < j; k++) {
        const rasad_token *t = &doc->tokens[k];
        if (k == sl + 1 && t->kind == RASAD_TOK_PUNCT && t->norm[0] == ',') {
            comma_open = true;
            continue;
        }
        if (comma_open) {
            if (j - sl > ANNOUNCE_ROLE + 2)
                return false;
            if (k == j - 1)
                return t->kind == RASAD_TOK_PUNCT && t->norm[0] == ',';
            if (t->kind != RASAD_TOK_WORD)
                return false;
            continue;
        }
        if (!ex_word_in(doc, k, &ANNOUNCE_FILLERS) && !qt_in_date(v, k))
            return false;
    }
    return !comma_open;
}

static bool quote_at_verb(quote_state *st, size_t i, size_t *resume) {
    const ex_view *v = st->v;
    const rasad_doc *doc = v->doc;
    uint32_t s = doc->tokens[i].sentence;
    size_t first, end;
    ex_sentence_tokens(doc, s, &first, &end);
    *resume = i + 1;
    /* "نقلت صحيفة «حريت» عن <speaker> قوله إن ...": the subject of نقل
     * is the outlet, the speaker comes after عن */
    size_t from = i + 1;
    rasad_quote via;
    memset(&via, 0, sizeof via);
    if (ex_stem_in(doc, i, &RELAY_VERBS)) {
        size_t an = SIZE_MAX;
        for (size_t j = i + 1; j < end && j <= i + 10; j++) {
            if (ex_word_in(doc, j, &PREP_ABOUT)) {
                an = j;
                break;
            }
            if (doc->tokens[j].kind == RASAD_TOK_PUNCT || ex_word_in(doc, j, &QT_THAT))
                break;
        }
        if (an == SIZE_MAX || an == i + 1)
            return true;
        qt_subject_outlet(v, i + 1, an - 1, &via);
        from = an + 1;
    }
    /* بيّن is written like بين (between): keep its lead-in short */
    bool short_reach = ex_word_in(doc, i, &PREP_BETWEEN);
    size_t reach = short_reach ? 14 : SPEAKER_REACH, after = short_reach ? 12 : AFTER_SPEAKER;

    /* the speaker, and where the quoted words start */
    const tagger_entity *spk = NULL;
    size_t spk_f = SIZE_MAX, spk_l = SIZE_MAX; /* a speaker found without the tagger */
    const speaker_rec *known = NULL;
    size_t open = SIZE_MAX, that = SIZE_MAX;
    bool announce = ex_stem_in(doc, i, &ANNOUNCE_VERBS);
    for (size_t j = from; j < end && (j <= from - 1 + reach || (spk && j <= spk->tok_last + after)); j++) {
        const rasad_token *t = &doc->tokens[j];
        /* "أعلن <named person> عن <what>": the announcement is his quote
         * (a person named in the lead-in, never one carried over) */
        if (announce && j > from && (spk || spk_f != SIZE_MAX) && ex_word_in(doc, j, &PREP_ABOUT) &&
            doc->tokens[j].seg_count == 1 && announced(v, from, j, spk ? spk->tok_first : spk_f,
                                                       spk ? spk->tok_last : spk_l)) {
            that = j;
            break;
        }
        /* another speech verb starts a lead-in of its own */
        if (j > from && t->kind == RASAD_TOK_WORD && ex_stem_in(doc, j, &QT_SPEECH_VERBS) &&
            !ex_stem_in(doc, j, &WEAK_SPEECH) && !ex_word_in(doc, j, &PREP_BETWEEN) &&
            !ex_word_in(doc, j - 1, &MA) && /* "بحسب ما نقلت عنه" */
            /* "في تصريحات نقلتها وسائل الإعلام": a clause about the statement */
            !ex_stem_in(doc, j - 1, &STATEMENT_NOUNS))
            break;
        if (qt_opening_quote(t) && (j + 1 < doc->ntokens) && !(spk == NULL && qt_person_at(v, j + 1))) {
            /* a quoted name ("معهد “نيولاينز”") is not the quote: the
             * quote comes after a colon or at the end of the lead-in */
            size_t close = qt_closing_quote(doc, j);
            /* a name said before, in quotation marks as the verb's subject
             * ("وقال "توسك"، في بيان له، إن ..."): the speaker, not his words */
            size_t last;
            if (j == from && !spk && spk_f == SIZE_MAX && close != SIZE_MAX && close > j + 1 && close - j <= 3 &&
                close + 1 < end &&
                (ex_word_in(doc, close + 1, &QT_THAT) ||
                 (doc->tokens[close + 1].kind == RASAD_TOK_PUNCT && doc->tokens[close + 1].norm[0] == ',')) &&
                qt_known_name_at(st, j + 1, close - 1, &last, &known) && last == close - 1) {
                spk_f = j + 1;
                spk_l = last;
                j = close;
                continue;
            }
            /* "لـ«مكتب أخبار سوريا»", "لبرنامج «...»", "لوكالة “رويترز”": the
             * outlet's name */
            if (close != SIZE_MAX && close - j <= 8 && j > from &&
                (ex_word_in(doc, j - 1, &QT_LAM) || ex_stem_in(doc, j - 1, &QT_OUTLET_NOUNS)) &&
                !ends_sentence(doc, close + 1, end)) {
                j = close;
                continue;
            }
            if (close != SIZE_MAX && close - j <= 3 && j > from && doc->tokens[j - 1].norm[0] != ':' &&
                !ends_sentence(doc, close + 1, end)) /* the lead-in goes on */
                continue;
            open = j;
            break;
        }
        if (ex_word_in(doc, j, &QT_THAT) || (ex_word_in(doc, j, &PREP_TO) &&
                                         ex_word_in(doc, j + 1, &QT_THAT))) {
            that = ex_word_in(doc, j, &QT_THAT) ? j : j + 1;
            break;
        }
        /* a titled person after the name of a place or body in the
         * speaker's title ("مدير عام مطار الملك فهد الدولي المهندس يوسف
         * ...") is the speaker */
        if (spk && spk->tok_first > from && ex_stem_in(doc, from, &QT_ROLE_NOUNS) && j > spk->tok_last &&
            ex_word_in(doc, j, &QT_TITLES) && !ex_word_in(doc, j - 1, &PREP_WITH) && qt_person_at(v, j + 1) &&
            !qt_not_a_speaker(doc, qt_person_at(v, j + 1))) {
            spk = qt_person_at(v, j + 1);
            j = spk->tok_last;
            continue;
        }
        /* a "person" in quotation marks after an institution noun is its
         * name ("معهد “نيولاينز”"): a real name after it replaces it */
        if (spk && spk->tok_first > i + 1 && doc->tokens[spk->tok_first - 1].kind == RASAD_TOK_QUOTE &&
            ex_stem_in(doc, spk->tok_first - 2 >= i ? spk->tok_first - 2 : i, &INSTITUTIONS) && qt_person_at(v, j) &&
            qt_person_at(v, j) != spk) {
            spk = qt_person_at(v, j);
            j = spk->tok_last;
            continue;
        }
        if (!spk && spk_f == SIZE_MAX) {
            const tagger_entity *p = qt_person_at(v, j);
            if (p && qt_not_a_speaker(doc, p)) {
                j = p->tok_last;
                continue;
            }
            if (p) {
                /* "أكدت القوات الموالية لحكومة الرئيس اليمني X أنها": the
                 * body at the head of the lead-in speaks, the person only
                 * says whose it is (and a body gives no quote) */
                if (p->tok_first > from && ex_stem_in(doc, from, &BODIES) && !ex_stem_in(doc, from, &QT_ROLE_NOUNS) &&
                    !through_mouth(doc, from, p->tok_first))
                    return true;
                spk = p;
                j = p->tok_last;
                continue;
            }
            /* a name said before, right after the verb */
            size_t last;
            /* ... or after a rank ("وأكد اللواء المقدشي" after "اللواء
             * محمد المقدشي") */
            if ((j == from || (j == from + 1 && ex_word_in(doc, from, &QT_TITLES))) &&
                qt_known_name_at(st, j, end - 1, &last, &known)) {
                spk_f = j;
                spk_l = last;
                j = last;
                continue;
            }
            /* an institution as subject: not a quote */
            const rasad_entity *e = ex_entity_at(v, j);
            /* ("وقال المواطن علي الغامدي": a common noun the lexicon
             * lists as a group, then the person's name, is his title) */
            if (e && j == from && (e->kind == RASAD_ENT_ACTOR || e->kind == RASAD_ENT_SOURCE) &&
                !ex_has_proclitic(doc, j, "ل") && !ex_stem_in(doc, j, &QT_ROLE_NOUNS) &&
                !(e->tok_first == e->tok_last && qt_definite(doc, j) && qt_person_at(v, j + 1))) {
                /* and "وأشار إلى أن" after it goes on with the institution */
                st->has_last = false;
                return true;
            }
        }
    }
    if (open == SIZE_MAX && that == SIZE_MAX)
        return true;
    if (spk) {
        spk_f = spk->tok_first;
        spk_l = spk->tok_last;
        /* "التركي أحمد داود أوغلو": the nationality belongs to the title
         * before it */
        if (spk_l >= spk_f + 2 && spk_f > i + 1 && qt_definite(doc, spk_f) && qt_nisba(doc, spk_f))
            spk_f++;
        /* a title with ال the tagger took into the name ("المحامي عماد
         * الشمري"): the name starts after it */
        while (spk_l > spk_f && qt_definite(doc, spk_f) &&
               (ex_stem_in(doc, spk_f, &QT_ROLE_NOUNS) || ex_word_in(doc, spk_f, &QT_TITLES)) &&
               qt_name_word(v, spk_f + 1, false))
            spk_f++;
        /* the tagger may take part of a name the lexicon lists whole
         * ("عبد الرحمن" of "رامي عبد الرحمن") */
        const rasad_entity *e = ex_entity_at(v, spk_f);
        if (e && e->tok_first < spk_f && e->tok_first > i && e->tok_last <= spk_l && !qt_definite(doc, e->tok_first) &&
            (e->kind == RASAD_ENT_ACTOR || e->kind == RASAD_ENT_SOURCE) &&
            !ex_stem_in(doc, e->tok_first, &QT_ROLE_NOUNS))
            spk_f = e->tok_first;
        /* ... or leave the first name at the end of the title ("الناطق
         * باسم وزارة الزراعة الأردنية نمر حدادين", "سفير مصر في الجزائر
         * عمر أبو العيش") */
        if (spk_l <= spk_f + 1 && spk_f >= i + 3 && first_name_before(v, spk_f))
            spk_f--;
    }
    /* يرى، اعتبر، شدد give a view even with quotation marks */
    if ((open == SIZE_MAX && ex_stem_in(doc, i, &WEAK_SPEECH)) || ex_stem_in(doc, i, &VIEW_VERBS)) {
        /* "ويرى الباحث X أن ...": a view, not a quote, but X is now the
         * one speaking ("وتوقع في تصريح لفرانس برس “...”" is X's) */
        if (spk_f != SIZE_MAX && spk_f > i) {
            st->has_last = true;
            st->last_sentence = s;
            st->last_speaker_start = doc->tokens[spk_f].start;
            st->last_speaker_end = doc->tokens[spk_l].end;
            st->last_role = st->last_affil = st->last_outlet = false;
        }
        return true;
    }
    /* a person just before the verb (SVO) */
    if (spk_f == SIZE_MAX && i > first) {
        const tagger_entity *p = ex_ner_at(v, i - 1);
        if (p && p->type == TG_PER) {
            spk_f = p->tok_first;
            spk_l = p->tok_last;
        }
    }
    rasad_quote q;
    memset(&q, 0, sizeof q);
    q.sentence = s;
    size_t lead_end = (open != SIZE_MAX ? open : that) - 1;
    const speaker_rec *titled = NULL;
    bool bare = spk_f == SIZE_MAX && from == i + 1 && qt_bare_lead_in(v, i + 1, lead_end);
    /* a lead-in that names nobody may follow a subject said before the
     * verb ("وكان مسؤول في الإدارة المحلية ذكر أن"): that subject speaks,
     * not the last speaker */
    size_t svo_rf = 1, svo_rl = 0;
    bool svo = false;
    if (bare) {
        size_t nf, nl;
        qt_subject subj = qt_subject_before(v, first, i, &nf, &nl, &svo_rf, &svo_rl);
        if (subj == QT_SUBJ_OTHER && !(titled = qt_titled_speaker(st, nf, nl, s)))
            return true; /* an outlet, an institution, an unnamed official */
        if (subj == QT_SUBJ_PERSON) {
            spk_f = nf;
            spk_l = nl;
            svo = true;
        }
        bare = subj == QT_SUBJ_NONE;
    }
    if (spk_f == SIZE_MAX && !bare && !titled && !ex_stem_in(doc, i, &WEAK_SPEECH)) {
        titled = qt_titled_speaker(st, from, lead_end, s);
        if (!titled && lead_end >= from &&
            (qt_pattern_name(v, from, lead_end, false, false, &spk_f, &spk_l) ||
             (open != SIZE_MAX && qt_pattern_name(v, from, lead_end, false, true, &spk_f, &spk_l)))) {
            /* found in the lead-in */
        }
    }
    /* a tagged surname of an earlier speaker is that speaker */
    for (size_t k = st->nspk; spk_f != SIZE_MAX && !known && k-- > 0;) {
        const speaker_rec *r = &st->spk[k];
        if (r->tl < spk_f && r->tl > r->tf && spk_l - spk_f < r->tl - r->tf &&
            qt_suffix_match(doc, spk_f, spk_l, r->tf, r->tl) == spk_l - spk_f + 1)
            known = r;
    }
    /* the same one-word name (not a short, common one) as an earlier
     * speaker who named an outlet: "وقال داود" after "... داود ... في حديث
     * لـ«الشرق الأوسط»" still speaks to that outlet. Only the outlet: a
     * one-word record's role is too often a misreading to pass on. */
    const speaker_rec *again = NULL;
    for (size_t k = st->nspk; spk_f != SIZE_MAX && spk_l == spk_f && !known && !again && k-- > 0;) {
        const speaker_rec *r = &st->spk[k];
        if (r->tl < spk_f && r->tl == r->tf && r->q.has_outlet && qt_same_long_name(doc, spk_f, r->tf))
            again = r;
    }
    if (spk_f != SIZE_MAX) {
        q.speaker_start = doc->tokens[spk_f].start;
        q.speaker_end = doc->tokens[spk_l].end;
        if (spk_f >= from)
            qt_read_context(v, from, lead_end, spk_f, spk_l, &q);
        else
            qt_read_context(v, from, lead_end, from, from - 1, &q);
        /* a subject before the verb: his title is said with him, the
         * words after the verb give the outlet only ("قال يوم أمس") */
        if (svo) {
            rasad_quote own;
            memset(&own, 0, sizeof own);
            if (svo_rf <= svo_rl)
                qt_read_context(v, svo_rf, svo_rl, svo_rl + 1, svo_rl, &own);
            q.has_role = own.has_role;
            q.role_start = own.role_start;
            q.role_end = own.role_end;
            q.has_affiliation = own.has_affiliation;
            q.affiliation_start = own.affiliation_start;
            q.affiliation_end = own.affiliation_end;
        }
        if (via.has_outlet) {
            q.has_outlet = true;
            q.outlet_start = via.outlet_start;
            q.outlet_end = via.outlet_end;
        }
        /* a surname alone: the outlet and role said with the full name */
        const speaker_rec *said = known ? known : again;
        if (said && !q.has_outlet && said->q.has_outlet) {
            q.has_outlet = true;
            q.outlet_start = said->q.outlet_start;
            q.outlet_end = said->q.outlet_end;
        }
        if (known && !q.has_role && known->q.has_role) {
            q.has_role = true;
            q.role_start = known->q.role_start;
            q.role_end = known->q.role_end;
            q.has_affiliation = known->q.has_affiliation;
            q.affiliation_start = known->q.affiliation_start;
            q.affiliation_end = known->q.affiliation_end;
        }
    } else if (titled) {
        q.speaker_start = titled->q.speaker_start;
        q.speaker_end = titled->q.speaker_end;
        q.has_role = titled->q.has_role;
        q.role_start = titled->q.role_start;
        q.role_end = titled->q.role_end;
        q.has_affiliation = titled->q.has_affiliation;
        q.affiliation_start = titled->q.affiliation_start;
        q.affiliation_end = titled->q.affiliation_end;
        rasad_quote own;
        memset(&own, 0, sizeof own);
        qt_read_context(v, i + 1, lead_end, i + 1, i, &own);
        q.has_outlet = own.has_outlet;
        q.outlet_start = own.outlet_start;
        q.outlet_end = own.outlet_end;
    } else if (bare && st->has_mention &&
               (s == st->mention_sentence + 1 ||
                (s == st->mention_sentence && st->mention_sure && st->mention_l < i)) &&
               (!st->has_last || st->last_sentence < st->mention_sentence)) {
        /* (in the same sentence: "وأدان <title> <name> ... الهجمات، وأضاف
         * أنه ...") */
        q.speaker_start = doc->tokens[st->mention_f].start;
        q.speaker_end = doc->tokens[st->mention_l].end;
        qt_read_context(v, i + 1, lead_end, i + 1, i, &q);
        q.has_role = q.has_affiliation = false;
        /* the outlet said after him in the same sentence ("... بريت
         * مكجيرك، على تويتر، الهجمات ...، وأضاف أنه") */
        if (!q.has_outlet && s == st->mention_sentence && st->mention_l + 1 < i)
            qt_read_outlet(v, st->mention_l + 1, i - 1, &q);
    } else if (st->has_last && s <= st->last_sentence + 2 && bare) {
        q.speaker_start = st->last_speaker_start;
        q.speaker_end = st->last_speaker_end;
        q.has_role = st->last_role;
        q.role_start = st->last_role_s;
        q.role_end = st->last_role_e;
        q.has_affiliation = st->last_affil;
        q.affiliation_start = st->last_affil_s;
        q.affiliation_end = st->last_affil_e;
        rasad_quote own;
        memset(&own, 0, sizeof own);
        qt_read_context(v, i + 1, lead_end, i + 1, i, &own);
        q.has_outlet = own.has_outlet || st->last_outlet;
        q.outlet_start = own.has_outlet ? own.outlet_start : st->last_outlet_s;
        q.outlet_end = own.has_outlet ? own.outlet_end : st->last_outlet_e;
    } else {
        return true; /* no named speaker */
    }
    if (open != SIZE_MAX) {
        size_t close = qt_closing_quote(doc, open);
        if (close == open + 1)
            return true;
        /* a mark never closed ("قال X: “علينا ..." to the end of the
         * article): the words end with their sentence */
        bool unclosed = close == SIZE_MAX;
        if (unclosed) {
            size_t sf, se;
            ex_sentence_tokens(doc, doc->tokens[open].sentence, &sf, &se);
            if (se <= open + 1)
                return true;
            close = se; /* one past the words, like a closing mark */
        }
        size_t a = open + 1, b = close - 1;
        /* a straight quote left open: the next " opens the next quote
         * ("... للتنظيم. وأضاف رئيس الحكومة "لكننا ..."); the words end
         * with their sentence */
        size_t resume_at = unclosed ? close : close + 1;
        if (!unclosed && strcmp(doc->tokens[open].norm, "\"") == 0 && qt_opens_words(doc, close) &&
            doc->tokens[close].sentence != doc->tokens[open].sentence) {
            size_t sf, se;
            ex_sentence_tokens(doc, doc->tokens[open].sentence, &sf, &se);
            if (se <= a)
                return true;
            b = se - 1;
            resume_at = se;
        }
        /* a stop just inside the closing mark is not part of the words */
        while (b > a && doc->tokens[b].kind == RASAD_TOK_PUNCT && strchr(".,", doc->tokens[b].norm[0]))
            b--;
        q.direct = true;
        q.start = doc->tokens[a].start;
        q.end = doc->tokens[b].end;
        *resume = resume_at;
        if (!unclosed && resume_at == close + 1) {
            if (!add_quote(st, &q))
                return false;
            return quote_goes_on(st, &q, close, resume);
        }
    } else {
        size_t a = that + 1, b = end - 1;
        if (a >= end)
            return true;
        while (b > a && (doc->tokens[b].kind == RASAD_TOK_PUNCT || doc->tokens[b].kind == RASAD_TOK_QUOTE))
            b--;
        q.direct = false;
        /* قال إن "..." : the words after إن in quotation marks are his own
         * words, a direct quote without its marks */
        if (qt_opening_quote(&doc->tokens[a]) && a < b) {
            size_t close = qt_closing_quote(doc, a);
            if (close != SIZE_MAX && close > b && close < end) {
                a++;
                q.direct = true;
            }
        }
        q.start = doc->tokens[a].start;
        q.end = doc->tokens[b].end;
        *resume = end;
        size_t next, comma, la, lb;
        bool direct;
        while ((comma = qt_participle_split(doc, a, b, &next, &la, &lb, &direct)) != SIZE_MAX) {
            rasad_quote part = q;
            size_t pb = comma - 1;
            part.end = doc->tokens[pb].end;
            if (!add_quote(st, &part))
                return false;
            a = next;
            q.start = doc->tokens[a].start;
            q.direct = direct;
            if (la <= lb) {
                rasad_quote own;
                memset(&own, 0, sizeof own);
                qt_read_outlet(v, la, lb, &own);
                if (own.has_outlet) {
                    q.has_outlet = true;
                    q.outlet_start = own.outlet_start;
                    q.outlet_end = own.outlet_end;
                }
            }
        }
    }
    return add_quote(st, &q);
}

/* "بينهم" (among them) is not the verb بيّن: the verb takes no pronoun
 * suffix here */
static bool between(const rasad_doc *doc, size_t i) {
    return ex_stem_in(doc, i, &PREP_BETWEEN) && ex_enclitic(doc, i) != NULL;
}

/* ", مؤكدا أن ...", ", مجددا التأكيد على أن «...»" after a clause whose
 * subject is the titled person the sentence is about ("نفى <name> -<title>-
 * توقف الحملة، مجددا التأكيد على أن ..."): his quote. i is the comma.
 * Returns false when out of memory. */
static bool subject_goes_on(quote_state *st, size_t i, size_t *resume) {
    const rasad_doc *doc = st->v->doc;
    uint32_t s = doc->tokens[i].sentence;
    if (i == 0 || !st->has_mention || !st->mention_sure || st->mention_sentence != s || st->mention_l >= i - 1 ||
        (st->has_last && st->last_sentence >= s))
        return true;
    rasad_quote q;
    memset(&q, 0, sizeof q);
    q.sentence = s;
    q.speaker_start = doc->tokens[st->mention_f].start;
    q.speaker_end = doc->tokens[st->mention_l].end;
    return quote_goes_on(st, &q, i - 1, resume);
}

/* "واختتم شترايتر تصريحاته بالقول إن ...", "وختم X كلمته بالقول: «...»":
 * the words after بالقول are said by the subject of the sentence's first
 * verb, a person named right after it (a tagger person of two words or
 * more, or a speaker met before), with at most a few words (his statement, his speech) between
 * him and بالقول. i is بالقول; the quote is read from the first verb. */
#define SAYING_GAP 3
EX_WORDS(BY_SAYING, "بالقول");
static bool quote_by_saying(quote_state *st, size_t i, size_t *resume) {
    const ex_view *v = st->v;
    const rasad_doc *doc = v->doc;
    size_t first, end;
    ex_sentence_tokens(doc, doc->tokens[i].sentence, &first, &end);
    if (i + 1 >= end || first + 2 >= i || doc->tokens[first].kind != RASAD_TOK_WORD || qt_definite(doc, first))
        return true;
    const rasad_token *t = &doc->tokens[i + 1];
    if (!ex_word_in(doc, i + 1, &QT_THAT) && !qt_opening_quote(t) && !(t->kind == RASAD_TOK_PUNCT && t->norm[0] == ':'))
        return true;
    size_t last;
    const speaker_rec *rec;
    const tagger_entity *p = qt_person_at(v, first + 1);
    if (p && !qt_not_a_speaker(doc, p) && p->tok_last > p->tok_first) /* (a one-word "person": "فتوجه بداية") */
        last = p->tok_last;
    else if (!qt_known_name_at(st, first + 1, i - 1, &last, &rec) || !rec)
        return true;
    if (last >= i || i - last - 1 > SAYING_GAP)
        return true;
    for (size_t k = last + 1; k < i; k++)
        if (doc->tokens[k].kind != RASAD_TOK_WORD)
            return true;
    return quote_at_verb(st, first, resume);
}

rasad_status ex_quotes(const ex_view *v, rasad_quote **out, size_t *n) {
    quote_state st;
    memset(&st, 0, sizeof st);
    st.v = v;
    const rasad_doc *doc = v->doc;
    uint32_t seen = UINT32_MAX;
    for (size_t i = 0; i < doc->ntokens;) {
        size_t next = i + 1;
        if (doc->tokens[i].sentence != seen) {
            seen = doc->tokens[i].sentence;
            qt_note_subject(&st, seen);
        }
        if (doc->tokens[i].kind == RASAD_TOK_WORD && ex_stem_in(doc, i, &QT_SPEECH_VERBS) && !between(doc, i) &&
            !ex_has_proclitic(doc, i, "ب") && !ex_has_proclitic(doc, i, "ال") && !qt_definite(doc, i)) {
            if (!quote_at_verb(&st, i, &next))
                return RASAD_ENOMEM;
        } else if (doc->tokens[i].kind == RASAD_TOK_WORD && ex_word_in(doc, i, &BY_SAYING)) {
            if (!quote_by_saying(&st, i, &next))
                return RASAD_ENOMEM;
        } else if (doc->tokens[i].kind == RASAD_TOK_PUNCT && doc->tokens[i].norm[0] == ',' && st.has_mention &&
                   st.mention_sentence == seen) {
            if (!subject_goes_on(&st, i, &next))
                return RASAD_ENOMEM;
        }
        i = next > i ? next : i + 1;
    }
    *out = st.items;
    *n = st.n;
    return RASAD_OK;
}
