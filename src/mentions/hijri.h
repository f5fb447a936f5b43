/* SPDX-License-Identifier: MIT
 *
 * hijri.h - the tabular (arithmetical) Islamic calendar, for Hijri dates
 * in the date scanner (stage 2, mentions).
 *
 * The tabular calendar alternates 30- and 29-day months and adds a 30th
 * day to Dhu al-Hijjah in 11 years of every 30 (years 2, 5, 7, 10, 13, 16,
 * 18, 21, 24, 26 and 29 of the cycle), counted from 1 Muharram 1 AH =
 * 16 July 622 Julian (19 July 622 proleptic Gregorian). Countries that
 * fix months by sighting the new moon, or by the Umm al-Qura tables, may
 * differ from it by a day or two; a news date converted here can
 * therefore be off by that much.
 */
#ifndef RASAD_HIJRI_H
#define RASAD_HIJRI_H

#include <stdbool.h>
#include <stdint.h>

#define HIJRI_MIN_YEAR 1
#define HIJRI_MAX_YEAR 9000

bool hijri_is_leap(int y);
/* 30 or 29; 0 when m is not 1..12. */
int hijri_month_days(int y, int m);
bool hijri_valid(int y, int m, int d);
/* Day number (date_calendar.h: 0 = 1970-01-01) of a valid Hijri date. */
int64_t hijri_to_days(int y, int m, int d);
/* The Hijri date of day number n; false when n is before 1 AH or past
 * HIJRI_MAX_YEAR. */
bool hijri_from_days(int64_t n, int *y, int *m, int *d);

#endif
