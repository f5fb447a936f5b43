/* SPDX-License-Identifier: MIT
 *
 * event_figure.c - stage 4, event frames: trigger words used for
 * something that is no violent or protest act at all: a court's ruling
 * (قضى بإعدام), a weapons test (تجربة نووية), an attack in words (هجوما
 * لاذعا على), a blast of a crisis (تفجر الأزمة), deaths in an accident, a
 * disaster or an illness, a match (هجوم الفريق), an animal's attack, an
 * idiom (ضرب أمثلة، الطعن في القرار), a satellite launch, an office
 * (غرفة العمليات), a cultural show (تظاهرة ثقافية), a play, a film or a
 * television series whose plot has the act, an objection declared
 * or lodged with a government (احتجت رسميا لدى). event_happened.c asks
 * ev_not_an_act() first, then whether a real act took place.
 */
#include <string.h>

#include "extract/extract.h"
#include "knowledge/lexicon.h"
#include "extract/events.h"

/* A court's ruling, not the act: "القاضي الذي قضى بإعدام", "حكم عليه
 * بالإعدام", "أحكام بالإعدام", "عقوبة الإعدام". Carrying the sentence out
 * ("نفذ حكم الإعدام", "تنفيذ حكم الإعدام") is the execution. */
EX_WORDS(SENTENCING, "حكم", "حكما", "احكام", "الاحكام", "حكمت", "يحكم", "قضي", "قضت", "يقضي",
         "عقوبه", "العقوبه", "عقوبات", "قرار", "محكوم", "المحكوم", "محكومين", "المحكومين",
         "محكومون", "يواجه", "يواجهون", "تواجه",
         /* a law's penalty: "يعاقب بالإعدام", "تنص المادة على الإعدام" */
         "يعاقب", "تنص", "ينص");
EX_WORDS(CARRY_OUT, "تنفيذ", "نفذ", "نفذت", "نفذوا", "ينفذ", "تنفذ");
#define SENTENCE_REACH 3 /* tokens back from an execution word to the ruling */

static bool sentence_not_execution(const rasad_doc *doc, const trig *t, ex_clause c) {
    size_t tok = t->e->tok_first;
    if (t->kind != LEX_EK_EXECUTION)
        return false;
    for (size_t k = 0; k <= SENTENCE_REACH && tok >= c.first + k; k++) {
        size_t i = tok - k;
        if (!ex_stem_in(doc, i, &SENTENCING))
            continue;
        /* the ruling carried out (or the act itself further back) */
        for (size_t j = 1; j <= 2 && i >= c.first + j; j++)
            if (ex_stem_in(doc, i - j, &CARRY_OUT))
                return false;
        return true;
    }
    return false;
}

/* A test or a drill, not an attack: "فجرت قنبلتها الذرية الأولى",
 * "تفجير نووي", "تجربة إطلاق صاروخ", "مناورات بالذخيرة الحية". */
EX_WORDS(TEST_BEFORE, "تجربه", "تجارب", "اختبار", "اختبارات", "مناورات", "مناوره", "تمرين",
         "تمارين", "تجريبي", "تجريبيه");
EX_WORDS(NUCLEAR, "نووي", "نوويه", "نوويا", "ذري", "ذريه", "ذريا", "هيدروجينيه", "تجريبي",
         "تجريبيه", "تجربه", "تجارب");
#define TEST_REACH 3 /* tokens before a detonation or launch where the test is named */
#define NUCLEAR_REACH 2 /* tokens after a detonation where its bomb is called nuclear */

static bool test_not_attack(const rasad_doc *doc, const trig *t, ex_clause c) {
    if (t->kind != LEX_EK_EXPLOSION && t->kind != LEX_EK_SHELLING)
        return false;
    if (ev_stem_before(doc, t, c, TEST_REACH, &TEST_BEFORE))
        return true;
    /* a verb may have its subject between: "فجرت كوريا الشمالية قنبلتها النووية" */
    return t->kind == LEX_EK_EXPLOSION &&
           ev_stem_after(doc, t, c, t->verb ? NUCLEAR_REACH + 3 : NUCLEAR_REACH, &NUCLEAR);
}

/* An attack in words: "شن هجوما لاذعا على", "هجوما حادا على الحكومة";
 * "هجوما قويا/شديدا/عنيفا" too when the sentence speaks of criticism or a
 * speech and counts no victims. */
EX_WORDS(INTENSITY, "لاذع", "لاذعا", "لاذعه", "حاد", "حادا", "حاده", "كلامي", "كلاميا",
         "كلاميه", "اعلامي", "اعلاميا", "اعلاميه", "سياسي", "سياسيا", "عنيفا", "قويا",
         "شديدا", "شديد", "قوي", "عنيف", "عنيفه", "قويه", "شديده");
EX_WORDS(VERBAL_ONLY, "لاذع", "لاذعا", "لاذعه", "حاد", "حادا", "حاده", "كلامي", "كلاميا",
         "كلاميه", "اعلامي", "اعلاميا", "اعلاميه", "سياسي", "سياسيا");
EX_WORDS(SPEECH, "انتقد", "انتقدت", "انتقاد", "انتقادات", "منتقدا", "منتقده", "اتهم", "اتهمت",
         "اتهمه", "اتهمها", "متهما", "قائلا", "قائله", "تصريح", "تصريحات", "تصريحاته", "كلمه",
         "كلمته", "خطاب", "خطابه", "خطبه", "مقال", "مقاله", "مؤتمر", "صحافي", "صحفي",
         "مقابله", "حديث", "حديثه", "تحدث", "تغريده", "تغريدات", "سخر", "وصف", "وصفه",
         "وصفها", "انتقاده", "ندوه");

/* What only words can attack: "الهجوم على قرار مجلس الأمن", "هجوم على
 * سياسة الحكومة", "هجوم على تصريحات الوزير". */
EX_WORDS(VERBAL_TARGETS, "قرار", "القرار", "قرارات", "سياسه", "السياسه", "سياسات", "موقف",
         "مواقف", "تصريحات", "التصريحات", "تصريح", "الاتفاق", "اتفاق", "خطه", "الخطه", "مشروع",
         "قانون", "القانون", "افكار", "الافكار", "الاعلام", "الصحافه", "منتقدي", "منتقديه",
         "المعارضين", "خصومه", "خصومها", "اداء", "الاداء", "نهج");

static bool verbal_attack(const rasad_doc *doc, const trig *t, ex_clause c, size_t nqty, size_t sent_first,
                          size_t sent_end) {
    if (t->kind != LEX_EK_ATTACK || t->verb)
        return false;
    size_t last = t->e->tok_last;
    if (last + 2 <= c.last && ex_word_in(doc, last + 1, &PREP_ON) && ex_stem_in(doc, last + 2, &VERBAL_TARGETS))
        return true;
    if (last + 1 > c.last || !ex_stem_in(doc, last + 1, &INTENSITY))
        return false;
    if (ex_stem_in(doc, last + 1, &VERBAL_ONLY))
        return true;
    if (nqty)
        return false;
    for (size_t i = sent_first; i < sent_end; i++)
        if (ex_stem_in(doc, i, &SPEECH))
            return true;
    return false;
}

/* Words after a blast verb or noun that make it a figure or a mishap:
 * "انفجر الوضع السياسي", "تفجر الأزمة", "انفجر الإطار الأمامي" (a
 * tyre), "انفجر شهاب". */
EX_WORDS(BLAST_FIGURES, "الوضع", "الاوضاع", "وضع", "اوضاع", "الازمه", "ازمه", "الغضب", "غضب",
         "الخلاف", "الخلافات", "الموقف", "الصراع", "الاحتقان", "الشارع", "الفقاعه", "فقاعه",
         "الاطار", "اطار", "الاطارات", "شهاب", "نيزك", "بركان", "البركان", "ماسوره", "انبوب");
/* A cultural or sporting show, not a protest: "تظاهرة ثقافية",
 * "تظاهرة حاشدة لأفلام الخيال العلمي". */
EX_WORDS(SHOW_WORDS, "ثقافيه", "فنيه", "سينمائيه", "رياضيه", "مسرحيه", "ادبيه", "علميه",
         "سياحيه", "تراثيه", "موسيقيه", "فكريه", "اعلاميه", "اقتصاديه", "افلام", "فيلم",
         "الافلام", "الكتاب", "كتاب", "فنون", "الفنون", "مهرجان", "سينما", "السينما", "المسرح",
         "مسرح", "مسرحي");
/* An objection declared, not a crowd: "تعلن المرجعية احتجاجها على",
 * "أبدت الحكومة احتجاجها", "يسجلن احتجاجا على". */
EX_WORDS(DECLARE_VERBS, "اعلن", "اعلنت", "يعلن", "تعلن", "ابدي", "ابدت", "يبدي", "تبدي", "سجل",
         "سجلت", "يسجل", "تسجل", "يسجلن", "ابلغ", "ابلغت", "نقل", "نقلت", "قدم", "قدمت");
EX_WORDS(OBJECTION, "احتجاج", "احتجاجا", "احتجاجه", "احتجاجها", "احتجاجهم", "احتجاجات");
#define DECLARE_REACH 8 /* tokens back from the objection to its verb, a long subject between ("أن تعلن المرجعية الروحية الإسلامية في مصر احتجاجها") */
/* keeping silent or holding fast, not a sit-in: "اعتصم بالصمت",
 * "اعتصموا بحبل الله" */
EX_WORDS(HOLD_FAST, "بالصمت", "الصمت", "بحبل", "بالصبر", "بالله");
#define HOLD_REACH 3 /* the verb, its subject, then what is held to */
#define SHOW_REACH 2 /* tokens after the protest noun where the show is named */

/* Deaths and injuries told with a disaster, an accident or a disease:
 * "لقي 36 شخصا حتفهم في غرق عبارة", "أصيب 50 في حادث انقلاب حافلة",
 * "التسونامي الذي راح ضحيته", "تصادم سيارتين", a crossing of the sea.
 * Only a killing word
 * (no act word of its own) or a collision is read with them: an attack
 * told beside a fire stays an attack. Words that also name a party or a
 * political act (الحر as in الجيش الحر، انهيار الهدنة، انقلاب) are read
 * only after حادث. */
EX_WORDS(MISHAPS, "زلزال", "الزلزال", "زلزالا", "زلازل", "الزلازل", "تسونامي", "التسونامي", "فيضان", "فيضانات",
         "الفيضانات", "الفيضان", "سيول", "السيول", "اعصار", "الاعصار", "غرق", "غرقت", "الغرق",
         "غرقا", "حريق", "الحريق", "حرائق", "الحرائق", "صعق", "صاعقه", "تحطم", "تحطمت", "انهار",
         "انهارت", "مروري", "المروري", "مروريه", "انقلبت", "اصطدام", "اصطدمت", "مرض", "المرض",
         "وباء", "الوباء", "فيروس", "الفيروس", "الكوليرا", "كورونا", "ايبولا", "انفلونزا",
         "التسمم", "تسمم", "دهس", "دهسته", "دهستها", "امراض", "الامراض", "سرطان", "السرطان",
         "الخرف", "السكري", "الزهايمر", "عدوي", "العدوي", "التهاب", "مرضي", "المرضي");
/* A match, a player or a league: "تعرض اللاعب للإصابة", "الهجوم" and
 * "المهاجمين" of a team, "مواجهة ودية", "تصدى حارس المرمى". Read with
 * attack and clash words and killing words; an execution in a stadium
 * stays one. */
EX_WORDS(SPORTS, "المباراه", "مباراه", "مباريات", "المباريات", "الملعب", "ملعب", "اللاعب", "لاعب",
         "اللاعبين", "لاعبين", "لاعبي", "لاعبا", "اللاعبون", "المنتخب", "منتخب", "الدوري", "الكروي",
         "الكرويه", "ركلات", "ركله", "الترجيح", "المرمي", "مرماه", "الهداف", "بطوله", "البطوله",
         "التعادل", "الوديه", "وديه", "وديا", "المونديال", "الاولمبياد", "الاولمبيه", "الفيفا",
         "المدرب");
EX_WORDS(ACCIDENT_HEAD, "حادث", "حادثه", "الحادث", "الحادثه");
EX_WORDS(ACCIDENT_KIND, "انقلاب", "تصادم", "سير", "مرور", "سقوط", "انهيار");
EX_WORDS(COLLISION, "تصادم");
/* migrants lost at sea: "لقي الآلاف حتفهم أثناء محاولتهم عبور البحر" */
EX_WORDS(CROSSING, "عبور", "لعبور");
EX_WORDS(SEAS, "البحر", "المتوسط", "المحيط");
/* an animal's attack: "هجوم لسمكة قرش", "هجوم كلاب ضالة" */
EX_WORDS(ANIMALS, "قرش", "سمكه", "كلب", "كلاب", "ذئب", "ذئاب", "دب", "نمر", "اسد", "تمساح",
         "نحل", "ثعبان", "افعي", "حيوان", "حيوانات", "جمل", "فيل", "قرود", "ضبع", "ثور", "ثورا",
         "ثيران", "بيسون");
#define ANIMAL_REACH 2 /* tokens after an attack word where the animal stands */
/* what only beasts do: "ثورا مستأنسا نطح امرأة ... في خامس هجوم من
 * نوعه", "عضت كلاب طفلا" (a sentence that tells one is an animal's attack) */
EX_WORDS(BEASTS_DO, "نطح", "نطحت", "ينطح", "تنطح", "عضت", "يعض", "افترس", "افترست", "يفترس",
         "لدغ", "لدغت", "نهش", "نهشت", "ينهش");
EX_WORDS(WOUND, "جرح");
EX_WORDS(OFFICE_BEFORE, "غرفه", "مركز", "قياده", "قائد", "مدير", "مديريه", "ضابط", "شعبه", "قسم",
         "هيئه", "رئيس", "رئاسه", "مسؤول", "غرف");

/* Idioms of ضرب and طعن that strike nobody: "ضرب أمثلة", "ضرب موعدا",
 * "ضرب رقما قياسيا", "ضرب بعرض الحائط", "الطعن في القرار" (an appeal). */
EX_WORDS(STRIKE_IDIOMS, "مثالا", "مثلا", "امثله", "الامثله", "الامثال", "موعدا", "رقما", "الرقم",
         "عرض", "اخماسا", "جذوره", "جذورها", "اطنابه");
EX_WORDS(APPEAL_OBJECTS, "القرار", "قرار", "الحكم", "حكم", "الاحكام", "احكام", "النتائج",
         "نتائج", "الانتخابات", "دستوريه", "شرعيه", "مصداقيه", "نزاهه");
/* a launch into space: "إطلاق الصاروخ الذي يحمل الأقمار الصناعية" */
EX_WORDS(SPACE_WORDS, "الصناعي", "الصناعيه", "صناعيه", "الاقمار", "اقمار", "قمرا", "قمر", "الفضاء", "فضائي", "فضائيه",
         "مكوك");
#define IDIOM_REACH 3 /* tokens after ضرب or a launch where the idiom or the satellite is named */
/* what the attacker then said: "جدد هجومه على الجماعة، قائلا إن ..." */
EX_WORDS(SAYING, "قائلا", "قائله", "قائلين", "مضيفا", "مضيفه", "معتبرا", "معتبره", "واصفا",
         "واصفه", "متهما", "متهمه", "مطالبا");

/* What is restored or expelled that is no ground: "استعادة الثقة",
 * "استعادة دورها", "أجهزة الطرد المركزي" (centrifuges). */
EX_WORDS(NOT_GROUND, "الثقه", "ثقه", "الدور", "دور", "دورها", "دوره", "هويه", "هويتها", "هويته",
         "مكانه", "مكانته", "مكانتها", "مكانتي", "الاستقرار", "الاموال", "اموال", "اموالها", "امواله",
         "التوازن", "توازن", "العلاقات", "علاقات", "النشاط", "اللياقه", "الذاكره", "الحقوق", "حقوق",
         "الهيبه", "هيبه", "هيبتها", "الزخم", "الصداره", "اللقب", "لقب", "عافيته", "عافيتها",
         "حيويته", "حيويتها", "المركزي", "مركزي", "المركزيه", "مركزيه");
/* "احتل سهم البنك المرتبة الأولى": to occupy a rank is no capture */
EX_WORDS(RANKS, "المرتبه", "مرتبه", "المراتب", "الصداره", "صداره");
#define RANK_REACH 5 /* the verb's subject may stand between */
/* "ضريبة القيمة المضافة": the value-added tax, not a militants' guesthouse */
EX_WORDS(VALUE_NOUN, "القيمه", "قيمه");
EX_WORDS(GUESTHOUSE, "مضافه", "المضافه", "مضافات");

/* Arms named, not used: "قاذفات صواريخ" and "قاذفة قنابل" are rocket and
 * grenade launchers, though the lexicon files قاذفات with the bombers of
 * an air strike. */
EX_WORDS(LAUNCHERS, "قاذفات", "قاذفه", "القاذفات", "القاذفه", "بقاذفه", "بقاذفات");
EX_WORDS(LAUNCHED, "صواريخ", "الصواريخ", "صاروخ", "قنابل", "القنابل", "اللهب", "لهب", "ار");

bool ev_launcher_named(const rasad_doc *doc, const trig *t) {
    size_t tok = t->e->tok_first, last = t->e->tok_last;
    bool launcher = ex_stem_in(doc, tok, &LAUNCHERS);
    if (!launcher && t->kind != LEX_EK_SHELLING)
        return false; /* (most triggers: no clause to find) */
    ex_clause c = ex_clause_around(doc, tok);
    return (launcher && last + 1 <= c.last && ex_stem_in(doc, last + 1, &LAUNCHED)) ||
           (t->kind == LEX_EK_SHELLING && tok > c.first && ex_stem_in(doc, tok - 1, &LAUNCHERS));
}

/* Burst out laughing, crying or in anger: "فانفجرت رايس ولفني بالضحك",
 * "انفجر غضبا", "انفجر يونكر غاضبا" (the state word is enough: the
 * subject's name need not be known as a person's) */
EX_WORDS(OUTBURSTS, "بالضحك", "ضحكا", "ضاحكا", "ضاحكه", "بالبكاء", "بكاء", "باكيا", "باكيه", "غضبا",
         "بالغضب", "بالتصفيق", "غاضبا", "غاضبه", "غاضبين", "غاضبون", "غاضبتين");
#define OUTBURST_REACH 4 /* tokens after a blast verb, its subjects between, to the outburst */

/* A gas cylinder, a tank or a boiler that blew up: a mishap, "انفجار
 * اسطوانة غاز", "انفجار خزان وقود", "انفجار سخان". */
EX_WORDS(VESSELS, "اسطوانه", "اسطوانات", "الاسطوانه", "قاروره", "قوارير", "قنينه", "خزان",
         "الخزان", "خزانات", "سخان", "مرجل", "غلايه", "مولد", "المولد", "محول", "المحول", "بطاريه",
         "غاز", "الغاز");

/* A killing of what cannot die: "اغتيال الحلم", "اغتيال العملية
 * السلمية", "قتلت كل بصيص ضوء"; a country assassinated ("محاولة لإعادة
 * اغتيال لبنان") is a figure too (checked on the place entity; only
 * after the noun: after a verb the country is its subject, "اغتالت
 * إسرائيل"). */
EX_WORDS(ABSTRACT_VICTIMS, "الحلم", "حلم", "الاحلام", "احلام", "الامل", "امل", "الامال",
         "الحقيقه", "الكلمه", "الديمقراطيه", "السلام", "المبادره", "الوطن", "الدوله", "الثوره",
         "الفرحه", "الفرح", "البسمه", "الابتسامه", "الطموح", "الطموحات", "الضمير", "العقل",
         "الحريه", "الحريات", "الفكر", "الابداع", "المستقبل", "بصيص", "الحوار", "التسويه",
         "الاتفاق", "القضيه", "الهويه", "الطفوله", "البراءه", "الروح", "الوقت", "المعارضه",
         "الصحافه", "الكلمات", "الجمهوريه", "النظام", "الاقتصاد", "الطائف", "المقاومه", "المشروع");
EX_WORDS(ALL_OF, "كل", "اي");

static bool figurative_victim(const ex_view *v, const trig *t, ex_clause c) {
    size_t last = t->e->tok_last, i = last + 1;
    if (t->kind != LEX_EK_ASSASSINATION && !t->context)
        return false;
    bool all = i <= c.last && ex_word_in(v->doc, i, &ALL_OF);
    if (all)
        i++;
    if (i > c.last)
        return false;
    /* after an active verb the next word is mostly its subject ("قتل
     * النظام 20 مدنيا", "قتلت المقاومة ثلاثة جنود"): there only "كل X"
     * is the victim */
    if (ex_stem_in(v->doc, i, &ABSTRACT_VICTIMS))
        return !t->verb || all;
    const rasad_entity *e = ex_entity_at(v, i);
    return t->kind == LEX_EK_ASSASSINATION && !t->verb && e && e->tok_first == i && e->kind == RASAD_ENT_PLACE &&
           e->feature && strncmp(e->feature, "PCL", 3) == 0;
}

/* A play, a film or a novel whose story has the act: "تدور أحداث
 * المسرحية في حقل ألغام", "فيلم يتناول مذبحة". (A cinema attacked
 * names "دار السينما", not these; رواية is also a witness's account,
 * "تضاربت الروايات عن سببه", and stays out.) */
EX_WORDS(FICTION, "مسرحيه", "المسرحيه", "مسرحيات", "فيلم", "الفيلم", "افلام", "الافلام", "فيلما",
         "قصيده", "القصيده");
/* a television series and the roles played in it ("تدور أحداثه حول"
 * in a series, "أجسد دورا"، "الحبكة الخيالية") */
EX_WORDS(SERIES, "مسلسل", "المسلسل", "مسلسلات", "المسلسلات", "مسلسله", "دراميه", "الدراميه", "الدراما", "اجسد",
         "يجسد", "تجسد", "الحبكه", "حبكه");

/* Land, rights or power usurped (اغتصاب also means usurping): "محاولات
 * اغتصاب منطقة أبيي", "اغتصاب الأرض", "اغتصاب السلطة"; a place right
 * after the noun is such an object too. */
static const char USURP_LEMMA[] = "\xD8\xA7\xD8\xBA\xD8\xAA\xD8\xB5\xD8\xA7\xD8\xA8"; /* اغتصاب */
EX_WORDS(USURPED, "منطقه", "المنطقه", "ارض", "الارض", "اراضي", "الاراضي", "اراض", "حقوق", "الحقوق",
         "حق", "الحق", "السلطه", "سلطه", "الحكم", "الوطن", "فلسطين", "القدس", "المدينه", "الاقليم", "اقليم",
         "ممتلكات", "الممتلكات", "اموال", "الاموال", "الشرعيه");

static bool usurping(const ex_view *v, const trig *t, ex_clause c) {
    size_t i = t->e->tok_last + 1;
    if (!t->le || !t->le->id || strcmp(t->le->id, USURP_LEMMA) != 0 || t->e->tok_first != t->e->tok_last ||
        i > c.last)
        return false;
    if (ex_stem_in(v->doc, i, &USURPED))
        return true;
    const rasad_entity *e = ex_entity_at(v, i);
    return e && e->tok_first == i && e->kind == RASAD_ENT_PLACE;
}

/* The battlefield, a place, not a battle: "قتلوا في ساحة المعركة",
 * "ميادين القتال" */
EX_WORDS(FIELD_OF, "ساحه", "ساحات", "ميدان", "ميادين");

/* A diplomatic protest lodged with a government: "احتجت مصر رسمياً لدى
 * إيران", "احتج لدى السفير". */
EX_WORDS(LODGED_WITH, "لدي", "رسميا");
#define LODGED_REACH 3 /* tokens after the verb where the government or "officially" stands */

bool ev_not_an_act(const ex_view *v, const trig *t, ex_clause c, size_t nqty) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, last = t->e->tok_last;
    if (sentence_not_execution(doc, t, c) || test_not_attack(doc, t, c))
        return true;
    size_t sent_first, sent_end;
    ex_sentence_tokens(doc, doc->tokens[tok].sentence, &sent_first, &sent_end);
    if (verbal_attack(doc, t, c, nqty, sent_first, sent_end))
        return true;
    if (t->kind == LEX_EK_EXPLOSION && last + 1 <= c.last &&
        (ex_stem_in(doc, last + 1, &BLAST_FIGURES) || ex_stem_in(doc, last + 1, &VESSELS)))
        return true;
    if (t->kind == LEX_EK_EXPLOSION && ev_stem_after(doc, t, c, OUTBURST_REACH, &OUTBURSTS))
        return true;
    if (ev_launcher_named(doc, t))
        return true;
    if (figurative_victim(v, t, c) || usurping(v, t, c))
        return true;
    if (t->kind == LEX_EK_ARMED_CLASH && !t->verb && tok > c.first && ex_stem_in(doc, tok - 1, &FIELD_OF))
        return true;
    if (t->kind == LEX_EK_TERRITORY_CAPTURED && ev_stem_after(doc, t, c, RANK_REACH, &RANKS))
        return true;
    if (t->context || (tok == last && ex_stem_in(doc, tok, &COLLISION)))
        for (size_t i = sent_first; i < sent_end; i++)
            if (ex_stem_in(doc, i, &MISHAPS) ||
                (i + 1 < sent_end && ex_stem_in(doc, i, &ACCIDENT_HEAD) && ex_stem_in(doc, i + 1, &ACCIDENT_KIND)) ||
                (i + 1 < sent_end && ex_stem_in(doc, i, &CROSSING) && ex_stem_in(doc, i + 1, &SEAS)))
                return true;
    if (t->kind == LEX_EK_ATTACK && ev_stem_after(doc, t, c, ANIMAL_REACH, &ANIMALS))
        return true;
    if (t->kind == LEX_EK_ATTACK)
        for (size_t i = sent_first; i < sent_end; i++)
            if (ex_stem_in(doc, i, &BEASTS_DO))
                return true;
    /* "الجرح موجع ونازف", "أصيب بجرح": جرح with a noun's clitic is a
     * wound, not the verb of wounding */
    if (t->context && tok == last && ex_stem_in(doc, tok, &WOUND) && ev_noun_clitic(doc, tok))
        return true;
    if (t->context || t->kind == LEX_EK_ATTACK || t->kind == LEX_EK_ARMED_CLASH)
        for (size_t i = sent_first; i < sent_end; i++)
            if (ex_stem_in(doc, i, &SPORTS))
                return true;
    if (ev_violent_kind(t->kind))
        for (size_t i = sent_first; i < sent_end; i++)
            if (ex_stem_in(doc, i, &FICTION) || ex_stem_in(doc, i, &SERIES))
                return true;
    if (t->kind == LEX_EK_ATTACK)
        for (size_t i = last + 1; i <= c.last && i <= last + IDIOM_REACH; i++) {
            if (ex_stem_in(doc, i, &STRIKE_IDIOMS))
                return true;
            if (i == last + 2 && ex_word_in(doc, last + 1, &PREP_IN) && ex_stem_in(doc, i, &APPEAL_OBJECTS))
                return true;
        }
    if (t->kind == LEX_EK_SHELLING && ev_stem_after(doc, t, c, IDIOM_REACH + 2, &SPACE_WORDS))
        return true;
    if (t->kind == LEX_EK_ATTACK && !t->verb && !nqty && ev_stem_after(doc, t, c, 8, &SAYING))
        return true;
    if (t->kind == LEX_EK_TERRITORY_CAPTURED && last + 1 <= c.last && ex_stem_in(doc, last + 1, &NOT_GROUND))
        return true;
    if (tok > c.first && ex_stem_in(doc, tok, &GUESTHOUSE) && ex_stem_in(doc, tok - 1, &VALUE_NOUN))
        return true;
    /* a weak act word that names an office: "غرفة العمليات", "مدير
     * عمليات الشرطة", "قيادة عمليات بغداد" */
    if (t->weak && tok > c.first && ex_stem_in(doc, tok - 1, &OFFICE_BEFORE))
        return true;
    if (t->kind == LEX_EK_PROTEST && !t->verb && ev_stem_after(doc, t, c, SHOW_REACH, &SHOW_WORDS))
        return true;
    /* the objection is the object of the verb, right after it or after
     * its subject (the lexicon files احتجاج with the verb احتج) */
    if (t->kind == LEX_EK_PROTEST && tok == last && ex_word_in(doc, tok, &OBJECTION) &&
        ev_stem_before(doc, t, c, DECLARE_REACH, &DECLARE_VERBS))
        return true;
    if (t->kind == LEX_EK_PROTEST && t->verb && ev_stem_after(doc, t, c, HOLD_REACH, &HOLD_FAST))
        return true;
    if (ev_strategic_off_conflict(v, t, c) || ev_everyday_sense(v, t, c))
        return true;
    return t->kind == LEX_EK_PROTEST && t->verb && ev_stem_after(doc, t, c, LODGED_REACH, &LODGED_WITH);
}
