/* SPDX-License-Identifier: MIT
 *
 * hijri.c - tabular Islamic calendar <-> day numbers (stage 2, mentions).
 * See hijri.h for the leap rule and how far it may be from sighting.
 *
 * Days before year y: 354 * (y - 1) plus the leap days of the years before
 * it, floor((3 + 11 y) / 30) (year y is leap when (14 + 11 y) mod 30 < 11,
 * which yields exactly the cycle years 2, 5, 7, ... 29). Days before month
 * m: 29 (m - 1) + floor(m / 2), the odd months having 30 days.
 */
#include "mentions/hijri.h"

#include "mentions/date_calendar.h"

/* Day number of 1 Muharram 1 AH: 19 July 622 (proleptic Gregorian). */
static int64_t hijri_epoch(void) {
    return cal_days(622, 7, 19);
}

bool hijri_is_leap(int y) {
    return y >= 1 && (14 + 11 * (int64_t)y) % 30 < 11;
}

int hijri_month_days(int y, int m) {
    if (m < 1 || m > 12)
        return 0;
    if (m == 12)
        return hijri_is_leap(y) ? 30 : 29;
    return m % 2 ? 30 : 29;
}

bool hijri_valid(int y, int m, int d) {
    return y >= HIJRI_MIN_YEAR && y <= HIJRI_MAX_YEAR && m >= 1 && m <= 12 && d >= 1 &&
           d <= hijri_month_days(y, m);
}

static int64_t hijri_year_start(int y) {
    return hijri_epoch() + 354 * ((int64_t)y - 1) + (3 + 11 * (int64_t)y) / 30;
}

int64_t hijri_to_days(int y, int m, int d) {
    return hijri_year_start(y) + 29 * (int64_t)(m - 1) + m / 2 + d - 1;
}

bool hijri_from_days(int64_t n, int *y, int *m, int *d) {
    int64_t off = n - hijri_epoch();
    if (off < 0)
        return false;
    /* 10631 days per 30 years; the estimate is within one year. */
    int64_t yy = (30 * off + 10646) / 10631;
    if (yy < 1)
        yy = 1;
    if (yy > HIJRI_MAX_YEAR + 1)
        return false;
    while (yy > 1 && hijri_year_start((int)yy) > n)
        yy--;
    while (yy <= HIJRI_MAX_YEAR && hijri_year_start((int)yy + 1) <= n)
        yy++;
    if (yy > HIJRI_MAX_YEAR)
        return false;
    int64_t doy = n - hijri_year_start((int)yy);
    int mm = 1;
    while (mm < 12 && doy >= hijri_month_days((int)yy, mm)) {
        doy -= hijri_month_days((int)yy, mm);
        mm++;
    }
    *y = (int)yy;
    *m = mm;
    *d = (int)doy + 1;
    return true;
}
