/* SPDX-License-Identifier: MIT
 *
 * date_words.c - the date lexicon (stage 2, mentions). See date_words.h.
 *
 * Month names were checked against CLDR's Arabic calendars
 * (../shared/data/cldr-ar/dates/{ar,ar-EG}: يناير .. ديسمبر; ar-IQ, ar-JO,
 * ar-LB, ar-PS, ar-SY: كانون الثاني .. كانون الأول) and extended with the
 * spellings news agencies use (إبريل, يونيه, يوليه) and the Maghrebi forms
 * (جانفي, فيفري, أفريل, جوان, جويلية, أوت; يوليوز, غشت, شتنبر, نونبر, دجنبر).
 *
 * Weak months (DWF_WEAK) are also everyday words or names: مارس "he
 * practised", نيسان the car maker, تموز, أيار, آذار (the Lebanese "14
 * آذار" camp), رجب, شعبان, رمضان (given names), محرم "forbidden". They are
 * a date only with a day, a year, شهر, الماضي/المقبل, or after a
 * preposition (في رمضان). آب (= أب "father") and صفر ("zero") are weaker
 * still (DWF_WEAK2): never after a bare preposition.
 */
#include "mentions/date_words.h"

#include <pthread.h>
#include <string.h>

#include "util/strhash.h"

#define E(s, c, v, f) {s, (uint8_t)(sizeof(s) - 1), c, v, f}

static const dw_entry words[] = {
    /* Gregorian months: Egyptian/Gulf (CLDR ar, ar-EG) and variants */
    E("يناير", DW_GMONTH, 1, 0), E("جانفي", DW_GMONTH, 1, 0),
    E("فبراير", DW_GMONTH, 2, 0), E("فيفري", DW_GMONTH, 2, 0),
    E("مارس", DW_GMONTH, 3, DWF_WEAK),
    E("ابريل", DW_GMONTH, 4, 0), E("افريل", DW_GMONTH, 4, 0),
    E("مايو", DW_GMONTH, 5, 0),
    E("يونيو", DW_GMONTH, 6, 0), E("يونيه", DW_GMONTH, 6, 0), E("جوان", DW_GMONTH, 6, 0),
    E("يوليو", DW_GMONTH, 7, 0), E("يوليه", DW_GMONTH, 7, 0), E("جويليه", DW_GMONTH, 7, 0),
    E("يوليوز", DW_GMONTH, 7, 0),
    E("اغسطس", DW_GMONTH, 8, 0), E("اوت", DW_GMONTH, 8, DWF_WEAK), E("غشت", DW_GMONTH, 8, DWF_WEAK),
    E("سبتمبر", DW_GMONTH, 9, 0), E("شتنبر", DW_GMONTH, 9, 0),
    E("اكتوبر", DW_GMONTH, 10, 0),
    E("نوفمبر", DW_GMONTH, 11, 0), E("نونبر", DW_GMONTH, 11, 0),
    E("ديسمبر", DW_GMONTH, 12, 0), E("دجنبر", DW_GMONTH, 12, 0),
    /* Levantine/Iraqi (CLDR ar-IQ, ar-SY, ...) */
    E("كانون", DW_GMONTH_HEAD, 0, 0), E("تشرين", DW_GMONTH_HEAD, 1, 0),
    E("شباط", DW_GMONTH, 2, 0),
    E("اذار", DW_GMONTH, 3, DWF_WEAK),
    E("نيسان", DW_GMONTH, 4, DWF_WEAK),
    E("ايار", DW_GMONTH, 5, DWF_WEAK),
    E("حزيران", DW_GMONTH, 6, 0),
    E("تموز", DW_GMONTH, 7, DWF_WEAK),
    E("اب", DW_GMONTH, 8, DWF_WEAK | DWF_WEAK2),
    E("ايلول", DW_GMONTH, 9, 0),
    /* Hijri months */
    E("محرم", DW_HMONTH, 1, DWF_WEAK), E("المحرم", DW_HMONTH, 1, DWF_WEAK),
    E("صفر", DW_HMONTH, 2, DWF_WEAK | DWF_WEAK2),
    E("ربيع", DW_HMONTH_HEAD, 3, 0),
    E("جمادي", DW_HMONTH_HEAD, 5, 0),
    E("رجب", DW_HMONTH, 7, DWF_WEAK),
    E("شعبان", DW_HMONTH, 8, DWF_WEAK),
    E("رمضان", DW_HMONTH, 9, DWF_WEAK),
    E("شوال", DW_HMONTH, 10, 0),
    E("ذو", DW_HMONTH_HEAD, 11, 0), E("ذي", DW_HMONTH_HEAD, 11, 0),
    E("القعده", DW_DHU, 11, 0), E("الحجه", DW_DHU, 12, 0),
    /* the two halves of two-word months */
    E("الاول", DW_FIRST, 1, 0), E("اول", DW_FIRST, 1, 0),
    E("الاولي", DW_FIRST, 1, 0), E("اولي", DW_FIRST, 1, 0),
    E("الثاني", DW_SECOND, 2, 0), E("ثاني", DW_SECOND, 2, 0), E("الثانيه", DW_SECOND, 2, 0),
    E("الاخر", DW_SECOND, 2, 0), E("الاخره", DW_SECOND, 2, 0), E("الاخير", DW_SECOND, 2, 0),
    /* day ordinals (masculine: اليوم is masculine) */
    E("الاول", DW_ORD, 1, 0), E("الحادي", DW_ORD, 1, DWF_NEEDS), E("الواحد", DW_ORD, 1, DWF_NEEDS),
    E("الثاني", DW_ORD, 2, 0), E("الثالث", DW_ORD, 3, 0), E("الرابع", DW_ORD, 4, 0),
    E("الخامس", DW_ORD, 5, 0), E("السادس", DW_ORD, 6, 0), E("السابع", DW_ORD, 7, 0),
    E("الثامن", DW_ORD, 8, 0), E("التاسع", DW_ORD, 9, 0), E("العاشر", DW_ORD, 10, 0),
    E("العشرين", DW_TENS, 20, 0), E("الثلاثين", DW_TENS, 30, 0),
    E("عشر", DW_ASHAR, 10, 0),
    E("الاخير", DW_LAST, 0, 0),
    /* weekdays (CLDR ar days/format/wide) */
    E("الاحد", DW_WEEKDAY, 0, 0), E("الاثنين", DW_WEEKDAY, 1, 0),
    E("الثلاثاء", DW_WEEKDAY, 2, 0), E("الثلثاء", DW_WEEKDAY, 2, 0),
    E("الاربعاء", DW_WEEKDAY, 3, 0), E("الخميس", DW_WEEKDAY, 4, 0),
    E("الجمعه", DW_WEEKDAY, 5, 0), E("السبت", DW_WEEKDAY, 6, 0),
    /* days relative to the published day */
    E("اليوم", DW_RELDAY, 0, 0),
    E("امس", DW_RELDAY, -1, 0), E("الامس", DW_RELDAY, -1, 0), E("البارحه", DW_RELDAY, -1, 0),
    E("غدا", DW_RELDAY, 1, 0), E("الغد", DW_RELDAY, 1, 0),
    E("غد", DW_GHAD, 1, 0),
    E("اول", DW_AWAL, 0, 0),
    /* units for "N days ago" */
    E("يوم", DW_UNIT, DU_DAY, 0), E("يوما", DW_UNIT, DU_DAY, 0),
    E("ايام", DW_UNIT, DU_DAY, DWF_PLURAL), E("يومين", DW_UNIT, DU_DAY, DWF_DUAL),
    E("اسبوع", DW_UNIT, DU_WEEK, 0), E("اسبوعا", DW_UNIT, DU_WEEK, 0),
    E("اسابيع", DW_UNIT, DU_WEEK, DWF_PLURAL), E("اسبوعين", DW_UNIT, DU_WEEK, DWF_DUAL),
    E("شهر", DW_UNIT, DU_MONTH, 0), E("شهرا", DW_UNIT, DU_MONTH, 0),
    E("اشهر", DW_UNIT, DU_MONTH, DWF_PLURAL), E("شهور", DW_UNIT, DU_MONTH, DWF_PLURAL),
    E("شهرين", DW_UNIT, DU_MONTH, DWF_DUAL),
    E("عام", DW_UNIT, DU_YEAR, 0), E("عاما", DW_UNIT, DU_YEAR, 0),
    E("اعوام", DW_UNIT, DU_YEAR, DWF_PLURAL), E("عامين", DW_UNIT, DU_YEAR, DWF_DUAL),
    E("سنه", DW_UNIT, DU_YEAR, 0), E("سنوات", DW_UNIT, DU_YEAR, DWF_PLURAL),
    E("سنين", DW_UNIT, DU_YEAR, DWF_PLURAL), E("سنتين", DW_UNIT, DU_YEAR, DWF_DUAL),
    /* periods for "last week", "this month", "next year" */
    E("الاسبوع", DW_PERIOD, DU_WEEK, 0), E("الشهر", DW_PERIOD, DU_MONTH, 0),
    E("العام", DW_PERIOD, DU_YEAR, 0), E("السنه", DW_PERIOD, DU_YEAR, 0),
    E("الماضي", DW_DIR, -1, 0), E("الماضيه", DW_DIR, -1, 0),
    E("الماضيين", DW_DIR, -1, 0), E("الماضيتين", DW_DIR, -1, 0),
    E("الفائت", DW_DIR, -1, 0), E("الفائته", DW_DIR, -1, 0),
    E("المنصرم", DW_DIR, -1, 0), E("المنصرمه", DW_DIR, -1, 0),
    E("السابق", DW_DIR, -1, 0), E("السابقه", DW_DIR, -1, 0),
    E("الجاري", DW_DIR, 0, 0), E("الجاريه", DW_DIR, 0, 0),
    E("الحالي", DW_DIR, 0, 0), E("الحاليه", DW_DIR, 0, 0),
    E("المقبل", DW_DIR, 1, 0), E("المقبله", DW_DIR, 1, 0),
    E("القادم", DW_DIR, 1, 0), E("القادمه", DW_DIR, 1, 0),
    E("هذا", DW_THIS, 0, 0), E("هذه", DW_THIS, 0, 0),
    /* start / middle / end of a period */
    E("مطلع", DW_PART, DP_START, 0), E("بدايه", DW_PART, DP_START, 0),
    E("بدايات", DW_PART, DP_START, 0), E("اوائل", DW_PART, DP_START, 0),
    E("مستهل", DW_PART, DP_START, 0),
    E("منتصف", DW_PART, DP_MID, 0), E("اواسط", DW_PART, DP_MID, 0),
    E("اواخر", DW_PART, DP_END, 0), E("نهايه", DW_PART, DP_END, 0),
    E("اخر", DW_PART, DP_END, 0), E("ختام", DW_PART, DP_END, 0),
    /* seasons: first month of each */
    E("صيف", DW_SEASON, 6, 0), E("الصيف", DW_SEASON, 6, 0),
    E("خريف", DW_SEASON, 9, 0), E("الخريف", DW_SEASON, 9, 0),
    E("شتاء", DW_SEASON, 12, 0), E("الشتاء", DW_SEASON, 12, 0),
    E("ربيع", DW_SEASON, 3, 0), E("الربيع", DW_SEASON, 3, 0),
    E("الربع", DW_FRACTION, 3, 0), E("ربع", DW_FRACTION, 3, 0),
    E("النصف", DW_FRACTION, 6, 0),
    /* year nouns and calendar marks */
    E("عام", DW_YEARNOUN, 0, 0), E("العام", DW_YEARNOUN, 0, 0),
    E("سنه", DW_YEARNOUN, 0, 0), E("السنه", DW_YEARNOUN, 0, 0),
    E("ه", DW_HMARK, 0, 0), E("هجري", DW_HMARK, 0, 0), E("هجريه", DW_HMARK, 0, 0),
    E("الهجري", DW_HMARK, 0, 0), E("الهجريه", DW_HMARK, 0, 0), E("الهجره", DW_HMARK, 0, 0),
    E("م", DW_GMARK, 0, 0), E("ميلادي", DW_GMARK, 0, 0), E("ميلاديه", DW_GMARK, 0, 0),
    E("الميلادي", DW_GMARK, 0, 0), E("الميلاديه", DW_GMARK, 0, 0), E("الميلاد", DW_GMARK, 0, 0),
    /* times of day that lead a date: فجر اليوم, مساء الخميس, ليلة السبت */
    E("فجر", DW_TOD, 0, 0), E("صباح", DW_TOD, 0, 0), E("صبيحه", DW_TOD, 0, 0),
    E("ظهر", DW_TOD, 0, 0), E("ظهيره", DW_TOD, 0, 0), E("عصر", DW_TOD, 0, 0),
    E("مساء", DW_TOD, 0, 0), E("ليل", DW_TOD, 1, 0), E("ليله", DW_TOD, 1, 0),
    E("الليله", DW_TOD, 2, 0),
    E("يوم", DW_YOM, 0, 0), E("شهر", DW_SHAHR, 0, 0), E("من", DW_MIN, 0, 0),
    E("قبل", DW_AGO, -1, 0), E("منذ", DW_AGO, -1, 0), E("بعد", DW_AGO, 1, 0),
    /* خلال الأيام الماضية، اليومين الأخيرين، الساعات الماضية */
    E("الايام", DW_PASTSPAN, 7, 0), E("اليومين", DW_PASTSPAN, 2, 0), E("الساعات", DW_PASTSPAN, 1, 0),
    E("الاسبوعين", DW_PASTSPAN, 14, 0),
    E("الاخيره", DW_LATEST, 0, 0), E("الاخيرين", DW_LATEST, 0, 0), E("القليله", DW_LATEST, 1, 0),
    /* small counts for "three days ago" (digits are read from the token) */
    E("ثلاثه", DW_COUNT, 3, 0), E("ثلاث", DW_COUNT, 3, 0),
    E("اربعه", DW_COUNT, 4, 0), E("اربع", DW_COUNT, 4, 0),
    E("خمسه", DW_COUNT, 5, 0), E("خمس", DW_COUNT, 5, 0),
    E("سته", DW_COUNT, 6, 0), E("ست", DW_COUNT, 6, 0),
    E("سبعه", DW_COUNT, 7, 0), E("سبع", DW_COUNT, 7, 0),
    E("ثمانيه", DW_COUNT, 8, 0), E("ثماني", DW_COUNT, 8, 0), E("ثمان", DW_COUNT, 8, 0),
    E("تسعه", DW_COUNT, 9, 0), E("تسع", DW_COUNT, 9, 0),
    E("عشره", DW_COUNT, 10, 0), E("عشر", DW_COUNT, 10, 0),
    E("الموافق", DW_MUWAFIQ, 0, 0),
    E("من", DW_MIN_OR_BAYN, 0, 0), E("بين", DW_MIN_OR_BAYN, 1, 0),
    E("الي", DW_TO, 0, 0), E("حتي", DW_TO, 0, 0), E("ولغايه", DW_TO, 0, 0), E("لغايه", DW_TO, 0, 0),
    E("في", DW_PREP, 0, 0), E("خلال", DW_PREP, 0, 0), E("منذ", DW_PREP, 0, 0),
    E("حتي", DW_PREP, 0, 0), E("قبل", DW_PREP, 0, 0), E("بعد", DW_PREP, 0, 0),
    E("اثناء", DW_PREP, 0, 0), E("طيله", DW_PREP, 0, 0), E("طوال", DW_PREP, 0, 0),
    E("مطلع", DW_PREP, 0, 0), E("منتصف", DW_PREP, 0, 0), E("اواخر", DW_PREP, 0, 0),
    E("اوائل", DW_PREP, 0, 0), E("نهايه", DW_PREP, 0, 0), E("بدايه", DW_PREP, 0, 0),
    /* heads of names that hold a day and a month: "ثورة 25 يناير", "قوى
     * 14 آذار", "قصر 22 مايو", "شارع 26 يوليو", "مدينة 6 أكتوبر" */
    E("ثوره", DW_NAMEHEAD, 0, 0), E("الثوره", DW_NAMEHEAD, 0, 0), E("حركه", DW_NAMEHEAD, 0, 0),
    E("قوي", DW_NAMEHEAD, 0, 0), E("تيار", DW_NAMEHEAD, 0, 0), E("تحالف", DW_NAMEHEAD, 0, 0),
    E("قصر", DW_NAMEHEAD, 0, 0), E("شارع", DW_NAMEHEAD, 0, 0), E("ميدان", DW_NAMEHEAD, 0, 0),
    E("ساحه", DW_NAMEHEAD, 0, 0), E("جسر", DW_NAMEHEAD, 0, 0), E("ملعب", DW_NAMEHEAD, 0, 0),
    E("استاد", DW_NAMEHEAD, 0, 0), E("جامعه", DW_NAMEHEAD, 0, 0), E("مدرسه", DW_NAMEHEAD, 0, 0),
    E("مستشفي", DW_NAMEHEAD, 0, 0), E("معسكر", DW_NAMEHEAD, 0, 0), E("مدينه", DW_NAMEHEAD, 0, 0),
    E("حي", DW_NAMEHEAD, 0, 0), E("لواء", DW_NAMEHEAD, 0, 0), E("كتيبه", DW_NAMEHEAD, 0, 0),
};

/* An open-addressing index over words[] by form (index + 1, 0 = empty),
 * built once: the date scanner looks up every word token up to four times
 * (as written, without و/ف, without ب/ل/ك, and لل -> ال), and a pass over
 * the whole list per lookup was most of the dates stage. A form listed
 * under several classes is one slot; its entries are chained in list
 * order (next[]), so a lookup returns them in the order of words[]. */
#define NWORDS (sizeof words / sizeof words[0])
#define DW_SLOTS 1024 /* a power of two, over 4 times the rows */
_Static_assert(NWORDS < DW_SLOTS / 2, "grow DW_SLOTS");
_Static_assert(NWORDS < UINT16_MAX, "index type");
static uint16_t slots[DW_SLOTS];
static uint16_t next[NWORDS]; /* index + 1 of the next entry of the same form, 0 = last */
static pthread_once_t index_once = PTHREAD_ONCE_INIT;

static void index_init(void) {
    uint16_t last[NWORDS]; /* per first entry of a form: its last entry so far */
    for (size_t k = 0; k < NWORDS; k++) {
        uint32_t h = strhash_back(STRHASH_SEED, words[k].norm, words[k].len) & (DW_SLOTS - 1);
        for (;;) {
            if (!slots[h]) {
                slots[h] = (uint16_t)(k + 1);
                last[k] = (uint16_t)k;
                break;
            }
            size_t f = slots[h] - 1u;
            if (words[f].len == words[k].len && memcmp(words[f].norm, words[k].norm, words[k].len) == 0) {
                next[last[f]] = (uint16_t)(k + 1);
                last[f] = (uint16_t)k;
                break;
            }
            h = (h + 1) & (DW_SLOTS - 1);
        }
    }
}

size_t dw_lookup_h(const char *s, size_t len, uint32_t h, const dw_entry **out, size_t n, size_t max) {
    if (len == 0 || len > UINT8_MAX || n >= max)
        return n;
    pthread_once(&index_once, index_init);
    for (h &= DW_SLOTS - 1; slots[h]; h = (h + 1) & (DW_SLOTS - 1)) {
        size_t k = slots[h] - 1u;
        if (words[k].len != len || memcmp(words[k].norm, s, len) != 0)
            continue;
        for (;;) {
            out[n++] = &words[k];
            if (n >= max || !next[k])
                break;
            k = next[k] - 1u;
        }
        break;
    }
    return n;
}

bool dw_same_day_mark(const char *norm, bool after) {
    static const char *const AFTER[] = {"\xd9\x86\xd9\x81\xd8\xb3\xd9\x87", "\xd8\xb0\xd8\xa7\xd8\xaa\xd9\x87", NULL}; /* نفسه ذاته */
    static const char *const BEFORE[] = {"\xd9\x86\xd9\x81\xd8\xb3", "\xd8\xb0\xd8\xa7\xd8\xaa", NULL};                 /* نفس ذات */
    for (const char *const *w = after ? AFTER : BEFORE; *w; w++)
        if (strcmp(norm, *w) == 0)
            return true;
    return false;
}
