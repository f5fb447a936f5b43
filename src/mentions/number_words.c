/* SPDX-License-Identifier: MIT
 *
 * number_words.c - stage 2 (mentions): the word table of the quantity
 * scanner. Written by hand for rasad from Arabic grammar (cardinals in
 * both genders and the nominative/accusative-genitive endings, duals,
 * plural counts) and from the role conventions of SCHEMA.md Quantity.
 * Every word is in the normalized matching form (ة->ه, ى->ي, أ/إ/آ->ا).
 *
 * A word may appear in several rows (قتل is role context on both sides
 * and never a counted noun); table_init() sorts the rows once and merges
 * rows of the same word, so each row can say one thing.
 */
#include "mentions/number_words.h"

#include <assert.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "util/strhash.h"

#include "rasad.h"

#define NUM(w, k, v) {.norm = (w), .value = (v), .kind = (k)}
#define NOUN(w, r) {.norm = (w), .noun_role = (r)}
#define BEFORE(w, r) {.norm = (w), .before_role = (r)}
#define AFTER(w, r) {.norm = (w), .after_role = (r)}
#define FLAGS(w, f) {.norm = (w), .flags = (f)}

/* Not const: sorted and merged in place once, read-only afterwards. */
static nw_entry table[] = {
    NUM("واحد", NW_UNIT, 1),
    NUM("واحدا", NW_UNIT, 1),
    NUM("واحده", NW_UNIT, 1),
    NUM("احاد", NW_UNIT, 1),
    NUM("ثلاث", NW_UNIT, 3),
    NUM("ثلاثه", NW_UNIT, 3),
    NUM("اربع", NW_UNIT, 4),
    NUM("اربعه", NW_UNIT, 4),
    NUM("خمس", NW_UNIT, 5),
    NUM("خمسه", NW_UNIT, 5),
    NUM("ست", NW_UNIT, 6),
    NUM("سته", NW_UNIT, 6),
    NUM("سبع", NW_UNIT, 7),
    NUM("سبعه", NW_UNIT, 7),
    NUM("ثمان", NW_UNIT, 8),
    NUM("ثماني", NW_UNIT, 8),
    NUM("ثمانيه", NW_UNIT, 8),
    NUM("تسع", NW_UNIT, 9),
    NUM("تسعه", NW_UNIT, 9),
    NUM("اثنان", NW_UNIT, 2),
    NUM("اثنين", NW_UNIT, 2),
    NUM("اثنتان", NW_UNIT, 2),
    NUM("اثنتين", NW_UNIT, 2),
    NUM("احد", NW_ONE_OF, 1),
    NUM("احدي", NW_ONE_OF, 1),
    NUM("اثنا", NW_TWO_TEEN, 2),
    NUM("اثني", NW_TWO_TEEN, 2),
    NUM("اثنتا", NW_TWO_TEEN, 2),
    NUM("اثنتي", NW_TWO_TEEN, 2),
    NUM("عشر", NW_TEN, 10),
    NUM("عشره", NW_TEN, 10),
    NUM("عشرون", NW_TENS, 20),
    NUM("عشرين", NW_TENS, 20),
    NUM("ثلاثون", NW_TENS, 30),
    NUM("ثلاثين", NW_TENS, 30),
    NUM("اربعون", NW_TENS, 40),
    NUM("اربعين", NW_TENS, 40),
    NUM("خمسون", NW_TENS, 50),
    NUM("خمسين", NW_TENS, 50),
    NUM("ستون", NW_TENS, 60),
    NUM("ستين", NW_TENS, 60),
    NUM("سبعون", NW_TENS, 70),
    NUM("سبعين", NW_TENS, 70),
    NUM("ثمانون", NW_TENS, 80),
    NUM("ثمانين", NW_TENS, 80),
    NUM("تسعون", NW_TENS, 90),
    NUM("تسعين", NW_TENS, 90),
    NUM("مائه", NW_HUNDRED, 100),
    NUM("مئه", NW_HUNDRED, 100),
    NUM("مائتان", NW_HUNDRED, 200),
    NUM("مائتين", NW_HUNDRED, 200),
    NUM("مائتا", NW_HUNDRED, 200),
    NUM("مائتي", NW_HUNDRED, 200),
    NUM("مئتان", NW_HUNDRED, 200),
    NUM("مئتين", NW_HUNDRED, 200),
    NUM("مئتا", NW_HUNDRED, 200),
    NUM("مئتي", NW_HUNDRED, 200),
    NUM("ثلاثمائه", NW_HUNDRED, 300),
    NUM("ثلاثمئه", NW_HUNDRED, 300),
    NUM("ثلثمائه", NW_HUNDRED, 300),
    NUM("ثلثمئه", NW_HUNDRED, 300),
    NUM("اربعمائه", NW_HUNDRED, 400),
    NUM("اربعمئه", NW_HUNDRED, 400),
    NUM("خمسمائه", NW_HUNDRED, 500),
    NUM("خمسمئه", NW_HUNDRED, 500),
    NUM("ستمائه", NW_HUNDRED, 600),
    NUM("ستمئه", NW_HUNDRED, 600),
    NUM("سبعمائه", NW_HUNDRED, 700),
    NUM("سبعمئه", NW_HUNDRED, 700),
    NUM("ثمانمائه", NW_HUNDRED, 800),
    NUM("ثمانمئه", NW_HUNDRED, 800),
    NUM("ثمانيمائه", NW_HUNDRED, 800),
    NUM("ثمانيمئه", NW_HUNDRED, 800),
    NUM("تسعمائه", NW_HUNDRED, 900),
    NUM("تسعمئه", NW_HUNDRED, 900),
    NUM("الف", NW_SCALE, 1000),
    NUM("الفا", NW_SCALE, 1000),
    NUM("مليون", NW_SCALE, 1000000),
    NUM("مليونا", NW_SCALE, 1000000),
    NUM("مليار", NW_SCALE, 1000000000),
    NUM("مليارا", NW_SCALE, 1000000000),
    NUM("بليون", NW_SCALE, 1000000000),
    NUM("بليونا", NW_SCALE, 1000000000),
    NUM("الفان", NW_SCALE_DUAL, 2000),
    NUM("الفين", NW_SCALE_DUAL, 2000),
    NUM("الفي", NW_SCALE_DUAL, 2000),
    NUM("مليونان", NW_SCALE_DUAL, 2000000),
    NUM("مليونين", NW_SCALE_DUAL, 2000000),
    NUM("مليوني", NW_SCALE_DUAL, 2000000),
    NUM("ملياران", NW_SCALE_DUAL, 2000000000),
    NUM("مليارين", NW_SCALE_DUAL, 2000000000),
    NUM("ملياري", NW_SCALE_DUAL, 2000000000),
    NUM("الاف", NW_SCALE_PL, 1000),
    NUM("الوف", NW_SCALE_PL, 1000),
    NUM("ملايين", NW_SCALE_PL, 1000000),
    NUM("مليارات", NW_SCALE_PL, 1000000000),
    NUM("بلايين", NW_SCALE_PL, 1000000000),
    NUM("عشرات", NW_VAGUE, 10),
    NUM("مئات", NW_VAGUE, 100),
    NUM("بضع", NW_FEW, 1),
    NUM("بضعه", NW_FEW, 1),
    NUM("عده", NW_FEW, 1),
    NOUN("قتيل", RASAD_ROLE_FATALITIES),
    NOUN("قتيلا", RASAD_ROLE_FATALITIES),
    NOUN("قتيلان", RASAD_ROLE_FATALITIES),
    NOUN("قتيلين", RASAD_ROLE_FATALITIES),
    NOUN("قتلي", RASAD_ROLE_FATALITIES),
    NOUN("شهيد", RASAD_ROLE_FATALITIES),
    NOUN("شهيدا", RASAD_ROLE_FATALITIES),
    NOUN("شهيدان", RASAD_ROLE_FATALITIES),
    NOUN("شهيدين", RASAD_ROLE_FATALITIES),
    NOUN("شهداء", RASAD_ROLE_FATALITIES),
    NOUN("ضحيه", RASAD_ROLE_FATALITIES),
    NOUN("ضحايا", RASAD_ROLE_FATALITIES),
    NOUN("جثه", RASAD_ROLE_FATALITIES),
    NOUN("جثث", RASAD_ROLE_FATALITIES),
    NOUN("جثتين", RASAD_ROLE_FATALITIES),
    NOUN("جثتان", RASAD_ROLE_FATALITIES),
    NOUN("جريح", RASAD_ROLE_INJURED),
    NOUN("جريحا", RASAD_ROLE_INJURED),
    NOUN("جريحان", RASAD_ROLE_INJURED),
    NOUN("جريحين", RASAD_ROLE_INJURED),
    NOUN("جرحي", RASAD_ROLE_INJURED),
    NOUN("مصاب", RASAD_ROLE_INJURED),
    NOUN("مصابا", RASAD_ROLE_INJURED),
    NOUN("مصابان", RASAD_ROLE_INJURED),
    NOUN("مصابين", RASAD_ROLE_INJURED),
    NOUN("مصابون", RASAD_ROLE_INJURED),
    NOUN("اصابه", RASAD_ROLE_INJURED),
    NOUN("اصابات", RASAD_ROLE_INJURED),
    NOUN("عنصر", RASAD_ROLE_MEMBERS),
    NOUN("فرد", RASAD_ROLE_MEMBERS),
    NOUN("فردا", RASAD_ROLE_MEMBERS),
    NOUN("افراد", RASAD_ROLE_MEMBERS),
    NOUN("عنصرا", RASAD_ROLE_MEMBERS),
    NOUN("عنصران", RASAD_ROLE_MEMBERS),
    NOUN("عنصرين", RASAD_ROLE_MEMBERS),
    NOUN("عناصر", RASAD_ROLE_MEMBERS),
    NOUN("عضو", RASAD_ROLE_MEMBERS),
    NOUN("عضوا", RASAD_ROLE_MEMBERS),
    NOUN("عضوان", RASAD_ROLE_MEMBERS),
    NOUN("عضوين", RASAD_ROLE_MEMBERS),
    NOUN("اعضاء", RASAD_ROLE_MEMBERS),
    NOUN("مقاتل", RASAD_ROLE_FIGHTERS),
    NOUN("مقاتلا", RASAD_ROLE_FIGHTERS),
    NOUN("مقاتلان", RASAD_ROLE_FIGHTERS),
    NOUN("مقاتلين", RASAD_ROLE_FIGHTERS),
    NOUN("مقاتلون", RASAD_ROLE_FIGHTERS),
    NOUN("مسلح", RASAD_ROLE_FIGHTERS),
    NOUN("مسلحا", RASAD_ROLE_FIGHTERS),
    NOUN("مسلحان", RASAD_ROLE_FIGHTERS),
    NOUN("مسلحين", RASAD_ROLE_FIGHTERS),
    NOUN("مسلحون", RASAD_ROLE_FIGHTERS),
    NOUN("اجنبي", RASAD_ROLE_FOREIGNERS),
    NOUN("اجنبيا", RASAD_ROLE_FOREIGNERS),
    NOUN("اجنبيان", RASAD_ROLE_FOREIGNERS),
    NOUN("اجنبيين", RASAD_ROLE_FOREIGNERS),
    NOUN("اجانب", RASAD_ROLE_FOREIGNERS),
    NOUN("معتقل", RASAD_ROLE_DETAINED),
    NOUN("معتقلا", RASAD_ROLE_DETAINED),
    NOUN("معتقلان", RASAD_ROLE_DETAINED),
    NOUN("معتقلين", RASAD_ROLE_DETAINED),
    NOUN("معتقلون", RASAD_ROLE_DETAINED),
    NOUN("اسير", RASAD_ROLE_DETAINED),
    NOUN("اسيرا", RASAD_ROLE_DETAINED),
    NOUN("اسيران", RASAD_ROLE_DETAINED),
    NOUN("اسيرين", RASAD_ROLE_DETAINED),
    NOUN("اسري", RASAD_ROLE_DETAINED),
    NOUN("سجين", RASAD_ROLE_DETAINED),
    NOUN("سجينا", RASAD_ROLE_DETAINED),
    NOUN("سجينان", RASAD_ROLE_DETAINED),
    NOUN("سجينين", RASAD_ROLE_DETAINED),
    NOUN("سجناء", RASAD_ROLE_DETAINED),
    NOUN("موقوف", RASAD_ROLE_DETAINED),
    NOUN("موقوفا", RASAD_ROLE_DETAINED),
    NOUN("موقوفين", RASAD_ROLE_DETAINED),
    NOUN("موقوفون", RASAD_ROLE_DETAINED),
    NOUN("محتجز", RASAD_ROLE_DETAINED),
    NOUN("محتجزا", RASAD_ROLE_DETAINED),
    NOUN("محتجزين", RASAD_ROLE_DETAINED),
    NOUN("رهينه", RASAD_ROLE_DETAINED),
    NOUN("رهائن", RASAD_ROLE_DETAINED),
    NOUN("مختطف", RASAD_ROLE_DETAINED),
    NOUN("مختطفا", RASAD_ROLE_DETAINED),
    NOUN("مختطفين", RASAD_ROLE_DETAINED),
    NOUN("نازح", RASAD_ROLE_DISPLACED),
    NOUN("نازحا", RASAD_ROLE_DISPLACED),
    NOUN("نازحين", RASAD_ROLE_DISPLACED),
    NOUN("نازحون", RASAD_ROLE_DISPLACED),
    NOUN("لاجئ", RASAD_ROLE_DISPLACED),
    NOUN("لاجئا", RASAD_ROLE_DISPLACED),
    NOUN("لاجئين", RASAD_ROLE_DISPLACED),
    NOUN("لاجئون", RASAD_ROLE_DISPLACED),
    NOUN("مهجر", RASAD_ROLE_DISPLACED),
    NOUN("مهجرا", RASAD_ROLE_DISPLACED),
    NOUN("مهجرين", RASAD_ROLE_DISPLACED),
    NOUN("فار", RASAD_ROLE_ESCAPED),
    NOUN("فارا", RASAD_ROLE_ESCAPED),
    NOUN("فارين", RASAD_ROLE_ESCAPED),
    NOUN("فارون", RASAD_ROLE_ESCAPED),
    NOUN("هارب", RASAD_ROLE_ESCAPED),
    NOUN("هاربا", RASAD_ROLE_ESCAPED),
    NOUN("هاربين", RASAD_ROLE_ESCAPED),
    NOUN("هاربون", RASAD_ROLE_ESCAPED),
    NOUN("متظاهر", RASAD_ROLE_PARTICIPANTS),
    NOUN("متظاهرا", RASAD_ROLE_PARTICIPANTS),
    NOUN("متظاهرين", RASAD_ROLE_PARTICIPANTS),
    NOUN("متظاهرون", RASAD_ROLE_PARTICIPANTS),
    NOUN("محتج", RASAD_ROLE_PARTICIPANTS),
    NOUN("محتجا", RASAD_ROLE_PARTICIPANTS),
    NOUN("محتجين", RASAD_ROLE_PARTICIPANTS),
    NOUN("محتجون", RASAD_ROLE_PARTICIPANTS),
    NOUN("مشارك", RASAD_ROLE_PARTICIPANTS),
    NOUN("مشاركا", RASAD_ROLE_PARTICIPANTS),
    NOUN("مشاركين", RASAD_ROLE_PARTICIPANTS),
    BEFORE("مقتل", RASAD_ROLE_FATALITIES),
    BEFORE("بحياه", RASAD_ROLE_FATALITIES),
    BEFORE("لقي", RASAD_ROLE_FATALITIES),
    BEFORE("لقيت", RASAD_ROLE_FATALITIES),
    BEFORE("اصابوا", RASAD_ROLE_INJURED),
    BEFORE("اصابت", RASAD_ROLE_INJURED),
    BEFORE("شارك", RASAD_ROLE_PARTICIPANTS),
    BEFORE("شاركت", RASAD_ROLE_PARTICIPANTS),
    BEFORE("مشاركه", RASAD_ROLE_PARTICIPANTS),
    BEFORE("بمشاركه", RASAD_ROLE_PARTICIPANTS),
    BEFORE("حضور", RASAD_ROLE_PARTICIPANTS),
    BEFORE("بحضور", RASAD_ROLE_PARTICIPANTS),
    BEFORE("اعتصم", RASAD_ROLE_PARTICIPANTS),
    BEFORE("تظاهر", RASAD_ROLE_PARTICIPANTS),
    BEFORE("احتجزت", RASAD_ROLE_DETAINED),
    AFTER("نزحوا", RASAD_ROLE_DISPLACED),
    BEFORE("قتل", RASAD_ROLE_FATALITIES),
    BEFORE("قتلت", RASAD_ROLE_FATALITIES),
    /* a headline's toll in the present: "غارة تقتل عشرة مدنيين" */
    BEFORE("يقتل", RASAD_ROLE_FATALITIES),
    BEFORE("تقتل", RASAD_ROLE_FATALITIES),
    BEFORE("اغتيال", RASAD_ROLE_FATALITIES),
    BEFORE("اعدام", RASAD_ROLE_FATALITIES),
    BEFORE("استشهاد", RASAD_ROLE_FATALITIES),
    BEFORE("مصرع", RASAD_ROLE_FATALITIES),
    BEFORE("اصابه", RASAD_ROLE_INJURED),
    BEFORE("اصيب", RASAD_ROLE_INJURED),
    BEFORE("اصيبت", RASAD_ROLE_INJURED),
    BEFORE("جرح", RASAD_ROLE_INJURED),
    BEFORE("جرحت", RASAD_ROLE_INJURED),
    BEFORE("اعتقال", RASAD_ROLE_DETAINED),
    BEFORE("اعتقل", RASAD_ROLE_DETAINED),
    BEFORE("اعتقلت", RASAD_ROLE_DETAINED),
    BEFORE("احتجاز", RASAD_ROLE_DETAINED),
    BEFORE("توقيف", RASAD_ROLE_DETAINED),
    BEFORE("اسر", RASAD_ROLE_DETAINED),
    BEFORE("خطف", RASAD_ROLE_DETAINED),
    BEFORE("اختطاف", RASAD_ROLE_DETAINED),
    BEFORE("نزوح", RASAD_ROLE_DISPLACED),
    BEFORE("تهجير", RASAD_ROLE_DISPLACED),
    BEFORE("تشريد", RASAD_ROLE_DISPLACED),
    BEFORE("فرار", RASAD_ROLE_ESCAPED),
    BEFORE("هروب", RASAD_ROLE_ESCAPED),
    BEFORE("فر", RASAD_ROLE_ESCAPED),
    BEFORE("هرب", RASAD_ROLE_ESCAPED),
    AFTER("قتلوا", RASAD_ROLE_FATALITIES),
    AFTER("قتلا", RASAD_ROLE_FATALITIES),
    AFTER("قتل", RASAD_ROLE_FATALITIES),
    AFTER("قتلت", RASAD_ROLE_FATALITIES),
    AFTER("لقوا", RASAD_ROLE_FATALITIES),
    AFTER("لقي", RASAD_ROLE_FATALITIES),
    AFTER("اصيبوا", RASAD_ROLE_INJURED),
    AFTER("اصيبا", RASAD_ROLE_INJURED),
    AFTER("جرحوا", RASAD_ROLE_INJURED),
    AFTER("اعتقلوا", RASAD_ROLE_DETAINED),
    AFTER("فروا", RASAD_ROLE_ESCAPED),
    FLAGS("في", NWF_STOP),
    FLAGS("من", NWF_STOP),
    FLAGS("الي", NWF_STOP),
    FLAGS("علي", NWF_STOP),
    FLAGS("عن", NWF_STOP),
    FLAGS("مع", NWF_STOP),
    FLAGS("منذ", NWF_STOP),
    FLAGS("بعد", NWF_STOP),
    FLAGS("قبل", NWF_STOP),
    FLAGS("خلال", NWF_STOP),
    FLAGS("حتي", NWF_STOP),
    FLAGS("ثم", NWF_STOP),
    FLAGS("او", NWF_STOP),
    FLAGS("و", NWF_STOP),
    FLAGS("ف", NWF_STOP),
    FLAGS("ان", NWF_STOP),
    FLAGS("لكن", NWF_STOP),
    FLAGS("قد", NWF_STOP),
    FLAGS("لم", NWF_STOP),
    FLAGS("لن", NWF_STOP),
    FLAGS("لا", NWF_STOP),
    FLAGS("ما", NWF_STOP),
    FLAGS("هذا", NWF_STOP),
    FLAGS("هذه", NWF_STOP),
    FLAGS("ذلك", NWF_STOP),
    FLAGS("تلك", NWF_STOP),
    FLAGS("التي", NWF_STOP),
    FLAGS("الذي", NWF_STOP),
    FLAGS("الذين", NWF_STOP),
    FLAGS("كان", NWF_STOP),
    FLAGS("كانت", NWF_STOP),
    FLAGS("كانوا", NWF_STOP),
    FLAGS("هم", NWF_STOP),
    FLAGS("هو", NWF_STOP),
    FLAGS("هي", NWF_STOP),
    FLAGS("هما", NWF_STOP),
    FLAGS("بين", NWF_STOP),
    FLAGS("عند", NWF_STOP),
    FLAGS("لدي", NWF_STOP),
    FLAGS("نحو", NWF_STOP),
    FLAGS("حول", NWF_STOP),
    FLAGS("ضد", NWF_STOP),
    FLAGS("دون", NWF_STOP),
    FLAGS("غير", NWF_STOP),
    FLAGS("بينهم", NWF_STOP),
    FLAGS("منهم", NWF_STOP),
    FLAGS("فيها", NWF_STOP),
    FLAGS("فيه", NWF_STOP),
    FLAGS("عليه", NWF_STOP),
    FLAGS("عليها", NWF_STOP),
    FLAGS("لها", NWF_STOP),
    FLAGS("له", NWF_STOP),
    FLAGS("اي", NWF_STOP),
    FLAGS("كل", NWF_STOP),
    FLAGS("بعض", NWF_STOP),
    FLAGS("ايضا", NWF_STOP),
    FLAGS("فقط", NWF_STOP),
    FLAGS("امس", NWF_STOP),
    FLAGS("اليوم", NWF_STOP),
    FLAGS("حيث", NWF_STOP),
    FLAGS("اذ", NWF_STOP),
    FLAGS("اذا", NWF_STOP),
    FLAGS("كما", NWF_STOP),
    FLAGS("مثل", NWF_STOP),
    FLAGS("وفق", NWF_STOP),
    FLAGS("بحسب", NWF_STOP),
    /* causes after a bare count: "ما لا يقل عن 50 جراء سقوط صاروخ" */
    FLAGS("جراء", NWF_STOP),
    FLAGS("اثر", NWF_STOP),
    FLAGS("بسبب", NWF_STOP),
    FLAGS("عقب", NWF_STOP),
    FLAGS("حسب", NWF_STOP),
    FLAGS("الا", NWF_STOP),
    FLAGS("ام", NWF_STOP),
    FLAGS("بل", NWF_STOP),
    FLAGS("تقريبا", NWF_STOP),
    FLAGS("يوميا", NWF_STOP),
    FLAGS("اسبوعيا", NWF_STOP),
    FLAGS("شهريا", NWF_STOP),
    FLAGS("سنويا", NWF_STOP),
    FLAGS("قتلوا", NWF_STOP),
    FLAGS("قتلا", NWF_STOP),
    FLAGS("قتل", NWF_STOP),
    FLAGS("قتلت", NWF_STOP),
    FLAGS("لقوا", NWF_STOP),
    FLAGS("لقي", NWF_STOP),
    FLAGS("اصيب", NWF_STOP),
    FLAGS("اصيبوا", NWF_STOP),
    FLAGS("اصيبا", NWF_STOP),
    FLAGS("جرحوا", NWF_STOP),
    FLAGS("جرح", NWF_STOP),
    FLAGS("اعتقلوا", NWF_STOP),
    FLAGS("اعتقل", NWF_STOP),
    FLAGS("فروا", NWF_STOP),
    FLAGS("سقط", NWF_STOP),
    FLAGS("سقطوا", NWF_STOP),
    FLAGS("تم", NWF_STOP),
    FLAGS("يتم", NWF_STOP),
    FLAGS("بلغ", NWF_STOP),
    FLAGS("وصل", NWF_STOP),
    FLAGS("ارتفع", NWF_STOP),
    FLAGS("قال", NWF_STOP),
    FLAGS("قالت", NWF_STOP),
    FLAGS("اعلن", NWF_STOP),
    FLAGS("اعلنت", NWF_STOP),
    FLAGS("يناير", NWF_MONTH),
    FLAGS("فبراير", NWF_MONTH),
    FLAGS("مارس", NWF_MONTH),
    FLAGS("ابريل", NWF_MONTH),
    FLAGS("مايو", NWF_MONTH),
    FLAGS("يونيو", NWF_MONTH),
    FLAGS("يونيه", NWF_MONTH),
    FLAGS("يوليو", NWF_MONTH),
    FLAGS("يوليه", NWF_MONTH),
    FLAGS("اغسطس", NWF_MONTH),
    FLAGS("سبتمبر", NWF_MONTH),
    FLAGS("اكتوبر", NWF_MONTH),
    FLAGS("نوفمبر", NWF_MONTH),
    FLAGS("ديسمبر", NWF_MONTH),
    FLAGS("كانون", NWF_MONTH),
    FLAGS("شباط", NWF_MONTH),
    FLAGS("اذار", NWF_MONTH),
    FLAGS("نيسان", NWF_MONTH),
    FLAGS("ايار", NWF_MONTH),
    FLAGS("حزيران", NWF_MONTH),
    FLAGS("تموز", NWF_MONTH),
    FLAGS("اب", NWF_MONTH),
    FLAGS("ايلول", NWF_MONTH),
    FLAGS("تشرين", NWF_MONTH),
    FLAGS("محرم", NWF_MONTH),
    FLAGS("صفر", NWF_MONTH),
    FLAGS("ربيع", NWF_MONTH),
    FLAGS("جمادي", NWF_MONTH),
    FLAGS("رجب", NWF_MONTH),
    FLAGS("شعبان", NWF_MONTH),
    FLAGS("رمضان", NWF_MONTH),
    FLAGS("شوال", NWF_MONTH),
    FLAGS("ذو", NWF_MONTH),
    /* indefinite duals that count two by themselves: "قتل شرطيين" (only
     * nouns whose -ين form cannot be a sound plural) */
    FLAGS("قتيلان", NWF_DUAL),
    FLAGS("قتيلين", NWF_DUAL),
    FLAGS("جريحان", NWF_DUAL),
    FLAGS("جريحين", NWF_DUAL),
    FLAGS("عنصران", NWF_DUAL),
    FLAGS("عنصرين", NWF_DUAL),
    FLAGS("شهيدان", NWF_DUAL),
    FLAGS("شهيدين", NWF_DUAL),
    FLAGS("اسيران", NWF_DUAL),
    FLAGS("اسيرين", NWF_DUAL),
    FLAGS("سجينان", NWF_DUAL),
    FLAGS("سجينين", NWF_DUAL),
    FLAGS("اجنبيان", NWF_DUAL),
    FLAGS("اجنبيين", NWF_DUAL),
    FLAGS("مصابان", NWF_DUAL),
    FLAGS("جثتين", NWF_DUAL),
    FLAGS("جثتان", NWF_DUAL),
    FLAGS("عضوان", NWF_DUAL),
    FLAGS("عضوين", NWF_DUAL),
    FLAGS("شخصان", NWF_DUAL),
    FLAGS("شخصين", NWF_DUAL),
    FLAGS("شرطيان", NWF_DUAL),
    FLAGS("شرطيين", NWF_DUAL),
    FLAGS("جنديان", NWF_DUAL),
    FLAGS("جنديين", NWF_DUAL),
    FLAGS("طفلان", NWF_DUAL),
    FLAGS("طفلين", NWF_DUAL),
    FLAGS("امراتان", NWF_DUAL),
    FLAGS("امراتين", NWF_DUAL),
    FLAGS("رجلان", NWF_DUAL),
    FLAGS("رجلين", NWF_DUAL),
    FLAGS("ضابطان", NWF_DUAL),
    FLAGS("ضابطين", NWF_DUAL),
    FLAGS("ضابطي", NWF_DUAL),
    FLAGS("مواطنان", NWF_DUAL),
    FLAGS("ما", NWF_QSTART),
    FLAGS("مالايقل", NWF_QSTART),
    FLAGS("مالاتقل", NWF_QSTART),
    FLAGS("لايقل", NWF_QSTART),
    FLAGS("لاتقل", NWF_QSTART),
    FLAGS("لا", NWF_QSTART),
    FLAGS("اكثر", NWF_QSTART),
    FLAGS("ازيد", NWF_QSTART),
    FLAGS("يزيد", NWF_QSTART),
    FLAGS("تزيد", NWF_QSTART),
    FLAGS("يربو", NWF_QSTART),
    FLAGS("تربو", NWF_QSTART),
    FLAGS("يفوق", NWF_QSTART),
    FLAGS("تفوق", NWF_QSTART),
    FLAGS("اقل", NWF_QSTART),
    FLAGS("نحو", NWF_QSTART),
    FLAGS("حوالي", NWF_QSTART),
    FLAGS("قرابه", NWF_QSTART),
    FLAGS("زهاء", NWF_QSTART),
    FLAGS("يقارب", NWF_QSTART),
    FLAGS("يناهز", NWF_QSTART),
    FLAGS("تقارب", NWF_QSTART),
    FLAGS("تناهز", NWF_QSTART),
    FLAGS("يقرب", NWF_QSTART),
    FLAGS("يتراوح", NWF_QSTART),
    FLAGS("تتراوح", NWF_QSTART),
    FLAGS("تراوح", NWF_QSTART),
    FLAGS("تراوحت", NWF_QSTART),
    FLAGS("بين", NWF_QSTART),
    FLAGS("من", NWF_QSTART),
    FLAGS("شهر", NWF_MONTH),
    FLAGS("عام", NWF_YEAR_CUE),
    FLAGS("العام", NWF_YEAR_CUE),
    FLAGS("سنه", NWF_YEAR_CUE),
    FLAGS("السنه", NWF_YEAR_CUE),
    FLAGS("منذ", NWF_YEAR_CUE),
    FLAGS("عامي", NWF_YEAR_CUE),
    FLAGS("لم", NWF_NEG),
    FLAGS("لا", NWF_NEG),
    FLAGS("لن", NWF_NEG),
    FLAGS("ما", NWF_NEG),
    FLAGS("ليس", NWF_NEG),
    FLAGS("المائه", NWF_PERCENT),
    FLAGS("المئه", NWF_PERCENT),
    /* measures and currencies: a load of 65 tons held is no one detained */
    FLAGS("طن", NWF_MEASURE),
    FLAGS("طنا", NWF_MEASURE),
    FLAGS("اطنان", NWF_MEASURE),
    FLAGS("كيلو", NWF_MEASURE),
    FLAGS("كيلوغرام", NWF_MEASURE),
    FLAGS("كيلوغراما", NWF_MEASURE),
    FLAGS("كيلوجرام", NWF_MEASURE),
    FLAGS("كيلوجراما", NWF_MEASURE),
    FLAGS("كغ", NWF_MEASURE),
    FLAGS("غرام", NWF_MEASURE),
    FLAGS("جرام", NWF_MEASURE),
    FLAGS("لتر", NWF_MEASURE),
    FLAGS("لترا", NWF_MEASURE),
    FLAGS("متر", NWF_MEASURE),
    FLAGS("مترا", NWF_MEASURE),
    FLAGS("امتار", NWF_MEASURE),
    FLAGS("كيلومتر", NWF_MEASURE),
    FLAGS("كيلومترا", NWF_MEASURE),
    FLAGS("كيلومترات", NWF_MEASURE),
    FLAGS("كلم", NWF_MEASURE),
    FLAGS("كم", NWF_MEASURE),
    FLAGS("ميلا", NWF_MEASURE),
    FLAGS("اميال", NWF_MEASURE),
    FLAGS("برميل", NWF_MEASURE),
    FLAGS("هكتار", NWF_MEASURE),
    FLAGS("دونم", NWF_MEASURE),
    FLAGS("دولار", NWF_MEASURE),
    FLAGS("دولارا", NWF_MEASURE),
    FLAGS("دولارات", NWF_MEASURE),
    FLAGS("ريال", NWF_MEASURE),
    FLAGS("ريالا", NWF_MEASURE),
    FLAGS("ريالات", NWF_MEASURE),
    FLAGS("يورو", NWF_MEASURE),
    FLAGS("درهم", NWF_MEASURE),
    FLAGS("دينار", NWF_MEASURE),
    FLAGS("دينارا", NWF_MEASURE),
    FLAGS("جنيه", NWF_MEASURE),
    FLAGS("جنيها", NWF_MEASURE),
    FLAGS("ليره", NWF_MEASURE),
    FLAGS("رقم", NWF_ORD_CUE),
    FLAGS("الرقم", NWF_ORD_CUE),
    /* a unit, a resolution, an article or a road known by its number
     * ("الفرقة 30"، "معسكر اللواء 55"، "للقرار 2216"; looked up without
     * و/ب/ال too): the number names it */
    FLAGS("فرقه", NWF_ORD_CUE),
    FLAGS("لواء", NWF_ORD_CUE),
    FLAGS("كتيبه", NWF_ORD_CUE),
    FLAGS("فوج", NWF_ORD_CUE),
    FLAGS("سريه", NWF_ORD_CUE),
    FLAGS("قرار", NWF_ORD_CUE),
    FLAGS("ماده", NWF_ORD_CUE),
    FLAGS("بند", NWF_ORD_CUE),
    FLAGS("الطريق", NWF_ORD_CUE), /* not "عن طريق 3 انتحاريين" */
    FLAGS("طابق", NWF_ORD_CUE),
};

static size_t table_len;
static pthread_once_t table_once = PTHREAD_ONCE_INIT;

/* Open-addressing hash over the merged table (index + 1, 0 = empty): a
 * lookup is one hash and usually one compare, which matters because the
 * scanner looks up every word of every article several times. */
#define SLOTS 2048 /* a power of two, over 4 times the rows */
/* The longest word in the table, in bytes (checked in table_init); longer
 * words are not looked up at all. */
#define MAX_WORD_BYTES 24
static uint16_t slots[SLOTS];

/* Backward FNV-1a (strhash.h), so nw_lookup_steps hashes a word once for
 * all its prefix-stripped forms. */
static uint32_t hash_bytes(const char *s, size_t len) { return strhash_back(STRHASH_SEED, s, len); }

static int entry_cmp(const void *a, const void *b) {
    return strcmp(((const nw_entry *)a)->norm, ((const nw_entry *)b)->norm);
}

/* Sorts the table and folds rows of the same word into one. A field set
 * by two rows keeps the first non-zero value (the rows never disagree). */
static void table_init(void) {
    size_t n = sizeof table / sizeof table[0];
    qsort(table, n, sizeof table[0], entry_cmp);
    size_t w = 0;
    for (size_t r = 0; r < n; r++) {
        if (w > 0 && strcmp(table[w - 1].norm, table[r].norm) == 0) {
            nw_entry *d = &table[w - 1];
            const nw_entry *s = &table[r];
            if (!d->kind) {
                d->kind = s->kind;
                d->value = s->value;
            }
            if (!d->noun_role)
                d->noun_role = s->noun_role;
            if (!d->before_role)
                d->before_role = s->before_role;
            if (!d->after_role)
                d->after_role = s->after_role;
            d->flags |= s->flags;
            continue;
        }
        table[w++] = table[r];
    }
    table_len = w;
    _Static_assert(sizeof table / sizeof table[0] < SLOTS / 2, "grow SLOTS");
    for (size_t k = 0; k < table_len; k++) {
        assert(strlen(table[k].norm) <= MAX_WORD_BYTES);
        uint32_t h = hash_bytes(table[k].norm, strlen(table[k].norm)) & (SLOTS - 1);
        while (slots[h])
            h = (h + 1) & (SLOTS - 1);
        slots[h] = (uint16_t)(k + 1);
    }
}

/* The entry for s[0..len), whose hash_bytes is h. */
static const nw_entry *find_h(const char *s, size_t len, uint32_t h) {
    if (len == 0 || len > MAX_WORD_BYTES)
        return NULL;
    pthread_once(&table_once, table_init);
    for (h &= SLOTS - 1; slots[h]; h = (h + 1) & (SLOTS - 1)) {
        const nw_entry *e = &table[slots[h] - 1];
        /* the first letter turns away most colliding rows without a call
         * (e->norm[1] exists: e->norm[0] == s[0] and the rows are not empty) */
        if (e->norm[0] == s[0] && (len < 2 || e->norm[1] == s[1]) && strncmp(e->norm, s, len) == 0 &&
            e->norm[len] == '\0')
            return e;
    }
    return NULL;
}

const nw_entry *nw_find(const char *s, size_t len) {
    if (len == 0 || len > MAX_WORD_BYTES)
        return NULL;
    return find_h(s, len, hash_bytes(s, len));
}

int nw_is_number(const nw_entry *e) { return e->kind != NW_NONE; }
int nw_is_noun(const nw_entry *e) { return e->noun_role != 0; }
int nw_any(const nw_entry *e) { (void)e; return 1; }

/* Letters of the prefixes, as UTF-8 in the normalized form. */
#define L_WAW "\xd9\x88"   /* WAW U+0648 */
#define L_FEH "\xd9\x81"   /* FEH U+0641 */
#define L_BEH "\xd8\xa8"   /* BEH U+0628 */
#define L_LAM "\xd9\x84"   /* LAM U+0644 */
#define L_KAF "\xd9\x83"   /* KAF U+0643 */
#define L_ALEF "\xd8\xa7"  /* ALEF U+0627 */

static int starts(const char *s, size_t len, const char *p) {
    size_t n = strlen(p);
    return len > n && memcmp(s, p, n) == 0;
}

size_t nw_lookup_steps(const char *s, size_t len, nw_hit out[NW_STEPS]) {
    /* Each Arabic letter is 2 bytes in UTF-8; the prefixes are peeled
     * greedily in the order conjunction, preposition, article, and the
     * word is looked up after each step that peeled something. */
    unsigned got = 0;
    size_t letters = 0, n = 0;
    /* hashes of s[2k..len) for the at most four letters the steps peel
     * off, from one backward pass; not needed when even the shortest form
     * is too long to be in the table */
    enum { MAX_PEEL = 8 };
    uint32_t hs[MAX_PEEL / 2 + 1] = {0};
    const char *const s0 = s;
    bool any = len > 0 && len <= MAX_WORD_BYTES + MAX_PEEL;
    if (any) {
        size_t top = len < MAX_PEEL ? len & ~(size_t)1 : MAX_PEEL;
        uint32_t h = hash_bytes(s + top, len - top);
        hs[top / 2] = h;
        for (size_t k = top; k > 0; k -= 2) {
            h = strhash_back(h, s + k - 2, 2);
            hs[k / 2 - 1] = h;
        }
    }
    for (int step = 0; step < NW_STEPS; step++) {
        if (step > 0) {
            if (step == 1 && (starts(s, len, L_WAW) || starts(s, len, L_FEH)))
                got |= NWP_CONJ;
            else if (step == 2 && (starts(s, len, L_BEH) || starts(s, len, L_KAF) ||
                                   (starts(s, len, L_LAM) && !starts(s, len, L_LAM L_LAM))))
                got |= NWP_PREP;
            else if (step == 3 && (starts(s, len, L_ALEF L_LAM) || starts(s, len, L_LAM L_LAM)))
                got |= NWP_DEF | (s[2] == s[0] && s[3] == s[1] ? NWP_PREP : 0);
            else
                continue;
            /* the article (and the لل of ل + ال) takes two letters */
            size_t k = step == 3 ? 2 : 1;
            s += 2 * k;
            len -= 2 * k;
            letters += k;
        }
        out[n].e = any ? find_h(s, len, hs[(size_t)(s - s0) / 2]) : NULL;
        out[n].prefixes = got;
        out[n].letters = letters;
        n++;
    }
    return n;
}

const nw_entry *nw_lookup(const char *s, size_t len, int (*accept)(const nw_entry *e),
                          unsigned *prefixes, size_t *prefix_letters) {
    nw_hit hits[NW_STEPS];
    size_t n = nw_lookup_steps(s, len, hits);
    for (size_t k = 0; k < n; k++) {
        if (hits[k].e && accept(hits[k].e)) {
            if (prefixes)
                *prefixes = hits[k].prefixes;
            if (prefix_letters)
                *prefix_letters = hits[k].letters;
            return hits[k].e;
        }
    }
    return NULL;
}
