/* SPDX-License-Identifier: MIT
 *
 * test_dates.c - unit tests of the date stage: Gregorian day arithmetic
 * across month, year and leap-year ends; the tabular Hijri calendar (round
 * trips over three centuries, fixed points checked against ICU's
 * "islamic-civil" calendar while writing these tests); weekday and
 * relative-date resolution through the public rasad_doc_dates().
 */
#include <stdbool.h>
#include <string.h>

#include "harness.h"
#include "mentions/date_calendar.h"
#include "mentions/hijri.h"
#include "rasad.h"

static void test_gregorian_days(void) {
    INT_EQ(cal_days(1970, 1, 1), 0);
    INT_EQ(cal_days(1970, 1, 2), 1);
    INT_EQ(cal_days(1969, 12, 31), -1);
    INT_EQ(cal_days(2000, 3, 1) - cal_days(2000, 2, 28), 2); /* 2000 is leap (divisible by 400) */
    INT_EQ(cal_days(1900, 3, 1) - cal_days(1900, 2, 28), 1); /* 1900 is not */
    INT_EQ(cal_days(2024, 3, 1) - cal_days(2024, 2, 28), 2);
    INT_EQ(cal_days(2022, 3, 1) - cal_days(2022, 2, 28), 1);
    INT_EQ(cal_days(2022, 1, 1) - cal_days(2021, 12, 31), 1);
    INT_EQ(cal_days(2021, 1, 1) - cal_days(2020, 1, 1), 366);
    OK(cal_valid(2020, 2, 29));
    OK(!cal_valid(2021, 2, 29));
    OK(!cal_valid(2021, 4, 31));
    OK(!cal_valid(2021, 13, 1));
    OK(!cal_valid(2021, 0, 1));
    /* walk every day of 1899..2101 by hand and compare */
    int y = 1899, m = 1, d = 1;
    int64_t n = cal_days(y, m, d);
    bool ok = true;
    while (y < 2102) {
        rasad_ymd r = cal_from_days(n);
        if (r.year != y || r.month != m || r.day != d || cal_days(y, m, d) != n)
            ok = false;
        n++;
        if (++d > cal_month_days(y, m)) {
            d = 1;
            if (++m > 12) {
                m = 1;
                y++;
            }
        }
    }
    OK(ok, "day numbers and calendar days disagree");
}

static void test_weekday(void) {
    INT_EQ(cal_weekday(cal_days(1970, 1, 1)), 4);  /* Thursday */
    INT_EQ(cal_weekday(cal_days(2022, 1, 27)), 4); /* Thursday */
    INT_EQ(cal_weekday(cal_days(2000, 1, 1)), 6);  /* Saturday */
    INT_EQ(cal_weekday(cal_days(2015, 7, 20)), 1); /* Monday */
    INT_EQ(cal_weekday(cal_days(1969, 12, 28)), 0); /* Sunday, before the epoch */
}

static void test_month_shift(void) {
    rasad_ymd r = cal_month_shift(2022, 1, -1);
    INT_EQ(r.year, 2021);
    INT_EQ(r.month, 12);
    r = cal_month_shift(2021, 12, 1);
    INT_EQ(r.year, 2022);
    INT_EQ(r.month, 1);
    r = cal_month_shift(2022, 3, -27);
    INT_EQ(r.year, 2019);
    INT_EQ(r.month, 12);
}

static void expect_hijri(int hy, int hm, int hd, int y, int m, int d) {
    rasad_ymd r = cal_from_days(hijri_to_days(hy, hm, hd));
    INT_EQ(r.year, y);
    INT_EQ(r.month, m);
    INT_EQ(r.day, d);
    int a, b, c;
    OK(hijri_from_days(cal_days(y, m, d), &a, &b, &c));
    INT_EQ(a, hy);
    INT_EQ(b, hm);
    INT_EQ(c, hd);
}

static void test_hijri_fixed(void) {
    /* ICU islamic-civil; sighting put 1 Ramadan 1443 on 2 April 2022 */
    expect_hijri(1443, 9, 1, 2022, 4, 3);
    expect_hijri(1443, 1, 1, 2021, 8, 10);
    expect_hijri(1442, 9, 1, 2021, 4, 13);
    expect_hijri(1445, 9, 1, 2024, 3, 11);
    expect_hijri(1440, 12, 10, 2019, 8, 12);
    expect_hijri(1400, 1, 1, 1979, 11, 21);
    expect_hijri(1447, 6, 15, 2025, 12, 6);
    expect_hijri(1, 1, 1, 622, 7, 19); /* the epoch, 16 July 622 Julian */
}

static void test_hijri_roundtrip(void) {
    int leaps = 0;
    for (int y = 1411; y <= 1440; y++)
        leaps += hijri_is_leap(y);
    INT_EQ(leaps, 11); /* 11 leap years in every 30 */
    INT_EQ(hijri_month_days(1443, 1), 30);
    INT_EQ(hijri_month_days(1443, 2), 29);
    /* every day from 1300 AH to 1600 AH: from_days inverts to_days, and
     * consecutive days step through the months in order */
    int64_t n = hijri_to_days(1300, 1, 1), last = hijri_to_days(1600, 12, hijri_month_days(1600, 12));
    int py = 1300, pm = 1, pd = 0;
    bool ok = true;
    for (; n <= last; n++) {
        int y, m, d;
        if (!hijri_from_days(n, &y, &m, &d) || hijri_to_days(y, m, d) != n || !hijri_valid(y, m, d)) {
            ok = false;
            break;
        }
        bool step = (y == py && m == pm && d == pd + 1) || (y == py && m == pm + 1 && d == 1 && pd == hijri_month_days(py, pm)) ||
                    (y == py + 1 && m == 1 && d == 1 && pm == 12 && pd == hijri_month_days(py, 12));
        if (!step) {
            ok = false;
            break;
        }
        py = y, pm = m, pd = d;
    }
    OK(ok, "Hijri round trip broke at day %lld", (long long)n);
    int y, m, d;
    OK(!hijri_from_days(cal_days(600, 1, 1), &y, &m, &d)); /* before 1 AH */
}

/* The dates of text published on pub, as "start..end/precision" lines. */
static void dates_of(const char *text, const char *pub, char *out, size_t cap) {
    rasad_options o;
    rasad_options_init(&o);
    if (pub)
        rasad_ymd_parse(pub, strlen(pub), &o.published);
    rasad_doc *doc = NULL;
    out[0] = 0;
    if (rasad_doc_new(text, strlen(text), &o, &doc) != RASAD_OK)
        return;
    const rasad_date *ds;
    size_t n;
    if (rasad_doc_dates(doc, &ds, &n) == RASAD_OK) {
        size_t len = 0;
        for (size_t i = 0; i < n && len + 40 < cap; i++) {
            const rasad_date *x = &ds[i];
            if (!x->resolved)
                len += (size_t)snprintf(out + len, cap - len, "%sunresolved/%s", i ? ";" : "",
                                        rasad_precision_name((rasad_precision)x->precision));
            else
                len += (size_t)snprintf(out + len, cap - len, "%s%04d-%02d-%02d..%04d-%02d-%02d/%s", i ? ";" : "",
                                        x->first.year, x->first.month, x->first.day, x->last.year, x->last.month,
                                        x->last.day, rasad_precision_name((rasad_precision)x->precision));
        }
    }
    rasad_doc_free(doc);
}

/* One case: text published on a date (NULL: none), and the dates wanted
 * as dates_of() writes them. */
typedef struct date_case {
    const char *text, *published, *want;
} date_case;

static void check_dates(const date_case *cases, size_t n) {
    for (size_t i = 0; i < n; i++) {
        char got[512];
        dates_of(cases[i].text, cases[i].published, got, sizeof got);
        OK(strcmp(got, cases[i].want) == 0, "'%s' published %s: got \"%s\", want \"%s\"", cases[i].text,
           cases[i].published ? cases[i].published : "(none)", got, cases[i].want);
    }
}

#define CHECK_DATES(cases) check_dates(cases, sizeof cases / sizeof cases[0])

static void test_weekday_resolution(void) {
    static const date_case CASES[] = {
        /* 2022-01-27 is a Thursday */
        {"الخميس", "2022-01-27", "2022-01-27..2022-01-27/day"},
        {"الخميس الماضي", "2022-01-27", "2022-01-20..2022-01-20/day"},
        {"الخميس المقبل", "2022-01-27", "2022-02-03..2022-02-03/day"},
        {"الجمعة", "2022-01-27", "2022-01-21..2022-01-21/day"},
        {"الجمعة المقبلة", "2022-01-27", "2022-01-28..2022-01-28/day"},
        {"الأحد", "2022-01-27", "2022-01-23..2022-01-23/day"},
        /* across a month and a year end */
        {"السبت الماضي", "2022-01-02", "2022-01-01..2022-01-01/day"},
        {"الأربعاء", "2022-01-02", "2021-12-29..2021-12-29/day"},
        {"ليل الجمعة", "2015-07-26", "2015-07-24..2015-07-25/day"},
    };
    CHECK_DATES(CASES);
}

static void test_relative_arithmetic(void) {
    static const date_case CASES[] = {
        {"أمس", "2020-03-01", "2020-02-29..2020-02-29/day"}, /* leap day */
        {"أمس", "2021-03-01", "2021-02-28..2021-02-28/day"},
        {"أول أمس", "2021-01-01", "2020-12-30..2020-12-30/day"},
        /* the day before yesterday in all its spellings is P - 2 */
        {"أمس الأول", "2015-07-23", "2015-07-21..2015-07-21/day"},
        {"أول من أمس", "2015-07-23", "2015-07-21..2015-07-21/day"},
        {"الأول من أمس", "2015-07-23", "2015-07-21..2015-07-21/day"},
        {"قبل أمس", "2015-07-23", "2015-07-21..2015-07-21/day"},
        {"أمس الأول الثلاثاء", "2015-07-23", "2015-07-21..2015-07-21/day"},
        {"مساء أول من أمس", "2021-03-01", "2021-02-27..2021-02-27/day"},
        {"منذ أمس", "2015-07-23", "2015-07-22..2015-07-23/day"},
        {"غدا", "2021-12-31", "2022-01-01..2022-01-01/day"},
        {"قبل ثلاثة أيام", "2021-03-02", "2021-02-27..2021-02-27/day"},
        {"قبل 10 أيام", "2024-03-05", "2024-02-24..2024-02-24/day"},
        {"الشهر الماضي", "2022-01-15", "2021-12-01..2021-12-31/month"},
        {"الشهر المقبل", "2024-01-15", "2024-02-01..2024-02-29/month"},
        {"الأسبوع الماضي", "2022-01-01", "2021-12-19..2021-12-25/week"},
        {"قبل عامين", "2024-02-29", "2022-02-28..2022-02-28/year"},
        {"أمس", NULL, "unresolved/day"},
        {"26 يناير 2022", NULL, "2022-01-26..2022-01-26/day"},
    };
    CHECK_DATES(CASES);
}

static void test_not_dates(void) {
    static const date_case CASES[] = {
        {"قتل 2022 شخصا", "2022-01-27", ""},
        {"المدعي العام", "2022-01-27", ""},
        {"الأمين العام للأمم المتحدة", "2022-01-27", ""},
        {"يوم", "2022-01-27", ""},
        {"", "2022-01-27", ""},
    };
    CHECK_DATES(CASES);
}

TEST_MAIN(test_gregorian_days, test_weekday, test_month_shift, test_hijri_fixed, test_hijri_roundtrip,
          test_weekday_resolution, test_relative_arithmetic, test_not_dates)
