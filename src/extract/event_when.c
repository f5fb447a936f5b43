/* SPDX-License-Identifier: MIT
 *
 * event_when.c - stage 4, event frames: when is the act told? A trigger word
 * may name an act of distant history (بدأت سورية باحتلال جارتها لبنان في
 * يناير 1976), a toll summed since a point (منذ بداية الحرب، منذ مارس
 * الماضي) or over a span (خلال الأشهر الماضية), or a plan dated to come
 * (مسيرة يوم الجمعة المقبل). ev_happened (event_happened.c) asks these
 * tests, and event_frame.c asks the two of a period.
 */
#include "extract/extract.h"
#include "knowledge/lexicon.h"
#include "extract/events.h"
#include "mentions/date_calendar.h"

/* Distant history: an act dated more than HISTORY_YEARS before the
 * article was published is background ("بدأت سورية باحتلال جارتها لبنان
 * في يناير 1976", "منذ حرب احتلال بغداد في 2003" in a 2015 essay).
 * Gold dev dates its events up to 4 years back (a 2011 protest and a
 * 2013 attack in 2015 articles, the seed's March 2019 defeat in 2022);
 * the first protests of the Syrian war, Daraa in March 2011, are still
 * coded in a 2022 article (tests/golden/extract_protest.txt): 11 years.
 * On the SaudiNewsNet sample no event is dated 11 years back, so 10 and
 * 11 drop the same. Every dated mention
 * of the clause must be that old: a recent date beside an old one ("منذ
 * 2003 ... أمس") dates the act told now. An article that tells a history
 * (three dates or more over 4 years back) has a nearer limit, 4 years,
 * the oldest gold dev codes. */
#define HISTORY_YEARS 11
#define HISTORY_NEAR 4 /* years back: older still is background in an article that tells history */
#define HISTORY_ARTICLE_DATES 3 /* old dates that make an article a history (a chronology, a life) */
/* How many non-relative dates of the article are more than HISTORY_NEAR
 * years before pub, up to HISTORY_ARTICLE_DATES? */
static size_t old_dates(const ex_view *v, int pub) {
    size_t n = 0;
    for (size_t k = 0; k < v->ndates && n < HISTORY_ARTICLE_DATES; k++) {
        const rasad_date *d = &v->dates[k];
        if (d->resolved && !d->relative && d->last.year && d->last.year + HISTORY_NEAR < pub)
            n++;
    }
    return n;
}
/* words of birth before a date (ev_birth_date, events.h); not مولود
 * alone, which is also Mevlüt, a Turkish first name */
EX_WORDS(BIRTH, "مواليد", "ولد", "ولدت", "المولود", "المولوده");
bool ev_birth_date(const rasad_doc *doc, const rasad_date *d) {
    for (size_t k = d->tok_first; k-- > 0 && k + 2 >= d->tok_first;)
        if (ex_stem_in(doc, k, &BIRTH))
            return true;
    return false;
}
/* c: the clause dated by the act's own date, or its sentence where the
 * clause has none */
bool ev_distant_past(const ex_view *v, ex_clause c) {
    int pub = v->doc->opts.published.year;
    if (pub == 0)
        return false;
    bool old = false, older = true;
    for (size_t k = ex_date_from(v, c.first), kn = ex_date_to(v, c.last + 1); k < kn; k++) {
        const rasad_date *d = &v->dates[k];
        if (d->tok_first < c.first || d->tok_last > c.last || !d->resolved || d->last.year == 0 ||
            ev_birth_date(v->doc, d))
            continue;
        if (d->relative || d->last.year + HISTORY_NEAR >= pub)
            return false;
        old = true;
        older = older && d->last.year + HISTORY_YEARS < pub;
    }
    /* 5 to 11 years back: background where the article tells a history,
     * a chronology of a ministry's foiled plots ("وفي 19 أغسطس 2009م
     * وزارة الداخلية تعلن القبض على 44 عنصرا") or a life ("وفي ديسمبر
     * 2005 عين رئيسا ... تقلد الرئاسة في فبراير 2007"); one old date in a
     * news story ("درعا التي شهدت أولى الاحتجاجات في آذار 2011") is
     * left to the 11-year limit */
    return old && (older || old_dates(v, pub) >= HISTORY_ARTICLE_DATES);
}

EX_WORDS(OUTBREAK_NOUNS, "بدايه", "اندلاع", "مطلع", "بدء", "انطلاق", "نشوب",
         /* "منذ تولي الرئيس ... الحكم": since taking office */
         "تولي",
         /* since a regime fell or a war ended: "ومنذ الإطاحة بالنظام
          * السابق سيطر تنظيم القاعدة على درنة", "منذ سقوط النظام",
          * "منذ انتهاء الحرب الأهلية" */
         "الاطاحه", "اطاحه", "سقوط", "رحيل", "انتهاء", "نهايه", "قيام");
/* A tally since a point, the since-phrase anywhere in the sentence:
 * "أسفرت المعارك عن مقتل أكثر من 3200 شخص، غالبيتهم من المدنيين، منذ
 * مارس الماضي", "ومنذ تولي الرئيس الحكم في 29 مايو، قتل أكثر من 750
 * شخصا", "قتل أكثر من 6500 شخص منذ أن بدأ المتمردون". The frame reads
 * a since-phrase near the count; across a comma or a long subject it
 * is the same sum of many incidents. Kept: a since-phrase that measures
 * a record ("أعنف هجوم منذ بداية الحرب"), a point a month back or less
 * ("غارات مستمرة منذ ثلاثة أيام"), and a count the clause dates recently
 * ("قتل 5 أمس"). */
EX_WORDS(RECORD_WORDS, "اعنف", "اكبر", "اول", "الاول", "الاولي", "اسوا", "اشد", "اعلي", "اخطر", "ادمي",
         "اوسع", "اطول", "افدح", "اخر", "الاخير", "الاخيره", "احدث");
/* "الأكثر دموية منذ": the definite form only, "أكثر من 750 شخصا منذ"
 * counts */
EX_WORDS(RECORD_MOST, "الاكثر");
#define RECORD_REACH 4 /* tokens back from منذ to the superlative it measures */
#define SINCE_TALLY_REACH 24 /* tokens either side of the count's trigger */
#define RECENT_DAYS 31 /* a since-point this close is one operation's span */
/* Does a superlative stand up to RECORD_REACH tokens before token i
 * (منذ), from lo on? */
bool ev_record_before(const rasad_doc *doc, size_t i, size_t lo) {
    for (size_t k = 1; k <= RECORD_REACH && i >= lo + k; k++)
        if (ex_stem_in(doc, i - k, &RECORD_WORDS) || ex_word_in(doc, i - k, &RECORD_MOST))
            return true;
    return false;
}
/* The day's number on the calendar (mentions/date_calendar.h); a date
 * known to its month or year counts from the first day. */
static long day_number(rasad_ymd d) {
    return (long)cal_days(d.year, d.month ? d.month : 1, d.day ? d.day : 1);
}
static bool recent_date_in(const ex_view *v, ex_clause c, long pub) {
    for (size_t k = ex_date_from(v, c.first), kn = ex_date_to(v, c.last + 1); k < kn; k++) {
        const rasad_date *d = &v->dates[k];
        if (d->tok_first < c.first || d->tok_last > c.last || !d->resolved || d->last.year == 0)
            continue;
        bool since = ex_stem_in(v->doc, d->tok_first, &PREP_SINCE) ||
                     (d->tok_first > c.first && ex_stem_in(v->doc, d->tok_first - 1, &PREP_SINCE));
        if (!since && pub - day_number(d->last) <= RECENT_DAYS)
            return true;
    }
    return false;
}
/* "أسفرت الأزمة حتى الآن عن 80 قتيلا": a crisis or a war that has
 * caused a toll "so far" sums it */
EX_WORDS(SO_FAR, "الان", "اليوم", "اللحظه");
EX_WORDS(UNTIL, "حتي", "لحد", "لغايه");
EX_WORDS(CRISIS_NOUNS, "الازمه", "الحرب", "النزاع", "الصراع", "التمرد", "الثوره", "الاضطرابات", "الاحداث");
static bool crisis_so_far(const rasad_doc *doc, ex_clause c) {
    bool so_far = false, crisis = false;
    for (size_t i = c.first; i <= c.last && !(so_far && crisis); i++) {
        so_far = so_far || (i < c.last && ex_word_in(doc, i, &UNTIL) && ex_word_in(doc, i + 1, &SO_FAR));
        crisis = crisis || ex_stem_in(doc, i, &CRISIS_NOUNS);
    }
    return so_far && crisis;
}
/* Does the منذ at token i name a dated point more than a month back (a
 * since-date runs to the published day: its first day is the point)? */
static bool point_long_ago(const ex_view *v, size_t i, long pub) {
    for (size_t k = ex_date_from(v, i), kn = ex_date_to(v, i + 3); k < kn; k++) {
        const rasad_date *d = &v->dates[k];
        if ((d->tok_first == i || d->tok_first == i + 1) && d->resolved && d->last.year && pub &&
            pub - day_number(d->first) > RECENT_DAYS)
            return true;
    }
    return false;
}
bool ev_since_tally(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    if (crisis_so_far(doc, c))
        return true;
    rasad_ymd p = doc->opts.published;
    long pub = p.year ? day_number(p) : 0;
    if (pub && recent_date_in(v, c, pub))
        return false;
    size_t first, end, tok = t->e->tok_first;
    ex_sentence_tokens(doc, doc->tokens[tok].sentence, &first, &end);
    if (first + SINCE_TALLY_REACH < tok)
        first = tok - SINCE_TALLY_REACH;
    if (end > t->e->tok_last + SINCE_TALLY_REACH)
        end = t->e->tok_last + SINCE_TALLY_REACH;
    for (size_t i = first; i + 1 < end; i++) {
        if (!ex_stem_in(doc, i, &PREP_SINCE)) /* منذ، ومنذ */
            continue;
        /* a colon between opens quoted words, another statement:
         * "الشطر الذي تحتله تركيا منذ 1974: نحن في حداد بسبب عمل إرهابي
         * أوقع 30 قتيلا" */
        bool colon = false;
        for (size_t k = i < tok ? i : tok; k < (i < tok ? tok : i) && !colon; k++)
            colon = doc->tokens[k].kind == RASAD_TOK_PUNCT && doc->tokens[k].norm[0] == ':';
        if (colon)
            continue;
        if (ev_record_before(doc, i, first))
            continue;
        if (ex_stem_in(doc, i + 1, &OUTBREAK_NOUNS) || ex_word_in(doc, i + 1, &EV_AN_THAT))
            return true;
        if (point_long_ago(v, i, pub))
            return true;
    }
    return false;
}

/* Dated to come: every resolved date of the clause starts after the
 * published day ("مسيرة حاشدة يوم الجمعة المقبل", "اعتصام مفتوح غدا",
 * "تظاهرة الأسبوع المقبل"): a plan, whatever verb tells it. */
EX_WORDS(TO_COME, "المقبل", "المقبله", "القادم", "القادمه", "مقبل", "مقبله", "غدا", "غد");
bool ev_dated_to_come(const ex_view *v, ex_clause c) {
    rasad_ymd p = v->doc->opts.published;
    if (p.year == 0)
        return false;
    long pub = day_number(p);
    bool later = false;
    for (size_t k = ex_date_from(v, c.first), kn = ex_date_to(v, c.last + 1); k < kn; k++) {
        const rasad_date *d = &v->dates[k];
        if (d->tok_first < c.first || d->tok_last > c.last || !d->resolved || d->first.year == 0)
            continue;
        /* a word of the future in the date itself: a day and month
         * with no year may be a street's or a town's name ("شارع 26
         * سبتمبر"، "مدينة السادس من أكتوبر") resolved to the coming one */
        bool told = false;
        for (size_t i = d->tok_first; i <= d->tok_last && !told; i++)
            told = ex_stem_in(v->doc, i, &TO_COME);
        /* (the published day itself is still to come for a text written
         * the day before it: "غدا الثلاثاء" in Monday's text of a paper
         * dated Tuesday) */
        if (!told || day_number(d->first) < pub)
            return false;
        later = true;
    }
    return later;
}

/* The part of clause c the trigger is in, between the connectives that
 * open another act's clause (كما، فيما، بينما): "قتل ثلاثة جنود في هجوم
 * ...، فيما تستعد المدينة لانتخابات في 6 أغسطس المقبل" dates the
 * elections, not the attack. */
ex_clause ev_own_part(const rasad_doc *doc, ex_clause c, const trig *t) {
    ex_clause n = c;
    for (size_t i = t->e->tok_last + 1; i <= c.last; i++)
        if (ev_opens_clause(doc, i)) {
            n.last = i - 1;
            break;
        }
    for (size_t i = t->e->tok_first; i > c.first; i--)
        if (ev_opens_clause(doc, i - 1)) {
            n.first = i;
            break;
        }
    return n;
}

/* "خلال", "طوال", "طيلة", "على مدى/مدار" + a span */
EX_WORDS(DURING, "خلال", "طوال", "طيلة", "مدي", "مدار");

/* Does clause c count over a span of weeks or more ("خلال النصف الأول
 * من العام", "خلال أيام العيد", "خلال الأشهر الماضية")? A count over
 * such a span is a report's total of many incidents, a claim like the
 * count since a point; hours and a day or two ("خلال الساعات الماضية")
 * still frame one battle. */
bool ev_period_in_clause(const rasad_doc *doc, ex_clause c) {
    EX_WORDS(SPANS, "النصف", "الربع", "الثلث", "الاشهر", "اشهر", "الشهر", "شهر", "الاسابيع",
             "اسابيع", "العام", "عام", "السنه", "سنه", "السنوات", "سنوات", "الفتره",
             "فتره", "المده", "مده", "الايام", "ايام");
    /* a count of spans between: "خلال الأربعة الأشهر الماضية", "خلال
     * أربعة أشهر من الحرب", "خلال 12 شهرا" */
    EX_WORDS(SPAN_COUNTS, "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره", "عده",
             "بضعه", "الثلاثه", "الاربعه", "الخمسه", "السته", "السبعه", "الثمانيه", "التسعه", "العشره");
    EX_WORDS(ARTICLE_ALONE, "ال");
    EX_WORDS(SPANS_COUNTED, "اشهر", "الاشهر", "شهرا", "اسابيع", "الاسابيع", "اعوام", "الاعوام", "سنوات",
             "السنوات", "عاما");
    for (size_t i = c.first; i < c.last; i++) {
        if (!ex_word_in(doc, i, &DURING))
            continue;
        /* a span that measures a record: "ويعد الأسوأ من نوعه خلال العام
         * الجاري" */
        if (ev_record_before(doc, i, c.first))
            continue;
        if (ex_stem_in(doc, i + 1, &SPANS))
            return true;
        /* the period told before: "قتلوا جراء هذه الغارات خلال هذه
         * الفترة" */
        if (i + 2 <= c.last && ex_word_in(doc, i + 1, &DEMONSTRATIVES) && ex_stem_in(doc, i + 2, &SPANS))
            return true;
        /* the article may stand apart before a number: "خلال الـ12 عاما" */
        size_t n = i + 1;
        if (n < c.last && ex_word_in(doc, n, &ARTICLE_ALONE) && doc->tokens[n + 1].kind == RASAD_TOK_NUMBER)
            n++;
        if (n + 1 <= c.last && (doc->tokens[n].kind == RASAD_TOK_NUMBER || ex_word_in(doc, n, &SPAN_COUNTS)) &&
            ex_word_in(doc, n + 1, &SPANS_COUNTED))
            return true;
    }
    return false;
}


/* "ومنذ ذلك الوقت قتل عشرات الآلاف": since a point told before, in the
 * clause before the trigger (after it, "قتل جنديان ... واختفى 15 منذ ذلك
 * الحين" dates what follows, not the act) */
EX_WORDS(THAT_POINT, "ذلك", "ذاك", "تلك");
bool ev_since_then_before(const rasad_doc *doc, const trig *t, ex_clause c) {
    for (size_t i = c.first; i + 1 < t->e->tok_first; i++)
        if (ex_stem_in(doc, i, &PREP_SINCE) && ex_word_in(doc, i + 1, &THAT_POINT))
            return true;
    return false;
}

bool ev_since_in_clause(const ex_view *v, ex_clause c) {
    /* "منذ بداية الحرب", "منذ اندلاع النزاع": a period the date reader
     * may not resolve */
    for (size_t i = c.first; i <= c.last; i++)
        if (ex_stem_in(v->doc, i, &PREP_SINCE) && /* منذ، ومنذ */
            ex_stem_in(v->doc, i + 1, &OUTBREAK_NOUNS) && !ev_record_before(v->doc, i, c.first))
            return true;
    for (size_t k = ex_date_from(v, c.first), kn = ex_date_to(v, c.last + 1); k < kn; k++) {
        const rasad_date *d = &v->dates[k];
        if (d->tok_first < c.first || d->tok_last > c.last)
            continue;
        size_t i = d->tok_first;
        if (!ex_stem_in(v->doc, i, &PREP_SINCE) && i > c.first)
            i--;
        /* "الأعنف منذ بداية الحرب", "أكبر هجوم منذ 2019": a record
         * measured since a point dates nothing (recent acts stay acts) */
        if (ex_stem_in(v->doc, i, &PREP_SINCE) && !ev_record_before(v->doc, i, c.first))
            return true;
    }
    return false;
}

/* "وأشار المرصد إلى ارتفاع العدد الإجمالي للقتلى إلى 3216 ... منذ 23
 * أيلول 2014، وحتى فجر أمس. ولفت إلى مقتل 2927 على الأقل من تنظيم داعش
 * ... في محافظات حماة وحلب وحمص ... كما لقي ما لا يقل عن 115 مسلحا من
 * جبهة النصرة حتفهم ...": a report's tally runs on in the sentences that
 * go on telling it (a bare verb of reporting or كما first, no date of
 * their own), each a total of the same period. */
EX_WORDS(REPORT_GOES_ON, "لفت", "اشار", "اضاف", "اوضح", "تابع", "اكد");
EX_WORDS(AS_ALSO, "كما");
EX_WORDS(TO_OR_THAT, "الي", "ان", "بان");
#define TALLY_BACK 3 /* sentences a report's tally may run on through */

static bool sentence_dated(const ex_view *v, size_t first, size_t end) {
    for (size_t k = ex_date_from(v, first), kn = ex_date_to(v, end); k < kn; k++)
        if (v->dates[k].tok_first >= first && v->dates[k].tok_last < end)
            return true;
    return false;
}

/* Does sentence s count over a period: a span (خلال ... أشهر) or a point
 * more than a month back (منذ 23 أيلول 2014)? */
static bool tally_sentence(const ex_view *v, uint32_t s, long pub) {
    const rasad_doc *doc = v->doc;
    size_t first, end;
    ex_sentence_tokens(doc, s, &first, &end);
    if (first >= end)
        return false;
    if (ev_period_in_clause(doc, (ex_clause){first, end - 1}) || crisis_so_far(doc, (ex_clause){first, end - 1}))
        return true;
    for (size_t i = first; i + 1 < end; i++) {
        if (!ex_stem_in(doc, i, &PREP_SINCE) || ev_record_before(doc, i, first))
            continue;
        if (ex_stem_in(doc, i + 1, &OUTBREAK_NOUNS) || point_long_ago(v, i, pub))
            return true;
    }
    return false;
}

/* Does sentence s go on telling the report before it (a verb of
 * reporting with no subject of its own, or كما, first) with no date of
 * its own? */
static bool report_goes_on(const ex_view *v, uint32_t s) {
    const rasad_doc *doc = v->doc;
    size_t first, end;
    ex_sentence_tokens(doc, s, &first, &end);
    bool bare_verb = first + 1 < end && ex_stem_in(doc, first, &REPORT_GOES_ON) && ex_word_in(doc, first + 1, &TO_OR_THAT);
    return first < end && (bare_verb || ex_stem_in(doc, first, &AS_ALSO)) && !sentence_dated(v, first, end);
}

bool ev_tally_goes_on(const ex_view *v, uint32_t s) {
    rasad_ymd p = v->doc->opts.published;
    long pub = p.year ? day_number(p) : 0;
    for (uint32_t k = 0; k < TALLY_BACK && s > k; k++) {
        if (!report_goes_on(v, s - k))
            return false;
        if (tally_sentence(v, s - k - 1, pub))
            return true;
    }
    return false;
}
