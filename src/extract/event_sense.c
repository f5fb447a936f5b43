/* SPDX-License-Identifier: MIT
 *
 * event_sense.c - stage 4, event frames: trigger words read in their
 * everyday sense, found reading a month of SaudiNewsNet, where most text
 * is about anything but war:
 *
 *   قبضتها          a grip ("إرخاء قبضتها"), not an arrest: the verb
 *                   قبض arrests only with على
 *   إصابة           an illness, a case count or a player's injury
 *                   ("الإصابة بالتوحد"، "133 حالة إصابة"، "إصابة بمرفق اليد")
 *   التصدي، تدمير   of ideas, competition or capacities ("التصدي للأفكار
 *                   المنحرفة"، "تدمير قدرات الجيوش"، "تصدت المملكة
 *                   للإرهاب"): a policy, not an act
 *   خطف             a bag, the limelight or the win ("خطف حقيبتها"،
 *                   "خطف الأضواء"): no one taken
 *   أمطر            a rain of anything but fire ("أمطر الزوار بالروبيات")
 *   عملية           a surgery, a download or a sale ("عملية استئصال")
 *   تستهدف          an aim or a standing threat ("خطة تستهدف توفير")
 *   المحاصرة        a town under siege ("عدن المحاصرة"), not the siege
 *   غزوات           the Prophet's campaigns, in a sermon or an essay
 *   أوقف، احتجز، ضبط  work stopped, goods held or seized ("أوقفت الشركات
 *                   أعمالها")، a flow stopped ("يوقف سيل")، a player
 *                   suspended for matches
 *   ضحايا           victims at a trial or a hearing
 *   التصفيات        a cup's qualifiers, contestants narrowed down
 *   ضرب، تضرب        a storm, a quake or a crisis striking ("فضيحة فساد
 *                   تضرب المنظمة")، a proverb given ("ضرب أروع الأمثال")
 *   جثث             bodies in pictures ("نشرت الصحف صور جثث الضحايا")
 *   any act word    in a line of verse, vowelled on every word
 *   انضم            a player, a party or fighters one by one joining
 *   تسلم، استلام     money, a visa or a ship received, no ground handed
 *   هاجم            in words: a deal, a policy or a rival, speech named
 *                   and no force near
 *   نحر، ذبح، قتل     sheep and camels for a feast, lizards or birds by
 *                   the hundred, a massacre of nature (مذبحة بيئية), hens
 *                   culled (إعدام ملايين من الدجاجات)
 *   احتجاز          a detention centre named (مركز احتجاز), no one held
 *                   named after it
 *   انفجر           a man bursting out (انفجر يونكر); الانفجار as a
 *                   material's property (شديدة الانفجار)
 *   طائرة حربية     that landed or took off
 *   جثمان           a body exhumed for tests
 *   تظاهرة          a festival or a forum; تظاهر ب, to pretend; a crowd of
 *                   fans or a cheer
 *   مغيب            the sun's setting
 *   استنفار         a state of alert raised
 *   بيعة            to a king or a crown prince; بيعه, its sale
 *   حشد             of worshippers or of a faith
 *   النصر على       the Riyadh club on a pitch or a plane
 *   اضطرابات        of markets, money or health
 *   خطف             a country or a state seized in a figure
 *   انهار           a building or a market that collapsed
 *   هجوم            a deal or a policy that "is under attack"
 *   عملية           a process of politics, trade or care ("عملية
 *                   الحوار"، "عملية تتبع")، "من الناحية العملية"، a
 *                   dispatch room taking a call
 *   استهدف          a programme or a festival aimed at an audience
 *                   ("استهدف البرنامج أكثر من 1000 نزيل")
 *   معركة، حرب       with an illness, poverty or graft ("خسر معركته مع
 *                   المرض")
 *   استعادة، سيطر    a player's form, a service or the pitch ("استعادة
 *                   مستواه"، "سيطر على الملعب"): no ground
 *   دمر، جرف، هدم     by a flood, a forest fire or a quake
 *   تفجر، انفجار     of a scandal, a crisis or a bubble
 *   any act noun    naming a place after its head ("حي التحرير"، "ساحة
 *                   شهداء أحد")
 *   احتجاز          men trapped in a well, freed by civil defence
 *   استشهد ب         to cite a saying or a figure ("استشهد ماكين بتصريحات")
 *
 * event_figure.c asks ev_everyday_sense() with the other tests of acts
 * that are none.
 */
#include <string.h>

#include "extract/extract.h"
#include "knowledge/lexicon.h"
#include "extract/events.h"

static bool lemma_is(const trig *t, const char *lemma) {
    return t->le && t->le->id && strcmp(t->le->id, lemma) == 0;
}

/* People named right after a verb of taking or freeing: a noun of
 * persons ("الإفراج عن المعتقلين"، "احتجاز الرهائن"), an actor, a person
 * the tagger found, a count, or a pronoun on the verb itself ("أطلق
 * سراحه"، "أوقفته"). Otherwise it takes or frees funds, goods or work
 * ("الإفراج عن الأموال المجمدة"، "احتجاز المضبوطات"، "أوقفت الشركات
 * أعمالها"). */
EX_WORDS(PEOPLE_WORDS, "معتقل", "المعتقل", "معتقلين", "المعتقلين", "معتقلا", "اسري", "الاسري", "اسير",
         "الاسير", "رهائن", "الرهائن", "رهينه", "الرهينه", "سجناء", "السجناء", "سجين", "السجين",
         "محتجزين", "المحتجزين", "مختطفين", "المختطفين", "مخطوفين", "المخطوفين", "موقوفين", "الموقوفين",
         "موقوف", "الموقوف", "نساء", "النساء", "امراه", "اطفال", "الاطفال", "عناصر", "جنود", "الجنود",
         "جندي", "الجندي", "عسكريين", "العسكريين", "صحفي", "الصحفي", "صحفيين", "الصحفيين", "ناشط",
         "الناشط", "ناشطين", "الناشطين", "مواطن", "مواطنين", "المواطنين", "شخص", "اشخاص", "الاشخاص",
         "الشيخ", "الداعيه", "رجل", "الرجل", "شاب", "الشاب", "شبان", "الطيار", "البحاره", "بحاره",
         "عمال", "العمال", "المتهمين", "متهمين", "متهم", "المتهم", "معارضين", "المعارضين", "قياديين",
         "القياديين", "قيادي", "القيادي", "زعيم", "الزعيم", "رئيس", "الرئيس", "السفير", "دبلوماسي",
         "الدبلوماسي", "دبلوماسيين", "مشتبه", "المشتبه", "مطلوب", "المطلوب", "مطلوبين", "المطلوبين",
         "عائله", "عائلات", "اسره", "اسر", "سائح", "سياح", "السياح", "مهاجرين", "المهاجرين", "لاجئين",
         "اللاجئين", "طالب", "طلاب", "الطلاب", "امام", "ضابط", "ضباط", "الضباط", "شرطي", "شرطيين",
         "مسؤول", "مسؤولين", "المسؤولين", "نائب", "النائب", "وزير", "الوزير", "مدير", "المدير", "مقاتل",
         "مقاتلين", "المقاتلين", "مسلح", "مسلحين", "المسلحين", "ارهابي", "ارهابيين", "الارهابيين",
         "افراد", "اعضاء", "الاعضاء", "عضو", "العضو", "عدد", "عددا", "العشرات", "عشرات", "مئات", "المئات",
         "مواطنه", "امراه", "رجال", "الرجال");

/* Is token i a person, by its word, its entity or a count of people? */
static bool person_at(const ex_view *v, size_t i) {
    const rasad_doc *doc = v->doc;
    if (ex_stem_in(doc, i, &PEOPLE_WORDS) || ex_ner_at(v, i))
        return true;
    const rasad_entity *e = ex_entity_at(v, i);
    if (e && (e->kind == RASAD_ENT_ACTOR || e->kind == RASAD_ENT_ROLE))
        return true;
    for (size_t k = ex_qty_from(v, i), end = ex_qty_to(v, i + 1); k < end; k++)
        if (v->qty[k].tok_first == i && !ex_counts_things(doc, &v->qty[k]) && !ex_counts_time(doc, &v->qty[k]))
            return true;
    return false;
}

bool ev_people_after(const ex_view *v, const trig *t, size_t reach) {
    const rasad_doc *doc = v->doc;
    size_t last = t->e->tok_last;
    const char *pron = ex_enclitic(doc, last);
    if (pron && strcmp(pron, "\xD9\x86\xD8\xA7") != 0) /* not نا, the verb's "we" */
        return true;
    for (size_t i = last + 1; i < doc->ntokens && i <= last + reach; i++)
        if (person_at(v, i))
            return true;
    return false;
}

/* أوقف, احتجز and ضبط take people or stop, hold and seize things:
 * "أوقفت الشركات أعمالها", "احتجاز المضبوطات", "ضبطت الفرق 50 ألف
 * عبوة". */
EX_WORDS(HOLD_VERBS, "اوقف", "اوقفت", "اوقفوا", "يوقف", "احتجز", "احتجزت", "احتجزوا", "احتجاز",
         "يحتجز", "تحتجز", "ضبط", "ضبطت", "ضبطوا");
#define HELD_REACH 4   /* tokens after the verb where what it holds stands, after a subject */
#define HELD_BEFORE 6  /* tokens before it where the people held by a passive stand ("13 شخصا ... أوقفوا") */

/* What is stopped when no one is held: a process, a flow, a service
 * ("أوقف الاستقدام"، "يوقف سيل دخول الإرهابيين"، "أوقف هذا السيل من
 * البذاءات"), right after the verb or after a demonstrative; a player
 * suspended for matches ("أوقف اللاعب ست مباريات"). */
EX_WORDS(STOPPED_THINGS, "الاستقدام", "استقدام", "العمل", "عمل", "الاعمال", "اعمال", "التعامل", "التصدير",
         "تصدير", "الاستيراد", "استيراد", "البث", "بث", "الدراسه", "الانتاج", "انتاج", "الرحلات", "رحلات",
         "الصرف", "صرف", "التسجيل", "تسجيل", "الخدمه", "خدمه", "الخدمات", "التداول", "تداول", "الدعم", "دعم",
         "المساعدات", "مساعدات", "التمويل", "تمويل", "الرواتب", "رواتب", "الضخ", "ضخ", "الحركه", "حركه",
         "النشاط", "نشاط", "المفاوضات", "مفاوضات", "الحوار", "التعاون", "تعاون", "سيل", "السيل", "نزيف",
         "النزيف", "تدفق", "التدفق", "زحف", "الزحف", "التراخيص", "تراخيص", "الاصدار", "اصدار", "البيع",
         "بيع", "التاشيرات", "تاشيرات", "الاستثمار", "المشروع", "مشروع", "المشاريع", "مشاريع", "البرنامج",
         "برنامج", "العقد", "عقد", "العقود", "التوظيف", "توظيف", "الاستقبال", "القرار", "العمليه", "الحملات",
         "الانشطه", "التحويلات", "تحويلات", "التعاملات", "تعاملات", "الحسابات", "حسابات", "السحب", "سحب",
         "الصادرات", "صادرات", "الواردات", "واردات", "الملاحه", "الطيران", "حركه", "الاتصالات");
EX_WORDS(DEMONSTRATIVES, "هذا", "هذه", "ذلك", "تلك");
EX_WORDS(MATCHES, "مباريات", "مباراه", "مباراتين", "المباريات", "مباراتين");
#define MATCH_REACH 8 /* tokens after the verb where the matches of a suspension are counted */

static bool stops_a_process(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t i = t->e->tok_last + 1;
    if (i <= c.last && ex_word_in(doc, i, &DEMONSTRATIVES))
        i++;
    if (i <= c.last && ex_stem_in(doc, i, &STOPPED_THINGS))
        return true;
    return ev_stem_after(doc, t, c, MATCH_REACH, &MATCHES);
}

static bool holds_things(const ex_view *v, const trig *t, ex_clause c) {
    size_t tok = t->e->tok_first;
    if (t->kind != LEX_EK_ARREST || tok != t->e->tok_last || !ex_stem_in(v->doc, tok, &HOLD_VERBS))
        return false;
    if (stops_a_process(v, t, c))
        return true;
    if (ev_people_after(v, t, HELD_REACH))
        return false;
    for (size_t k = 1; k <= HELD_BEFORE && tok >= c.first + k; k++)
        if (person_at(v, tok - k))
            return false;
    return true;
}

/* قبض with no على after it in its clause: the grip, قبضة, with a
 * pronoun reads the same ("إرخاء قبضتها"); the arrest names its object
 * with على, after the subject if need be ("قبضت السلطات أمس على خلية") */
EX_WORDS(GRIP_FORMS, "قبض", "قبضت");
EX_WORDS(ON_FORMS, "علي", "عليه", "عليها", "عليهم", "عليهما", "عليهن");
#define GRIP_REACH 10 /* tokens after قبض where its على stands */

static bool grip(const ex_view *v, const trig *t, ex_clause c) {
    size_t tok = t->e->tok_first;
    if (t->kind != LEX_EK_ARREST || !ex_stem_in(v->doc, tok, &GRIP_FORMS))
        return false;
    /* قبضتها، قبضته: the noun with its owner (نا is the verb's "we":
     * "قبضنا على") */
    const char *owner = ex_enclitic(v->doc, tok);
    if (owner && strcmp(owner, "\xD9\x86\xD8\xA7") != 0) /* نا */
        return true;
    if (tok != t->e->tok_last)
        return false;
    for (size_t i = tok + 1; i <= c.last && i <= tok + GRIP_REACH; i++)
        if (ex_word_in(v->doc, i, &ON_FORMS))
            return false;
    return true;
}

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

/* What a policy confronts or an argument says is destroyed: ideas,
 * capacities, institutions; the object right after the verbal noun. */
static const char CONFRONT_LEMMA[] = "\xD8\xAA\xD8\xB5\xD8\xAF\xD9\x89"; /* تصدى */
EX_WORDS(CONFRONT_NOUNS, "التصدي", "تصدي");
EX_WORDS(DESTROY_NOUNS, "تدمير", "التدمير");
EX_WORDS(ABSTRACT_OBJECTS, "افكار", "الافكار", "فكر", "الفكر", "المنافسه", "منافسه", "الظاهره",
         "ظاهره", "التحديات", "تحديات", "المخاطر", "مخاطر", "الشائعات", "شائعات", "الفساد", "فساد",
         "المخططات", "مخططات", "التدخلات", "تدخلات", "الاطماع", "اطماع", "التهديدات", "تهديدات",
         "قدرات", "القدرات", "مؤسسات", "المؤسسات", "البني", "بني", "الاقتصاد", "اقتصاد", "الهويه",
         "هويه", "المجتمع", "مجتمع", "المجتمعات", "الاسره", "الذات", "البيئه", "مستقبل", "المستقبل",
         "العلاقات", "الثقه", "الامه", "الاخلاق", "القيم", "ثقافه", "الثقافه", "الغلو", "التطرف", "تطرف",
         "الانحراف", "التكفير", "الارهاب", "ارهاب", "محاولات", "مشروع", "المشروع", "مشاريع", "سياسات",
         "السياسات", "ظواهر", "الظواهر", "الدعوات", "دعوات", "التحريض", "الكراهيه", "العنصريه");

/* تصدى the verb: what it confronts is the first word after it with ل
 * ("تصدت المملكة قيادة وحكومة وشعبا للإرهاب"), past its subject */
EX_WORDS(CONFRONT_VERBS, "تصدي", "تصدت", "تصدوا", "يتصدي", "تتصدي", "يتصدون", "نتصدي");
#define CONFRONTED_REACH 6 /* tokens after the verb where its object with ل stands */

static bool confronts_an_idea(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (!t->verb || tok != t->e->tok_last || !ex_stem_in(doc, tok, &CONFRONT_VERBS))
        return false;
    for (size_t i = tok + 1; i <= c.last && i <= tok + CONFRONTED_REACH; i++)
        if (ex_has_proclitic(doc, i, "\xD9\x84") || ex_has_proclitic(doc, i, "\xD9\x84\xD9\x84")) /* ل، لل */
            return ex_stem_in(doc, i, &ABSTRACT_OBJECTS);
    return false;
}

static bool abstract_object(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, i = t->e->tok_last + 1;
    if (confronts_an_idea(v, t, c))
        return true;
    /* تدمير is a verbal noun the lexicon may file under a verb's entry */
    if (t->verb && !lemma_is(t, CONFRONT_LEMMA) && !ex_stem_in(doc, tok, &DESTROY_NOUNS))
        return false;
    if (!ex_word_in(doc, tok, &CONFRONT_NOUNS) && !ex_stem_in(doc, tok, &DESTROY_NOUNS))
        return false;
    return i <= c.last && ex_stem_in(doc, i, &ABSTRACT_OBJECTS);
}

/* What a snatch takes when no one is taken. */
EX_WORDS(SNATCHED_THINGS, "حقيبه", "حقيبت", "الحقيبه", "حقائب", "هاتف", "الهاتف", "جوال", "الجوال",
         "محفظه", "المحفظه", "الاضواء", "اضواء", "الانظار", "انظار", "الفوز", "فوز", "اللقب", "لقب",
         "الكره", "النقاط", "نقطه", "بطاقه", "البطاقه", "الصداره", "المركز", "الميداليه", "ميداليه",
         "قلوب", "القلوب", "الاعجاب", "الذهب", "ذهبيه", "الذهبيه", "الكاس", "كاس", "التعادل", "هدف",
         "الهدف", "بطوله", "البطوله", "ورقه", "سياره", "السياره", "مركبه", "شنطه", "الشنطه", "عقد",
         "قلاده", "القلاده", "مال", "المال", "اموال", "الاموال");

#define SNATCH_REACH 3 /* tokens after the verb where its object stands, after a subject */

static bool snatch_of_things(const ex_view *v, const trig *t, ex_clause c) {
    if (t->kind != LEX_EK_ABDUCTION || !t->verb)
        return false;
    for (size_t i = t->e->tok_last + 1; i <= c.last && i <= t->e->tok_last + SNATCH_REACH; i++)
        if (ex_stem_in(v->doc, i, &SNATCHED_THINGS))
            return true;
    return false;
}

/* أمطر needs fire in its clause: "أمطرت الفصائل ... أربع بلدات محاصرة
 * في شمال سوريا بالقذائف". */
EX_WORDS(RAIN_FORMS, "امطر", "امطرت", "امطروا", "يمطر", "تمطر");
EX_WORDS(FIRE_WORDS, "صواريخ", "الصواريخ", "صاروخ", "قذائف", "القذائف", "قذيفه", "قنابل", "القنابل",
         "رصاص", "الرصاص", "نيران", "النيران", "البراميل", "براميل", "الحمم", "القصف", "قصف", "الهاون",
         "المدفعيه", "الحجاره", "حجاره", "الطائرات", "طائرات", "الطيران");

static bool rain_without_fire(const ex_view *v, const trig *t, ex_clause c) {
    if (!ex_stem_in(v->doc, t->e->tok_first, &RAIN_FORMS))
        return false;
    for (size_t i = c.first; i <= c.last; i++)
        if (ex_stem_in(v->doc, i, &FIRE_WORDS))
            return false;
    return true;
}

/* يستهدف / تستهدف tell an aim ("خطة تستهدف توفير الخدمات"، "فعاليات
 * تستهدف جميع الفئات") or a standing threat ("دول تستهدف السعودية"); a
 * headline tells a strike in the present with its toll, so a count of
 * dead or wounded in the clause keeps it. */
EX_WORDS(AIM_FORMS, "يستهدف", "تستهدف", "يستهدفون", "يستهدفان", "تستهدفان", "نستهدف");

static bool aims_at(const ex_view *v, const trig *t, ex_clause c) {
    if (!t->verb || !ex_stem_in(v->doc, t->e->tok_first, &AIM_FORMS))
        return false;
    for (size_t k = ex_qty_from(v, c.first), end = ex_qty_to(v, c.last + 1); k < end; k++) {
        const rasad_quantity *q = &v->qty[k];
        if (q->tok_first < c.first || q->tok_last > c.last)
            continue;
        uint8_t role = ex_role_in_context(v, q);
        if (role == RASAD_ROLE_FATALITIES || role == RASAD_ROLE_INJURED)
            return false;
    }
    return true;
}

/* "عدن المحاصرة", "البلدات المحاصرة": the participle after its noun
 * describes a town under siege; the siege itself is told by حاصر,
 * حصار or محاصرة without ال ("محاصرة المدينة"). */
EX_WORDS(BESIEGED, "المحاصره", "المحاصر", "المحاصرين", "المحاصرون");

static bool besieged_adjective(const ex_view *v, const trig *t) {
    return t->kind == LEX_EK_ARMED_CLASH && t->e->tok_first == t->e->tok_last &&
           ex_word_in(v->doc, t->e->tok_first, &BESIEGED);
}

/* The Prophet's campaigns and the wars of early Islam, told in a sermon
 * or an essay: history, not news ("في رمضان كانت ست غزوات"). */
EX_WORDS(EARLY_ISLAM, "غزوه", "غزوات", "الغزوات", "الصحابه", "صحابته", "اصحابه", "الصحابي", "رسول",
         "الرسول", "الجاهليه", "الراشدين", "النبوه", "النبويه");

/* a quarter, a mosque or a street named for them ("حي الراشدين" in
 * Aleppo, "مسجد الرسول الأعظم") is a place of today's news */
EX_WORDS(NAMED_PLACE_HEADS, "حي", "مسجد", "جامع", "شارع", "ساحه", "مستشفي", "مدرسه", "مجمع", "حسينيه",
         "مخيم", "دوار", "جسر", "منطقه");

static bool early_islam(const ex_view *v, const trig *t) {
    if (!ev_violent_kind(t->kind))
        return false;
    size_t first, end;
    ex_sentence_tokens(v->doc, v->doc->tokens[t->e->tok_first].sentence, &first, &end);
    for (size_t i = first; i < end; i++)
        if (ex_stem_in(v->doc, i, &EARLY_ISLAM) && !(i > first && ex_stem_in(v->doc, i - 1, &NAMED_PLACE_HEADS)))
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

static bool civil_operation(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, i = t->e->tok_last + 1;
    if (!lemma_is(t, OPERATION_LEMMA) || tok != t->e->tok_last)
        return false;
    if (i <= c.last && (ex_stem_in(doc, i, &CIVIL_OPERATIONS) || ex_stem_in(doc, i, &ROOMS_OF)))
        return true;
    if (tok > c.first && ex_stem_in(doc, tok - 1, &ASPECT_NOUNS))
        return true;
    return ev_stem_after(doc, t, c, CALL_REACH, &TAKE_CALL) || ev_stem_before(doc, t, c, CALL_REACH, &TAKE_CALL);
}

/* الشهيد as a title before a name or a rank ("بمعاملة الشهيد الرقيب
 * أول سيف"، "أسرة الشهيد محمد"): a fallen man honoured, named or
 * remembered, no death told; the death is told by its verb ("استشهد"،
 * "سقط شهيدا"). */
EX_WORDS(MARTYR_NOUNS, "شهيد", "الشهيد");
EX_WORDS(TITLES_AFTER_MARTYR, "الرقيب", "رقيب", "الملازم", "ملازم", "النقيب", "نقيب", "العقيد", "عقيد",
         "المقدم", "الرائد", "اللواء", "العميد", "العريف", "عريف", "الجندي", "جندي", "ضابط", "الضابط",
         "الطيار", "البطل", "الشاب", "الطفل", "الطفله", "الشيخ", "الحاج", "الدكتور", "الصحفي", "الشرطي",
         "المجند", "مجند", "الوكيل", "الرئيس");
EX_WORDS(HONOURING, "معامله", "بمعامله", "تكريم", "ذوي", "اسره", "اسر", "عائله", "والد", "والده", "ابناء",
         "ابن", "نجل", "روح", "ذكري", "تخليد", "اسم", "ضريح", "قبر", "صوره", "صور", "تابين", "حفل");

static bool martyr_title(const ex_view *v, const trig *t, ex_clause c) {
    size_t tok = t->e->tok_first, next = tok + 1;
    if (t->verb || tok != t->e->tok_last || !ex_stem_in(v->doc, tok, &MARTYR_NOUNS))
        return false;
    if (tok > c.first && ex_stem_in(v->doc, tok - 1, &HONOURING))
        return true;
    if (next > c.last)
        return false;
    const tagger_entity *n = ex_ner_at(v, next);
    return ex_stem_in(v->doc, next, &TITLES_AFTER_MARTYR) || (n && n->type == TG_PER && n->tok_first == next);
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
EX_WORDS(VIOLENCE_WORDS, "نار", "النار", "النيران", "نيران", "اطلاق", "رصاص", "الرصاص", "رصاصه", "مسلح",
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
static bool sentence_names_without(const rasad_doc *doc, size_t tok, ex_words *sign, ex_words *also,
                                   ex_words *veto) {
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
    return sentence_names_without(doc, t->e->tok_first, &ROAD_AND_WARD, NULL, &VIOLENCE_WORDS);
}

/* A body found in a pool, washed ashore, taken from a boat wreck or a
 * morgue, or of a man who died of his illness ("عثرت على جثة الشاب في
 * حوض السباحة"، "انتشال 15 جثة ... قارب البضائع المتسبب في الحادث"):
 * a death with no violence named in the sentence. */
EX_WORDS(CORPSES, "جثه", "الجثه", "جثث", "الجثث", "جثمان", "الجثمان");
EX_WORDS(QUIET_DEATHS, "توفي", "توفيت", "وفاه", "وفاته", "وفاتها", "السباحه", "حوض", "المسبح", "مسبح",
         "غريق", "غريقا", "الغريق", "غرقي", "الغرقي", "البحر", "النهر", "شاطئ", "الشاطئ", "الحادث", "حادث",
         "قارب", "القارب", "ثلاجه", "الموتي", "صحته", "صحتها", "انتحار", "انتحر", "انتحرت", "المشرحه",
         "مشرحه");
/* a body exhumed for tests ("فتح ضريح عرفات وأخذت من جثمانه 60 عينة") */
EX_WORDS(EXHUMED, "ضريح", "الضريح", "عينه", "عينات", "للتحليل", "رفات", "الرفات");

static bool quiet_corpse(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    if (!t->context || !ex_stem_in(doc, t->e->tok_first, &CORPSES))
        return false;
    return sentence_names_without(doc, t->e->tok_first, &QUIET_DEATHS, &EXHUMED, &VIOLENCE_WORDS);
}

/* سلب read as "negatively" ("مكرر بالسلب"، "أثر سلبا") or taking what
 * is no property ("سلب حقوق النادي"، "سلب إرادته"). */
EX_WORDS(PLUNDER_FORMS, "سلب", "يسلب", "تسلب", "سلبت");
EX_WORDS(NEGATIVELY, "سلبا", "بالسلب");
EX_WORDS(INTANGIBLES, "حقوق", "الحقوق", "حق", "الحق", "حقها", "حقه", "حريه", "الحريه", "حريته", "اراده",
         "الاراده", "ارادته", "ارادتها", "فرحه", "الفرحه", "النوم", "الراحه", "لب", "عقول", "العقول",
         "الالباب", "الباب", "قلوب", "القلوب", "الاضواء", "الانظار", "الكرامه", "كرامه", "هويه", "الهويه");

static bool plunder_figure(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, next = t->e->tok_last + 1;
    if (t->kind != LEX_EK_LOOTING)
        return false;
    if (ex_word_in(doc, tok, &NEGATIVELY) ||
        (ex_has_proclitic(doc, tok, "\xD8\xA8") && ex_stem_in(doc, tok, &PLUNDER_FORMS))) /* ب */
        return true;
    return tok == t->e->tok_last && ex_stem_in(doc, tok, &PLUNDER_FORMS) && next <= c.last &&
           ex_stem_in(doc, next, &INTANGIBLES);
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
        if (ex_stem_in(doc, i, &VIOLENCE_WORDS) || ex_stem_in(doc, i, &RAMMING))
            return false;
        if (!road && ex_stem_in(doc, i, &ROAD_ACCIDENT))
            road = true;
    }
    return road;
}

/* A place of detention named, not an arrest: "مراكز الاعتقال"،
 * "معسكرات الاحتجاز"، "مرافق الاحتجاز". */
EX_WORDS(DETENTION_PLACES, "مراكز", "مركز", "معسكر", "معسكرات", "مخيم", "مخيمات", "مرافق", "مرفق",
         "منشات", "منشاه", "زنزانه", "زنازين", "غرف", "غرفه", "اماكن", "مكان", "مقار", "مقر", "سجون");

/* the verbal nouns the lexicon may file under a verb's entry ("أماكن
 * احتجاز") */
EX_WORDS(DETENTION_NOUNS, "احتجاز", "الاحتجاز", "اعتقال", "الاعتقال", "توقيف", "التوقيف");

static bool detention_place(const ex_view *v, const trig *t, ex_clause c) {
    size_t tok = t->e->tok_first;
    if (t->kind != LEX_EK_ARREST || tok <= c.first || !ex_stem_in(v->doc, tok - 1, &DETENTION_PLACES))
        return false;
    if (!t->verb)
        return true;
    /* the noun under a verb's entry: people held named right after it
     * ("أماكن احتجاز لعشرات الحوثيين") keep the holding told */
    return tok == t->e->tok_last && ex_word_in(v->doc, tok, &DETENTION_NOUNS) &&
           !(tok + 1 <= c.last && person_at(v, tok + 1));
}

/* A drone that films ("التقطت طائرة من دون طيار جمال الصخور"، "صور
 * ملتقطة بطائرة من دون طيار"): a camera, no strike. */
EX_WORDS(FILMING, "التقطت", "التقط", "تلتقط", "يلتقط", "ملتقطه", "تصوير", "التصوير", "صور", "الصور",
         "لقطات", "اللقطات", "فيديو", "الفيديو", "مصوره", "صورت", "يصور", "تصور", "جمال");

static bool filming_drone(const ex_view *v, const trig *t, ex_clause c) {
    if (t->kind != LEX_EK_DRONE_STRIKE)
        return false;
    for (size_t i = c.first; i <= c.last; i++)
        if (ex_stem_in(v->doc, i, &FILMING))
            return true;
    return false;
}

/* قاتل after its noun is the adjective "deadly" or the noun "killer"
 * ("خليط قاتل"، "خطأ قاتل"، "الحوت القاتل"), not the verb "fought":
 * the verb opens its clause or follows a conjunction, a particle or a
 * relative ("وقاتل بعضهم بعضا"، "الذين قاتلوا"). The definite form is
 * never the verb. */
EX_WORDS(DEADLY_FORMS, "قاتل", "قاتله", "قاتلا");
EX_WORDS(DEADLY_DEFINITE, "القاتل", "القاتله");
EX_WORDS(BEFORE_VERB, "قد", "لقد", "الذي", "التي", "الذين", "اللذين", "من", "ما", "حيث", "كما", "ان",
         "لم", "لن", "كان", "كانت", "وقد", "فقد", "ثم", "حين", "عندما", "لما", "بعدما", "قبل", "بعد");

static bool deadly_adjective(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (t->kind != LEX_EK_ARMED_CLASH || tok != t->e->tok_last)
        return false;
    if (ex_word_in(doc, tok, &DEADLY_DEFINITE))
        return true;
    if (!ex_word_in(doc, tok, &DEADLY_FORMS) || tok <= c.first)
        return false;
    size_t prev = tok - 1;
    if (doc->tokens[prev].kind != RASAD_TOK_WORD || ex_word_in(doc, prev, &BEFORE_VERB))
        return false;
    const rasad_entity *e = ex_entity_at(v, prev);
    if (e && ex_is_actor_entity(e))
        return false;
    const tagger_entity *n = ex_ner_at(v, prev);
    return !n;
}

/* "منذ بدء المعارك"، "منذ اندلاع الحرب": the act named as the start
 * of a period, a reference point, not a new act. */
EX_WORDS(START_NOUNS, "بدء", "بدايه", "اندلاع", "انطلاق", "نشوب", "انطلاقه", "بدايات", "اشتعال", "تفجر");

static bool since_start_of(const ex_view *v, const trig *t, ex_clause c) {
    size_t tok = t->e->tok_first;
    if (t->verb || tok < c.first + 2)
        return false;
    return ex_stem_in(v->doc, tok - 1, &START_NOUNS) && ex_word_in(v->doc, tok - 2, &PREP_SINCE);
}

/* احتج in words: an official objecting at a press conference, in a
 * statement or a speech ("احتج خلال مؤتمر صحافي")، not a crowd. */
EX_WORDS(OBJECT_VERBS, "احتج", "احتجت", "يحتج", "تحتج");
EX_WORDS(IN_WORDS, "مؤتمر", "صحافي", "صحفي", "بيان", "بيانا", "تصريح", "تصريحات", "كلمه", "كلمته",
         "خطاب", "رساله", "مذكره", "مقابله", "تغريده", "اتصال", "اتصالا", "اجتماع", "الاجتماع", "جلسه",
         "الجلسه", "مجلس");
#define IN_WORDS_REACH 6 /* tokens after the verb where the conference or the statement is named */

static bool objection_in_words(const ex_view *v, const trig *t, ex_clause c) {
    return t->kind == LEX_EK_PROTEST && t->verb && ex_stem_in(v->doc, t->e->tok_first, &OBJECT_VERBS) &&
           ev_stem_after(v->doc, t, c, IN_WORDS_REACH, &IN_WORDS);
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

/* Bodies in pictures or footage ("نشرت الصحف صور جثث الضحايا"، "مقطع
 * فيديو لجثث القتلى"): the images are news of an act told elsewhere. */
EX_WORDS(BODIES, "جثه", "الجثه", "جثث", "الجثث", "جثامين", "الجثامين", "ضحايا", "الضحايا", "قتلي",
         "القتلي", "اشلاء", "الاشلاء");
EX_WORDS(IMAGES, "صور", "الصور", "صوره", "الصوره", "مشاهد", "المشاهد", "لقطات", "اللقطات", "فيديو",
         "الفيديو", "مقطع", "مقاطع", "تسجيل", "تسجيلات", "شريط", "فيلم");

static bool pictured_bodies(const ex_view *v, const trig *t, ex_clause c) {
    size_t tok = t->e->tok_first;
    return tok > c.first && ex_stem_in(v->doc, tok, &BODIES) && ex_stem_in(v->doc, tok - 1, &IMAGES);
}

/* A line of verse, vowelled on most letters ("تَصُدُّ كَيْدَ العِدَا"):
 * news vowels a word here and there ("قُتلوا"), a poem vowels them all.
 * The trigger and most of its neighbours must each carry two marks. */
#define VERSE_MARKS 2      /* harakat on a word of verse, at least */
#define VERSE_NEIGHBOURS 2 /* tokens each side looked at */

static bool vowelled(const rasad_doc *doc, size_t i) {
    size_t len;
    const unsigned char *s = (const unsigned char *)doc_tok_text(doc, i, &len);
    unsigned marks = 0;
    /* U+064B..U+0652 (fathatan .. sukun) are D9 8B .. D9 92 in UTF-8 */
    for (size_t k = 0; k + 1 < len; k++)
        if (s[k] == 0xD9 && s[k + 1] >= 0x8B && s[k + 1] <= 0x92)
            marks++;
    return marks >= VERSE_MARKS;
}

static bool verse(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (!ev_violent_kind(t->kind) || !vowelled(doc, tok))
        return false;
    unsigned seen = 0, marked = 0;
    for (size_t k = 1; k <= VERSE_NEIGHBOURS; k++) {
        if (tok >= k && doc->tokens[tok - k].kind == RASAD_TOK_WORD) {
            seen++;
            marked += vowelled(doc, tok - k);
        }
        if (tok + k < doc->ntokens && doc->tokens[tok + k].kind == RASAD_TOK_WORD) {
            seen++;
            marked += vowelled(doc, tok + k);
        }
    }
    return seen >= 2 && 2 * marked >= seen + 1;
}

/* Joining a team, a party or the ranks ("انضم اللاعب إلى الفريق"،
 * "1500 مقاتل انضموا إلى صفوف المجموعات المتطرفة"): people signing up
 * one by one, no change of a group; a group joining a front is kept
 * when an actor is named beside the verb and no ranks or people are
 * counted. */
EX_WORDS(JOIN_FORMS, "انضم", "انضمت", "انضموا", "انضما", "انضمتا", "ينضم", "تنضم", "ينضمون", "انضمام",
         "انضمامه", "انضمامها", "انضمامهم");
EX_WORDS(RANKS_OF, "صفوف", "الصفوف", "صف");
#define JOIN_REACH 3 /* tokens each side of the verb where the joiner or the ranks stand */

static bool joins_one_by_one(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (t->kind != LEX_EK_OTHER || tok != t->e->tok_last || !ex_stem_in(doc, tok, &JOIN_FORMS))
        return false;
    if (ev_stem_after(doc, t, c, JOIN_REACH, &RANKS_OF))
        return true;
    bool group = false, people = false;
    for (size_t i = tok > c.first + JOIN_REACH ? tok - JOIN_REACH : c.first; i <= c.last && i <= tok + JOIN_REACH;
         i++) {
        if (i == tok)
            continue;
        const rasad_entity *e = ex_entity_at(v, i);
        if (e && e->kind == RASAD_ENT_ACTOR)
            group = true;
        else if (person_at(v, i))
            people = true;
    }
    return people || !group;
}

/* تسلم and استلام of money, a visa, a ship or a building ("استلام
 * المبالغ المالية"، "تسلمت مصر فرقاطة"): a handover of ground names the
 * positions or the place taken over. */
EX_WORDS(RECEIVE_FORMS, "تسلم", "تسلمت", "تسلموا", "استلم", "استلمت", "استلموا", "استلام", "استلامه",
         "استلامها", "استلامهم", "تسليم", "تسليمها", "تسليمه", "سلمت", "سلموا");
EX_WORDS(GROUND_HANDED, "مواقع", "المواقع", "موقع", "الموقع", "مواقعها", "مواقعه", "مواقعهم", "مقر", "المقر",
         "مقرات", "المقرات", "معسكر", "المعسكر", "معسكرات", "ثكنه", "الثكنه", "قاعده", "القاعده", "مطار",
         "المطار", "ميناء", "الميناء", "معبر", "المعبر", "منفذ", "المنفذ", "حاجز", "الحاجز", "حواجز",
         "الحواجز", "نقاط", "النقاط", "نقطه", "مدينه", "المدينه", "بلده", "البلده", "قريه", "القريه",
         "منطقه", "المنطقه", "مناطق", "المناطق", "محافظه", "المحافظه", "مديريه", "المديريه", "حي", "الحي",
         "احياء", "الاحياء", "السيطره", "سيطره", "الامن", "الامنيه", "الملف", "مهام", "المهام", "السلطه",
         "الحكم", "جبهه", "الجبهه", "جبهات", "الجبهات", "مبني", "المبني", "مباني", "المباني", "السجن",
         "سجن", "الحدود", "حدود", "الشريط", "الارض", "اراضي", "الاراضي", "اسلحه", "الاسلحه", "سلاح",
         "السلاح", "اسلحتهم", "اسلحتها", "انفسهم", "نفسه", "نفسها");
#define HANDED_REACH 4 /* tokens after the verb where the ground stands, its subject between */

static bool receives_things(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (t->kind != LEX_EK_WITHDRAWAL || tok != t->e->tok_last || !ex_stem_in(doc, tok, &RECEIVE_FORMS))
        return false;
    for (size_t i = tok + 1; i <= c.last && i <= tok + HANDED_REACH; i++) {
        if (ex_stem_in(doc, i, &GROUND_HANDED))
            return false;
        const rasad_entity *e = ex_entity_at(v, i);
        if (e && e->kind == RASAD_ENT_PLACE)
            return false;
    }
    return true;
}

/* هاجم in words: an official, a newspaper or a speaker attacking a
 * policy, a deal or a rival ("هاجمت وسائل الإعلام الاتفاق النووي"،
 * "ألقوا خطابات هاجموا فيها الحكومة"، "هاجم الدور الأوروبي"): words of
 * speech in the sentence or an idea as the object, and no weapon, force
 * or toll named (the verb's own word aside). */
EX_WORDS(ASSAIL_VERBS, "هاجم", "هاجمت", "هاجموا", "هاجما", "هاجمتا", "يهاجم", "تهاجم", "يهاجمون", "تهاجمان",
         "يهاجمان", "هاجمه", "هاجمها", "هاجمهم", "يهاجمها", "يهاجمه", "يهاجمهم", "تهاجمه", "تهاجمها");
EX_WORDS(SPOKEN, "خطاب", "خطابه", "خطابات", "كلمه", "كلمته", "تصريح", "تصريحات", "تصريحاته", "بيان", "بيانا",
         "مقال", "مقاله", "مقالات", "مقابله", "تغريده", "تغريدات", "مؤتمر", "صحفي", "صحافي", "الاعلام",
         "اعلام", "وسائل", "الصحف", "صحف", "الصحافه", "صحيفه", "الصحيفه", "قائلا", "قائله", "متهما",
         "متهمه", "واصفا", "واصفه", "منتقدا", "منتقده", "الاتهامات", "اتهامات", "انتقادات", "البرلمانيه",
         "الكتل", "كتله", "الكتله", "برنامج", "البرنامج", "تلفزيوني", "التلفزيوني", "مداخله", "حوار",
         "لقاء");
/* ideas, anywhere in the clause */
EX_WORDS(IDEAS_ASSAILED, "الاتفاق", "اتفاق", "القرار", "قرار", "السياسه", "سياسه", "سياسات", "الدور", "دور",
         "الموقف", "موقف", "مواقف", "التصريحات", "الديمقراطيه", "الفكره", "فكره", "المشروع", "القانون",
         "قانون", "النهج", "الخطه", "المبادره", "مبادره", "الدستور", "اداء", "الاداء");
/* those only words attack, right after the verb as its subject or object
 * ("هاجم الوزير الصحافة") */
EX_WORDS(SPEAKERS_ASSAILED, "الاداره", "الحكومه", "حكومه", "الرئيس", "الوزير", "الوزاره", "المنتقدين",
         "منتقديه", "خصومه", "الاعلام", "الصحافه", "الغرب", "رئيس", "وزير");
#define ASSAILED_REACH 3 /* tokens after the verb */
#define FORCE_REACH 5    /* tokens each side of the verb where a weapon or a force is named */
EX_WORDS(FORCE_NAMED, "مسلح", "مسلحين", "المسلحين", "مسلحون", "المسلحون", "مقاتلين", "المقاتلين", "مقاتلون",
         "مقاتلي", "مقاتلات", "طائرات", "الطائرات", "طائره", "مروحيه", "مروحيات", "دبابات", "دبابه", "قوات",
         "القوات", "الجيش", "جيش", "الشرطه", "عسكري", "عسكريه", "العسكريه", "العسكري", "جنود", "الجنود",
         "ميليشيا", "ميليشيات", "المليشيات", "عناصر", "ارهابيين", "الارهابيين", "متشددين", "المتشددين",
         "داعش", "التنظيم", "اسلحه", "سلاح", "بالسلاح", "سكاكين", "سكين", "بالسكاكين", "عصي", "بالعصي",
         "الحجاره", "بالحجاره", "حاجز", "حاجزا", "موقع", "مواقع", "معسكر", "قاعده", "ثكنه", "سفينه", "قريه",
         "بلده", "قتلي", "جرحي", "قتيل", "جريح", "مقتل", "اصابه", "اصابات", "قتل", "قتلوا", "اصيب",
         /* a hand unnamed and a building or a convoy hit */
         "مجهولون", "مجهولين", "ملثمون", "ملثمين", "منزل", "منازل", "مبني", "سياره", "سيارات", "موكب",
         "دوريه", "مستشفي", "سجن", "مركز", "مقر", "مقرا", "مقار", "مقرات",
         /* a crowd that storms */
         "محتجون", "محتجين", "المحتجين", "المحتجون", "متظاهرون", "متظاهرين", "المتظاهرين", "المتظاهرون",
         "انصار", "انصاره", "مؤيدو", "مؤيدي", "حشد", "حشود");

static bool assails_in_words(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (t->kind != LEX_EK_ATTACK || !t->verb || tok != t->e->tok_last || !ex_stem_in(doc, tok, &ASSAIL_VERBS))
        return false;
    size_t first, end;
    bool words = ev_stem_after(doc, t, c, ASSAILED_REACH, &SPEAKERS_ASSAILED);
    ex_clause near = ev_near_trigger(c, t, FORCE_REACH);
    for (size_t i = near.first; i <= near.last; i++) {
        if (i == tok)
            continue;
        /* force named near the act in its own clause; a sentence may go
         * on to the fighting the speech was about */
        if (ex_stem_in(doc, i, &FORCE_NAMED) || ex_stem_in(doc, i, &VIOLENCE_WORDS) ||
            ex_stem_in(doc, i, &FIRE_WORDS))
            return false;
        words = words || ex_stem_in(doc, i, &IDEAS_ASSAILED);
    }
    ex_sentence_tokens(doc, doc->tokens[tok].sentence, &first, &end);
    for (size_t i = first; i < end && !words; i++)
        words = ex_stem_in(doc, i, &SPOKEN);
    for (size_t k = ex_qty_from(v, first), qend = ex_qty_to(v, end); k < qend; k++) {
        uint8_t role = ex_role_in_context(v, &v->qty[k]);
        if (role == RASAD_ROLE_FATALITIES || role == RASAD_ROLE_INJURED)
            return false;
    }
    return words;
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

static bool slaughtered_animals(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (tok != t->e->tok_last)
        return false;
    if (ex_stem_in(doc, tok, &SLAUGHTER_FORMS))
        return ev_stem_after(doc, t, c, LIVESTOCK_REACH, &LIVESTOCK);
    if (!ex_stem_in(doc, tok, &KILL_FORMS) && !ex_word_in(doc, tok, &CULL_FORMS))
        return false;
    if (tok + 1 <= c.last && ex_stem_in(doc, tok + 1, &OF_NATURE))
        return true;
    /* the animals before any person ("قتل المئات من الضبان"; not "قتل
     * مسلحون راعيا وأغنامه") */
    for (size_t i = tok + 1; i <= c.last && i <= tok + LIVESTOCK_REACH + 1; i++) {
        if (ex_stem_in(doc, i, &WILD_ANIMALS) || ex_stem_in(doc, i, &LIVESTOCK))
            return true;
        if (person_at(v, i) && !ex_stem_in(doc, i, &PEOPLE_COUNTS))
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
    return sentence_names_without(doc, tok, &MONEY_WORDS, NULL, &VIOLENCE_WORDS);
}

/* A country or a state snatched or seized in a figure ("طامعة في خطف
 * العراق"، "تنجح في خطف دول كانت محسوبة لصالح أعدائها"): a state, not
 * a person, after the abduction word. */
EX_WORDS(STATES_TAKEN, "انتباه", "الانتباه", "انتباهنا", "انتباهه", "انتباهها", "انتباههم", "الاهتمام", "اهتمام", "الاعجاب", "الانظار", "دول", "الدول", "دوله", "الدوله", "البلاد", "بلاد", "الوطن", "وطن", "الثوره", "ثوره",
         "القرار", "الشرعيه", "الحكم", "السلطه", "الانتخابات", "المشهد", "الاضواء", "العقول", "عقول",
         "الراي", "المنطقه", "المبادره", "الانتصار", "الحلم", "الفرحه", "البسمه");

static bool state_snatched(const ex_view *v, const trig *t, ex_clause c) {
    size_t next = t->e->tok_last + 1;
    if (t->kind != LEX_EK_ABDUCTION || next > c.last)
        return false;
    if (ex_stem_in(v->doc, next, &STATES_TAKEN))
        return true;
    const rasad_entity *e = ex_entity_at(v, next);
    return e && e->tok_first == next && e->kind == RASAD_ENT_PLACE && e->feature &&
           strncmp(e->feature, "PCL", 3) == 0;
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

/* An idea under attack ("الاتفاق النووي الذي يتعرض للهجوم من جانب
 * المحافظين"): the noun after يتعرض, a deal or a policy its subject. */
EX_WORDS(SUFFER_VERBS, "يتعرض", "تتعرض", "تعرض", "تعرضت", "يتعرضون", "تعرضوا");
EX_WORDS(ATTACK_NOUNS, "هجوم", "الهجوم", "هجمات", "الهجمات", "هجوما");
#define IDEA_BEFORE 5 /* tokens back from يتعرض where the idea stands */

static bool idea_under_attack(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (t->kind != LEX_EK_ATTACK || t->verb || !ex_stem_in(doc, tok, &ATTACK_NOUNS) || tok <= c.first ||
        !ex_stem_in(doc, tok - 1, &SUFFER_VERBS))
        return false;
    bool idea = false;
    for (size_t k = 2; k <= IDEA_BEFORE + 1 && tok >= c.first + k; k++)
        idea = idea || ex_stem_in(doc, tok - k, &IDEAS_ASSAILED);
    if (!idea)
        return false;
    ex_clause near = ev_near_trigger(c, t, FORCE_REACH);
    for (size_t i = near.first; i <= near.last; i++)
        if (i != tok && (ex_stem_in(doc, i, &FORCE_NAMED) || ex_stem_in(doc, i, &VIOLENCE_WORDS)))
            return false;
    return true;
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
    return sentence_names_without(doc, tok, &COURT_WORDS, NULL, &VIOLENCE_WORDS);
}

/* A man who "exploded" ("بعد مثل هذه الحادثة، انفجر يونكر"): a blast
 * verb with a person's name for subject is an outburst. */
EX_WORDS(BLAST_VERBS, "انفجر", "انفجرت", "ينفجر", "تنفجر");

static bool person_burst(const ex_view *v, const trig *t, ex_clause c) {
    size_t next = t->e->tok_last + 1;
    if (t->kind != LEX_EK_EXPLOSION || !t->verb || !ex_stem_in(v->doc, t->e->tok_first, &BLAST_VERBS) ||
        next > c.last)
        return false;
    const tagger_entity *n = ex_ner_at(v, next);
    return n && n->type == TG_PER && n->tok_first == next;
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
         "عروض", "الافتتاح", "افتتاح", "المسابقه", "مسابقه", "جوائز", "الجوائز", "الممهده", "المشاركين");
EX_WORDS(PROTEST_CUES, "ضد", "احتجاجا", "احتجاج", "للتنديد", "تنديدا", "منددين", "مطالبين", "مطالبه",
         "للمطالبه", "رفضا", "شعارات", "هتفوا", "هتافات", "المحتجين", "محتجين", "متظاهرين", "المتظاهرين",
         "المتظاهرون", "متظاهرون", "الغاز", "تفريق", "مناهضه", "معاديه", "تضامنا", "دعما", "اسقاط",
         "الحكومه", "النظام", "الشرطه", "الامن");

static bool festival_show(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (t->kind != LEX_EK_PROTEST || tok != t->e->tok_last || !ex_stem_in(doc, tok, &SHOW_NOUNS))
        return false;
    return sentence_names_without(doc, tok, &FESTIVAL, NULL, &PROTEST_CUES);
}

/* تظاهر ب: to pretend ("التظاهر بالفرح"، "تظاهر بالمرض"، "تظاهر بعدم
 * المعرفة"). */
EX_WORDS(PRETEND_FORMS, "تظاهر", "التظاهر", "يتظاهر", "تتظاهر", "تظاهرت", "يتظاهرون", "نتظاهر");
EX_WORDS(PRETENDED, "بالفرح", "بالسعاده", "بالحزن", "بالجهل", "بالمرض", "بالموت", "بالنوم", "بالقوه",
         "بالضعف", "بالبراءه", "بالغباء", "بالانشغال", "بالصمم", "بالعمي", "بانه", "بانها", "بانهم", "بعدم",
         "بالشجاعه", "بالتدين", "بالورع", "بالحياد", "بالاغماء", "بالجنون", "بالسعاده", "بالرضا",
         "بالتواضع", "بالفهم", "بالمعرفه", "بالاهتمام", "بالحب", "بالصداقه", "بالتماسك");

static bool pretending(const ex_view *v, const trig *t, ex_clause c) {
    size_t next = t->e->tok_last + 1;
    return t->kind == LEX_EK_PROTEST && ex_stem_in(v->doc, t->e->tok_first, &PRETEND_FORMS) && next <= c.last &&
           ex_word_in(v->doc, next, &PRETENDED);
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

/* A state of alert raised ("رفع حالة الاستنفار للدرجة القصوى"،
 * "الاستنفار الأمني لدوريات الأمن"): a precaution, no act. */
EX_WORDS(ALERT_FORMS, "استنفار", "الاستنفار", "تاهب", "التاهب");
EX_WORDS(ALERT_BEFORE, "حاله", "رفع", "رفعت", "اعلان", "اعلن", "اعلنت", "درجه", "الدرجه");
EX_WORDS(ALERT_AFTER, "القصوي", "قصوي", "للدرجه", "الامني", "امني", "تحسبا", "استعدادا", "الكامل", "التام");

static bool state_of_alert(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, next = t->e->tok_last + 1;
    if (t->kind != LEX_EK_OTHER || !ex_stem_in(doc, t->e->tok_last, &ALERT_FORMS))
        return false;
    return (tok > c.first && ex_stem_in(doc, tok - 1, &ALERT_BEFORE)) ||
           (next <= c.last && ex_stem_in(doc, next, &ALERT_AFTER));
}

/* The pledge to a king or a crown prince ("مبايعة الشعب لولي العهد"،
 * "تلقى البيعة نيابة عن ولي العهد"), and بيعه read as "its sale" after
 * a preposition ("الناجمة عن بيعه"). */
EX_WORDS(PLEDGE_FORMS, "بيعه", "البيعه", "مبايعه", "المبايعه", "مبايعته", "بيعته");
EX_WORDS(ROYAL, "الملك", "ملك", "العهد", "ولي", "الامير", "امير", "سمو", "السمو", "خادم", "الحرمين",
         "الملكي", "الشعب", "المواطنين", "العلماء", "الاوبريت", "الحكم", "بقصر");
EX_WORDS(PREPS_BEFORE_SALE, "عن", "من", "في", "علي", "بعد", "قبل", "عند", "اثناء", "خلال");

static bool royal_pledge(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (t->kind != LEX_EK_OTHER || tok != t->e->tok_last || !ex_stem_in(doc, tok, &PLEDGE_FORMS))
        return false;
    if (ex_word_in(doc, tok, &PLEDGE_FORMS) && tok > 0 && ex_word_in(doc, tok - 1, &PREPS_BEFORE_SALE) &&
        strcmp(doc->tokens[tok].norm, "\xD8\xA8\xD9\x8A\xD8\xB9\xD9\x87") == 0) /* بيعه */
        return true;
    size_t first, end;
    ex_sentence_tokens(doc, doc->tokens[tok].sentence, &first, &end);
    for (size_t i = first; i < end; i++)
        if (ex_stem_in(doc, i, &ROYAL))
            return true;
    return false;
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

/* "شديدة الانفجار"، "قابلة للانفجار": a property of a material (C4,
 * a gas), no blast. */
EX_WORDS(BLAST_NOUNS, "الانفجار", "للانفجار", "انفجار");
EX_WORDS(PROPERTY_BEFORE, "شديده", "شديد", "سريعه", "سريع", "قابله", "قابل", "قابليه");

static bool explosive_property(const ex_view *v, const trig *t, ex_clause c) {
    size_t tok = t->e->tok_first;
    return t->kind == LEX_EK_EXPLOSION && tok == t->e->tok_last && tok > c.first &&
           ex_word_in(v->doc, tok, &BLAST_NOUNS) && ex_stem_in(v->doc, tok - 1, &PROPERTY_BEFORE);
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

static bool audience_aimed_at(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    if (t->kind != LEX_EK_ATTACK || !ex_stem_in(doc, t->e->tok_first, &TARGET_FORMS))
        return false;
    return sentence_names_without(doc, t->e->tok_first, &AUDIENCE_AIMS, NULL, &VIOLENCE_WORDS);
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

/* Ground regained or held is a town or a position; a player's form,
 * a market's share, a service or the pitch are no ground ("استعادة
 * مستواه العالي"، "سيطر على الملعب سيطرة كاملة"، "الاستعادة الآلية
 * للخدمات"). */
EX_WORDS(NO_GROUND, "مستوي", "مستواه", "مستواها", "مستواهم", "الثقه", "ثقته", "ثقتها", "التوازن",
         "توازنه", "توازنها", "اللياقه", "لياقته", "الذاكره", "ذاكرته", "الخدمات", "الخدمه", "الاموال",
         "اموال", "اموالها", "امواله", "البيانات", "الكرامه", "كرامته", "العلاقات", "علاقاتها", "اللقب",
         "لقب", "الصداره", "صدارته", "صدارتها", "المكانه", "مكانته", "مكانتها", "عافيته", "عافيتها",
         "صحته", "انفاسه", "الزخم", "الملعب", "المباراه", "اللقاء", "الشوط", "الكره", "مجريات", "الدوري",
         "البطوله", "الاسواق", "السوق", "حصته", "حصتها", "الحصه", "الاسعار", "اسعار", "بريقه", "بريقها",
         "شعبيته", "شعبيتها", "الجماهير", "الاليه", "نشاطه", "نشاطها", "ذكرياته", "ذكريات");
#define NO_GROUND_REACH 1 /* the token right after: "منطقة الملعب" is ground */

#define ON_REACH 3 /* tokens after the verb where its على stands, the subject between */

static bool regains_no_ground(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    if (t->kind != LEX_EK_TERRITORY_CAPTURED)
        return false;
    if (ev_stem_after(doc, t, c, NO_GROUND_REACH, &NO_GROUND))
        return true;
    /* "سيطر الهلال على الملعب": the object after the subject and على */
    size_t last = t->e->tok_last;
    for (size_t i = last + 1; i < c.last && i <= last + ON_REACH; i++)
        if (ex_word_in(doc, i, &ON_FORMS))
            return ex_stem_in(doc, i + 1, &NO_GROUND);
    return false;
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
    return sentence_names_without(doc, t->e->tok_first, &RUIN_BY_NATURE, NULL, &VIOLENCE_WORDS);
}

/* A scandal, a crisis or a bubble that "blew up" ("تفجر الفضيحة"،
 * "فقاعة العقار ... بدأت بالانفجار"، "انفجار الأزمة"): no blast. */
EX_WORDS(BURSTING, "الفضيحه", "فضيحه", "فضائح", "الفضائح", "الازمه", "ازمه", "الازمات", "الخلافات",
         "خلافات", "الخلاف", "خلاف", "الفقاعه", "فقاعه", "الاحتقان", "احتقان", "الاسعار", "اسعار",
         "الاسواق", "السوق", "القضيه", "الملف");
EX_WORDS(BUBBLES, "الفقاعه", "فقاعه", "فقاعات");
#define BURST_REACH 2   /* words after the blast word: "تفجر الفضيحة" */
#define BUBBLE_BEFORE 8 /* words before it where the bubble stands, its market and a verb between */

static bool figure_burst(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    if (t->kind != LEX_EK_EXPLOSION || t->e->tok_first != t->e->tok_last)
        return false;
    return ev_stem_after(doc, t, c, BURST_REACH, &BURSTING) || ev_stem_before(doc, t, c, BUBBLE_BEFORE, &BUBBLES);
}


/* An act word that is the name of a place after its head ("حي التحرير
 * الأسفل"، "ساحة شهداء أحد"، "مدينة طلعة التمياط"): the quarter, the
 * square or the town, no act. A noun only: after a verb the word is its
 * subject ("قصفت القرية"). "منطقة" is left out: "منطقة الاشتباكات" is
 * where the clashes are. */
EX_WORDS(PLACE_NAME_HEADS, "حي", "ميدان", "شارع", "ساحه", "مستشفي", "مدرسه", "مسجد", "جامع", "دوار",
         "جسر", "مخيم", "قريه", "بلده", "مدينه", "جامعه", "فندق", "ملعب");

static bool place_name(const ex_view *v, const trig *t, ex_clause c) {
    size_t tok = t->e->tok_first;
    return !t->verb && tok == t->e->tok_last && tok > c.first && ex_stem_in(v->doc, tok - 1, &PLACE_NAME_HEADS);
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
    return sentence_names_without(doc, t->e->tok_first, &TRAPS_AND_RESCUE, NULL, &VIOLENCE_WORDS);
}


/* استشهد ب, to cite: "استشهد ماكين بتصريحات أدلى بها"، "استشهد الجنرال
 * ... بمجموعة من الأنشطة". The first word with ب after the verb tells
 * which: a saying or a figure is cited; fire or a bullet ("استشهد
 * برصاص قناص") is how a man fell. */
EX_WORDS(CITE_FORMS, "استشهد", "استشهدت", "يستشهد", "تستشهد", "مستشهدا", "مستشهدين", "استشهدوا");
EX_WORDS(CITED, "مجموعه", "قول", "قوله", "قولها", "ايه", "الايه", "ايات", "حديث", "الحديث", "مثال",
         "المثال", "امثله", "ما", "كلام", "كلمات", "تصريحات", "تصريح", "تقرير", "تقارير", "دراسه",
         "دراسات", "ابيات", "بيت", "المثل", "مثل", "شعر", "نص", "نصوص", "مقوله", "عباره", "ارقام",
         "احصاءات", "الاحصاءات", "بيانات", "حالات", "حاله", "تجربه", "تجارب", "موقف", "مواقف", "رساله",
         "وثيقه", "وثائق", "كتاب", "مقال", "مقاله", "راي", "اراء", "فتوي", "شهاده", "قصه", "قصص");
#define CITE_REACH 14 /* tokens after the verb, a subject and its relative clause between */

static bool cites(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, first, end;
    if (tok != t->e->tok_last || !ex_stem_in(doc, tok, &CITE_FORMS))
        return false;
    ex_sentence_tokens(doc, doc->tokens[tok].sentence, &first, &end);
    for (size_t i = tok + 1; i < end && i <= tok + CITE_REACH; i++)
        if (ex_has_proclitic(doc, i, "\xD8\xA8")) /* ب */
            return ex_stem_in(doc, i, &CITED);
    return false;
}


bool ev_everyday_sense(const ex_view *v, const trig *t, ex_clause c) {
    return grip(v, t, c) || illness(v, t, c) || abstract_object(v, t, c) || snatch_of_things(v, t, c) ||
           rain_without_fire(v, t, c) || civil_operation(v, t, c) || aims_at(v, t, c) ||
           besieged_adjective(v, t) || early_islam(v, t) || holds_things(v, t, c) || martyr_title(v, t, c) ||
           injured_by_mishap(v, t) || deadly_adjective(v, t, c) || since_start_of(v, t, c) ||
           objection_in_words(v, t, c) || drill(v, t, c) || quiet_corpse(v, t) ||
           plunder_figure(v, t, c) || run_over_accident(v, t) || detention_place(v, t, c) ||
           filming_drone(v, t, c) || contest_or_liquidation(v, t, c) || blow_of_nature(v, t, c) ||
           strikes_an_example(v, t, c) || pictured_bodies(v, t, c) || verse(v, t) ||
           joins_one_by_one(v, t, c) || receives_things(v, t, c) ||
           assails_in_words(v, t, c) || slaughtered_animals(v, t, c) ||
           club_not_victory(v, t, c) || unrest_of_markets(v, t) || state_snatched(v, t, c) ||
           thing_collapsed(v, t, c) || idea_under_attack(v, t, c) || victims_in_court(v, t) ||
           person_burst(v, t, c) || plane_landed(v, t, c) || festival_show(v, t) || pretending(v, t, c) ||
           fans_cheering(v, t) || sunset(v, t, c) || state_of_alert(v, t, c) || royal_pledge(v, t) ||
           crowd_of_worship(v, t, c) || explosive_property(v, t, c) ||
           audience_aimed_at(v, t) || battle_with_illness(v, t, c) || regains_no_ground(v, t, c) ||
           ruin_by_nature(v, t, c) || figure_burst(v, t, c) ||
           place_name(v, t, c) || trapped(v, t) || cites(v, t);
}
