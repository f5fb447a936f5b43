/* SPDX-License-Identifier: MIT
 *
 * event_date.c - stage 4, event frames: when it happened. The date of the
 * sentence nearest the trigger (or a finer one just past it, inside its
 * range), else the week before the published date (the text says nothing
 * more precise). An incident told as done cannot
 * begin after the paper came out: a date that does belongs to something
 * else in the sentence (a plan, a deadline, "يوما بعد يوم").
 */
#include <stdint.h>
#include <string.h>

#include "extract/extract.h"
#include "knowledge/lexicon.h"
#include "extract/events.h"
#include "mentions/date_calendar.h"
#include "mentions/date_words.h"

#define REFINE_REACH 8 /* tokens past the nearest date where a finer one inside it may stand */
#define SAME_DAY_BACK 3 /* sentences back where the day "اليوم نفسه" names may be told */

/* "وفي اليوم نفسه قتل جندي تركي": the day of the last date told
 * before, a sentence or three back (mentions/dates.c reads no date in
 * the words). */
EX_WORDS(THE_DAY, "اليوم");
static const rasad_date *same_day(const ex_view *v, size_t sent_first, size_t sent_end) {
    const rasad_doc *doc = v->doc;
    bool same = false;
    for (size_t i = sent_first; i < sent_end && !same; i++)
        same = ex_word_in(doc, i, &THE_DAY) &&
               ((i + 1 < sent_end && dw_same_day_mark(doc->tokens[i + 1].norm, true)) ||
                (i > sent_first && dw_same_day_mark(doc->tokens[i - 1].norm, false)));
    if (!same)
        return NULL;
    uint32_t s = doc->tokens[sent_first].sentence;
    for (size_t k = ex_date_from(v, sent_first); k-- > 0;) {
        const rasad_date *d = &v->dates[k];
        if (d->tok_first >= sent_first)
            continue;
        if (doc->tokens[d->tok_first].sentence + SAME_DAY_BACK < s)
            break;
        /* (the last date told, a day or a week: a month or a year
         * names no day) */
        if (d->resolved)
            return d->precision == RASAD_PREC_DAY || d->precision == RASAD_PREC_WEEK ? d : NULL;
    }
    return NULL;
}

/* Does date d date a statement: right after a word of saying or a
 * statement's noun ("أكد ... في بيان السبت", "وقال أمس"), or right before
 * the إن / أن that opens what was said ("قال الجيش الأمريكي أمس الجمعة إن
 * غارة ...")? */
EX_WORDS(STATEMENT_NOUNS, "بيان", "بيانا", "تصريح", "تصريحات", "مؤتمر", "بلاغ", "رساله");
EX_WORDS(THAT, "ان", "بان");
EX_WORDS(PUBLISHED, "نشره", "نشرته", "نشروه", "اصدره", "اصدرته", "اصدروه", "بثه", "بثته", "وزعه", "وزعته");
static bool dates_statement(const ex_view *v, const rasad_date *d, size_t sent_first, size_t sent_end) {
    const rasad_doc *doc = v->doc;
    size_t after = d->tok_last + 1;
    if (after < sent_end && doc->tokens[after].kind == RASAD_TOK_PUNCT)
        after++;
    if (after < sent_end && ex_word_in(doc, after, &THAT))
        return true;
    size_t before = d->tok_first;
    /* (past a weekday before it: "في بيان السبت 25 يوليو") */
    while (before > sent_first && v->in_date[before - 1])
        before--;
    if (before <= sent_first)
        return false;
    before--;
    /* "في بيان نشره أمس الأول": published, the statement's day */
    if (before > sent_first && ex_stem_in(doc, before, &PUBLISHED) && ex_stem_in(doc, before - 1, &STATEMENT_NOUNS))
        return true;
    return ex_stem_in(doc, before, &STATEMENT_NOUNS) || ex_attr_cue(doc, before);
}

/* "قال الجيش الأمريكي يوم امس السبت إن ... 23 غارة جوية يوم الجمعة": a
 * statement's day gives way to an earlier day told after it near the act
 * at tok, in its clause (not past "فيما نشرت صحف ... قتل في 22 أبريل"). */
#define ACT_DAY_REACH 12 /* tokens between the act and its own day */
EX_WORDS(OTHER_CLAUSE, "فيما", "بينما", "كما", "حيث", "وكان", "وكانت");
static bool earlier_day_told(const ex_view *v, const rasad_date *d, size_t tok, size_t sent_end) {
    if (!d->resolved || tok <= d->tok_last)
        return false;
    for (size_t i = ex_date_from(v, d->tok_last + 1), in = ex_date_to(v, sent_end); i < in; i++) {
        const rasad_date *o = &v->dates[i];
        if (o->tok_first <= d->tok_last || o->tok_last >= sent_end || !o->resolved ||
            o->precision != RASAD_PREC_DAY || cal_days_ymd(o->last) >= cal_days_ymd(d->first))
            continue;
        size_t a = o->tok_first < tok ? o->tok_last + 1 : tok + 1, b = o->tok_first < tok ? tok : o->tok_first;
        if (b > a + ACT_DAY_REACH)
            continue;
        bool apart = false;
        for (size_t k = a; k < b && !apart; k++)
            apart = ex_is_boundary(v->doc, k) || ex_word_in(v->doc, k, &OTHER_CLAUSE);
        if (!apart)
            return true;
    }
    return false;
}

/* "منذ حزيران 2014", "منذ 1984": a period since a point more than a month
 * back dates a campaign or a state, not an incident told beside it (since
 * this morning may: "الاشتباكات مستمرة منذ صباح اليوم"). */
#define SINCE_LONG_DAYS 31
static bool long_since(const ex_view *v, const rasad_date *d) {
    const rasad_doc *doc = v->doc;
    bool since = ex_word_in(doc, d->tok_first, &PREP_SINCE) ||
                 (d->tok_first > 0 && ex_word_in(doc, d->tok_first - 1, &PREP_SINCE));
    return since && d->resolved && cal_days_ymd(d->last) - cal_days_ymd(d->first) > SINCE_LONG_DAYS;
}

/* "أعنف قتال وقع منذ شهر", "الأسوأ من نوعه خلال العام الجاري", "أحدث
 * هجوم منذ الإطاحة بالرئيس في يوليو 2013": a date of a comparison (a
 * superlative before the منذ or خلال that leads to it, in one clause)
 * bounds the acts compared, not the act told. */
#define COMPARED_REACH 6 /* tokens from منذ or خلال to the date */
EX_WORDS(OVER_PERIOD, "منذ", "خلال");
static bool compared_since(const ex_view *v, const rasad_date *d, size_t sent_first) {
    const rasad_doc *doc = v->doc;
    for (size_t k = d->tok_first + 1; k-- > sent_first && d->tok_first - k <= COMPARED_REACH;) {
        if (ex_is_boundary(doc, k))
            return false;
        if (ex_stem_in(doc, k, &OVER_PERIOD))
            return ev_record_before(doc, k, sent_first);
    }
    return false;
}

bool ev_find_date(const ex_view *v, const trig *t, size_t sent_first, size_t sent_end, rasad_event *ev,
                  bool *said) {
    const rasad_doc *doc = v->doc;
    const rasad_date *best = NULL;
    size_t best_dist = SIZE_MAX;
    bool pub = doc->opts.published.year != 0;
    int64_t pub_day = pub ? cal_days_ymd(doc->opts.published) : 0;
    /* a date that dates a statement ("في بيان السبت 25 يوليو قصف
     * الطيران ... الليلة الماضية") dates the act only when the act has
     * none of its own in the sentence */
    bool said_best = false;
    *said = false;
    /* a statement made earlier gives way to a day the sentence names in
     * full ("في بيان نشره أمس الأول الهجوم الذي استهدف دورية يوم 17 يوليو
     * 2015") */
    bool full_day = false;
    for (size_t i = ex_date_from(v, sent_first), in = ex_date_to(v, sent_end); i < in && !full_day; i++)
        full_day = v->dates[i].tok_first >= sent_first && v->dates[i].tok_last < sent_end && v->dates[i].resolved &&
                   !v->dates[i].relative && v->dates[i].precision == RASAD_PREC_DAY &&
                   !(pub && cal_days_ymd(v->dates[i].first) > pub_day);
    for (size_t i = ex_date_from(v, sent_first), in = ex_date_to(v, sent_end); i < in; i++) {
        const rasad_date *d = &v->dates[i];
        if (d->tok_first < sent_first || d->tok_last >= sent_end)
            continue;
        if (pub && d->resolved && cal_days_ymd(d->first) > pub_day)
            continue;
        if (long_since(v, d) || compared_since(v, d, sent_first) || ev_birth_date(doc, d))
            continue;
        size_t tok = t->e->tok_first;
        size_t dist = d->tok_first > tok ? d->tok_first - tok : tok - d->tok_last;
        /* (only a statement of the paper's day: the words of one made
         * earlier count their days from it, "وقال مساء الخميس إن
         * الاشتباكات ... منذ صباح اليوم") */
        bool stated = dates_statement(v, d, sent_first, sent_end) && d->tok_last < tok;
        bool gives_way = stated && ((pub && d->resolved && cal_days_ymd(d->first) == pub_day) ||
                                    (full_day && d->relative) || earlier_day_told(v, d, tok, sent_end));
        if (best && gives_way && !said_best)
            continue;
        if (dist < best_dist || (said_best && !gives_way)) {
            best = d;
            best_dist = dist;
            said_best = gives_way;
            *said = stated;
        }
    }
    /* "خلال صلاة الجمعة في شهر رمضان المبارك في 26 يونيو الماضي": a
     * finer date a few words on, inside the nearest one's range, refines it */
    for (size_t i = ex_date_from(v, sent_first), in = ex_date_to(v, sent_end); best && i < in; i++) {
        const rasad_date *d = &v->dates[i];
        if (d == best || d->tok_first < sent_first || d->tok_last >= sent_end || !d->resolved || !best->resolved ||
            d->precision >= best->precision)
            continue;
        size_t tok = t->e->tok_first;
        size_t dist = d->tok_first > tok ? d->tok_first - tok : tok - d->tok_last;
        if (dist <= best_dist + REFINE_REACH && cal_days_ymd(d->first) >= cal_days_ymd(best->first) &&
            cal_days_ymd(d->last) <= cal_days_ymd(best->last) && !(pub && cal_days_ymd(d->first) > pub_day)) {
            best = d;
            *said = false;
        }
    }
    if (!best)
        best = same_day(v, sent_first, sent_end);
    if (best) {
        ev->has_date = true;
        ev->date = *best;
        return true;
    }
    ev->has_date = ex_published_window(doc, 7, &ev->date);
    return false;
}
