/* SPDX-License-Identifier: MIT
 *
 * date_calendar.h - Gregorian day arithmetic for the date scanner (stage 2,
 * mentions). Days are counted as a signed day number, 0 = 1970-01-01, on
 * the proleptic Gregorian calendar, so "three days before 2 March 2020" is
 * plain subtraction and every range is two day numbers.
 */
#ifndef RASAD_DATE_CALENDAR_H
#define RASAD_DATE_CALENDAR_H

#include <stdbool.h>
#include <stdint.h>

#include "rasad.h"

/* Years the calendar code accepts; outside them every function refuses
 * (returns false / INT64_MIN) so no arithmetic can overflow. */
#define CAL_MIN_YEAR 1
#define CAL_MAX_YEAR 9999

bool cal_is_leap(int y);
/* Days in month m of year y; 0 when m is not 1..12. */
int cal_month_days(int y, int m);
/* Is y-m-d a real day within CAL_MIN_YEAR..CAL_MAX_YEAR? */
bool cal_valid(int y, int m, int d);
/* Day number of y-m-d (which must be cal_valid). */
int64_t cal_days(int y, int m, int d);
int64_t cal_days_ymd(rasad_ymd v);
/* The calendar day of day number n. */
rasad_ymd cal_from_days(int64_t n);
/* 0 = Sunday (الأحد, "the first") .. 6 = Saturday (السبت). */
int cal_weekday(int64_t n);
/* y-m-1 moved by k months (k may be negative); day set to 1. */
rasad_ymd cal_month_shift(int y, int m, int k);
/* Is the day number inside the years the calendar handles? */
bool cal_days_ok(int64_t n);

#endif
