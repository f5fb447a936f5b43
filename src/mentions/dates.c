/* SPDX-License-Identifier: MIT
 *
 * dates.c - date expressions (stage 2, mentions): finds the dates of an
 * article in its tokens and resolves each to a calendar range
 * (SCHEMA.md Date), relative ones against the published date.
 *
 * The scanner walks the tokens left to right. At each token it tries the
 * rules below in order and takes the first that matches; a match never
 * crosses a sentence and the scan resumes after it, so the dates come out
 * in text order and never overlap. Words are looked up in date_words.c by
 * their matching form, also with a leading و/ف and then ب/ل/ك (and لل ->
 * ال) taken off, so the scanner does not depend on the clitic splitter.
 *
 * Rules (published = P; "relative" = needs P, unresolved without it):
 *  - digits: 26/1/2022, 26-01-2022, 2022/1/26, 26.01.2022 (day first when
 *    the year is last); followed by هـ they are Hijri.
 *  - day + month [+ year]: "26 يناير 2022", "الـ20 من الشهر الجاري",
 *    "السادس والعشرين من كانون الثاني", "1 رمضان 1443 هـ". Paired month
 *    names are one expression: "مارس/آذار 2019", "آذار (مارس) 2019".
 *  - month [+ year]: the month's first to last day, precision month.
 *  - a day or month without a year is relative: with "الماضي" it is the
 *    latest one before P (a month: before P's month), with "المقبل" the
 *    next one after, with "الجاري" in P's year; with nothing, the one
 *    nearest to P, a future one counting double ("في مارس" on 27 January
 *    is March of the same year, "في يونيو" June of the year before).
 *  - weekdays: "الخميس" alone is the latest Thursday on or before P (P
 *    itself when P is a Thursday); "الخميس الماضي" the latest strictly
 *    before P; "الخميس المقبل/القادم" the next strictly after. "ليل/ليلة
 *    X" (X a weekday or أمس ...) is the night after day X, X to X+1, as
 *    the gold annotation (../shared/gold) reads "ليل الجمعة"; "الليلة
 *    الماضية" is P - 1, "الليلة قبل الماضية" P - 2 ("الجمعة قبل الماضي" the
 *    Friday a week before "الجمعة الماضي"). A weekday followed by
 *    a full date ("الخميس 27 يناير 2022") takes that date.
 *  - اليوم / أمس / أول أمس / أمس الأول / غداً / بعد غد, with an optional
 *    time of day before (فجر اليوم, مساء أمس) and a weekday after (أمس
 *    الأربعاء): the weekday wins where P disagrees (a late edition or a
 *    crawl's date), the latest such weekday on or before P + offset, or
 *    the day after it when the weekday is that day's (an edition put
 *    online the evening before). "اليوم" followed by a definite word ("اليوم التالي", "اليوم الثالث")
 *    is not today, nor is the paper («اليوم», عين اليوم, صحيفة اليوم),
 *    nor "اليوم نفسه" / "نفس اليوم" (the day told before).
 *  - the day the article was written: when all of its relative days with
 *    a weekday agree on a day 1-3 days before P (or the day after it),
 *    every relative word counts from that day instead of P
 *    (find_written_day).
 *  - قبل/منذ/بعد + N + unit ("قبل ثلاثة أيام", "منذ يومين", "قبل أسبوعين")
 *    counts from P; precision of the unit. Not when followed by من/على
 *    ("قبل يومين من الهجوم" counts from the attack, not from P).
 *  - الأسبوع/الشهر/العام الماضي/الجاري/المقبل and هذا الأسبوع ...: weeks
 *    run Sunday to Saturday (الأحد is "the first" day); in a paper of a
 *    Sunday this week is the seven days up to P.
 *  - year: "عام 2019", "العام 2019", "سنة 2019", "2019م", "1443 هـ" (the
 *    Gregorian days of that Hijri year), and a bare 19xx/20xx after في,
 *    منذ, حتى, خلال ... when no indefinite noun follows it ("في 2000
 *    منزل" is a count, not a year).
 *  - start/middle/end (مطلع، بداية، أوائل / منتصف، أواسط / أواخر، نهاية)
 *    of a year: January-March, June-July, October-December (precision
 *    quarter); of a month: days 1-10, 10-20, 21-end (precision month, as
 *    in the gold annotation). "الأسبوع الأخير من حزيران": the last seven
 *    days (الأول .. الرابع: days 1-7 .. 22-28), precision week.
 *  - ranges: "من أيلول إلى كانون الثاني الماضيين", "بين أيلول، وكانون
 *    الثاني": one expression from the first's start to the second's end;
 *    a first month later than the second is taken from the year before.
 *    A bare day before a day of a month ("بين 1 و3 يونيو", "من 5 إلى 7
 *    يوليو") starts the range on that day of the second's month.
 *  - windows back from P: "الأيام الماضية/الأخيرة/القليلة الماضية" P - 7
 *    to P (precision week), "اليومين الماضيين" P - 2 to P, "الساعات
 *    الماضية" P - 1 to P, "الأسبوعين الماضيين" P - 14 to P (day, week).
 *  - منذ + a date ("منذ أبريل الماضي", "منذ عام 1984") runs from that
 *    date to P, relative; without P the date after منذ stands alone.
 *  - seasons of a year: spring March-May, summer June-August, autumn
 *    September-November, winter December of the year before to February
 *    (precision quarter). "الربع الأول من 2020", "النصف الثاني من العام
 *    الماضي" (precision quarter).
 *  - Hijri dates use the tabular calendar (hijri.h): they may be a day or
 *    two from the sighted month. A Hijri day named with its weekday ("يوم
 *    الأحد الثالث من شوال 1436") is moved up to two days to that weekday.
 *    A year of 1300..1500 without a mark ("عام 1437", "9/10/1436") is
 *    Hijri: no Gregorian year that old appears with a day in the news.
 * Not dates: a day and month with no year after the head of a name
 * ("ثورة 25 يناير", "قوى 14 آذار", "قصر 22 مايو", "شارع 26 يوليو"); a
 * bare number; عام without a year ("المدعي العام", "بشكل
 * عام"); يوم alone; a weak month name alone (date_words.c); آب and صفر
 * alone even after a preposition.
 */
#include <string.h>

#include "mentions/date_calendar.h"
#include "mentions/date_words.h"
#include "mentions/hijri.h"
#include "mentions/mentions.h"
#include "text/normalize.h"
#include "util/grow.h"
#include "util/strhash.h"
#include "util/utf8.h"

#define DT_MAXENT 8

/* What the scanner knows about one token. */
typedef struct dtok {
    const dw_entry *ent[DT_MAXENT]; /* lexicon entries of the word */
    uint8_t nent;
    bool prep;     /* matched only after taking off ب/ل/ك */
    uint8_t strip; /* leading clitic letters to leave out of a span starting here */
    bool al;       /* "ال" glued to the digits: الـ20 */
    bool word;     /* an Arabic word */
    bool definite; /* the word starts with ال (after و/ف) */
    uint8_t ndig;  /* digits of a plain number token, 0 when not one */
    uint8_t mark;  /* calendar mark glued to the digits: 1 هـ, 2 م */
    int num;       /* value of a plain number token, else -1 */
} dtok;

typedef struct scan {
    rasad_doc *doc;
    dtok *t;
    size_t n;
    size_t lim;    /* end of the current sentence (token index) */
    bool has_pub;
    int64_t pub;   /* published, as a day number */
    rasad_ymd pd;  /* published */
    int phy, phm, phd; /* published in the Hijri calendar */
} scan;

/* A resolved (or unresolvable) expression. */
typedef struct dval {
    int64_t a, b;  /* first and last day numbers */
    uint8_t prec;  /* rasad_precision */
    bool rel;      /* depends on the published date */
    bool unres;    /* relative and no published date */
    bool hijri;    /* a Hijri day: may be a day or two off the sighted one */
    bool weekday;  /* a relative day with its weekday named (اليوم الاثنين) */
    int moved;     /* days that weekday moved it back from P (-1: a day on) */
} dval;

enum { CAL_G = 1, CAL_H = 2 };

const char *rasad_precision_name(rasad_precision p) {
    switch (p) {
    case RASAD_PREC_DAY: return "day";
    case RASAD_PREC_WEEK: return "week";
    case RASAD_PREC_MONTH: return "month";
    case RASAD_PREC_QUARTER: return "quarter";
    case RASAD_PREC_YEAR: return "year";
    }
    return "day";
}

/* ---- token features ------------------------------------------------ */

/* ARABIC LETTER WAW U+0648, FEH U+0641, BEH U+0628, LAM U+0644, KAF U+0643
 * and ALEF U+0627, each two bytes in UTF-8. */
static const char WAW[] = "\xd9\x88", FEH[] = "\xd9\x81", BEH[] = "\xd8\xa8", LAM[] = "\xd9\x84",
                  KAF[] = "\xd9\x83", ALEF[] = "\xd8\xa7";

static bool has_prefix(const char *s, size_t len, const char *p) {
    return len >= 2 && memcmp(s, p, 2) == 0;
}

static void feat_word(dtok *d, const char *s, size_t len) {
    const dw_entry **out = d->ent;
    /* hs[k]: the backward hash of s[2k..len); the forms looked up below
     * start at byte 0, 2 or 4 */
    uint32_t hs[3];
    size_t top = len < 4 ? len & ~(size_t)1 : 4;
    hs[top / 2] = strhash_back(STRHASH_SEED, s + top, len - top);
    for (size_t k = top; k > 0; k -= 2)
        hs[k / 2 - 1] = strhash_back(hs[k / 2], s + k - 2, 2);
    size_t n = dw_lookup_h(s, len, hs[0], out, 0, DT_MAXENT);
    const char *w = s;
    size_t wl = len;
    uint8_t strip = 0;
    /* conjunction و / ف, then a preposition ب / ل / ك */
    if ((has_prefix(w, wl, WAW) || has_prefix(w, wl, FEH)) && wl > 4) {
        w += 2;
        wl -= 2;
        strip = 1;
        size_t had = n;
        n = dw_lookup_h(w, wl, hs[1], out, n, DT_MAXENT);
        if (had == 0 && n > 0)
            d->strip = strip;
    }
    d->definite = wl > 4 && memcmp(w, ALEF, 2) == 0 && memcmp(w + 2, LAM, 2) == 0;
    size_t before = n;
    if ((has_prefix(w, wl, BEH) || has_prefix(w, wl, LAM) || has_prefix(w, wl, KAF)) && wl > 4) {
        uint32_t h_rest = hs[(size_t)(w - s) / 2 + 1]; /* of w + 2 */
        if (has_prefix(w, wl, LAM) && has_prefix(w + 2, wl - 2, LAM) && wl > 6 && wl < 64) {
            /* لل + word = ل + ال + word: للعام -> العام */
            char tmp[64];
            memcpy(tmp, ALEF, 2);
            memcpy(tmp + 2, w + 2, wl - 2);
            n = dw_lookup_h(tmp, wl, strhash_back(h_rest, ALEF, 2), out, n, DT_MAXENT);
        }
        size_t had = n;
        n = dw_lookup_h(w + 2, wl - 2, h_rest, out, n, DT_MAXENT);
        if (before == 0 && had == 0 && n > 0)
            d->strip = (uint8_t)(strip + 1);
    }
    d->prep = n > before && before == 0;
    d->nent = (uint8_t)n;
}

/* Digits, optionally after ال or before a glued هـ / م. */
static void feat_number(dtok *d, const char *s, size_t len) {
    size_t i = 0;
    if (len >= 4 && memcmp(s, ALEF, 2) == 0 && memcmp(s + 2, LAM, 2) == 0) {
        d->al = true;
        i = 4;
    }
    size_t j = i;
    int v = 0;
    while (j < len && s[j] >= '0' && s[j] <= '9' && j - i < 5) {
        v = v * 10 + (s[j] - '0');
        j++;
    }
    if (j == i || j - i > 4) {
        d->al = false;
        return;
    }
    if (j < len) {
        /* HEH U+0647 (هـ after the tatweel is gone), MEEM U+0645 */
        if (len - j == 2 && memcmp(s + j, "\xd9\x87", 2) == 0 && !d->al)
            d->mark = 1;
        else if (len - j == 2 && memcmp(s + j, "\xd9\x85", 2) == 0 && !d->al)
            d->mark = 2;
        else {
            d->al = false;
            return;
        }
    }
    d->num = v;
    d->ndig = (uint8_t)(j - i);
}

static void features(scan *S) {
    for (size_t i = 0; i < S->n; i++) {
        const rasad_token *tk = &S->doc->tokens[i];
        dtok *d = &S->t[i];
        d->num = -1;
        if (tk->kind == RASAD_TOK_NUMBER || tk->kind == RASAD_TOK_WORD)
            feat_number(d, tk->norm, tk->norm_len);
        if (tk->kind == RASAD_TOK_WORD && d->num < 0) {
            d->word = true;
            feat_word(d, tk->norm, tk->norm_len);
        }
    }
}

/* ---- token predicates ------------------------------------------------ */

static const dw_entry *W(const scan *S, size_t i, int cls) {
    if (i >= S->lim)
        return NULL;
    const dtok *d = &S->t[i];
    for (size_t k = 0; k < d->nent; k++)
        if (d->ent[k]->cls == cls)
            return d->ent[k];
    return NULL;
}

/* The value of a plain number token of at most maxdig digits, else -1. */
static int NUM(const scan *S, size_t i, int maxdig) {
    if (i >= S->lim || S->t[i].al || S->t[i].ndig == 0 || S->t[i].ndig > maxdig)
        return -1;
    return S->t[i].num;
}

static bool PUNCT(const scan *S, size_t i, const char *p) {
    if (i >= S->lim)
        return false;
    const rasad_token *tk = &S->doc->tokens[i];
    return (tk->kind == RASAD_TOK_PUNCT || tk->kind == RASAD_TOK_BRACKET) && strcmp(tk->norm, p) == 0;
}

static bool is_word(const scan *S, size_t i) {
    return i < S->lim && S->t[i].word;
}

/* ---- values ---------------------------------------------------------- */

static bool v_set(dval *v, int64_t a, int64_t b, int prec, bool rel) {
    if (!cal_days_ok(a) || !cal_days_ok(b) || b < a)
        return false;
    v->a = a;
    v->b = b;
    v->prec = (uint8_t)prec;
    v->rel = rel;
    v->unres = false;
    v->hijri = false; /* (a caller that reads a Hijri day sets it after) */
    v->weekday = false;
    v->moved = 0;
    return true;
}

static bool v_unres(dval *v, int prec) {
    v->a = v->b = 0;
    v->prec = (uint8_t)prec;
    v->rel = true;
    v->unres = true;
    v->hijri = false;
    v->weekday = false;
    v->moved = 0;
    return true;
}

static bool ycal_ok(int cal, int y) {
    return cal == CAL_G ? (y >= CAL_MIN_YEAR && y <= CAL_MAX_YEAR) : (y >= HIJRI_MIN_YEAR && y <= HIJRI_MAX_YEAR);
}

static int mdays(int cal, int y, int m) {
    return cal == CAL_G ? cal_month_days(y, m) : hijri_month_days(y, m);
}

static int64_t to_days(int cal, int y, int m, int d) {
    return cal == CAL_G ? cal_days(y, m, d) : hijri_to_days(y, m, d);
}

/* Day d (0: the whole month) of month m of year y in calendar cal. A
 * Hijri 30th is accepted in a 29-day tabular month (sighting may give the
 * month 30 days); it lands on the next day. */
static bool v_md(dval *v, int cal, int y, int m, int d, bool rel) {
    if (!ycal_ok(cal, y) || m < 1 || m > 12)
        return false;
    int len = mdays(cal, y, m);
    if (d > len && !(cal == CAL_H && d == 30))
        return false;
    if (d > 0) {
        int64_t a = to_days(cal, y, m, d);
        bool ok = v_set(v, a, a, RASAD_PREC_DAY, rel);
        v->hijri = cal == CAL_H;
        return ok;
    }
    return v_set(v, to_days(cal, y, m, 1), to_days(cal, y, m, len), RASAD_PREC_MONTH, rel);
}

static bool v_year(dval *v, int cal, int y, bool rel) {
    if (!ycal_ok(cal, y))
        return false;
    return v_set(v, to_days(cal, y, 1, 1), to_days(cal, y, 12, mdays(cal, y, 12)), RASAD_PREC_YEAR, rel);
}

static void pub_in(const scan *S, int cal, int *y, int *m, int *d) {
    if (cal == CAL_G) {
        *y = S->pd.year;
        *m = S->pd.month;
        *d = S->pd.day;
    } else {
        *y = S->phy;
        *m = S->phm;
        *d = S->phd;
    }
}

/* The year of month m (day d, 0 = none) relative to P: dir -1 the latest
 * before P, 0 P's year, +1 the next after P, 2 the nearest (a future one
 * counting double). */
static int pick_year(const scan *S, int cal, int m, int d, int dir) {
    int py, pm, pdd;
    pub_in(S, cal, &py, &pm, &pdd);
    if (dir == 0)
        return py;
    long pk = (long)pm * 32 + pdd, k = (long)m * 32 + (d ? d : 0);
    if (dir == -1) {
        if (d)
            return k < pk ? py : py - 1;
        return m < pm ? py : py - 1;
    }
    if (dir == 1) {
        if (d)
            return k > pk ? py : py + 1;
        return m > pm ? py : py + 1;
    }
    int best = py;
    int64_t bestcost = INT64_MAX;
    for (int y = py - 1; y <= py + 1; y++) {
        if (!ycal_ok(cal, y))
            continue;
        int64_t cost;
        if (d) {
            if (d > mdays(cal, y, m) && !(cal == CAL_H && d == 30))
                continue;
            int64_t c = to_days(cal, y, m, d);
            cost = c <= S->pub ? S->pub - c : 2 * (c - S->pub);
        } else {
            int64_t c = (int64_t)y * 12 + m, p = (int64_t)py * 12 + pm;
            cost = c <= p ? p - c : 2 * (c - p);
        }
        if (cost < bestcost) {
            bestcost = cost;
            best = y;
        }
    }
    return best;
}

/* ---- rules ------------------------------------------------------------ */

typedef struct mexpr {
    int cal, m;
    unsigned flags;
    size_t end;
} mexpr;

/* One month name at i (one or two words). */
static bool p_month1(const scan *S, size_t i, mexpr *o) {
    const dw_entry *e;
    o->flags = 0;
    if ((e = W(S, i, DW_GMONTH))) {
        o->cal = CAL_G;
        o->m = e->v;
        o->flags = e->flags;
        o->end = i + 1;
        return true;
    }
    if ((e = W(S, i, DW_GMONTH_HEAD))) {
        bool first = W(S, i + 1, DW_FIRST) != NULL, second = W(S, i + 1, DW_SECOND) != NULL;
        if (!first && !second)
            return false;
        o->cal = CAL_G;
        o->m = e->v == 0 ? (first ? 12 : 1) : (first ? 10 : 11);
        o->end = i + 2;
        return true;
    }
    if ((e = W(S, i, DW_HMONTH))) {
        o->cal = CAL_H;
        o->m = e->v;
        o->flags = e->flags;
        o->end = i + 1;
        return true;
    }
    if ((e = W(S, i, DW_HMONTH_HEAD))) {
        o->cal = CAL_H;
        o->end = i + 2;
        if (e->v == 11) {
            const dw_entry *dh = W(S, i + 1, DW_DHU);
            if (!dh)
                return false;
            o->m = dh->v;
            return true;
        }
        if (W(S, i + 1, DW_FIRST))
            o->m = e->v;
        else if (W(S, i + 1, DW_SECOND))
            o->m = e->v + 1;
        else
            return false;
        return true;
    }
    return false;
}

/* A month name with its paired form: مارس/آذار, فبراير/ شباط, آذار (مارس). */
static bool p_month(const scan *S, size_t i, mexpr *o) {
    if (!p_month1(S, i, o))
        return false;
    if (o->cal != CAL_G)
        return true;
    mexpr m2;
    size_t j = o->end;
    if ((PUNCT(S, j, "/") || PUNCT(S, j, "-")) && p_month1(S, j + 1, &m2) && m2.cal == CAL_G && m2.m == o->m) {
        o->end = m2.end;
        o->flags = 0; /* two month names leave no doubt */
    } else if (PUNCT(S, j, "(") && p_month1(S, j + 1, &m2) && m2.cal == CAL_G && m2.m == o->m &&
               PUNCT(S, m2.end, ")")) {
        o->end = m2.end + 1;
        o->flags = 0;
    } else if (p_month1(S, j, &m2) && m2.cal == CAL_G && m2.m == o->m) {
        o->end = m2.end; /* "في مايو أيار": the agencies' pair without a sign */
        o->flags = 0;
    }
    return true;
}

/* A year after a month or a part: [من] [عام|العام|سنة] N [هـ|م], or
 * [من] العام الماضي/الجاري/المقبل, or [من] هذا العام. */
typedef struct yexpr {
    int kind;  /* 1 absolute, 2 relative (dir) */
    int y, cal, dir;
    bool hguess; /* no mark, but 1300..1500: a Hijri year in today's news */
    size_t end;
} yexpr;

static bool p_yearnum(const scan *S, size_t j, bool noun, yexpr *o) {
    int n = NUM(S, j, 4);
    if (n < 0)
        return false;
    size_t end = j + 1;
    int cal = 0;
    if (S->t[j].mark)
        cal = S->t[j].mark == 1 ? CAL_H : CAL_G;
    else if (W(S, end, DW_HMARK)) {
        cal = CAL_H;
        end++;
    } else if (W(S, end, DW_GMARK)) {
        cal = CAL_G;
        end++;
    }
    /* A year is four digits; a Hijri one with its mark may be fewer. */
    if (cal == CAL_H ? n < 1 : (S->t[j].ndig != 4 || n < 1000 || n > 2999))
        return false;
    if (!noun && !cal && S->t[j].ndig != 4)
        return false;
    o->kind = 1;
    o->y = n;
    o->cal = cal;
    o->hguess = !cal && n >= 1300 && n <= 1500;
    o->end = end;
    return true;
}

static bool p_year(const scan *S, size_t j, yexpr *o) {
    if (W(S, j, DW_MIN))
        j++;
    if (W(S, j, DW_YEARNOUN) && p_yearnum(S, j + 1, true, o))
        return true;
    if (p_yearnum(S, j, false, o))
        return true;
    const dw_entry *p, *d;
    if ((p = W(S, j, DW_PERIOD)) && p->v == DU_YEAR && (d = W(S, j + 1, DW_DIR))) {
        o->kind = 2;
        o->dir = d->v;
        o->cal = 0;
        o->end = j + 2;
        return true;
    }
    if (W(S, j, DW_THIS) && (p = W(S, j + 1, DW_PERIOD)) && p->v == DU_YEAR) {
        o->kind = 2;
        o->dir = 0;
        o->cal = 0;
        o->end = j + 2;
        return true;
    }
    return false;
}

/* Month m (calendar cal), day d (0 = none), with what follows at j: a
 * year, a month direction (يناير الماضي) or nothing. */
static bool resolve_md(const scan *S, int cal, int m, int d, size_t j, bool need_ctx, dval *v, size_t *end) {
    yexpr y;
    if (p_year(S, j, &y)) {
        if (y.kind == 1) {
            if (y.cal && y.cal != cal)
                return false;
            *end = y.end;
            return v_md(v, cal, y.y, m, d, false);
        }
        *end = y.end;
        if (!S->has_pub)
            return v_unres(v, d ? RASAD_PREC_DAY : RASAD_PREC_MONTH);
        int py, pm, pdd;
        pub_in(S, cal, &py, &pm, &pdd);
        return v_md(v, cal, py + y.dir, m, d, true);
    }
    const dw_entry *dir = W(S, j, DW_DIR);
    if (!dir && need_ctx)
        return false;
    *end = dir ? j + 1 : j;
    if (!S->has_pub)
        return v_unres(v, d ? RASAD_PREC_DAY : RASAD_PREC_MONTH);
    return v_md(v, cal, pick_year(S, cal, m, d, dir ? dir->v : 2), m, d, true);
}

/* A day of the month at i: 26, الـ20, السادس والعشرين, الحادي عشر. */
static bool p_day(const scan *S, size_t i, int *day, size_t *end) {
    if (i >= S->lim)
        return false;
    const dtok *t = &S->t[i];
    const dw_entry *e;
    int d = -1;
    if (t->ndig && t->ndig <= 2 && !t->mark) {
        d = t->num;
        *end = i + 1;
    } else if (t->word && S->doc->tokens[i].norm_len == 4 && memcmp(S->doc->tokens[i].norm, ALEF, 2) == 0 &&
               memcmp(S->doc->tokens[i].norm + 2, LAM, 2) == 0 && (d = NUM(S, i + 1, 2)) >= 0) {
        *end = i + 2; /* الـ 20 */
    } else if ((e = W(S, i, DW_ORD))) {
        const dw_entry *t2;
        if (W(S, i + 1, DW_ASHAR) && e->v < 10) {
            d = e->v + 10;
            *end = i + 2;
        } else if ((t2 = W(S, i + 1, DW_TENS)) && e->v < 10) {
            d = e->v + t2->v;
            *end = i + 2;
        } else if (!(e->flags & DWF_NEEDS)) {
            d = e->v;
            *end = i + 1;
        }
    } else if ((e = W(S, i, DW_TENS))) {
        d = e->v;
        *end = i + 1;
    }
    if (d < 1 || d > 31)
        return false;
    *day = d;
    return true;
}

/* "ثورة 25 يناير", "قوى 14 آذار", "قصر 22 مايو": a day and month told
 * right after the head of a name (at head), with no year or direction
 * after the month (ending at end), are the name's. */
static bool in_name(const scan *S, size_t head, size_t end) {
    yexpr y;
    return W(S, head, DW_NAMEHEAD) && !p_year(S, end, &y) && !W(S, end, DW_DIR);
}

/* day [من] [شهر] month [year|direction]; day [من] الشهر الجاري. */
static bool p_daydate(const scan *S, size_t i, dval *v, size_t *end) {
    int d = 0;
    size_t j = i;
    if (!p_day(S, i, &d, &j))
        return false;
    if (W(S, j, DW_MIN))
        j++;
    if (W(S, j, DW_SHAHR))
        j++;
    mexpr m;
    if (p_month(S, j, &m)) {
        /* "ثورة 25 يناير", "قوى 14 آذار", "قصر 22 مايو": without a year
         * or a direction, a day and month after such a head are a name */
        if (i > 0 && in_name(S, i - 1, m.end))
            return false;
        return resolve_md(S, m.cal, m.m, d, m.end, false, v, end);
    }
    const dw_entry *p, *dir = NULL;
    size_t k = j;
    if ((p = W(S, k, DW_PERIOD)) && p->v == DU_MONTH && (dir = W(S, k + 1, DW_DIR)))
        k += 2;
    else if (W(S, k, DW_THIS) && (p = W(S, k + 1, DW_PERIOD)) && p->v == DU_MONTH)
        k += 2;
    else
        return false;
    *end = k;
    if (!S->has_pub)
        return v_unres(v, RASAD_PREC_DAY);
    rasad_ymd mm = cal_month_shift(S->pd.year, S->pd.month, dir ? dir->v : 0);
    return v_md(v, CAL_G, mm.year, mm.month, d, true);
}

/* [شهر] month [year|direction]; a weak month alone needs شهر or a
 * preposition before it. */
static bool p_monthdate(const scan *S, size_t i, dval *v, size_t *end) {
    bool shahr = false;
    size_t j = i;
    if (W(S, j, DW_SHAHR)) {
        shahr = true;
        j++;
    }
    mexpr m;
    if (!p_month(S, j, &m))
        return false;
    /* the month of a name's day and month (above: "مدينة السادس من
     * أكتوبر") is no date alone */
    size_t k = j > 0 && W(S, j - 1, DW_MIN) ? j - 1 : j;
    for (size_t back = 1; !shahr && back <= 2 && k >= back + 1; back++) {
        int d;
        size_t de;
        if (p_day(S, k - back, &d, &de) && de == k && in_name(S, k - back - 1, m.end))
            return false;
    }
    bool ctx = true;
    if (!shahr && (m.flags & DWF_WEAK2))
        ctx = false;
    else if (!shahr && (m.flags & DWF_WEAK))
        ctx = S->t[j].prep || (j > 0 && j - 1 < S->lim && (W(S, j - 1, DW_PREP) || W(S, j - 1, DW_PART)));
    return resolve_md(S, m.cal, m.m, 0, m.end, !ctx, v, end);
}

/* May tokens j - 1 and j be apart in a date? Only by a few spaces around
 * a slash, as Saudi papers write "4 /10 /1436هـ". */
static bool slash_gap(const rasad_doc *doc, size_t j) {
    const rasad_token *a = &doc->tokens[j - 1], *b = &doc->tokens[j];
    if (strcmp(a->norm, "/") != 0 && strcmp(b->norm, "/") != 0)
        return false;
    if (b->start - a->end > 3)
        return false;
    for (uint32_t k = a->end; k < b->start; k++)
        if (doc->text[k] != ' ')
            return false;
    return true;
}

/* A month name between slashes: 7/يوليو/2015 م, 10/شوال/1436هـ. */
static bool p_slashmonth(const scan *S, size_t i, dval *v, size_t *end) {
    int d = NUM(S, i, 2);
    mexpr m;
    yexpr y;
    if (d < 1 || !PUNCT(S, i + 1, "/") || !p_month1(S, i + 2, &m) || !PUNCT(S, m.end, "/") ||
        !p_yearnum(S, m.end + 1, true, &y) || (y.cal && y.cal != m.cal))
        return false;
    *end = y.end;
    return v_md(v, m.cal, y.y, m.m, d, false);
}

/* Digits with separators: 26/1/2022, 2022-01-26, 26.01.2022 [هـ]. */
static bool p_numeric(const scan *S, size_t i, dval *v, size_t *end) {
    const rasad_doc *doc = S->doc;
    if (i >= S->lim || doc->tokens[i].kind != RASAD_TOK_NUMBER)
        return false;
    char s[32];
    size_t len = 0, j = i;
    while (j < S->lim) {
        const rasad_token *tk = &doc->tokens[j];
        if (j > i && tk->start != doc->tokens[j - 1].end && !slash_gap(doc, j))
            break;
        if (tk->kind != RASAD_TOK_NUMBER && tk->kind != RASAD_TOK_PUNCT)
            break;
        if (len + tk->norm_len >= sizeof s)
            return false;
        memcpy(s + len, tk->norm, tk->norm_len);
        len += tk->norm_len;
        j++;
    }
    /* a trailing separator belongs to the sentence, not the date */
    while (j > i + 1 && doc->tokens[j - 1].kind == RASAD_TOK_PUNCT) {
        len -= doc->tokens[j - 1].norm_len;
        j--;
    }
    s[len] = 0;
    int part[3] = {0, 0, 0}, ndig[3] = {0, 0, 0}, np = 0;
    char sep = 0;
    for (size_t k = 0; k < len; k++) {
        char c = s[k];
        if (c >= '0' && c <= '9') {
            if (ndig[np] >= 4)
                return false;
            part[np] = part[np] * 10 + (c - '0');
            ndig[np]++;
        } else if (c == '/' || c == '-' || c == '.') {
            if ((sep && c != sep) || np == 2 || ndig[np] == 0)
                return false;
            sep = c;
            np++;
        } else {
            return false;
        }
    }
    if (np != 2 || ndig[2] == 0)
        return false;
    int y, m, d;
    if (ndig[0] == 4 && ndig[1] <= 2 && ndig[2] <= 2) {
        y = part[0], m = part[1], d = part[2];
    } else if (ndig[2] == 4 && ndig[0] <= 2 && ndig[1] <= 2) {
        d = part[0], m = part[1], y = part[2];
    } else {
        return false;
    }
    int cal = CAL_G;
    if (W(S, j, DW_HMARK)) {
        cal = CAL_H;
        j++;
    } else if (W(S, j, DW_GMARK)) {
        j++;
    } else if (y >= 1300 && y <= 1500) {
        cal = CAL_H; /* 9/10/1436 in a Saudi paper: no mark, still Hijri */
    }
    if (cal == CAL_G && (y < 1000 || y > 2999))
        return false;
    if (d < 1 || (cal == CAL_G && !cal_valid(y, m, d)))
        return false;
    *end = j;
    return v_md(v, cal, y, m, d, false);
}

/* The days of week offset k (0 = the week of P), Sunday to Saturday. A
 * paper dated on a Sunday carries copy written the day before (a late
 * edition or a crawl's date, as with weekdays): its "هذا الأسبوع" is the
 * seven days up to P, not the week that has just begun. */
static bool v_week(const scan *S, dval *v, int k) {
    if (k == 0 && cal_weekday(S->pub) == 0)
        return v_set(v, S->pub - 6, S->pub, RASAD_PREC_WEEK, true);
    int64_t sun = S->pub - cal_weekday(S->pub) + 7 * (int64_t)k;
    return v_set(v, sun, sun + 6, RASAD_PREC_WEEK, true);
}

/* الاسبوع/الشهر/العام + الماضي/الجاري/المقبل; هذا + period. */
static bool p_period(const scan *S, size_t i, dval *v, size_t *end, int *unit) {
    const dw_entry *p, *dir = NULL;
    if ((p = W(S, i, DW_PERIOD)) && (dir = W(S, i + 1, DW_DIR)))
        *end = i + 2;
    else if (W(S, i, DW_THIS) && (p = W(S, i + 1, DW_PERIOD)))
        *end = i + 2;
    else
        return false;
    *unit = p->v;
    int k = dir ? dir->v : 0;
    int prec = p->v == DU_WEEK ? RASAD_PREC_WEEK : p->v == DU_MONTH ? RASAD_PREC_MONTH : RASAD_PREC_YEAR;
    if (!S->has_pub)
        return v_unres(v, prec);
    if (p->v == DU_WEEK)
        return v_week(S, v, k);
    if (p->v == DU_MONTH) {
        rasad_ymd m = cal_month_shift(S->pd.year, S->pd.month, k);
        return v_md(v, CAL_G, m.year, m.month, 0, true);
    }
    return v_year(v, CAL_G, S->pd.year + k, true);
}

/* A bare year after a preposition: في 2019, منذ 2011. */
static bool p_bareyear(const scan *S, size_t i, dval *v, size_t *end) {
    int n = NUM(S, i, 4);
    if (n < 1900 || n > 2100 || S->t[i].ndig != 4 || i == 0)
        return false;
    if (!(W(S, i - 1, DW_PREP) || W(S, i - 1, DW_PART)) || S->doc->tokens[i - 1].sentence != S->doc->tokens[i].sentence)
        return false;
    /* "في 2000 منزل": after في, قبل or بعد an indefinite noun after the
     * number makes it a count; منذ, حتى, خلال ... always take a time */
    const char *pw = S->doc->tokens[i - 1].norm;
    bool weak = strcmp(pw, "\xd9\x81\xd9\x8a") == 0 /* في */ || W(S, i - 1, DW_AGO) != NULL;
    if (weak && strcmp(pw, "\xd9\x85\xd9\x86\xd8\xb0") == 0) /* منذ */
        weak = false;
    if (weak && is_word(S, i + 1) && !S->t[i + 1].definite && S->t[i + 1].nent == 0) {
        const char *w = S->doc->tokens[i + 1].norm;
        if (!has_prefix(w, strlen(w), WAW) && !has_prefix(w, strlen(w), FEH))
            return false;
    }
    *end = i + 1;
    return v_year(v, CAL_G, n, false);
}

/* عام 2019, العام 2019, 2019م, 1443 هـ; العام الماضي, هذا العام. */
static bool p_yearexpr(const scan *S, size_t i, dval *v, size_t *end) {
    yexpr y;
    if (W(S, i, DW_YEARNOUN) && p_yearnum(S, i + 1, true, &y)) {
        *end = y.end;
        return v_year(v, y.cal ? y.cal : y.hguess ? CAL_H : CAL_G, y.y, false);
    }
    if (p_yearnum(S, i, false, &y) && y.cal) {
        /* "2014م" is a year, "1500 م" more often metres, "1000م2" an area */
        if (y.cal == CAL_G && (y.y < 1900 || y.y > 2100 || (y.end < S->lim && S->doc->tokens[y.end].start ==
                                                                                    S->doc->tokens[y.end - 1].end &&
                                                                                S->doc->tokens[y.end].kind == RASAD_TOK_NUMBER)))
            return false;
        *end = y.end;
        return v_year(v, y.cal, y.y, false);
    }
    return false;
}

/* A year target for parts, seasons and fractions: N, عام N, العام
 * الماضي, هذا العام, or (when bare_ok) العام alone = P's year. */
static bool p_yeartarget(const scan *S, size_t j, bool bare_ok, int *year, int *cal, bool *rel, bool *unres,
                         size_t *end) {
    yexpr y;
    *unres = false;
    if (p_year(S, j, &y)) {
        *end = y.end;
        if (y.kind == 1) {
            *year = y.y;
            *cal = y.cal ? y.cal : y.hguess ? CAL_H : CAL_G;
            *rel = false;
            return true;
        }
        *cal = CAL_G;
        *rel = true;
        if (!S->has_pub)
            *unres = true;
        else
            *year = S->pd.year + y.dir;
        return true;
    }
    const dw_entry *p;
    if (bare_ok && (p = W(S, j, DW_PERIOD)) && p->v == DU_YEAR) {
        *end = j + 1;
        *cal = CAL_G;
        *rel = true;
        if (!S->has_pub)
            *unres = true;
        else
            *year = S->pd.year;
        return true;
    }
    return false;
}

/* Is the bare آخر at i the adjective "another" after its noun ("مقتل
 * جندي إماراتي آخر الأسبوع الماضي"), not "the end of"? So it is after an
 * indefinite word ending in ي, a nisba or a noun like جندي. */
static bool another(const scan *S, size_t i) {
    const rasad_token *tk = &S->doc->tokens[i];
    static const char AKHAR[] = "\xd8\xa7\xd8\xae\xd8\xb1"; /* اخر */
    if (i == 0 || strcmp(tk->norm, AKHAR) != 0 || !S->t[i - 1].word || S->t[i - 1].definite)
        return false;
    const rasad_token *pv = &S->doc->tokens[i - 1];
    return pv->norm_len >= 6 && strcmp(pv->norm + pv->norm_len - 2, "\xd9\x8a") == 0; /* ي */
}

/* مطلع/منتصف/أواخر + year, month or period. */
static bool p_part(const scan *S, size_t i, dval *v, size_t *end) {
    const dw_entry *part = W(S, i, DW_PART);
    if (!part || (i + 1 < S->lim && S->t[i + 1].prep) || another(S, i))
        return false;
    int k = part->v;
    size_t j = i + 1;
    int year, cal;
    bool rel, unres;
    dval base;
    size_t e;
    int unit;
    if (p_yeartarget(S, j, true, &year, &cal, &rel, &unres, end)) {
        if (unres)
            return v_unres(v, RASAD_PREC_QUARTER);
        if (cal == CAL_G) {
            static const int from[3] = {1, 6, 10}, to[3] = {3, 7, 12};
            if (!ycal_ok(CAL_G, year))
                return false;
            return v_set(v, cal_days(year, from[k], 1), cal_days(year, to[k], 31), RASAD_PREC_QUARTER, rel);
        }
        if (!v_year(&base, cal, year, rel))
            return false;
        int64_t len = base.b - base.a + 1;
        int64_t a = k == DP_START ? base.a : k == DP_MID ? base.a + len * 5 / 12 : base.b - len / 4 + 1;
        int64_t b = k == DP_START ? base.a + len / 4 - 1 : k == DP_MID ? base.a + len * 7 / 12 - 1 : base.b;
        return v_set(v, a, b, RASAD_PREC_QUARTER, rel);
    }
    bool got = false;
    mexpr m;
    if (p_month(S, j, &m) || (W(S, j, DW_SHAHR) && p_month(S, j + 1, &m))) {
        got = resolve_md(S, m.cal, m.m, 0, m.end, false, &base, &e);
    } else if (p_period(S, j, &base, &e, &unit)) {
        got = true;
        if (unit == DU_YEAR) {
            /* العام الماضي as a whole year: reuse the year arithmetic */
            if (base.unres)
                return *end = e, v_unres(v, RASAD_PREC_QUARTER);
            rasad_ymd y0 = cal_from_days(base.a);
            static const int from[3] = {1, 6, 10}, to[3] = {3, 7, 12};
            *end = e;
            return v_set(v, cal_days(y0.year, from[k], 1), cal_days(y0.year, to[k], 31), RASAD_PREC_QUARTER, true);
        }
    } else {
        const dw_entry *p = W(S, j, DW_PERIOD);
        if (p && (p->v == DU_MONTH || p->v == DU_WEEK)) {
            /* منتصف الشهر: this month */
            e = j + 1;
            got = true;
            if (!S->has_pub)
                v_unres(&base, RASAD_PREC_WEEK);
            else if (p->v == DU_WEEK)
                v_week(S, &base, 0);
            else
                v_md(&base, CAL_G, S->pd.year, S->pd.month, 0, true);
        }
    }
    if (!got)
        return false;
    *end = e;
    if (base.unres)
        return v_unres(v, base.prec == RASAD_PREC_WEEK ? RASAD_PREC_DAY : RASAD_PREC_MONTH);
    if (base.prec == RASAD_PREC_WEEK) {
        int64_t a = base.a + (k == DP_START ? 0 : k == DP_MID ? 2 : 4);
        return v_set(v, a, a + 2, RASAD_PREC_DAY, base.rel);
    }
    /* a month: days 1-10, 10-20, 21-end (the middle as the gold
     * annotation reads منتصف مارس: 10 to 20 March), precision month */
    int64_t a = base.a + (k == DP_START ? 0 : k == DP_MID ? 9 : 20);
    int64_t b = k == DP_END ? base.b : base.a + (k == DP_START ? 9 : 19);
    return v_set(v, a, b, RASAD_PREC_MONTH, base.rel);
}

/* الأسبوع الأول/الأخير من حزيران: days 1-7, 8-14, 15-21, 22-28, or the
 * last seven days of the month. */
static bool p_weekof(const scan *S, size_t i, dval *v, size_t *end) {
    const dw_entry *p = W(S, i, DW_PERIOD), *o;
    if (!p || p->v != DU_WEEK)
        return false;
    int k;
    if ((o = W(S, i + 1, DW_ORD)) && !(o->flags & DWF_NEEDS) && o->v <= 4)
        k = o->v;
    else if (W(S, i + 1, DW_LAST))
        k = 5;
    else
        return false;
    size_t j = i + 2;
    if (!W(S, j, DW_MIN))
        return false;
    j++;
    if (W(S, j, DW_SHAHR))
        j++;
    mexpr m;
    dval base;
    if (!p_month(S, j, &m) || !resolve_md(S, m.cal, m.m, 0, m.end, false, &base, end))
        return false;
    if (base.unres)
        return v_unres(v, RASAD_PREC_WEEK);
    int64_t a = k == 5 ? base.b - 6 : base.a + 7 * (k - 1);
    return v_set(v, a, a + 6, RASAD_PREC_WEEK, base.rel);
}

/* صيف 2014, شتاء العام الماضي. */
static bool p_season(const scan *S, size_t i, dval *v, size_t *end) {
    const dw_entry *s = W(S, i, DW_SEASON);
    if (!s || W(S, i + 1, DW_FIRST) || W(S, i + 1, DW_SECOND))
        return false;
    int year, cal;
    bool rel, unres;
    if (!p_yeartarget(S, i + 1, false, &year, &cal, &rel, &unres, end) || cal != CAL_G)
        return false;
    if (unres)
        return v_unres(v, RASAD_PREC_QUARTER);
    if (year < 2 || year > CAL_MAX_YEAR)
        return false;
    int m0 = s->v, y0 = m0 == 12 ? year - 1 : year;
    rasad_ymd last = cal_month_shift(y0, m0, 2);
    return v_set(v, cal_days(y0, m0, 1), cal_days(last.year, last.month, cal_month_days(last.year, last.month)),
                 RASAD_PREC_QUARTER, rel);
}

/* الربع الأول من 2020, النصف الثاني من العام الماضي. */
static bool p_fraction(const scan *S, size_t i, dval *v, size_t *end) {
    const dw_entry *f = W(S, i, DW_FRACTION), *o;
    if (!f)
        return false;
    int parts = 12 / f->v, k;
    if ((o = W(S, i + 1, DW_ORD)) && !(o->flags & DWF_NEEDS) && o->v <= parts)
        k = o->v;
    else if (W(S, i + 1, DW_LAST))
        k = parts;
    else
        return false;
    int year, cal;
    bool rel, unres;
    if (!p_yeartarget(S, i + 2, false, &year, &cal, &rel, &unres, end) || cal != CAL_G)
        return false;
    if (unres)
        return v_unres(v, RASAD_PREC_QUARTER);
    if (!ycal_ok(CAL_G, year))
        return false;
    int m0 = (k - 1) * f->v + 1, m1 = k * f->v;
    return v_set(v, cal_days(year, m0, 1), cal_days(year, m1, cal_month_days(year, m1)), RASAD_PREC_QUARTER, rel);
}

/* "خلال صلاة الجمعة": the prayer named by its day, no date (a weekday
 * after صلاة، with its clitics: لصلاة، بصلاة، وصلاة). */
static bool after_prayer(const scan *S, size_t i) {
    static const char SALAH[] = "\xd8\xb5\xd9\x84\xd8\xa7\xd9\x87"; /* صلاه */
    if (i == 0 || !S->t[i - 1].word)
        return false;
    const rasad_token *p = &S->doc->tokens[i - 1];
    size_t n = sizeof SALAH - 1;
    return p->norm_len >= n && p->norm_len <= n + 2 && memcmp(p->norm + p->norm_len - n, SALAH, n) == 0;
}

/* Do tokens i, i + 1 say "before the last one" (قبل الماضي/الماضية)? */
static bool before_last(const scan *S, size_t i) {
    const dw_entry *ago = W(S, i, DW_AGO), *dir = W(S, i + 1, DW_DIR);
    return ago && ago->v == -1 && dir && dir->v == -1;
}

/* A weekday relative to P; night = ليل/ليلة: to the day after. */
static bool p_weekday(const scan *S, size_t i, bool night, dval *v, size_t *end) {
    const dw_entry *w = W(S, i, DW_WEEKDAY), *dir;
    if (!w || after_prayer(S, i))
        return false;
    *end = i + 1;
    int k = 0; /* 0 on or before P, -1 strictly before, +1 strictly after, -2 the week before that */
    if ((dir = W(S, i + 1, DW_DIR))) {
        k = dir->v < 0 ? -1 : dir->v > 0 ? 1 : 0;
        *end = i + 2;
    } else if (before_last(S, i + 1)) {
        /* "يوم الجمعة قبل الماضي": the Friday before last */
        k = -2;
        *end = i + 3;
    }
    /* الخميس 27 يناير 2022, الخميس، الموافق 27/1/2022: the full date wins */
    size_t j = *end;
    if (PUNCT(S, j, ","))
        j++;
    if (W(S, j, DW_MUWAFIQ))
        j++;
    bool paren = PUNCT(S, j, "(");
    if (paren)
        j++;
    dval full;
    size_t e2;
    if ((p_daydate(S, j, &full, &e2) || p_numeric(S, j, &full, &e2) || p_slashmonth(S, j, &full, &e2)) &&
        !full.rel && (!paren || PUNCT(S, e2, ")"))) {
        if (paren)
            e2++;
        /* a Hijri day named with its weekday: the weekday settles the
         * day or two the tabular calendar may be off by */
        if (full.hijri && full.prec == RASAD_PREC_DAY && cal_weekday(full.a) != w->v) {
            int diff = (w->v - cal_weekday(full.a) + 7) % 7; /* 1..6 days forward */
            int64_t shift = diff <= 2 ? diff : diff >= 5 ? diff - 7 : 0;
            full.a += shift;
            full.b += shift;
        }
        *v = full;
        *end = e2;
        return v_set(v, v->a, night ? v->b + 1 : v->b, RASAD_PREC_DAY, false);
    }
    /* "ليل الجمعة السبت"، "ليل الثلاثاء - الأربعاء"، "ليل الخميس/ الجمعة":
     * the night named by both its days is one expression */
    if (night) {
        size_t nx = *end;
        if (PUNCT(S, nx, "-") || PUNCT(S, nx, "/"))
            nx++;
        const dw_entry *w2 = W(S, nx, DW_WEEKDAY);
        if (w2 && w2->v == (w->v + 1) % 7)
            *end = nx + 1;
    }
    if (!S->has_pub)
        return v_unres(v, RASAD_PREC_DAY);
    int back = (cal_weekday(S->pub) - w->v + 7) % 7; /* days since the latest such weekday */
    int64_t day;
    if (k == 0)
        day = S->pub - back;
    else if (k < 0)
        day = S->pub - (back ? back : 7) - (k == -2 ? 7 : 0);
    else
        day = S->pub + (7 - back);
    return v_set(v, day, night ? day + 1 : day, RASAD_PREC_DAY, true);
}

/* Does token i name a paper before اليوم: عين, صحيفة, جريدة? */
static bool is_name_before_alyawm(const scan *S, size_t i) {
    static const char *const names[] = {
        "\xd8\xb9\xd9\x8a\xd9\x86",                                 /* عين */
        "\xd8\xb5\xd8\xad\xd9\x8a\xd9\x81\xd9\x87",             /* صحيفه */
        "\xd8\xac\xd8\xb1\xd9\x8a\xd8\xaf\xd9\x87",             /* جريده */
    };
    const char *n = S->doc->tokens[i].norm;
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        if (strcmp(n, names[k]) == 0)
            return true;
    return false;
}

/* Is token i's norm exactly s? */
static bool norm_is(const scan *S, size_t i, const char *s) {
    return i < S->lim && strcmp(S->doc->tokens[i].norm, s) == 0;
}

/* "the same" around اليوم: نفسه، ذاته after it, نفس، ذات before it */
static bool same_day_word(const scan *S, size_t i, bool after) {
    return i < S->lim && dw_same_day_mark(S->doc->tokens[i].norm, after);
}

/* The day before yesterday written before أمس: أول [من] أمس, الأول من
 * أمس (the definite form always takes من), قبل أمس. منذ, the other
 * backward DW_AGO word, is not one of them: منذ أمس is "since yesterday". */
static bool day_before_word(const scan *S, size_t i, size_t *j) {
    static const char AL_AWAL[] = "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x88\xd9\x84"; /* الاول */
    static const char QABL[] = "\xd9\x82\xd8\xa8\xd9\x84";                          /* قبل */
    *j = i + 1;
    if (W(S, i, DW_AWAL)) {
        if (W(S, *j, DW_MIN))
            (*j)++;
        return true;
    }
    if (norm_is(S, i, AL_AWAL) && W(S, *j, DW_MIN)) {
        (*j)++;
        return true;
    }
    return norm_is(S, i, QABL);
}

/* اليوم, أمس, أمس الأول, أول [من] أمس, الأول من أمس, قبل أمس, غداً; after
 * يوم or بعد: غد. */
static bool p_relday(const scan *S, size_t i, bool yom, bool night, dval *v, size_t *end) {
    const dw_entry *r;
    int off;
    size_t j;
    bool weekday_may_follow = true;
    if ((r = W(S, i, DW_RELDAY))) {
        off = r->v;
        *end = i + 1;
        if (off == 0) {
            /* اليوم التالي, اليوم الثالث: "the day", not today */
            if (is_word(S, i + 1) && S->t[i + 1].definite && !W(S, i + 1, DW_WEEKDAY) && !W(S, i + 1, DW_PERIOD))
                return false;
            /* the papers اليوم and عين اليوم, «اليوم» */
            if (i > 0 && (S->doc->tokens[i - 1].kind == RASAD_TOK_QUOTE || is_name_before_alyawm(S, i - 1)))
                return false;
            /* "في اليوم نفسه", "نفس اليوم": the day told before, not
             * today (extract/event_date.c reads it) */
            if (same_day_word(S, i + 1, true) || (i > 0 && same_day_word(S, i - 1, false)))
                return false;
        } else if (off == -1 && W(S, i + 1, DW_FIRST) && S->t[i + 1].definite) {
            off = -2; /* أمس الأول ("أمس أولى غاراته": yesterday, its first strikes) */
            *end = i + 2;
        }
    } else if (day_before_word(S, i, &j)) {
        if (!(r = W(S, j, DW_RELDAY)) || r->v != -1)
            return false;
        off = -2;
        *end = j + 1;
        /* a weekday after these stays its own expression: on the
         * SaudiNewsNet sample, joining it (the relative word then dates
         * both) moved two of ten dates, one of them away from the day the
         * weekday named right ("عصر أول من أمس الخميس" in a paper two days
         * late) */
        weekday_may_follow = false;
    } else if (W(S, i, DW_AGO) && W(S, i, DW_AGO)->v == 1 && W(S, i + 1, DW_GHAD)) {
        off = 2; /* بعد غد */
        *end = i + 2;
        weekday_may_follow = false;
    } else if (yom && W(S, i, DW_GHAD)) {
        off = 1;
        *end = i + 1;
        weekday_may_follow = false;
    } else {
        return false;
    }
    const dw_entry *weekday = NULL;
    if (weekday_may_follow) {
        /* اليوم الخميس, أمس الأربعاء, أمس الأول الاثنين: one expression;
         * "اليوم (الجمعة)" names its day in an aside, read here but left
         * out of the expression (a bracket ends a clause, and the events
         * stage looks for an act's day in its clause) */
        size_t k = *end;
        bool aside = PUNCT(S, k, "(");
        if (PUNCT(S, k, ",") || aside)
            k++;
        if ((weekday = W(S, k, DW_WEEKDAY)) && !aside)
            *end = k + 1;
        if (aside && !PUNCT(S, k + 1, ")"))
            weekday = NULL;
    }
    if (!S->has_pub)
        return v_unres(v, RASAD_PREC_DAY);
    int64_t day = S->pub + off;
    /* the weekday names the day the paper wrote; a publication date
     * after it (a crawl's date, a late edition: "اليوم الثلاثاء" in an
     * article dated Thursday) moves the relative word, not the weekday:
     * the latest such weekday on or before P + off. Not for غداً: a day
     * to come moved back to P would read as one gone by */
    int moved = 0;
    if (weekday && off <= 0 && cal_weekday(day) != weekday->v) {
        /* a weekday one after the relative word's is an edition dated the
         * day after P (a paper put online the evening before: "أمس
         * الثلاثاء" in a text crawled on Tuesday), not a week back */
        moved = (cal_weekday(day) - weekday->v + 7) % 7;
        if (moved == 6)
            moved = -1;
        day -= moved;
    }
    if (!v_set(v, day, day + (night ? 1 : 0), RASAD_PREC_DAY, true))
        return false;
    v->weekday = weekday && off <= 0;
    v->moved = moved;
    return true;
}

/* الليلة الماضية: last night (the day before P, into P); الليلة قبل
 * الماضية: the night before (the gold annotation dates it P - 2). */
static bool p_lastnight(const scan *S, size_t i, dval *v, size_t *end) {
    const dw_entry *t = W(S, i, DW_TOD), *d;
    if (!t || t->v != 2)
        return false;
    int off;
    if ((d = W(S, i + 1, DW_DIR)) && d->v == -1) {
        off = -1;
        *end = i + 2;
    } else if (before_last(S, i + 1)) {
        off = -2;
        *end = i + 3;
    } else {
        return false;
    }
    if (!S->has_pub)
        return v_unres(v, RASAD_PREC_DAY);
    return v_set(v, S->pub + off, S->pub + off, RASAD_PREC_DAY, true);
}

/* A window back from P: "خلال الأيام الماضية" (the week), "اليومين
 * الماضيين/الأخيرين" (two days), "الساعات الماضية" (since yesterday),
 * "الأيام القليلة الماضية". It ends on P: a report tells of acts up to
 * its own day. */
static bool p_pastspan(const scan *S, size_t i, dval *v, size_t *end) {
    const dw_entry *span = W(S, i, DW_PASTSPAN), *d;
    if (!span)
        return false;
    size_t j = i + 1;
    const dw_entry *latest = W(S, j, DW_LATEST);
    if (latest && (d = W(S, j + 1, DW_DIR)) && d->v == -1)
        j += 2; /* القليلة الماضية */
    else if ((latest && latest->v == 0) || ((d = W(S, j, DW_DIR)) && d->v == -1))
        j++; /* الأخيرة، الماضية; "القليلة" alone may look ahead (القليلة المقبلة) */
    else
        return false;
    *end = j;
    int prec = span->v >= 7 ? RASAD_PREC_WEEK : RASAD_PREC_DAY;
    if (!S->has_pub)
        return v_unres(v, prec);
    return v_set(v, S->pub - span->v, S->pub, prec, true);
}

/* قبل/منذ/بعد [N] unit: قبل ثلاثة أيام, منذ يومين, قبل 10 أيام. */
static bool p_ago(const scan *S, size_t i, dval *v, size_t *end) {
    const dw_entry *a = W(S, i, DW_AGO), *u, *c;
    if (!a)
        return false;
    size_t j = i + 1;
    long n = -1;
    int num = NUM(S, j, 3);
    if (num >= 1) {
        n = num;
        j++;
    } else if ((c = W(S, j, DW_COUNT))) {
        n = c->v;
        j++;
    }
    if (!(u = W(S, j, DW_UNIT)))
        return false;
    /* "يوما بعد يوم", "عاما بعد عام": the unit told before بعد/قبل too
     * is an idiom of time passing, not a date */
    const dw_entry *u0;
    if (n < 0 && i > 0 && (u0 = W(S, i - 1, DW_UNIT)) && u0->v == u->v)
        return false;
    if (n < 0) {
        if (u->flags & DWF_PLURAL)
            return false; /* قبل أيام: some days, no number */
        n = (u->flags & DWF_DUAL) ? 2 : 1;
    } else if (u->flags & DWF_DUAL) {
        return false;
    }
    j++;
    /* قبل يوم واحد من الهجوم: "one" said after the unit */
    if (n == 1 && j < S->lim && (strcmp(S->doc->tokens[j].norm, "\xd9\x88\xd8\xa7\xd8\xad\xd8\xaf") == 0 ||
                                 strcmp(S->doc->tokens[j].norm, "\xd9\x88\xd8\xa7\xd8\xad\xd8\xaf\xd9\x87") == 0))
        j++; /* واحد, واحده */
    /* قبل يومين من الهجوم: counted from something else; قبل عام 2019: a year */
    if (W(S, j, DW_MIN) || NUM(S, j, 4) >= 0 ||
        (j < S->lim && strcmp(S->doc->tokens[j].norm, "\xd8\xb9\xd9\x84\xd9\x8a") == 0)) /* على */
        return false;
    *end = j;
    static const int prec[4] = {RASAD_PREC_DAY, RASAD_PREC_WEEK, RASAD_PREC_MONTH, RASAD_PREC_YEAR};
    if (!S->has_pub)
        return v_unres(v, prec[u->v]);
    long s = a->v * n;
    int64_t day;
    if (u->v == DU_DAY || u->v == DU_WEEK) {
        day = S->pub + s * (u->v == DU_WEEK ? 7 : 1);
    } else {
        rasad_ymd m = cal_month_shift(S->pd.year, S->pd.month, (int)(u->v == DU_MONTH ? s : s * 12));
        if (!ycal_ok(CAL_G, m.year))
            return false;
        int dd = S->pd.day, len = cal_month_days(m.year, m.month);
        day = cal_days(m.year, m.month, dd < len ? dd : len);
    }
    return v_set(v, day, day, prec[u->v], true);
}

/* Where a span starting at token i begins: after the clitic letters the
 * lexicon lookup took off (والعام 2019 -> العام 2019), each with the
 * diacritics that follow it. */
static uint32_t span_start(const rasad_doc *doc, size_t i, unsigned strip) {
    const rasad_token *tk = &doc->tokens[i];
    size_t pos = tk->start;
    while (strip > 0 && pos < tk->end) {
        int32_t cp;
        size_t k = utf8_decode((const unsigned char *)doc->text + pos, tk->end - pos, &cp);
        if (k == 0)
            break;
        pos += k;
        for (;;) {
            size_t k2 = pos < tk->end ? utf8_decode((const unsigned char *)doc->text + pos, tk->end - pos, &cp) : 0;
            if (k2 == 0 || (norm_classify(cp) != NC_MARK && norm_classify(cp) != NC_IGNORABLE))
                break;
            pos += k2;
        }
        strip--;
    }
    return pos < tk->end ? (uint32_t)pos : tk->start;
}

/* One expression at i, without ranges and منذ (they call it, so the
 * recursion is never more than two levels deep); fills v and *end. */
static bool p_basic(const scan *S, size_t i, dval *v, size_t *end);

/* Moves a resolved range one year back (for the first month of "من
 * أيلول إلى كانون الثاني الماضي", resolved on its own to the wrong year). */
static bool v_year_back(dval *v) {
    rasad_ymd a = cal_from_days(v->a), b = cal_from_days(v->b);
    if (a.year <= CAL_MIN_YEAR + 1 || b.year <= CAL_MIN_YEAR + 1)
        return false;
    a.year--;
    b.year--;
    if (a.day > cal_month_days(a.year, a.month))
        a.day = cal_month_days(a.year, a.month);
    if (b.day > cal_month_days(b.year, b.month) || (b.month == 2 && b.day == 28))
        b.day = cal_month_days(b.year, b.month);
    return v_set(v, cal_days_ymd(a), cal_days_ymd(b), v->prec, v->rel);
}

/* After the first end of a range at token i (من or بين before i) ending
 * before e1: the token where the second end starts ([إلى|حتى|-] after
 * من, [،] و after بين), or SIZE_MAX. */
static size_t range_link(const scan *S, size_t i, size_t e1) {
    if (i == 0 || !W(S, i - 1, DW_MIN_OR_BAYN))
        return SIZE_MAX;
    size_t j = e1;
    if (W(S, i - 1, DW_MIN_OR_BAYN)->v == 1) {
        if (PUNCT(S, j, ","))
            j++;
        /* و glued to the next word, or alone */
        if (j < S->lim && S->t[j].word && S->doc->tokens[j].norm_len == 2 && memcmp(S->doc->tokens[j].norm, WAW, 2) == 0)
            return j + 1;
        return j < S->lim && S->t[j].strip == 1 && memcmp(S->doc->tokens[j].norm, WAW, 2) == 0 ? j : SIZE_MAX;
    }
    if (PUNCT(S, j, ",") && W(S, j + 1, DW_TO))
        j++; /* "من 7 تموز-يوليو الماضي، وحتى الخامس من الشهر الجاري" */
    return W(S, j, DW_TO) || PUNCT(S, j, "-") ? j + 1 : SIZE_MAX;
}

/* "بين 1 و3 يونيو", "من 5 إلى 7 يوليو": a bare day, then a day of a
 * month: from that day of the second's month to the second. */
static bool p_dayrange(const scan *S, size_t i, dval *v, size_t *end) {
    int d = NUM(S, i, 2);
    size_t j = d >= 1 && d <= 31 ? range_link(S, i, i + 1) : SIZE_MAX;
    dval v2;
    size_t e2;
    if (j == SIZE_MAX || !p_basic(S, j, &v2, &e2) || v2.unres || v2.prec != RASAD_PREC_DAY)
        return false;
    rasad_ymd b = cal_from_days(v2.a);
    if (d > b.day)
        return false;
    *end = e2;
    return v_set(v, cal_days(b.year, b.month, d), v2.b, RASAD_PREC_DAY, v2.rel);
}

/* E1 [إلى|حتى|-] E2 after من, or E1 [،] و E2 after بين: one range. */
static bool p_range(const scan *S, size_t i, const dval *v1, size_t e1, dval *v, size_t *end) {
    if (v1->unres)
        return false;
    size_t j = range_link(S, i, e1);
    if (j == SIZE_MAX)
        return false;
    dval v2;
    size_t e2;
    if (!p_basic(S, j, &v2, &e2) || v2.unres)
        return false;
    dval r = *v1;
    if (r.a > v2.b && r.rel && !v_year_back(&r))
        return false;
    if (r.a > v2.b)
        return false;
    *end = e2;
    return v_set(v, r.a, v2.b, r.prec > v2.prec ? r.prec : v2.prec, r.rel || v2.rel);
}

/* منذ + a date: from that date to P (the state still holds when
 * published): "منذ أبريل الماضي", "منذ عام 1984". */
static bool p_since(const scan *S, size_t i, dval *v, size_t *end) {
    const dw_entry *a = W(S, i, DW_AGO);
    if (!a || a->v != -1 || !W(S, i, DW_PREP) || !S->has_pub)
        return false; /* only منذ is both; without P the inner date stands alone */
    if (strcmp(S->doc->tokens[i].norm, "\xd9\x85\xd9\x86\xd8\xb0") != 0) /* منذ */
        return false;
    dval in;
    size_t e;
    if (!p_basic(S, i + 1, &in, &e) || in.unres || in.a > S->pub)
        return false;
    *end = e;
    return v_set(v, in.a, S->pub, in.prec, true);
}

static bool p_basic(const scan *S, size_t i, dval *v, size_t *end) {
    /* a time of day and/or يوم before a day */
    size_t j = i;
    const dw_entry *tod = W(S, j, DW_TOD);
    if (tod)
        j++;
    bool yom = W(S, j, DW_YOM) != NULL;
    if (yom)
        j++;
    if (j > i) {
        bool night = tod && tod->v == 1 && !yom;
        if (p_weekday(S, j, night, v, end) || p_relday(S, j, yom, night, v, end) || p_daydate(S, j, v, end) ||
            p_numeric(S, j, v, end))
            return true;
    }
    return p_numeric(S, i, v, end) || p_slashmonth(S, i, v, end) || p_daydate(S, i, v, end) ||
           p_weekday(S, i, false, v, end) ||
           p_relday(S, i, false, false, v, end) || p_lastnight(S, i, v, end) || p_weekof(S, i, v, end) || p_part(S, i, v, end) || p_fraction(S, i, v, end) ||
           p_season(S, i, v, end) || p_monthdate(S, i, v, end) || p_yearexpr(S, i, v, end) ||
           p_period(S, i, v, end, &(int){0}) || p_ago(S, i, v, end) || p_pastspan(S, i, v, end) ||
           p_bareyear(S, i, v, end);
}

/* Can an expression start at token i? Every parser above first asks for
 * a date word (W), a number (NUM, RASAD_TOK_NUMBER) or, in p_day, a bare
 * "ال" before a number (الـ 20). Most tokens are none of these, and
 * skipping them here saves trying the fifteen parsers on each. */
static bool may_start(const scan *S, size_t i) {
    const dtok *t = &S->t[i];
    if (t->nent || t->ndig)
        return true;
    const rasad_token *tk = &S->doc->tokens[i];
    if (tk->kind == RASAD_TOK_NUMBER)
        return true;
    return t->word && tk->norm_len == 4 && memcmp(tk->norm, ALEF, 2) == 0 && memcmp(tk->norm + 2, LAM, 2) == 0;
}

/* One expression at i: منذ + date, or a date, or a range of two. */
static bool p_expr(const scan *S, size_t i, dval *v, size_t *end) {
    if (p_since(S, i, v, end))
        return true;
    if (!p_basic(S, i, v, end))
        return p_dayrange(S, i, v, end);
    dval r;
    size_t e;
    if (p_range(S, i, v, *end, &r, &e)) {
        *v = r;
        *end = e;
    }
    return true;
}

/* The day the article was written. A paper's date is often a day or more
 * after its text (a crawl's date, a late edition, a reprint), or a day
 * before it (an edition put online the evening before): its "اليوم
 * الاثنين" and "أمس الأحد" tell the day the text counts from, and every
 * relative word of the article (اليوم alone, أمس, الأسبوع الماضي) then
 * counts from that day, not from P. On the SaudiNewsNet sample a third of
 * the relative days with a weekday disagree with P, most of them by one
 * day; without this a bare اليوم and an "اليوم الاثنين" of one article
 * named two days, and their events did not merge. Only when all of the
 * article's weekdays agree (a roundup of several days' texts keeps P) and
 * the gap is at most WRITTEN_MAX_LAG days (a Friday's text in the crawl of the
 * Tuesday after it). */
#define WRITTEN_MAX_LAG 4
#define WEEKDAY_AFTER 3 /* tokens from the start of "فجر أمس، الأحد" to its weekday */
static void find_written_day(scan *S) {
    int moved = 0;
    bool seen = false;
    /* only the words just before a weekday can start such an expression
     * (most articles name none: the pass then costs one look a token) */
    for (size_t w = 1; w < S->n; w++) {
        S->lim = S->n;
        if (!W(S, w, DW_WEEKDAY))
            continue;
        uint32_t sent = S->doc->tokens[w].sentence;
        size_t i = w > WEEKDAY_AFTER ? w - WEEKDAY_AFTER : 0;
        while (S->doc->tokens[i].sentence != sent)
            i++;
        /* (and the ")" that closes an aside: "اليوم (الجمعة)") */
        S->lim = w + 1 < S->n && PUNCT(S, w - 1, "(") ? w + 2 : w + 1;
        for (; i < w; i++) {
            dval v;
            size_t end = 0;
            memset(&v, 0, sizeof v);
            if (!may_start(S, i) || !p_expr(S, i, &v, &end) || end <= i)
                continue;
            /* an expression that ends before the weekday holds the words
             * it took ("أول من أمس" leaves السبت alone) */
            bool aside = end + 1 == w && PUNCT(S, end, "("); /* اليوم (الجمعة) */
            if ((end != w + 1 && !aside) || !v.weekday || v.unres) {
                i = end - 1;
                continue;
            }
            if (seen && v.moved != moved)
                return;
            seen = true;
            moved = v.moved;
            break;
        }
    }
    if (!moved || moved > WRITTEN_MAX_LAG)
        return;
    S->pub -= moved;
    S->pd = cal_from_days(S->pub);
    if (!hijri_from_days(S->pub, &S->phy, &S->phm, &S->phd))
        S->has_pub = false;
}

rasad_status dates_scan(rasad_doc *doc) {
    rasad_status rc = RASAD_OK;
    scan S;
    memset(&S, 0, sizeof S);
    S.doc = doc;
    S.n = doc->ntokens;
    rasad_date *list = NULL;
    size_t nlist = 0, cap = 0;
    doc->dates = NULL;
    doc->ndates = 0;
    if (S.n == 0)
        goto done;
    S.t = doc->mem->calloc(S.n, sizeof *S.t);
    if (!S.t) {
        rc = RASAD_ENOMEM;
        goto fail;
    }
    const rasad_ymd *p = &doc->opts.published;
    if (p->year && cal_valid(p->year, p->month, p->day)) {
        S.has_pub = true;
        S.pd = *p;
        S.pub = cal_days(p->year, p->month, p->day);
        if (!hijri_from_days(S.pub, &S.phy, &S.phm, &S.phd))
            S.has_pub = false;
    }
    features(&S);
    if (S.has_pub)
        find_written_day(&S);
    size_t i = 0;
    while (i < S.n) {
        uint32_t sent = doc->tokens[i].sentence;
        S.lim = i;
        while (S.lim < S.n && doc->tokens[S.lim].sentence == sent)
            S.lim++;
        while (i < S.lim) {
            dval v;
            size_t end = 0;
            memset(&v, 0, sizeof v);
            if (!may_start(&S, i) || !p_expr(&S, i, &v, &end) || end <= i || end > S.lim) {
                i++;
                continue;
            }
            if (!grow_to(doc->mem, (void **)&list, &cap, nlist + 1, sizeof *list)) {
                rc = RASAD_ENOMEM;
                goto fail;
            }
            rasad_date *d = &list[nlist++];
            memset(d, 0, sizeof *d);
            d->start = span_start(doc, i, S.t[i].strip);
            d->end = doc->tokens[end - 1].end;
            d->tok_first = (uint32_t)i;
            d->tok_last = (uint32_t)(end - 1);
            d->precision = v.prec;
            d->relative = v.rel;
            d->resolved = !v.unres;
            if (!v.unres) {
                d->first = cal_from_days(v.a);
                d->last = cal_from_days(v.b);
            }
            i = end;
        }
    }
    if (nlist) {
        doc->dates = arena_alloc_array(&doc->arena, nlist, sizeof *doc->dates);
        if (!doc->dates) {
            rc = RASAD_ENOMEM;
            goto fail;
        }
        memcpy(doc->dates, list, nlist * sizeof *list);
        doc->ndates = nlist;
    }
done:
    doc->dates_done = true;
fail:
    if (S.t)
        doc->mem->free(S.t);
    if (list)
        doc->mem->free(list);
    return rc;
}

rasad_status rasad_doc_dates(rasad_doc *doc, const rasad_date **out, size_t *count) {
    if (!doc || !out || !count)
        return RASAD_EINVAL;
    if (!doc->dates_done) {
        rasad_status st = dates_scan(doc);
        if (st != RASAD_OK)
            return st;
    }
    *out = doc->dates;
    *count = doc->ndates;
    return RASAD_OK;
}
