/* SPDX-License-Identifier: MIT
 *
 * event_civil.c - stage 4, event frames: act words in the news of civil
 * life, where no violence is named in the sentence. Split from
 * event_sense.c (the senses of single words), which asks it:
 *
 *   roads and hospitals  injuries of a road accident or a ward's count, a
 *                        run-over with no operation named, a body found in
 *                        a pool or a morgue, men trapped or dead in a well,
 *                        people "besieged" by a collapsed building
 *   care and trade       an illness or a player's injury (الإصابة بالتوحد),
 *                        a surgery or a process (عملية استئصال، عملية
 *                        الحوار، تتكرر العملية بصورة تلقائية), a
 *                        battle with an illness (معركته مع
 *                        المرض), unrest of markets
 *   sport and shows      a cup's qualifiers (التصفيات), the club النصر, fans
 *                        cheering, a festival (تظاهرة), a programme aimed at
 *                        an audience, crowds of worship; fireworks, shots
 *                        into the sky for joy, a war dance's sword
 *   nature and animals   a storm or a quake striking (and ضرب's proverb:
 *                        ضرب أروع الأمثال), a flood's ruin, a
 *                        building collapsed, sheep for a feast or a
 *                        slaughterhouse, hens culled, the sun's setting
 *   courts and drills    victims heard at a trial, drills and alerts of
 *                        ambulances, a warplane that landed
 *   protests not held    a wave over weeks (احتجاجات استمرت لأسابيع), a
 *                        tally (عدد أيام الإضراب), احتجاجا as a motive
 *                        with no crowd, an uprising or sabotage or tear gas
 *                        with no crowd, protests listed among a country's
 *                        states, a protest pointed back to (بهذا الاحتجاج),
 *                        met wherever (حيثما حل), a government's note
 *
 * The readings of civil life hold only when their sign words are in the
 * sentence and none of violence (ev_sentence_names_without()); those of
 * protests each say what keeps the protest (its crowd, its own day, its
 * own count).
 */
#include <string.h>

#include "extract/extract.h"
#include "knowledge/lexicon.h"
#include "extract/events.h"

/* Illness and sport in the clause of an injury word; the diseases and
 * accidents themselves are event_figure.c's MISHAPS. */
EX_WORDS(BODY_AND_CLINIC, "التوحد", "توحد", "مرفق", "الركبه", "ركبه", "العضله", "عضله", "الكاحل",
         "كاحل", "كسور", "اغماء", "تشخيص", "التشخيص", "الحمي", "حمي",
         "الملاريا", "الايدز", "الطيور", "التدريبات", "تدريبات");
/* "133 حالة إصابة", "حالات الإصابة": cases counted by a health office */
EX_WORDS(CASES, "حاله", "حالات");
#define CASE_REACH 2 /* tokens back from the injury word to حالة */

static bool illness(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (!t->context || t->kind != LEX_EK_ATTACK)
        return false;
    for (size_t k = 1; k <= CASE_REACH && tok >= c.first + k; k++)
        if (ex_stem_in(doc, tok - k, &CASES))
            return true;
    for (size_t i = c.first; i <= c.last; i++)
        if (ex_stem_in(doc, i, &BODY_AND_CLINIC))
            return true;
    return false;
}

/* عملية of a hospital, a bank or a phone */
EX_WORDS(CIVIL_OPERATIONS, "استئصال", "زراعه", "ولاده", "قيصريه", "قسطره", "تجميل", "تجميليه",
         "التجميل", "تحميل", "التعليميه", "تعليميه", "الحسابيه", "حسابيه", "تداول", "شراء", "الشراء",
         "سحب", "ايداع", "الايداع", "بحث", "نقل", "النقل", "تطوير", "التطوير", "زرع", "ترقيع",
         "قلب", "القلب", "ولادتها", "تبرع", "التبرع", "قضائيه", "القضائيه", "انتخابيه", "الانتخابيه",
         "تصويت", "التصويت", "حسابيه",
         /* a process of politics, trade or care ("عملية السلام"، "عملية
          * الحوار"، "عملية تتبع لتحركاته") */
         "السلام", "سلام", "السياسيه", "سياسيه", "الحوار", "حوار", "التفاوض", "التفاوضيه", "الانتقال",
         "انتقال", "الانتقاليه", "التحول", "الاصلاح", "اصلاح", "الاستفتاء", "الاقتراع", "اقتراع", "الفرز",
         "فرز", "التسجيل", "تسجيل", "استقدام", "الاستقدام", "مساعده", "المساعده", "الحصول", "التكافل",
         "تنسيق", "التنسيق", "التغيير", "تغيير", "الاتصال", "اتصال", "تتبع", "التتبع", "اغلاق", "البيع",
         "بيع", "التصدير", "تصدير", "الاستيراد", "الدفع", "دفع", "التحويل", "تحويل", "الاستثمار",
         "التصنيع", "الانتاج", "انتاج", "الترميم", "ترميم", "البناء", "بناء", "الصيانه", "صيانه",
         "التقييم", "تقييم", "المراجعه", "مراجعه", "التدقيق", "الاختيار", "اختيار", "التوظيف", "توظيف",
         "القبول", "الشحن", "شحن", "التوزيع", "توزيع", "الصرف", "صرف", "التمويل", "تمويل", "الاكتتاب",
         "اكتتاب", "الطرح", "الخصخصه", "الاستحواذ", "استحواذ", "الدمج", "دمج", "الاندماج", "التوطين",
         "توطين", "التلقيح", "تلقيح", "جراحيه", "الجراحيه", "جراحه", "غسيل", "الغسيل", "توفيقيه",
         "التحديث", "تحديث", "التنميه", "تنميه", "هجره", "الهجره", "التهريب", "تهريب", "الاحتيال",
         "احتيال", "النصب", "التعلم", "التعليم", "تعلم", "الفحص", "فحص", "التحليل", "تحليل", "الحجز",
         "التنظيم", "تنظيم", "الاحصاء", "التعداد", "الترشيح", "الانتخاب", "التبادل التجاري", "الاستلام",
         "التسويق", "تسويق", "الانقاذ", "انقاذ", "البحث", "المسح", "مسح", "التحميل", "التصحيح", "تصحيح");
static const char OPERATION_LEMMA[] = "\xD8\xB9\xD9\x85\xD9\x84\xD9\x8A\xD8\xA9"; /* عملية */

/* "من الناحية العملية": practically */
EX_WORDS(ASPECT_NOUNS, "الناحيه", "ناحيه", "الوجهه", "الجهه");
/* a dispatch room that takes a call ("تلقت عمليات الهلال الأحمر بلاغا"،
 * "تلقت العمليات بلاغا"): the room, or the call it takes */
EX_WORDS(ROOMS_OF, "الهلال", "هلال", "الهيئه", "هيئه", "الاسعاف", "اسعاف", "الطوارئ", "المرور");
EX_WORDS(TAKE_CALL, "تلقت", "تلقي", "تتلقي", "يتلقي", "استقبلت", "تستقبل", "بلاغ", "بلاغا", "بلاغات",
         "البلاغ", "البلاغات", "اتصالا", "مكالمه");
#define CALL_REACH 2 /* tokens each side of the room where the call is taken */

EX_WORDS(AUTOMATIC, "تلقائيه", "تلقائيا", "اليا", "الكترونيا", "الكترونيه");
#define AUTOMATIC_REACH 3 /* tokens after عملية to "automatic", بصورة or بشكل between */

static bool civil_operation(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, i = t->e->tok_last + 1;
    if (!ev_lemma_is(t, OPERATION_LEMMA) || tok != t->e->tok_last)
        return false;
    if (i <= c.last && (ex_stem_in(doc, i, &CIVIL_OPERATIONS) || ex_stem_in(doc, i, &ROOMS_OF)))
        return true;
    /* a process that runs by itself: "وتتكرر العملية بصورة تلقائية" */
    if (ev_stem_after(doc, t, c, AUTOMATIC_REACH, &AUTOMATIC))
        return true;
    if (tok > c.first && ex_stem_in(doc, tok - 1, &ASPECT_NOUNS))
        return true;
    return ev_stem_after(doc, t, c, CALL_REACH, &TAKE_CALL) || ev_stem_before(doc, t, c, CALL_REACH, &TAKE_CALL);
}

/* Injuries of the road, of a hospital's year or a fall, with no
 * violence named in the sentence: "بلاغات الحوادث ... 305 إصابة"،
 * "انقلاب المركبة ... وإصابة من فيها"، "ثمانية آلاف إصابة استقبلتها
 * المستشفيات". event_figure.c's MISHAPS take the named disasters; these
 * words are weaker (a hospital also takes the wounded of a blast), so a
 * word of fire or assault in the sentence keeps the event. */
EX_WORDS(ROAD_AND_WARD, "الحوادث", "حوادث", "المركبه", "مركبه", "المركبات", "الاسعاف", "اسعاف", "اسعافيه",
         "الاسعافيه", "المستشفيات", "مستشفيات", "السير", "المرور", "الطريق", "سائق", "السائق", "دهس",
         "سقوطه", "سقوطها", "سقط", "سقطت", "انزلق", "انزلقت", "علو", "الصحيه", "الصحه", "المصابين",
         "حادث", "طريق", "مروري", "مروريه", "المروري");
EX_WORDS_SHARED(EV_VIOLENCE_WORDS, "نار", "النار", "النيران", "نيران", "اطلاق", "رصاص", "الرصاص", "رصاصه", "مسلح",
         "مسلحين", "المسلحين", "مسلحون", "انفجار", "الانفجار", "تفجير", "التفجير", "هجوم", "الهجوم", "قذيفه",
         "قذائف", "القذائف", "عبوه", "اعتداء", "الاعتداء", "طعن", "طعنه", "سكين", "قصف", "القصف", "غاره",
         "غارات", "صاروخ", "صواريخ", "مفخخه", "انتحاري", "ارهابي", "الارهابي", "ارهابيه", "اشتباك",
         "اشتباكات", "مواجهات", "اطلق", "اطلقت", "هاجم", "هاجمت", "اعتدي", "اعتدت", "شجار", "مشاجره",
         "المشاجره", "قتال", "القتال", "المعارك", "معارك", "الحرب", "حرب", "العدوان", "الحوثيين",
         "الحوثي", "داعش", "الاحتلال", "قناص", "قنص", "ضرب", "ضربه", "الامن", "الامنيه");
/* Does the sentence of token tok name a word of sign (or of also, when
 * given) and no word of veto? The everyday readings below (a road
 * accident, a drowning, a market's unrest, a trial with no violence
 * named; a festival with no demand) hold only then. */
bool ev_sentence_names_without(const rasad_doc *doc, size_t tok, ex_words *sign, ex_words *also, ex_words *veto) {
    size_t first, end;
    bool seen = false;
    ex_sentence_tokens(doc, doc->tokens[tok].sentence, &first, &end);
    for (size_t i = first; i < end; i++) {
        if (ex_stem_in(doc, i, veto))
            return false;
        seen = seen || ex_stem_in(doc, i, sign) || (also && ex_stem_in(doc, i, also));
    }
    return seen;
}

EX_WORDS(INJURY_WORDS, "اصابه", "الاصابه", "اصابات", "الاصابات", "مصاب", "مصابين", "المصابين", "مصابون",
         "المصابون", "اصيب", "اصيبت", "اصيبوا", "يصاب");

static bool injured_by_mishap(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    if (!t->context || t->kind != LEX_EK_ATTACK || !ex_stem_in(doc, t->e->tok_first, &INJURY_WORDS))
        return false;
    return ev_sentence_names_without(doc, t->e->tok_first, &ROAD_AND_WARD, NULL, &EV_VIOLENCE_WORDS);
}

/* A body found in a pool, washed ashore, taken from a boat wreck or a
 * morgue, or of a man who died of his illness ("عثرت على جثة الشاب في
 * حوض السباحة"، "انتشال 15 جثة ... قارب البضائع المتسبب في الحادث"):
 * a death with no violence named in the sentence. */
EX_WORDS(CORPSES, "جثه", "الجثه", "جثث", "الجثث", "جثمان", "الجثمان");
EX_WORDS(QUIET_DEATHS, "توفي", "توفيت", "وفاه", "وفاته", "وفاتها", "السباحه", "حوض", "المسبح", "مسبح",
         "غريق", "غريقا", "الغريق", "غرقي", "الغرقي", "البحر", "النهر", "شاطئ", "الشاطئ", "الحادث", "حادث",
         "قارب", "القارب", "ثلاجه", "الموتي", "صحته", "صحتها", "انتحار", "انتحر", "انتحرت", "المشرحه",
         "مشرحه",
         /* bodies taken to a hospital: "جرى إيصال جثث زوجته وابنه إلى مستشفى" */
         "ايصال");
/* a body exhumed for tests ("فتح ضريح عرفات وأخذت من جثمانه 60 عينة") */
EX_WORDS(EXHUMED, "ضريح", "الضريح", "عينه", "عينات", "للتحليل", "رفات", "الرفات");

static bool quiet_corpse(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    if (!t->context || !ex_stem_in(doc, t->e->tok_first, &CORPSES))
        return false;
    return ev_sentence_names_without(doc, t->e->tok_first, &QUIET_DEATHS, &EXHUMED, &EV_VIOLENCE_WORDS);
}

/* دهس in a road accident ("تعرض عامل لحادث دهس"، "حوادث مرورية
 * ودهس"), not a ramming attack ("عملية دهس"): an accident word in the
 * sentence and no violence named. */
EX_WORDS(RUN_OVER, "دهس", "الدهس", "دهسته", "دهستها", "دهست", "دهسه", "لدهس", "بدهس"); /* the segmenter leaves لدهس whole */
EX_WORDS(ROAD_ACCIDENT, "حادث", "الحادث", "حادثه", "الحادثه", "حوادث", "الحوادث", "مروري", "مروريه",
         "المروري", "المروريه", "سائق", "السائق", "سرعه", "مسرعه");
/* a ramming told as an operation or done on purpose */
EX_WORDS(RAMMING, "عمليه", "عمليات", "متعمد", "متعمده", "عمدا", "تعمد", "تعمدت");

static bool run_over_accident(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    if (t->kind != LEX_EK_ATTACK || !ex_stem_in(doc, t->e->tok_first, &RUN_OVER))
        return false;
    size_t first, end;
    bool road = false;
    ex_sentence_tokens(doc, doc->tokens[t->e->tok_first].sentence, &first, &end);
    for (size_t i = first; i < end; i++) {
        if (ex_stem_in(doc, i, &EV_VIOLENCE_WORDS) || ex_stem_in(doc, i, &RAMMING))
            return false;
        if (!road && ex_stem_in(doc, i, &ROAD_ACCIDENT))
            road = true;
    }
    return road;
}

/* مناورات، تدريبات عسكرية: a drill is no development of a conflict;
 * nor is an alert of ambulances and rescuers ("تم استنفار وتوجيه 17
 * فرقة إسعافية"). */
EX_WORDS(DRILLS, "مناورات", "مناوره", "المناورات", "المناوره", "تدريبات", "التدريبات", "تمرين", "تمارين");
EX_WORDS(RESCUERS, "اسعافيه", "الاسعافيه", "اسعاف", "الاسعاف", "الانقاذ", "انقاذ", "الطوارئ", "طوارئ",
         "المستشفيات", "مستشفيات", "الاطفاء", "اطفاء");
#define RESCUE_REACH 6 /* tokens after the alert where the teams are named */

static bool drill(const ex_view *v, const trig *t, ex_clause c) {
    return t->kind == LEX_EK_OTHER &&
           (ex_stem_in(v->doc, t->e->tok_first, &DRILLS) || ev_stem_after(v->doc, t, c, RESCUE_REACH, &RESCUERS));
}

/* التصفيات of sport: the qualifiers ("التصفيات المؤهلة لكأس آسيا"،
 * "قرعة تصفيات المونديال"); the plural kills only told as such
 * ("تصفيات جسدية"، "تصفيات ميدانية"). The singular with a thing or a
 * contest after it is a liquidation or a selection ("تصفية الحسابات"،
 * "تصفية الشركة"، "تم تصفية المتسابقات إلى اثنتين"). */
EX_WORDS(QUALIFIERS, "تصفيات", "التصفيات");
EX_WORDS(KILLINGS_TOLD, "جسديه", "الجسديه", "ميدانيه", "الميدانيه", "عرقيه", "طائفيه", "دمويه",
         "بحق", "للمعتقلين", "للاسري", "للسجناء", "لمعارضين", "للمعارضين");
EX_WORDS(LIQUIDATION_FORMS, "تصفيه", "التصفيه");
EX_WORDS(LIQUIDATED, "الحسابات", "حسابات", "حساب", "الشركه", "شركه", "الشركات", "الاصول", "اصول",
         "الديون", "ديون", "الاستثمارات", "الاعمال", "اعمال", "المتسابقات", "المتسابقين", "المتسابقون",
         "المرشحين", "المرشحات", "المشاركين", "المشاركات", "الفرق", "المنتخبات", "الامبراطوريه",
         "امبراطوريه", "القضيه", "القضايا", "الملف", "ملف", "المياه", "مياه", "الزيت", "النفط", "البضائع",
         "المخزون", "التركه", "الاوقاف", "الوقف", "المحفظه", "الصندوق");

static bool contest_or_liquidation(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, next = t->e->tok_last + 1;
    if (t->kind != LEX_EK_ASSASSINATION || tok != t->e->tok_last)
        return false;
    if (ex_stem_in(doc, tok, &QUALIFIERS))
        return next > c.last || !ex_stem_in(doc, next, &KILLINGS_TOLD);
    return ex_stem_in(doc, tok, &LIQUIDATION_FORMS) && next <= c.last && ex_stem_in(doc, next, &LIQUIDATED);
}

/* ضرب with a storm, a quake, a heat wave or a crisis for subject
 * ("ضربت عاصفة رملية الأنبار"، "فضيحة فساد تضرب المنظمة"، "موجة حر
 * تضرب أوروبا"): the subject after the verb or up to two words before
 * * it (a noun and its genitive or adjectives). */
EX_WORDS(STRIKE_VERBS, "ضرب", "ضربت", "تضرب", "يضرب", "ضربا", "ضربتا", "تضربان");
EX_WORDS(BLOWS_OF_NATURE, "عاصفه", "العاصفه", "عواصف", "العواصف", "اعصار", "الاعصار", "زلزال", "الزلزال",
         "زلزالا", "هزه", "الهزه", "هزات", "موجه", "الموجه", "موجات", "فيضان", "فيضانات", "سيول", "السيول",
         "امطار", "الامطار", "رياح", "الرياح", "صاعقه", "الصاعقه", "الجفاف", "جفاف", "الصقيع", "ثلوج",
         "الثلوج", "فضيحه", "الفضيحه", "فضائح", "ازمه", "الازمه", "ازمات", "الازمات", "الركود", "ركود",
         "الكساد", "كساد", "التضخم", "البطاله", "الغلاء", "وباء", "الوباء", "اوبئه", "فيروس", "الفيروس",
         "الانفلونزا", "انفلونزا", "كارثه", "الكارثه", "كوارث", "الانقسامات", "انقسامات", "الخلافات",
         "خلافات", "الفوضي", "الشلل", "الحمي", "الكوليرا", "تسونامي");
#define NATURE_BEFORE 3 /* words before the verb where its subject may stand, an adjective or two between */

static bool blow_of_nature(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, next = t->e->tok_last + 1;
    if (!t->verb || tok != t->e->tok_last || !ex_stem_in(doc, tok, &STRIKE_VERBS))
        return false;
    if (next <= c.last && ex_stem_in(doc, next, &BLOWS_OF_NATURE))
        return true;
    for (size_t k = 1; k <= NATURE_BEFORE && tok >= c.first + k; k++)
        if (ex_stem_in(doc, tok - k, &BLOWS_OF_NATURE))
            return true;
    return false;
}

/* "ضرب رئيس البلدية أروع الأمثال": the proverb's object may stand past
 * a long subject; these plurals follow no real blow. */
EX_WORDS(PROVERBS, "الامثال", "امثال", "الامثله", "امثله", "مثالا");

static bool strikes_an_example(const ex_view *v, const trig *t, ex_clause c) {
    if (t->kind != LEX_EK_ATTACK || !ex_stem_in(v->doc, t->e->tok_first, &STRIKE_VERBS))
        return false;
    for (size_t i = t->e->tok_last + 1; i <= c.last; i++)
        if (ex_stem_in(v->doc, i, &PROVERBS))
            return true;
    return false;
}

/* Sheep and camels slaughtered for a feast or a sacrifice ("يتم نحر
 * الخراف والجمال قبل العيد"), lizards or birds killed by the hundred
 * ("قتل المئات من الضبان"): ذبح, نحر and قتل of animals. */
EX_WORDS(SLAUGHTER_FORMS, "نحر", "ذبح", "ذبحت", "ذبحوا", "يذبح", "تذبح", "ينحر", "تنحر", "نحرت");
EX_WORDS(KILL_FORMS, "قتل", "قتلت", "قتلوا", "يقتل", "تقتل", "مقتل", "نفوق", "نفق", "نفقت", "مذبحه", "مجزره",
         "اباده", "صيد", "اصطياد");
/* culling: "إعدام ملايين من الدجاجات" */
EX_WORDS(CULL_FORMS, "اعدام", "الاعدام", "باعدام");
EX_WORDS(WILD_ANIMALS, "الضبان", "ضبان", "الضب", "ضب", "طيور", "الطيور", "الحيوانات", "حيوانات", "حيوان",
         "الكلاب", "كلاب", "القطط", "قطط", "الاسماك", "اسماك", "الحيتان", "حيتان", "الدلافين", "دلافين",
         "الغزلان", "غزلان", "الذئاب", "ذئاب", "الاسود", "النمور", "الفيله", "فيله", "القرود", "قرود",
         "الحمير", "حمير", "الخيول", "خيول", "النحل", "السلاحف", "سلاحف", "الصقور", "صقور", "الحبارى",
         "الطيور المهاجره", "الوعول", "المها", "الزواحف", "الثعابين", "الحشرات", "الجراد");
EX_WORDS(LIVESTOCK, "الخراف", "خراف", "خروف", "الخروف", "الاغنام", "اغنام", "الماشيه", "ماشيه", "المواشي",
         "مواشي", "الدجاجات", "دجاجات", "الجمال", "جمال", "الابل", "ابل", "الاضاحي", "اضاحي", "الاضحيه", "اضحيه", "الذبائح",
         "ذبائح", "الابقار", "ابقار", "بقره", "العجول", "عجول", "الدجاج", "دجاج", "الهدي", "ذبيحه",
         "الماعز", "ماعز", "النوق", "ناقه", "حاشي");
#define LIVESTOCK_REACH 3 /* tokens after the verb where the animals stand, a subject between */
/* "مذبحة بيئية": a massacre of nature */
EX_WORDS(OF_NATURE, "بيئيه", "البيئيه", "للبيئه", "بالبيئه", "للحياه الفطريه", "للطيور", "للحيوانات");
/* counts that name no person of their own ("المئات من الضبان") */
EX_WORDS(PEOPLE_COUNTS, "عدد", "عددا", "العشرات", "عشرات", "مئات", "المئات", "الالاف", "الاف", "الف", "الفا",
         "ملايين", "الملايين", "مليون");

/* a slaughterhouse: "مسلخ الخرمة ... قام بذبح أكثر من ثلاثة آلاف ذبيحة" */
EX_WORDS(SLAUGHTERHOUSES, "مسلخ", "المسلخ", "مسالخ", "المسالخ", "مذبح", "المذبح", "مجزر", "المجزر");

static bool slaughtered_animals(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (tok != t->e->tok_last)
        return false;
    if (ex_stem_in(doc, tok, &SLAUGHTER_FORMS))
        return ev_stem_after(doc, t, c, LIVESTOCK_REACH, &LIVESTOCK) ||
               (ev_sentence_names_without(doc, tok, &SLAUGHTERHOUSES, NULL, &EV_VIOLENCE_WORDS));
    if (!ex_stem_in(doc, tok, &KILL_FORMS) && !ex_word_in(doc, tok, &CULL_FORMS))
        return false;
    if (tok + 1 <= c.last && ex_stem_in(doc, tok + 1, &OF_NATURE))
        return true;
    /* the animals before any person ("قتل المئات من الضبان"; not "قتل
     * مسلحون راعيا وأغنامه") */
    for (size_t i = tok + 1; i <= c.last && i <= tok + LIVESTOCK_REACH + 1; i++) {
        if (ex_stem_in(doc, i, &WILD_ANIMALS) || ex_stem_in(doc, i, &LIVESTOCK))
            return true;
        if (ev_person_at(v, i) && !ex_stem_in(doc, i, &PEOPLE_COUNTS))
            return false;
    }
    return false;
}

/* النصر, the Riyadh club, read as "victory over" ("بنادي النصر على
 * ملعب"، "بين الهلال والنصر على استاد"، "النصر على متن طائرة"): a club
 * word before it or a pitch or a plane after على. */
EX_WORDS(VICTORY_FORMS, "النصر");
EX_WORDS(CLUB_BEFORE, "نادي", "النادي", "فريق", "الفريق", "لاعب", "لاعبي", "مدرب", "الهلال", "الاهلي",
         "الاتحاد", "الشباب", "الفيصلي", "التعاون", "الرائد", "الفتح", "الاتفاق", "القادسيه", "الوحده",
         "الخليج", "هجر", "نجران", "الشعله", "مباراه", "لقاء", "جماهير", "اداره", "اعضاء", "شرف");
EX_WORDS(ON_A_PITCH, "متن", "ملعب", "ملعبه", "استاد", "ارضه", "ارض", "الملعب", "صالة", "صاله", "مدرجات",
         "حساب", "هامش");

static bool club_not_victory(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (t->kind != LEX_EK_TERRITORY_CAPTURED || !ex_stem_in(doc, tok, &VICTORY_FORMS))
        return false;
    if (tok > c.first && ex_stem_in(doc, tok - 1, &CLUB_BEFORE))
        return true;
    size_t after = t->e->tok_last + 1;
    return after <= c.last && ex_stem_in(doc, after, &ON_A_PITCH);
}

/* Turmoil of markets and money, of sleep or of the weather ("الاضطرابات
 * المالية"، "اضطرابات النوم"، "بعد أسبوع من الاضطرابات ... الخروج من
 * اليورو"): unrest words with a word of money or health after them or in
 * a sentence that names no violence. */
EX_WORDS(UNREST_FORMS, "اضطرابات", "الاضطرابات", "اضطراب", "الاضطراب");
EX_WORDS(UNREST_OF, "الماليه", "ماليه", "الاقتصاديه", "اقتصاديه", "الاسواق", "اسواق", "السوق", "البورصه",
         "النفسيه", "نفسيه", "النوم", "الهضم", "المعده", "القلب", "الجويه", "جويه", "الطقس", "المناخ",
         "الشخصيه", "السلوك", "السلوكيه", "عصبيه", "العصبيه", "الغدد", "هرمونيه", "الامدادات", "الانتاج",
         "الملاحه", "الرحلات", "الطيران", "النقديه", "العمله", "الاسعار");
EX_WORDS(MONEY_WORDS, "اليورو", "يورو", "الدولار", "البنك", "بنك", "البنوك", "المصارف", "السيوله", "الاقتصاد",
         "اقتصاد", "الاسواق", "اسواق", "الاسهم", "البورصه", "الفائده", "التضخم", "الاستثمار", "المستثمرين",
         "النفط", "برميل", "الانتاج", "الديون", "ديون", "الدائنين", "العمله", "الاسعار", "الميزانيه", "مليارات");

static bool unrest_of_markets(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, next = t->e->tok_last + 1;
    if (!ex_stem_in(doc, tok, &UNREST_FORMS))
        return false;
    if (next < doc->ntokens && doc->tokens[next].sentence == doc->tokens[tok].sentence &&
        ex_stem_in(doc, next, &UNREST_OF))
        return true;
    return ev_sentence_names_without(doc, tok, &MONEY_WORDS, NULL, &EV_VIOLENCE_WORDS);
}

/* A building, a bridge or a market that collapsed ("المبنى ... انهار
 * ليلة السبت"، "انهارت أسعار النفط"): no forces falling back. */
EX_WORDS(COLLAPSE_FORMS, "انهار", "انهارت", "ينهار", "تنهار", "انهيار");
EX_WORDS(THINGS_COLLAPSING, "المبني", "مبني", "مباني", "المباني", "منزل", "المنزل", "منازل", "عماره",
         "العماره", "بنايه", "البنايه", "برج", "البرج", "جسر", "الجسر", "سقف", "السقف", "جدار", "الجدار",
         "سد", "السد", "نفق", "النفق", "منجم", "المنجم", "طوابق", "سور", "السور", "الاسعار", "اسعار",
         "العمله", "البورصه", "الاسهم", "الاسواق", "السوق", "الاقتصاد", "اقتصاد", "الليره", "الدينار",
         "الريال", "الجنيه", "الدولار", "اليورو", "صحته", "صحتها", "عصبيا", "بالبكاء", "باكيا", "ارضا");
#define COLLAPSE_REACH 6 /* tokens back from the verb where the building is named, its description between */

static bool thing_collapsed(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (t->kind != LEX_EK_WITHDRAWAL || !ex_stem_in(doc, tok, &COLLAPSE_FORMS))
        return false;
    if (ev_stem_after(doc, t, c, 2, &THINGS_COLLAPSING))
        return true;
    for (size_t k = 1; k <= COLLAPSE_REACH && tok >= c.first + k; k++)
        if (ex_stem_in(doc, tok - k, &THINGS_COLLAPSING))
            return true;
    return false;
}

/* Victims named at a trial or a hearing ("الاستماع إلى 2500 ضحية
 * وستين شاهدا"، "أكثر من 4000 ضحية ... صفة الادعاء الشخصي في
 * المحاكمة"، "محامي الدفاع عن ضحايا حبري"): the court's, of acts told
 * long before; a sentence that names violence keeps them. */
EX_WORDS(VICTIM_NOUNS, "ضحيه", "الضحيه", "ضحايا", "الضحايا", "ضحاياه", "ضحاياها", "ضحاياهم");
EX_WORDS(COURT_WORDS, "المحكمه", "محكمه", "المحاكمه", "محاكمه", "الادعاء", "المدعي", "الجلسه", "جلسه",
         "محامي", "محاميه", "محامو", "شاهد", "شاهدا", "شهود", "الشهود", "استنابات", "القاضي", "القضاه",
         "هيئه", "الدعوي", "دعوي", "تعويض", "تعويضات", "التعويضات", "الاستماع");

static bool victims_in_court(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (tok != t->e->tok_last || !ex_stem_in(doc, tok, &VICTIM_NOUNS))
        return false;
    return ev_sentence_names_without(doc, tok, &COURT_WORDS, NULL, &EV_VIOLENCE_WORDS);
}

/* A warplane that landed or took off ("طائرة حربية سعودية هبطت في مطار
 * عدن"): a flight, no strike. */
EX_WORDS(LANDING, "هبطت", "هبط", "تهبط", "يهبط", "هبوط", "حطت", "تحط", "اقلعت", "اقلاع", "تقلع", "رحله",
         "الرحله", "مدرج", "المدرج", "معرض", "المعرض", "استعراض", "عرض");
#define LANDING_REACH 4 /* tokens after the aircraft, its adjectives between, to the landing */

static bool plane_landed(const ex_view *v, const trig *t, ex_clause c) {
    if (t->kind != LEX_EK_AIRSTRIKE || t->verb)
        return false;
    if (ev_stem_after(v->doc, t, c, LANDING_REACH, &LANDING))
        return true;
    return t->e->tok_first > c.first && ex_stem_in(v->doc, t->e->tok_first - 1, &LANDING);
}

/* تظاهرة of culture: a festival, a forum or a fair ("انطلقت أعمال
 * «كوميك كون» التظاهرة"، "في تظاهرة اجتماعية واحتفالية"، "التظاهرة
 * التي شهدتها نواكشوط أسست لتبادل المعارف"): an event word in the
 * sentence and no word of a protest's demand. */
EX_WORDS(SHOW_NOUNS, "تظاهره", "التظاهره", "تظاهرات", "التظاهرات");
EX_WORDS(FESTIVAL, "مهرجان", "المهرجان", "ملتقي", "الملتقي", "معرض", "المعرض", "احتفاليه", "احتفال",
         "الاحتفال", "فعاليات", "الفعاليات", "الانشطه", "انشطه", "برامج", "البرامج", "قمه", "القمه", "الدورة",
         "المعارف", "ثقافيه", "الثقافيه", "اجتماعيه", "فنيه", "رياضيه", "الشباب", "الزوار", "زوار", "العروض",
         "عروض", "الافتتاح", "افتتاح", "المسابقه", "مسابقه", "جوائز", "الجوائز", "الممهده", "المشاركين",
         /* a show of films, books or art: "التظاهرة التي ... تجمع على
          * شاشاتها الأفلام" */
         "الافلام", "افلام", "فيلم", "الفيلم", "السينما", "سينما", "السينمائيه", "سينمائيه", "الشاشات", "شاشات",
         "شاشاتها", "المسرح", "مسرحيه", "المسرحيه", "الموسيقي", "موسيقيه", "الفنون", "فنون", "الفني", "فني",
         "الكتب", "كتب", "الرسم", "لوحات", "اللوحات", "الازياء", "الطبخ", "التراث", "تراثيه", "التراثيه");
EX_WORDS(PROTEST_CUES, "ضد", "احتجاجا", "احتجاج", "للتنديد", "تنديدا", "منددين", "مطالبين", "مطالبه",
         "للمطالبه", "رفضا", "شعارات", "هتفوا", "هتافات", "المحتجين", "محتجين", "متظاهرين", "المتظاهرين",
         "المتظاهرون", "متظاهرون", "الغاز", "تفريق", "مناهضه", "معاديه", "تضامنا", "دعما", "اسقاط",
         "الحكومه", "النظام", "الشرطه", "الامن");

static bool festival_show(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (t->kind != LEX_EK_PROTEST || tok != t->e->tok_last || !ex_stem_in(doc, tok, &SHOW_NOUNS))
        return false;
    return ev_sentence_names_without(doc, tok, &FESTIVAL, NULL, &PROTEST_CUES);
}

/* A crowd of fans or a cheer (أكبر حشد جماهيري في مدرجاته خلال
 * المباريات، وسط هتافات وصيحات الاستحسان): a stadium or applause in
 * the sentence. */
EX_WORDS(FANS, "مشجع", "مشجعا", "مشجعين", "المشجعين", "مشجعي", "المشجعون", "مدرجات", "مدرجاته", "المدرجات",
         "المباراه", "مباراه", "المباريات", "مباريات", "الاستحسان", "التصفيق", "تصفيق", "الزغاريد",
         "ابتهاجا", "احتفالا", "الدوري", "الملعب", "ملعب");

static bool fans_cheering(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    if (t->kind != LEX_EK_PROTEST || t->verb)
        return false;
    size_t first, end;
    ex_sentence_tokens(doc, doc->tokens[t->e->tok_first].sentence, &first, &end);
    for (size_t i = first; i < end; i++)
        if (ex_stem_in(doc, i, &FANS))
            return true;
    return false;
}

/* مغيب الشمس: sunset, no one disappeared */
EX_WORDS(ABSENT_FORMS, "مغيب", "المغيب");
EX_WORDS(SUN, "الشمس", "شمس");

static bool sunset(const ex_view *v, const trig *t, ex_clause c) {
    size_t next = t->e->tok_last + 1;
    return ex_stem_in(v->doc, t->e->tok_first, &ABSENT_FORMS) && next <= c.last && ex_stem_in(v->doc, next, &SUN);
}

/* Crowds of worshippers or pilgrims ("تنظيم الحشود للصلاة"), a force
 * of faith gathered ("حشد القوة اللازمة لكنيسته"). */
EX_WORDS(CROWD_FORMS, "حشد", "الحشد", "حشود", "الحشود", "تحشيد", "التحشيد");
EX_WORDS(WORSHIP, "للصلاه", "الصلاه", "المصلين", "الحجاج", "حجاج", "المعتمرين", "الزوار", "لكنيسته",
         "الكنيسه", "كنيسته", "الطواف", "للطواف", "الحرم", "المسجد", "فكره", "مقدسه", "الجماهير", "جماهيري");
#define WORSHIP_REACH 4 /* tokens after the crowd word where the prayer or the pilgrims stand */

static bool crowd_of_worship(const ex_view *v, const trig *t, ex_clause c) {
    return t->kind == LEX_EK_OTHER && ex_stem_in(v->doc, t->e->tok_first, &CROWD_FORMS) &&
           ev_stem_after(v->doc, t, c, WORSHIP_REACH, &WORSHIP);
}

/* A programme, a festival or a campaign of awareness that "targets"
 * inmates, children or voters ("استهدف البرنامج أكثر من 1000 نزيل"،
 * "فاستهدفت الأطفال خلال الفعاليات"): an audience aimed at, not an
 * attack, when the sentence names no violence. */
EX_WORDS(TARGET_FORMS, "استهدف", "استهدفت", "يستهدف", "تستهدف", "ستستهدف", "سيستهدف", "استهدفوا",
         "يستهدفون", "استهداف", "الاستهداف");
EX_WORDS(AUDIENCE_AIMS, "البرنامج", "برنامج", "البرامج", "برامج", "الفعاليات", "فعاليات", "الفعاليه",
         "فعاليه", "المبادره", "مبادره", "الورشه", "ورشه", "ورش", "المسابقه", "مسابقه", "الملتقي", "ملتقي",
         "المهرجان", "مهرجان", "الندوه", "ندوه", "المعرض", "معرض", "الانشطه", "انشطه", "الاحتفال",
         "احتفالات", "الاحتفالات", "التوعيه", "توعيه", "التوعويه", "توعويه", "التوعوي", "توعوي",
         "التدريبيه", "تدريبيه", "التدريبي", "تدريبي", "التطوعي", "تطوعي", "المستفيدين", "مستفيد",
         "الناخب", "الدورات", "دورات", "المحاضرات", "محاضرات", "الترفيهيه", "ترفيهيه");
/* a vaccination campaign: "بحملة تطعيم ضد شلل الأطفال ... استهدفت 50 ألف طفل" */
EX_WORDS(VACCINATION, "تطعيم", "التطعيم", "تطعيمات", "لقاح", "اللقاح", "لقاحات", "اللقاحات", "تحصين", "التحصين",
         "شلل");

static bool audience_aimed_at(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    if (t->kind != LEX_EK_ATTACK || !ex_stem_in(doc, t->e->tok_first, &TARGET_FORMS))
        return false;
    return ev_sentence_names_without(doc, t->e->tok_first, &AUDIENCE_AIMS, &VACCINATION,
                                     &EV_VIOLENCE_WORDS);
}

/* A battle or a war with an illness, poverty or graft ("خسر معركته
 * أخيرا مع المرض"، "الحرب على الفساد"): a figure, within a few words
 * of the battle word. */
EX_WORDS(BATTLE_FORMS, "معركه", "المعركه", "معركته", "معركتها", "معركتهم", "معارك", "المعارك", "حرب",
         "الحرب", "حربه", "حربها", "حربا", "صراع", "الصراع", "صراعه", "صراعها", "محاربه", "مكافحه");
EX_WORDS(MALADIES, "المرض", "مرض", "مرضه", "مرضها", "الامراض", "امراض", "السرطان", "سرطان", "الوباء",
         "وباء", "الفيروس", "فيروس", "الادمان", "السمنه", "التدخين", "الفقر", "الاميه", "الفساد",
         "البطاله", "الجوع", "الاورام", "الزهايمر", "السكري");
#define MALADY_REACH 4 /* tokens after the battle word where the illness stands, "أخيرا مع" between */

static bool battle_with_illness(const ex_view *v, const trig *t, ex_clause c) {
    if ((t->kind != LEX_EK_ARMED_CLASH && t->kind != LEX_EK_ATTACK) ||
        !ex_stem_in(v->doc, t->e->tok_last, &BATTLE_FORMS))
        return false;
    return ev_stem_after(v->doc, t, c, MALADY_REACH, &MALADIES);
}

/* Ruin by nature: a forest fire, a quake or a flood that destroyed or
 * swept away ("حريق غابات دمر 20 سيارة"، "زلزالا ضخما هدم أبنية"،
 * "أودت الفيضانات بحياة 14 شخصا وجرفت الجسور"), its subject before the
 * verb or right after it, and no violence named in the sentence (a fire
 * set by shelling names the shelling). */
EX_WORDS(RUIN_BY_NATURE, "حريق", "الحريق", "حرائق", "الحرائق", "الفيضانات", "فيضانات", "الفيضان",
         "فيضان", "السيول", "سيول", "زلزال", "الزلزال", "زلزالا", "الاعصار", "اعصار", "العاصفه",
         "عاصفه", "الامطار", "امطار", "الرياح", "رياح", "الانهيار", "انهيار", "الصاعقه", "البركان",
         "بركان", "الامواج", "امواج", "تسونامي");
#define RUIN_BEFORE 5 /* words before the verb where the subject stands ("الفيضانات بحياة 14 شخصا و") */
#define RUIN_AFTER 2  /* words after it: "جرفت السيول"، "دمر الزلزال" */

static bool ruin_by_nature(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    if (t->kind != LEX_EK_LOOTING)
        return false;
    if (!ev_stem_before(doc, t, c, RUIN_BEFORE, &RUIN_BY_NATURE) && !ev_stem_after(doc, t, c, RUIN_AFTER, &RUIN_BY_NATURE))
        return false;
    return ev_sentence_names_without(doc, t->e->tok_first, &RUIN_BY_NATURE, NULL, &EV_VIOLENCE_WORDS);
}

/* People trapped in a well, a lift or a flood, freed by civil defence
 * ("احتجاز شخصين بداخل بئر"): held by the place, not by anyone. */
EX_WORDS(TRAPPED_FORMS, "احتجاز", "محتجزين", "محتجزون", "احتجز", "احتجزت", "محتجز", "محتجزه");
EX_WORDS(TRAPS_AND_RESCUE, "بئر", "البئر", "مصعد", "المصعد", "الانقاض", "انقاض", "السيول", "سيول", "المدني",
         "الانقاذ", "انقاذ", "اطفاء", "الاطفاء", "غرق", "الغرق", "كهف", "الكهف", "منجم", "المنجم");

static bool trapped(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    if (t->kind != LEX_EK_ARREST || !ex_stem_in(doc, t->e->tok_first, &TRAPPED_FORMS))
        return false;
    return ev_sentence_names_without(doc, t->e->tok_first, &TRAPS_AND_RESCUE, NULL, &EV_VIOLENCE_WORDS);
}

/* People "besieged" by a collapsed building, rubble or a flood ("انهار
 * المبنى ... مما أدى إلى محاصرة عدة أشخاص"): a siege word with a trap, a
 * rescue or a collapse in the sentence and no violence. */
EX_WORDS(BESIEGE_FORMS, "محاصره", "محاصرين", "محاصرون", "حوصر", "حوصرت", "حوصروا", "المحاصرين");
EX_WORDS(COLLAPSES, "انهار", "انهارت", "انهيار", "الانهيار", "حريق", "الحريق");

static bool besieged_by_mishap(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    if (t->kind != LEX_EK_ARMED_CLASH || !ex_stem_in(doc, t->e->tok_first, &BESIEGE_FORMS))
        return false;
    return ev_sentence_names_without(doc, t->e->tok_first, &TRAPS_AND_RESCUE, &COLLAPSES, &EV_VIOLENCE_WORDS);
}

/* Feasts fire without fighting: fireworks ("إطلاق 15 ألف قذيفة نارية
 * في العيد"، "الألعاب النارية"), shots into the air for joy ("يطلقون
 * الرصاص في السماء تعبيرا عن فرحتهم") and the sword of a war dance
 * ("أدت رقصة الحرب بالسيف"). Shots into the air with no joy named
 * (a warning, a crowd dispersed) are left to the other readings. */
EX_WORDS(FIREWORKS, "ناريه", "الناريه");
EX_WORDS(SKY_WORDS, "السماء", "الهواء");
EX_WORDS(JOY_WORDS, "ابتهاجا", "ابتهاج", "احتفالا", "احتفال", "احتفالات", "الاحتفالات", "فرحا", "فرحه",
         "فرحتهم", "فرحته", "فرحتها", "الفرح", "الافراح", "افراح", "الاعراس", "اعراس", "عرس", "العرس",
         "زفاف", "الزفاف", "العيد", "عيد", "تعبيرا");
EX_WORDS(DANCE_WORDS, "رقصه", "الرقصه", "رقص", "الرقص", "رقصات", "العرضه", "عرضه", "الدحه", "المزمار");
#define SKY_REACH 3  /* tokens after the shots to "into the sky" */

static bool festive(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, first, end;
    if (!(ev_violent_kind(t->kind) || t->kind == LEX_EK_EXECUTION))
        return false;
    if (ev_stem_after(doc, t, c, 1, &FIREWORKS))
        return true;
    bool sky = ev_stem_after(doc, t, c, SKY_REACH, &SKY_WORDS);
    ex_sentence_tokens(doc, doc->tokens[tok].sentence, &first, &end);
    for (size_t i = first; i < end; i++) {
        if (t->kind == LEX_EK_EXECUTION && ex_stem_in(doc, i, &DANCE_WORDS))
            return true;
        if (sky && ex_stem_in(doc, i, &JOY_WORDS))
            return true;
    }
    return false;
}

/* Men who died in a well, a lift or a mine ("لقي شخصان حتفهما ... جراء
 * تعرضهما للاختناق داخل بئر"), no violence named: a killing word of a
 * mishap (the trap of a living man is trapped() below). */
EX_WORDS(DEATH_TRAPS, "بئر", "البئر", "مصعد", "المصعد", "منجم", "المنجم", "كهف", "الكهف", "اختناق",
         "الاختناق", "للاختناق", "بالاختناق");

static bool died_in_a_trap(const ex_view *v, const trig *t) {
    return t->context &&
           ev_sentence_names_without(v->doc, t->e->tok_first, &DEATH_TRAPS, NULL, &EV_VIOLENCE_WORDS);
}

/* Protests told as a wave over weeks or months, not as a gathering
 * ("العاصمة التي شهدت احتجاجات استمرت لأسابيع"، "أسابيع من
 * الاحتجاجات"، "أثارت احتجاجات شعبية كبيرة في الأشهر الأخيرة"،
 * "شهدت خلال الأشهر الماضية احتجاجات"): ACLED codes each day's
 * gathering, and such a summary names none (GUIDELINES.md: vague
 * background is no event). A plural protest noun with a plural span of
 * time just after it, or just before it after a preposition of time or
 * with من after the span. A day's date near the protests keeps them
 * ("تظاهرات أمس، الأكبر منذ أشهر"), unless a complement (أن) stands
 * between and dates the saying ("نشرها أمس أن الإضرابات خلال
 * الأشهر الستة"); so does a span counted back from a point ("قبل
 * ثلاثة أسابيع"). */
EX_WORDS(PROTEST_PLURALS, "احتجاجات", "الاحتجاجات", "مظاهرات", "المظاهرات", "تظاهرات", "التظاهرات", "اضرابات",
         "الاضرابات", "اعتصامات", "الاعتصامات", "مسيرات", "المسيرات", "اضطرابات", "الاضطرابات");
EX_WORDS(PLURAL_SPANS, "اسابيع", "الاسابيع", "اشهر", "الاشهر", "شهور", "الشهور", "سنوات", "السنوات", "اعوام",
         "الاعوام", "عقود",
         /* a part of a year: "أيام الإضرابات خلال النصف الأول من العام" */
         "النصف", "الربع",
         /* "الاضطرابات التي تعرضت لها مصر في الأيام الأخيرة" */
         "الايام");
/* before the protests with من between, a single span counts too: "بعد
 * أسبوع من الاضطرابات"، "عامين من الاحتجاجات" */
EX_WORDS(SPANS_OF, "اسبوع", "اسبوعين", "شهر", "شهرين", "عام", "عامين", "سنه", "سنتين");
EX_WORDS(SPAN_BACK, "قبل", "وقبل");
EX_WORDS(SPAN_OPENERS, "خلال", "في", "طوال", "طيله", "مدي", "منذ");
#define WAVE_AFTER 6  /* tokens after the protests to their span ("احتجاجات مناهضة للحكومة خلال الأشهر") */
#define WAVE_BEFORE 3 /* "أسابيع من الاحتجاجات", "خلال الأشهر الماضية احتجاجات" */
#define DAY_REACH 4   /* tokens each side of the protests where their own day is told */

static bool own_day(const ex_view *v, const trig *t, ex_clause c) {
    size_t lo = ex_back(t->e->tok_first, DAY_REACH), hi = t->e->tok_last + DAY_REACH;
    lo = lo < c.first ? c.first : lo;
    hi = hi > c.last ? c.last : hi;
    for (size_t k = ex_date_from(v, lo), kn = ex_date_to(v, hi + 1); k < kn; k++) {
        const rasad_date *d = &v->dates[k];
        if (d->precision != RASAD_PREC_DAY || d->tok_first < lo || d->tok_first > hi)
            continue;
        bool saying = false;
        for (size_t i = d->tok_last + 1; i < t->e->tok_first && !saying; i++)
            saying = ex_word_in(v->doc, i, &EV_AN_THAT);
        if (!saying)
            return true;
    }
    return false;
}

static bool protest_wave(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, last = t->e->tok_last, span = SIZE_MAX;
    if ((t->kind != LEX_EK_PROTEST && t->kind != LEX_EK_RIOT) || !ex_stem_in(doc, tok, &PROTEST_PLURALS))
        return false;
    for (size_t i = last + 1; i <= c.last && i <= last + WAVE_AFTER && span == SIZE_MAX; i++)
        if (ex_stem_in(doc, i, &PLURAL_SPANS))
            span = i;
    for (size_t k = 2; k <= WAVE_BEFORE && tok >= c.first + k && span == SIZE_MAX; k++) {
        size_t s = tok - k;
        bool of = strcmp(doc->tokens[s + 1].norm, "من") == 0;
        if ((ex_stem_in(doc, s, &PLURAL_SPANS) && (of || (s > c.first && ex_word_in(doc, s - 1, &SPAN_OPENERS)))) ||
            (of && ex_stem_in(doc, s, &SPANS_OF)))
            span = s;
    }
    if (span == SIZE_MAX)
        return false;
    for (size_t k = 1; k <= 2 && span >= c.first + k; k++)
        if (ex_word_in(doc, span - k, &SPAN_BACK))
            return false;
    return !own_day(v, t, c);
}

/* A tally of protests or of their days ("ارتفاع عدد أيام الإضراب في
 * ألمانيا هذا العام"، "معدل الاحتجاجات"): a statistic, no gathering.
 * عدد with من after it counts the protests of a story ("عدد من
 * المظاهرات في المدن") and is left alone. */
EX_WORDS(TALLY_NOUNS, "عدد", "معدل", "متوسط", "نسبه", "احصاء", "احصائيات", "حجم");
EX_WORDS(DAYS_OF, "ايام", "ساعات");

static bool protest_tally(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if ((t->kind != LEX_EK_PROTEST && t->kind != LEX_EK_RIOT) || tok <= c.first)
        return false;
    size_t k = tok - 1;
    if (ex_stem_in(doc, k, &DAYS_OF) && k > c.first)
        k--;
    return ex_stem_in(doc, k, &TALLY_NOUNS);
}

/* احتجاجا is an adverb of motive: it says why someone did what the
 * verb tells ("أسلموا احتجاجا على هذه الحروب"، "واحتجاجا على مطالبة
 * عبدالملك الحوثي لقيادات الجماعة"، "اشتباكات ... احتجاجا على ترشح
 * الرئيس"). It is a protest when that act is a crowd's: demonstrators,
 * a sit-in, a march, a gathering, a strike, a road cut, slogans, a man
 * who set himself on fire ("أغلق الأهالي الطريق احتجاجا على"). */
EX_WORDS(MOTIVE_FORMS, "احتجاجا");
EX_WORDS(CROWD_TOLD, "متظاهر", "متظاهرا", "متظاهرون", "متظاهرين", "المتظاهر", "المتظاهرون", "المتظاهرين",
         "متظاهرات", "المتظاهرات", "محتج", "محتجون", "محتجين", "المحتج", "المحتجون", "المحتجين", "محتجات",
         "المحتجات", "تظاهر", "تظاهرت", "تظاهروا", "يتظاهر", "يتظاهرون", "تتظاهر", "التظاهر", "تظاهره",
         "التظاهره", "تظاهرات", "التظاهرات", "مظاهره", "المظاهره", "مظاهرات", "المظاهرات", "اعتصم",
         "اعتصموا", "اعتصمت", "يعتصمون", "اعتصام", "اعتصاما", "الاعتصام", "اعتصامات", "معتصمين", "المعتصمين",
         "المعتصمون", "مسيره", "المسيره", "مسيرات", "المسيرات", "وقفه", "الوقفه", "وقفات", "تجمع", "تجمعوا",
         "تجمعت", "يتجمعون", "التجمع", "تجمعات", "تجمهر", "تجمهروا", "التجمهر", "احتشد", "احتشدوا",
         "احتشاد", "للاحتشاد", "الاحتشاد", "حشود", "الحشود", "خرج", "خرجوا", "خرجت", "نزلوا",
         "الشارع", "الشوارع", "قطعوا", "اغلقوا", "سدوا", "اضرب", "اضربوا", "اضربت", "اضراب",
         "الاضراب", "مضربين", "المضربين", "مضربون", "لافتات", "اللافتات", "شعارات", "هتافات", "هتفوا",
         "رددوا", "نفسه", "نفسها", "الاهالي", "اهالي", "السكان", "العمال", "الطلاب", "طلاب");

static bool sentence_names(const rasad_doc *doc, size_t tok, ex_words *set) {
    size_t first, end;
    ex_sentence_tokens(doc, doc->tokens[tok].sentence, &first, &end);
    for (size_t i = first; i < end; i++)
        if (i != tok && ex_stem_in(doc, i, set))
            return true;
    return false;
}

static bool motive_without_crowd(const ex_view *v, const trig *t) {
    size_t tok = t->e->tok_first;
    if (t->kind != LEX_EK_PROTEST || tok != t->e->tok_last || !ex_stem_in(v->doc, tok, &MOTIVE_FORMS))
        return false;
    return !sentence_names(v->doc, tok, &CROWD_TOLD);
}

/* انتفاضة and حراك name a movement or an era more often than a crowd
 * ("منذ انتفاضة 2011"، "الانتفاضة الشعبية التي أطاحت بمبارك"، "شهدت
 * المدن انتفاضة ضد عناصر التنظيم"، "سواء كانت ثورة أو انتفاضة"): a
 * protest only when the sentence tells its crowd (خرج المتظاهرون في
 * انتفاضة شعبية). */
EX_WORDS(MOVEMENT_NOUNS, "انتفاضه", "الانتفاضه", "انتفاضات", "الانتفاضات", "حراك", "الحراك");

static bool movement_without_crowd(const ex_view *v, const trig *t) {
    if (t->kind != LEX_EK_PROTEST || !ex_stem_in(v->doc, t->e->tok_first, &MOVEMENT_NOUNS))
        return false;
    return !sentence_names(v->doc, t->e->tok_first, &CROWD_TOLD);
}

/* Tear gas, water cannon and rubber bullets tell a protest met by force
 * when they are aimed at its crowd (ACLED: protest with intervention;
 * gold snn-007 "استخدم الأمن القنابل المسيلة للدموع لتفريق
 * المتظاهرين"). Fired at houses, a mosque or a village with no crowd,
 * protest or dispersal named in the sentence ("أطلق الجنود قنابل الغاز
 * المسيل للدموع على منازل القرية"), they open no protest. */
EX_WORDS(DISPERSAL_WEAPONS, "غاز", "الغاز", "الغازات", "غازات", "قنابل", "القنابل", "خراطيم", "رصاص", "الرصاص",
         "مدافع");
EX_WORDS(PROTEST_TOLD, "احتجاج", "الاحتجاج", "احتجاجات", "الاحتجاجات", "احتجاجيه", "تفريق", "تفريقهم",
         "لتفريق", "فض", "لفض", "تفرقه", "فرقت", "شغب", "الشغب");

static bool weapon_without_crowd(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    if (t->kind != LEX_EK_PROTEST || !ex_stem_in(doc, t->e->tok_first, &DISPERSAL_WEAPONS))
        return false;
    return !sentence_names(doc, t->e->tok_first, &CROWD_TOLD) && !sentence_names(doc, t->e->tok_first, &PROTEST_TOLD);
}

/* تخريب is a riot when a crowd does it ("اقتحم المحتجون المبنى وقاموا
 * بأعمال تخريب"). Told of an armed group or a war ("نفذ أعمال قتل
 * وتخريب"، "ما أحدثته المليشيا من تخريب طال كافة المرافق"، "أغرقت
 * الجزائر في الدم والتخريب") it is ruin, no demonstration (ACLED's
 * riots need a mob or demonstrators): a crowd, a protest or a riot must
 * be named in the sentence. */
EX_WORDS(SABOTAGE_FORMS, "تخريب", "التخريب", "خربوا", "تخريبيه", "التخريبيه");
EX_WORDS(MOB_TOLD, "مشاغبين", "المشاغبين", "مشاغبون", "المشاغبون", "غاضبون", "غاضبين", "الغاضبين", "الغاضبون",
         "مثيري", "انصار", "مناصري", "مناصرو", "مؤيدي", "مؤيدو", "الجماهير", "جماهير", "شبان", "الشبان", "حشد",
         "مجموعات", "عصابات");

static bool ruin_without_crowd(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_last;
    if (t->kind != LEX_EK_RIOT || !ex_stem_in(doc, tok, &SABOTAGE_FORMS))
        return false;
    return !sentence_names(doc, tok, &CROWD_TOLD) && !sentence_names(doc, tok, &PROTEST_TOLD) &&
           !sentence_names(doc, tok, &MOB_TOLD);
}

/* Protests listed among states of a country or kinds of change ("تعاني
 * فيه معظم دول الوطن العربي حالات انقسام وانفصال واحتجاجات شعبية"،
 * "سواء كانت ثورة أو انتفاضة أو انقلابا"، "فترة شهدت اضطرابات وتوترات
 * كبيرة"): a general condition, no gathering, unless a day of their own
 * is told beside them ("شهدت المدينة أمس احتجاجات وفوضى"). The state
 * noun stands next to the protest word, joined by و or أو. */
EX_WORDS(STATES_OF_A_COUNTRY, "انقسام", "الانقسام", "انقسامات", "الانقسامات", "انفصال", "الانفصال", "ثوره",
         "الثوره", "ثورات", "الثورات", "انقلاب", "الانقلاب", "انقلابا", "انقلابات", "الانقلابات", "فوضي",
         "الفوضي", "توتر", "التوتر", "توترات", "التوترات", "ازمه", "الازمه", "ازمات", "الازمات", "فقر", "الفقر",
         "بطاله", "البطاله", "فساد", "الفساد", "حروب", "الحروب", "نزاعات", "النزاعات", "صراعات", "الصراعات",
         "تطرف", "التطرف", "ركود", "الركود", "غلاء", "الغلاء", "مجاعات", "المجاعات");
/* and the causes a health office counts cases by ("نقل 422 حالة بسبب
 * مرض أو مشاجرة أو سقوط"): a fight among mishaps is a tally of cases */
EX_WORDS(MISHAP_CAUSES, "مرض", "امراض", "سقوط", "حادث", "حوادث", "حريق", "حرائق", "غرق", "تسمم", "اختناق",
         "حروق", "اغماء", "ولاده", "لدغه", "لدغات");
EX_WORDS(OR_WORDS, "او", "ام");

static bool state_beside(const rasad_doc *doc, size_t i, bool joined) {
    return (ex_stem_in(doc, i, &STATES_OF_A_COUNTRY) || ex_stem_in(doc, i, &MISHAP_CAUSES)) &&
           (!joined || ex_has_proclitic(doc, i, "و"));
}

static bool listed_among_states(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, last = t->e->tok_last;
    if (t->kind != LEX_EK_PROTEST && t->kind != LEX_EK_RIOT)
        return false;
    bool listed = false;
    if (tok > c.first)
        listed = (ex_has_proclitic(doc, tok, "و") && state_beside(doc, tok - 1, false)) ||
                 (tok > c.first + 1 && ex_word_in(doc, tok - 1, &OR_WORDS) && state_beside(doc, tok - 2, false));
    if (!listed && last + 1 <= c.last)
        listed = state_beside(doc, last + 1, true) ||
                 (last + 2 <= c.last && ex_word_in(doc, last + 1, &OR_WORDS) && state_beside(doc, last + 2, false));
    return listed && !own_day(v, t, c);
}

/* "نقوم بهذا الاحتجاج"، "ما قاموا بتلك المظاهرات": a demonstrative
 * points back to a protest told before, unless the protest's own clause
 * gives a count. event_happened.c reads the nouns of an act so when the
 * frame has no count at all; here a count outside the clause (the
 * speaker "أحد المتظاهرين" before a quotation) does not keep it. */

EX_WORDS(PROTEST_NOUNS, "احتجاج", "الاحتجاج", "احتجاجات", "الاحتجاجات", "اعتصام", "الاعتصام", "اعتصامات",
         "الاعتصامات", "تظاهره", "التظاهره", "تظاهرات", "التظاهرات", "مظاهره", "المظاهره", "مظاهرات", "المظاهرات",
         "مسيره", "المسيره", "مسيرات", "المسيرات", "اضراب", "الاضراب", "اضرابات", "الاضرابات");

static bool protest_pointed_back(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if ((t->kind != LEX_EK_PROTEST && t->kind != LEX_EK_RIOT) || tok <= c.first ||
        !ex_stem_in(doc, tok - 1, &DEMONSTRATIVES) || !ex_stem_in(doc, tok, &PROTEST_NOUNS))
        return false;
    for (size_t k = ex_qty_from(v, c.first), kn = ex_qty_to(v, c.last + 1); k < kn; k++)
        if (v->qty[k].tok_first >= c.first && v->qty[k].tok_first <= c.last)
            return false;
    return true;
}

/* Protests met wherever one goes or whenever something happens ("أصبح
 * رئيسها يواجه بالمظاهرات حيثما حل"، "كلما زار مدينة خرجت ضده
 * مظاهرات"): a habit, no one gathering. The word of "wherever" or
 * "whenever" stands in the protest's clause. */
EX_WORDS(WHEREVER, "حيثما", "اينما", "كلما");

static bool protest_wherever(const ex_view *v, const trig *t, ex_clause c) {
    if (t->kind != LEX_EK_PROTEST && t->kind != LEX_EK_RIOT)
        return false;
    for (size_t i = c.first; i <= c.last; i++)
        if (ex_stem_in(v->doc, i, &WHEREVER))
            return true;
    return false;
}

/* A protest lodged by a government is a note, no gathering ("ووجهت
 * احتجاجات حكومية عنيفة"، "احتجاج رسمي"، "احتجاجا دبلوماسيا"). */
EX_WORDS(OFFICIAL_NOTES, "حكوميه", "الحكوميه", "رسمي", "رسميا", "رسميه", "الرسمي", "الرسميه", "دبلوماسي",
         "دبلوماسيا", "دبلوماسيه", "الدبلوماسي", "الدبلوماسيه", "خطي", "خطيا", "خطيه", "كتابي", "كتابيا");

static bool official_note(const ex_view *v, const trig *t, ex_clause c) {
    size_t next = t->e->tok_last + 1;
    return t->kind == LEX_EK_PROTEST && next <= c.last && ex_stem_in(v->doc, t->e->tok_first, &PROTEST_NOUNS) &&
           ex_stem_in(v->doc, next, &OFFICIAL_NOTES);
}

bool ev_civil_life(const ex_view *v, const trig *t, ex_clause c) {
    return illness(v, t, c) || civil_operation(v, t, c) || injured_by_mishap(v, t) || drill(v, t, c) ||
           quiet_corpse(v, t) || run_over_accident(v, t) || contest_or_liquidation(v, t, c) ||
           blow_of_nature(v, t, c) || strikes_an_example(v, t, c) || slaughtered_animals(v, t, c) ||
           club_not_victory(v, t, c) || unrest_of_markets(v, t) || thing_collapsed(v, t, c) ||
           victims_in_court(v, t) || plane_landed(v, t, c) || festival_show(v, t) || fans_cheering(v, t) ||
           sunset(v, t, c) || crowd_of_worship(v, t, c) || audience_aimed_at(v, t) ||
           battle_with_illness(v, t, c) || ruin_by_nature(v, t, c) || trapped(v, t) ||
           festive(v, t, c) || died_in_a_trap(v, t) || besieged_by_mishap(v, t) || protest_wave(v, t, c) ||
           protest_tally(v, t, c) || motive_without_crowd(v, t) ||
           movement_without_crowd(v, t) || weapon_without_crowd(v, t) || ruin_without_crowd(v, t) ||
           listed_among_states(v, t, c) || protest_pointed_back(v, t, c) ||
           protest_wherever(v, t, c) || official_note(v, t, c);
}
