/* SPDX-License-Identifier: MIT
 *
 * date_calendar.c - Gregorian day numbers (stage 2, mentions; used by the
 * date scanner and the Hijri converter).
 *
 * cal_days() counts days in 400-year eras of 146097 days, with the year
 * starting on 1 March so that the leap day falls at the end of it; the
 * day of the year from March is then (153 * month + 2) / 5, the classic
 * closed form for the 31/30 month lengths from March to January. The
 * inverse undoes the same steps. All arithmetic is on int64_t with years
 * bounded by CAL_MIN_YEAR..CAL_MAX_YEAR.
 */
#include "mentions/date_calendar.h"

bool cal_is_leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int cal_month_days(int y, int m) {
    static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12)
        return 0;
    if (m == 2 && cal_is_leap(y))
        return 29;
    return len[m - 1];
}

bool cal_valid(int y, int m, int d) {
    return y >= CAL_MIN_YEAR && y <= CAL_MAX_YEAR && m >= 1 && m <= 12 && d >= 1 &&
           d <= cal_month_days(y, m);
}

int64_t cal_days(int y, int m, int d) {
    int64_t yy = (int64_t)y - (m <= 2);           /* the year starts in March */
    int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
    int64_t yoe = yy - era * 400;                  /* 0..399 */
    int64_t mp = m > 2 ? m - 3 : m + 9;            /* March = 0 */
    int64_t doy = (153 * mp + 2) / 5 + d - 1;      /* 0..365 */
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;            /* 719468: 0000-03-01 .. 1970-01-01 */
}

int64_t cal_days_ymd(rasad_ymd v) {
    return cal_days(v.year, v.month, v.day);
}

rasad_ymd cal_from_days(int64_t n) {
    int64_t z = n + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;                                /* 0..146096 */
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);        /* 0..365 */
    int64_t mp = (5 * doy + 2) / 153;
    rasad_ymd r;
    r.day = (int)(doy - (153 * mp + 2) / 5 + 1);
    r.month = (int)(mp < 10 ? mp + 3 : mp - 9);
    r.year = (int)(yoe + era * 400 + (r.month <= 2));
    return r;
}

int cal_weekday(int64_t n) {
    /* 1970-01-01 was a Thursday (4 with Sunday = 0). */
    int64_t w = (n + 4) % 7;
    return (int)(w < 0 ? w + 7 : w);
}

rasad_ymd cal_month_shift(int y, int m, int k) {
    int64_t idx = (int64_t)y * 12 + (m - 1) + k;
    rasad_ymd r;
    r.year = (int)(idx / 12);
    r.month = (int)(idx % 12) + 1;
    r.day = 1;
    return r;
}

bool cal_days_ok(int64_t n) {
    return n >= cal_days(CAL_MIN_YEAR, 1, 1) && n <= cal_days(CAL_MAX_YEAR, 12, 31);
}
