/* SPDX-License-Identifier: MIT
 *
 * date_words.h - the words of Arabic date expressions (stage 2, mentions):
 * month names of the Gregorian calendar in their Egyptian/Gulf, Levantine/
 * Iraqi and Maghrebi forms, Hijri months, weekdays, ordinals, units,
 * "last/this/next", "start/middle/end of", seasons and calendar marks.
 * Entries are in the matching form (normalize.h): أ إ آ -> ا, ى -> ي,
 * ة -> ه, no diacritics. One word may carry several classes (الثاني is a
 * day ordinal and the "second" of كانون الثاني); the grammar in dates.c
 * asks for the class it needs.
 */
#ifndef RASAD_DATE_WORDS_H
#define RASAD_DATE_WORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum dw_class {
    DW_GMONTH = 1,   /* Gregorian month, v = 1..12 */
    DW_GMONTH_HEAD,  /* كانون (v 0) / تشرين (v 1): needs الاول / الثاني */
    DW_HMONTH,       /* Hijri month, v = 1..12 */
    DW_HMONTH_HEAD,  /* ربيع (v 3), جمادي (v 5): needs first/second; ذو/ذي (v 11) */
    DW_FIRST,        /* الاول, الاولي: the first of a two-word month */
    DW_SECOND,       /* الثاني, الاخر, الاخره: the second of a two-word month */
    DW_DHU,          /* القعده (v 11), الحجه (v 12) after ذو/ذي */
    DW_ORD,          /* day ordinal, v = 1..10 (الحادي, الواحد: v 1 and DWF_NEEDS) */
    DW_TENS,         /* العشرين 20, الثلاثين 30 */
    DW_ASHAR,        /* عشر in الحادي عشر .. التاسع عشر */
    DW_LAST,         /* الاخير: the last (quarter, half) */
    DW_WEEKDAY,      /* v = 0 Sunday .. 6 Saturday */
    DW_RELDAY,       /* اليوم 0, امس -1, غدا +1 */
    DW_GHAD,         /* غد: tomorrow after يوم / بعد */
    DW_AWAL,         /* اول in اول امس */
    DW_UNIT,         /* v = DU_*; DWF_DUAL, DWF_PLURAL */
    DW_PERIOD,       /* الاسبوع, الشهر, العام, السنه: v = DU_* */
    DW_DIR,          /* v = -1 الماضي, 0 الجاري, +1 المقبل */
    DW_THIS,         /* هذا, هذه */
    DW_PART,         /* v = DP_START, DP_MID, DP_END */
    DW_SEASON,       /* v = first month (3, 6, 9, 12) */
    DW_FRACTION,     /* الربع v 3, النصف v 6 (months) */
    DW_YEARNOUN,     /* عام, العام, سنه, السنه */
    DW_HMARK,        /* هـ, هجري, للهجره */
    DW_GMARK,        /* م, ميلادي, للميلاد */
    DW_TOD,          /* فجر, صباح, مساء ...; v 1 ليل/ليله (the night after), 2 الليله */
    DW_YOM,          /* يوم */
    DW_SHAHR,        /* شهر */
    DW_MIN,          /* من */
    DW_AGO,          /* قبل, منذ: v -1; بعد: v +1 */
    DW_COUNT,        /* a small number word, v = 3..10 */
    DW_MUWAFIQ,      /* الموافق: "corresponding to" */
    DW_PREP,         /* في, خلال, حتى ...: context for bare years and weak months */
    DW_MIN_OR_BAYN,  /* من (v 0) / بين (v 1) before a range */
    DW_TO,           /* الى, حتى: the second end of a range */
    DW_NAMEHEAD,     /* ثوره, قصر, شارع ...: a day and month after it name the thing */
    DW_PASTSPAN,     /* الايام 7, اليومين 2, الساعات 1, الاسبوعين 14: days a "past N" window reaches back */
    DW_LATEST        /* الاخيره, الاخيرين (v 0), القليله (v 1: needs الماضيه after it): after a DW_PASTSPAN */
} dw_class;

enum { DU_DAY = 0, DU_WEEK, DU_MONTH, DU_YEAR };
enum { DP_START = 0, DP_MID, DP_END };

/* Flags. */
#define DWF_WEAK 1u   /* month name that is also a common word or name: needs context */
#define DWF_WEAK2 2u  /* needs a day, a year, شهر or الماضي (اب "father", صفر "zero") */
#define DWF_DUAL 4u   /* يومين: count 2 */
#define DWF_PLURAL 8u /* ايام: needs a count */
#define DWF_NEEDS 16u /* الحادي: only with عشر / والعشرين */

typedef struct dw_entry {
    const char *norm; /* matching form */
    uint8_t len;      /* strlen(norm) */
    uint8_t cls;      /* dw_class */
    int8_t v;         /* value, see the class */
    uint8_t flags;    /* DWF_* */
} dw_entry;

/* Appends to out (room for max) the entries whose form is s[0..len), and
 * returns the new count. h = strhash_back(STRHASH_SEED, s, len)
 * (util/strhash.h): a caller that looks a word up with and without its
 * first letters hashes it once, backwards. */
size_t dw_lookup_h(const char *s, size_t len, uint32_t h, const dw_entry **out, size_t n, size_t max);

/* Is norm (a whole token's matching form) the "same" that makes اليوم the
 * day told before: نفسه, ذاته after it (after true), نفس, ذات before it?
 * dates.c reads no date in "اليوم نفسه"; extract/event_date.c dates the
 * act by the last date told. */
bool dw_same_day_mark(const char *norm, bool after);

#endif
