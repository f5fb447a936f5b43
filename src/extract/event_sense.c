/* SPDX-License-Identifier: MIT
 *
 * event_sense.c - stage 4, event frames: trigger words read in their
 * everyday sense, found reading a month of SaudiNewsNet, where most text
 * is about anything but war:
 *
 *   قبضتها          a grip ("إرخاء قبضتها"), not an arrest: the verb
 *                   قبض arrests only with على
 *   التصدي، تدمير   of ideas, competition or capacities ("التصدي للأفكار
 *                   المنحرفة"، "تدمير قدرات الجيوش"، "تصدت المملكة
 *                   للإرهاب"): a policy, not an act
 *   التصدي          a policy or a goal ("جعل من التصدي لبوكو حرام
 *                   أولوية"، "كان هدفها التصدي لإيران"), unless it
 *                   repels an act or follows "managed to"
 *   خطف             a bag, the limelight or the win ("خطف حقيبتها"،
 *                   "خطف الأضواء"): no one taken
 *   أمطر            a rain of anything but fire ("أمطر الزوار بالروبيات")
 *   تستهدف          an aim or a standing threat ("خطة تستهدف توفير")
 *   المحاصرة        a town under siege ("عدن المحاصرة"), not the siege
 *   المحررة         ground freed as a state ("المناطق المحررة"، "أصبحت
 *                   محررة"), not the freeing
 *   غزوات           the Prophet's campaigns, in a sermon or an essay
 *   أوقف، احتجز، ضبط  work stopped, goods held or seized ("أوقفت الشركات
 *                   أعمالها")، a flow stopped ("يوقف سيل")، a player
 *                   suspended for matches; an import, an advance or a
 *                   course stopped past the subject ("أوقفت الصين
 *                   استيراد"، "أوقفت تقدمهم")، توقيف of a campaign
 *   ضرب، تضرب        a storm, a quake or a crisis striking ("فضيحة فساد
 *                   تضرب المنظمة")، a proverb given ("ضرب أروع الأمثال")
 *   جثث             bodies in pictures ("نشرت الصحف صور جثث الضحايا")
 *   انضم            a player, a party or fighters one by one joining
 *   تسلم، استلام     money, a visa or a ship received, no ground handed
 *   احتجاز          a detention centre named (مركز احتجاز), no one held
 *                   named after it
 *   الانفجار         as a material's property (شديدة الانفجار)
 *   جثمان           a body exhumed for tests
 *   تظاهرة          a festival or a forum; تظاهر ب, to pretend; a crowd of
 *                   fans or a cheer
 *   استنفار         a state of alert raised
 *   بيعة            to a king or a crown prince; بيعه, its sale
 *   استعادة، سيطر    a player's form, a service or the pitch ("استعادة
 *                   مستواه"، "سيطر على الملعب"): no ground; a role, a
 *                   standing or a memory, past a one-word subject too
 *                   ("استعاد أوباما تفاصيل يوم"، "استعادت مصر دورها")
 *   any act noun    naming a place after its head ("حي التحرير"، "ساحة
 *                   شهداء أحد"), a holiday or a medal ("عيد التحرير"،
 *                   "نوط المعركة")
 *   استعاد، أخرج     people or bodies regained ("استعادت ثلاثة منهم")، a
 *                   genie brought out; a mood that sweeps or rights
 *                   regained ("اجتاحت حالة من السخرية"، "استعادة الحقوق")
 *   القتال          the fighting a deal would end ("وإنهاء القتال")
 *   أسقط            a ruler or a government, no aircraft named near
 *   عثر على          a baby, or men found alive: no cache
 *   حرق             books burnt ("حرق كتبه")
 *   any act noun    years back ("75 عاما على انتصار معركة")
 *   ضحايا           victims of no act: no violence nor another act word
 *                   in the sentence ("الشباب ضحايا"، "النجوم ضحايا لها")
 *   توقيف، القبض     a warrant not carried out ("مذكرة توقيف"، "صدر أمر
 *                   إلقاء القبض"); a country's "surrender" (استسلام إيران);
 *                   sites suspected (المواقع المشتبه بها)
 *   تفريق، فرقتها    telling apart (التفريق بين), a band (فرقتها الموسيقية)
 *   مفقود           a missing man, no violence nor act word in the
 *                   sentence
 *   جثمان           a body at its funeral (شيع، دفن، يوارى), no violence
 *                   named in the sentence
 *   الطعن           an appeal against a ruling or a decision ("الطعن على
 *                   الحكم أمام محكمة النقض")
 *   اعتدت           "I got used to" before أن or منذ
 *
 * Act words in the news of civil life (roads and hospitals, sport,
 * nature and animals, markets, courts, festivals) are read in
 * event_civil.c, asked from here. Act words in figures of speech and in
 * words (a blow to tourism, an attack in a speech, a line of verse, a
 * quoted name, threats talked of) are read in event_figurative.c, asked
 * from here too. event_figure.c asks ev_everyday_sense()
 * with the other tests of acts that are none.
 */
#include <string.h>

#include "extract/extract.h"
#include "knowledge/lexicon.h"
#include "extract/events.h"

bool ev_lemma_is(const trig *t, const char *lemma) {
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
bool ev_person_at(const ex_view *v, size_t i) {
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
        if (ev_person_at(v, i))
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
         "الصادرات", "صادرات", "الواردات", "واردات", "الملاحه", "الطيران", "حركه", "الاتصالات",
         /* an advance or a spread stopped, a course suspended ("أوقفت
          * تقدمهم"، "توقيف التمدد"، "أوقفت دورة تدريب") */
         "تقدم", "التقدم", "تمدد", "التمدد", "حملات", "دوره", "الدوره",
         "دورات", "الدورات",
         /* a benefit or an aid paid ("أوقف الصندوق الإعانة عن 600 ألف") */
         "الاعانه", "اعانه", "الاعانات", "اعانات", "المعونه", "معونه", "المعونات", "معونات", "المنح", "منح",
         "المكافات", "مكافات");
EX_WORDS(MATCHES, "مباريات", "مباراه", "مباراتين", "المباريات", "مباراتين");
#define MATCH_REACH 8 /* tokens after the verb where the matches of a suspension are counted */

/* The process stopped may stand after the verb's subject ("أوقفت الصين
 * استيراد"، "أوقفت الكثير من الشركات أعمالها"، "أوقفت بصورة مفاجئة دورة
 * تدريب"): up to HELD_REACH tokens on, before any people, person or
 * count (a country or a force as the subject may stand between). */
static bool process_after_subject(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t last = t->e->tok_last;
    for (size_t i = last + 1; i <= c.last && i <= last + HELD_REACH; i++) {
        /* في opens the frame of the act, not its object: "13 شخصا ...
         * أوقفوا في إطار حملة مداهمات" */
        if (ex_word_in(doc, i, &PREP_IN))
            return false;
        const tagger_entity *n = ex_ner_at(v, i);
        if (ex_stem_in(doc, i, &PEOPLE_WORDS) || (n && n->type == TG_PER) || ex_qty_from(v, i) < ex_qty_to(v, i + 1))
            return false;
        if (ex_stem_in(doc, i, &STOPPED_THINGS))
            return true;
    }
    return false;
}

/* A vehicle or a load stopped ("تم توقيف شاحنة محملة بـ65 طنا"): goods
 * held, no one arrested. */
EX_WORDS(HELD_VEHICLES, "شاحنه", "شاحنات", "سياره", "سيارات", "مركبه", "مركبات", "سفينه", "سفن", "قارب",
         "قوارب", "شحنه", "شحنات", "حاويه", "حاويات");

static bool stops_a_process(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t i = t->e->tok_last + 1;
    if (i <= c.last && ex_word_in(doc, i, &DEMONSTRATIVES))
        i++;
    if (i <= c.last && (ex_stem_in(doc, i, &STOPPED_THINGS) || ex_stem_in(doc, i, &HELD_VEHICLES)))
        return true;
    return ev_stem_after(doc, t, c, MATCH_REACH, &MATCHES) || process_after_subject(v, t, c);
}

/* the verbal noun stops a process the same way ("توقيف حملات التخوين"،
 * "يتيح له توقيف التمدد"); whom it takes is often a unit or a man
 * named later ("توقيف المفرزة المسؤولة"), so only a process named
 * tells it */
EX_WORDS(STOP_NOUNS, "توقيف", "التوقيف");

EX_WORDS(PASSIVE_AUX, "تم", "جري"); /* "تم توقيف": the noun after it is the verb */

static bool holds_things(const ex_view *v, const trig *t, ex_clause c) {
    size_t tok = t->e->tok_first;
    if (tok + 1 == t->e->tok_last && ex_stem_in(v->doc, tok, &PASSIVE_AUX))
        tok++;
    if (t->kind != LEX_EK_ARREST || tok != t->e->tok_last)
        return false;
    if (ex_stem_in(v->doc, tok, &STOP_NOUNS))
        return stops_a_process(v, t, c);
    if (!ex_stem_in(v->doc, tok, &HOLD_VERBS))
        return false;
    if (stops_a_process(v, t, c))
        return true;
    if (ev_people_after(v, t, HELD_REACH))
        return false;
    for (size_t k = 1; k <= HELD_BEFORE && tok >= c.first + k; k++)
        if (ev_person_at(v, tok - k))
            return false;
    return true;
}

/* قبض with no على after it in its clause: the grip, قبضة, with a
 * pronoun reads the same ("إرخاء قبضتها"); the arrest names its object
 * with على, after the subject if need be ("قبضت السلطات أمس على خلية") */
EX_WORDS(GRIP_FORMS, "قبض", "قبضت");
EX_WORDS_SHARED(EV_ON_FORMS, "علي", "عليه", "عليها", "عليهم", "عليهما", "عليهن");
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
        if (ex_word_in(v->doc, i, &EV_ON_FORMS))
            return false;
    return true;
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
        if (ex_has_lam(doc, i))
            return ex_stem_in(doc, i, &ABSTRACT_OBJECTS);
    return false;
}

static bool abstract_object(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, i = t->e->tok_last + 1;
    if (confronts_an_idea(v, t, c))
        return true;
    /* تدمير is a verbal noun the lexicon may file under a verb's entry */
    if (t->verb && !ev_lemma_is(t, CONFRONT_LEMMA) && !ex_stem_in(doc, tok, &DESTROY_NOUNS))
        return false;
    if (!ex_word_in(doc, tok, &CONFRONT_NOUNS) && !ex_stem_in(doc, tok, &DESTROY_NOUNS))
        return false;
    return i <= c.last && ex_stem_in(doc, i, &ABSTRACT_OBJECTS);
}

/* The definite verbal noun التصدي names a policy, a role or a goal
 * ("جعل من التصدي لبوكو حرام أولوية ولايته"، "كان هدفها التصدي لإيران"،
 * "جهود المملكة في نصرة الشرعية والتصدي لجماعات الإرهاب"). A clash it
 * tells repels an act ("التصدي لهجوم"، "التصدي لمحاولة تسلل") or follows
 * a verb of managing ("تمكنت القوات من التصدي للمهاجمين"). Only the
 * forms with ال: bare تصدي is also the verb تصدى. */
EX_WORDS(CONFRONT_DEFINITE, "التصدي", "والتصدي", "بالتصدي", "وبالتصدي", "للتصدي", "وللتصدي", "فالتصدي");
EX_WORDS(REPELLED_ACTS, "هجوم", "هجوما", "الهجوم", "هجمات", "الهجمات", "هجمه", "محاوله", "محاولات",
         "المحاوله", "تقدم", "التقدم", "زحف", "الزحف", "تسلل", "التسلل", "اعتداء", "اعتداءات", "الاعتداء",
         "عمليه", "العمليه", "غاره", "غارات", "قصف", "القصف", "صاروخ", "صواريخ", "قذائف", "مهاجمين",
         "المهاجمين", "المتسللين", "متسللين", "المهاجم");
EX_WORDS(MANAGED_VERBS, "تمكن", "تمكنت", "تمكنوا", "استطاع", "استطاعت", "استطاعوا", "نجح", "نجحت", "نجحوا");
#define REPELLED_REACH 3 /* tokens after التصدي where what it repels stands ("لهذه العملية") */
#define MANAGED_REACH 6  /* tokens before it where a verb of managing stands, past its subject ("نجحت قوات الأمن أمس في") */

static bool confronting_as_aim(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (tok != t->e->tok_last || !ex_word_in(doc, tok, &CONFRONT_DEFINITE))
        return false;
    for (size_t i = tok + 1; i <= c.last && i <= tok + REPELLED_REACH; i++)
        if (ex_stem_in(doc, i, &REPELLED_ACTS))
            return false;
    return !ev_stem_before(doc, t, c, MANAGED_REACH, &MANAGED_VERBS);
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
EX_WORDS_SHARED(EV_FIRE_WORDS, "صواريخ", "الصواريخ", "صاروخ", "قذائف", "القذائف", "قذيفه", "قنابل", "القنابل",
         "رصاص", "الرصاص", "نيران", "النيران", "البراميل", "براميل", "الحمم", "القصف", "قصف", "الهاون",
         "المدفعيه", "الحجاره", "حجاره", "الطائرات", "طائرات", "الطيران");

static bool rain_without_fire(const ex_view *v, const trig *t, ex_clause c) {
    if (!ex_stem_in(v->doc, t->e->tok_first, &RAIN_FORMS))
        return false;
    for (size_t i = c.first; i <= c.last; i++)
        if (ex_stem_in(v->doc, i, &EV_FIRE_WORDS))
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

/* The same with ground freed: "المناطق المحررة"، "عدن أصبحت محررة":
 * a state; the freeing is told by حرر or تحرير. */
EX_WORDS(FREED_STATE, "المحرره", "محرره", "المحررتين", "محررتين");

static bool besieged_adjective(const ex_view *v, const trig *t) {
    if (t->kind == LEX_EK_TERRITORY_CAPTURED && t->e->tok_first == t->e->tok_last &&
        ex_word_in(v->doc, t->e->tok_first, &FREED_STATE))
        return true;
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
           !(tok + 1 <= c.last && ev_person_at(v, tok + 1));
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

/* Bodies handed over or exchanged ("تسلم ثماني جثث"، "عملية تبادل
 * لعشرات الجثث"): the dead of another day, no killing told */
static bool bodies_exchanged(const ex_view *v, const trig *t, ex_clause c) {
    return ex_stem_in(v->doc, t->e->tok_first, &BODIES) && ex_handover_in(v->doc, c);
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
        else if (ev_person_at(v, i))
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

/* "شديدة الانفجار"، "قابلة للانفجار": a property of a material (C4,
 * a gas), no blast. */
EX_WORDS(BLAST_NOUNS, "الانفجار", "للانفجار", "انفجار");
EX_WORDS(PROPERTY_BEFORE, "شديده", "شديد", "سريعه", "سريع", "قابله", "قابل", "قابليه");

static bool explosive_property(const ex_view *v, const trig *t, ex_clause c) {
    size_t tok = t->e->tok_first;
    return t->kind == LEX_EK_EXPLOSION && tok == t->e->tok_last && tok > c.first &&
           ex_word_in(v->doc, tok, &BLAST_NOUNS) && ex_stem_in(v->doc, tok - 1, &PROPERTY_BEFORE);
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
         "شعبيته", "شعبيتها", "الجماهير", "الاليه", "نشاطه", "نشاطها", "ذكرياته", "ذكريات",
         /* a role, a standing, a memory ("استعادت مصر دورها"، "استعاد
          * هيبته"، "استعادة ذكرى") */
         "دوره", "دورها", "دورهم", "الدور", "هيبته", "هيبتها", "الهيبه", "ريادتها", "ريادته", "الرياده",
         "امجاده", "امجادها", "الذكريات", "ذكري", "الذكري", "بريق", "البريق");
/* nor a mood or a wave that sweeps ("اجتاحت حالة من السخرية"، "سيطرة
 * موجة من الطقس الحار"), nor rights, calm or details regained
 * ("استعادة الحقوق"، "استعاد أوباما تفاصيل يوم") */
EX_WORDS(MOODS_AND_RIGHTS, "حاله", "موجه", "موجات", "تفاصيل", "التفاصيل", "حقوق", "الحقوق", "حقوقه", "حقوقها",
         "حقوقهم", "الهدوء", "الاستقرار");
#define NO_GROUND_REACH 1 /* the token right after: "منطقة الملعب" is ground */

#define ON_REACH 3 /* tokens after the verb where its على stands, the subject between */

/* Regaining people is no capture: students stopped at a border
 * ("استعادت ثلاثة منهم"), bodies or hostages handed back. أخرج, to bring
 * out, takes ground only with its people named ("أخرج المسلحين من
 * البلدة"), not a genie or someone's best ("أخرج العفريت من المصباح"،
 * "أخرج أفضل ما فيه"). */
static const char REGAIN_LEMMA[] = "\xD8\xA7\xD8\xB3\xD8\xAA\xD8\xB9\xD8\xA7\xD8\xAF"; /* استعاد */
EX_WORDS(REGAINED_PEOPLE, "منهم", "منهن", "جثث", "الجثث", "جثه", "جثمان", "جثامين", "رفات", "الرفات", "رهائن",
         "الرهائن", "مختطفين", "المختطفين", "اسري", "الاسري", "طلاب", "الطلاب", "اطفال", "الاطفال", "مواطنين",
         "المواطنين", "طالبات", "الطالبات");
EX_WORDS(BRING_OUT, "اخرج", "اخرجت", "اخرجوا");
#define BRING_OUT_REACH 3 /* tokens after أخرج where its people are named, past the subject */
#define REGAIN_REACH 4    /* tokens after استعاد where the people regained stand, a subject and a date between */
#define REGAIN_OBJECT_REACH 2 /* tokens after استعاد where what it regains stands, a one-word subject between */

static bool takes_people_or_things(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (t->kind != LEX_EK_TERRITORY_CAPTURED || tok != t->e->tok_last)
        return false;
    if (ex_stem_in(doc, tok, &BRING_OUT))
        return !ev_people_after(v, t, BRING_OUT_REACH);
    if (!ev_lemma_is(t, REGAIN_LEMMA))
        return false;
    /* the people right after the verb, or after its subject and a date
     * ("استعادت الشرطة أمس الرهائن"), or a count of them ("ثلاثة منهم") */
    for (size_t i = tok + 1; i <= c.last && i <= tok + REGAIN_REACH; i++) {
        if (ex_stem_in(doc, i, &REGAINED_PEOPLE))
            return true;
        if (i + 1 <= c.last && ex_stem_in(doc, i + 1, &REGAINED_PEOPLE) && ex_qty_from(v, i) < ex_qty_to(v, i + 1) &&
            v->qty[ex_qty_from(v, i)].tok_first == i)
            return true;
    }
    return false;
}

static bool regains_no_ground(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    if (t->kind != LEX_EK_TERRITORY_CAPTURED)
        return false;
    if (ev_stem_after(doc, t, c, NO_GROUND_REACH, &NO_GROUND) ||
        ev_stem_after(doc, t, c, NO_GROUND_REACH, &MOODS_AND_RIGHTS))
        return true;
    if (takes_people_or_things(v, t, c))
        return true;
    /* "استعاد أوباما تفاصيل يوم جميل": the verb's object after a
     * one-word subject */
    if (ev_lemma_is(t, REGAIN_LEMMA) && t->e->tok_first == t->e->tok_last &&
        (ev_stem_after(doc, t, c, REGAIN_OBJECT_REACH, &NO_GROUND) ||
         ev_stem_after(doc, t, c, REGAIN_OBJECT_REACH, &MOODS_AND_RIGHTS)))
        return true;
    /* "سيطر الهلال على الملعب": the object after the subject and على */
    size_t last = t->e->tok_last;
    for (size_t i = last + 1; i < c.last && i <= last + ON_REACH; i++)
        if (ex_word_in(doc, i, &EV_ON_FORMS))
            return ex_stem_in(doc, i + 1, &NO_GROUND) ||
                   ex_stem_in(doc, i + 1, &MOODS_AND_RIGHTS);
    return false;
}

/* An act word that is the name of a place after its head ("حي التحرير
 * الأسفل"، "ساحة شهداء أحد"، "مدينة طلعة التمياط"): the quarter, the
 * square or the town, no act. A noun only: after a verb the word is its
 * subject ("قصفت القرية"). "منطقة" is left out: "منطقة الاشتباكات" is
 * where the clashes are. */
EX_WORDS(PLACE_NAME_HEADS, "حي", "ميدان", "شارع", "ساحه", "مستشفي", "مدرسه", "مسجد", "جامع", "دوار",
         "جسر", "مخيم", "قريه", "بلده", "مدينه", "جامعه", "فندق", "ملعب");

/* The same after the head of a holiday, an anniversary or a decoration
 * ("عيد الفطر وعيد التحرير"، "ذكرى مجزرة"، "قلدهم نوط الشرف ونوط
 * المعركة"): the day or the medal, no act. The word after such a noun
 * is a noun in construct whatever entry files it ("تحرير" under حرر). */
EX_WORDS(DAY_OR_MEDAL_HEADS, "عيد", "ذكري", "نوط", "وسام", "اوسمه", "ميداليه", "درع");

static bool place_name(const ex_view *v, const trig *t, ex_clause c) {
    size_t tok = t->e->tok_first;
    if (tok == t->e->tok_last && tok > c.first && ex_stem_in(v->doc, tok - 1, &DAY_OR_MEDAL_HEADS))
        return true;
    return !t->verb && tok == t->e->tok_last && tok > c.first && ex_stem_in(v->doc, tok - 1, &PLACE_NAME_HEADS);
}

/* The fighting a deal or a plan would end ("اتفاق مبدئي لتشكيل حكومة
 * وحدة وإنهاء القتال") is no clash of its own. */
EX_WORDS(ENDING_NOUNS, "انهاء", "لانهاء", "وانهاء");

static bool fighting_to_end(const ex_view *v, const trig *t, ex_clause c) {
    size_t tok = t->e->tok_first;
    return t->kind == LEX_EK_ARMED_CLASH && !t->verb && tok > c.first &&
           ex_stem_in(v->doc, tok - 1, &ENDING_NOUNS);
}

/* أسقط shoots down an aircraft, a drone or a missile, or brings down a
 * ruler or a government ("بعد أربع سنوات على إسقاط معمر القذافي"، "خرج
 * الشعب وأسقط حكومة"), or "drops" arrests in a figure ("إسقاط 431
 * إرهابيا"): without a thing that flies near it, no aircraft fell. */
static const char DOWN_LEMMA[] = "\xD8\xA3\xD8\xB3\xD9\x82\xD8\xB7"; /* أسقط */
EX_WORDS(FLYING, "طائره", "الطائره", "طائرات", "الطائرات", "طائرتين", "مروحيه", "المروحيه", "مروحيات",
         "المروحيات", "مسيره", "المسيره", "مسيرات", "المسيرات", "درون", "صاروخ", "الصاروخ", "صواريخ",
         "الصواريخ", "صاروخا", "مقاتله", "المقاتله", "مقاتلات", "قذيفه", "قذائف", "طائرتي", "هليكوبتر",
         "الهليكوبتر", "زنانه", "بالون", "منطاد", "قنبله", "قنبلتين", "قنابل", "طيار", "الطيار");
#define FLYING_REACH 5 /* tokens around أسقط where the aircraft is named, its subject between */

static bool brought_down_no_aircraft(const ex_view *v, const trig *t, ex_clause c) {
    if (!ev_lemma_is(t, DOWN_LEMMA) || t->e->tok_first != t->e->tok_last)
        return false;
    return !ev_stem_after(v->doc, t, c, FLYING_REACH, &FLYING) && !ev_stem_before(v->doc, t, c, FLYING_REACH, &FLYING);
}

/* عثر على finds a cache, a grave or bodies; a baby found in a bag or
 * men found alive ("عثر على اثنين ... على قيد الحياة") are no find of
 * the conflict's. */
EX_WORDS(FOUND_FORMS, "عثر", "عثرت", "عثروا", "العثور");
EX_WORDS(FOUND_BABY, "رضيع", "الرضيع", "رضيعا", "رضيعه", "الرضيعه", "مولود", "المولود", "مولوده", "لقيط",
         "اللقيط");
EX_WORDS(ALIVE_BOUND, "قيد");
EX_WORDS(LIFE, "الحياه");
#define FOUND_REACH 8 /* tokens after عثر where the baby or "alive" stands */

static bool found_alive(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t last = t->e->tok_last;
    if (t->kind != LEX_EK_OTHER || !ex_stem_in(doc, t->e->tok_first, &FOUND_FORMS))
        return false;
    for (size_t i = last + 1; i <= c.last && i <= last + FOUND_REACH; i++)
        if (ex_stem_in(doc, i, &FOUND_BABY) ||
            (i < c.last && ex_word_in(doc, i, &ALIVE_BOUND) && ex_stem_in(doc, i + 1, &LIFE)))
            return true;
    return false;
}

/* Books burnt in an essay's history ("ذكر أن ابن تيمية قد حرق كتبه"،
 * "دعوات لحرق كتب"): the burning of books, the book named after the
 * verb or, for a pronoun on it (حرقها), before it in the sentence. */
EX_WORDS(BURN_FORMS, "حرق", "احرق", "احرقت", "احرقوا", "احراق", "يحرق", "تحرق", "حرقها", "حرقه", "احرقها",
         "احرقه", "حرقوا");
EX_WORDS(BOOKS, "كتب", "الكتب", "كتبه", "كتبها", "كتبهم", "كتاب", "الكتاب", "كتابا", "مؤلفات", "مؤلفاته",
         "المؤلفات", "مخطوطات", "المخطوطات", "روايه", "الروايه", "روايات", "دواوين", "ديوان");
#define BOOK_AFTER 2   /* tokens after the burning to the books */
#define BOOK_BEFORE 8  /* tokens before a burning with a pronoun where the books stand */

static bool books_burnt(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (tok != t->e->tok_last || !ex_stem_in(doc, tok, &BURN_FORMS))
        return false;
    if (ev_stem_after(doc, t, c, BOOK_AFTER, &BOOKS))
        return true;
    return ex_enclitic(doc, tok) && ev_stem_before(doc, t, c, BOOK_BEFORE, &BOOKS);
}

/* An act years back, told by the years since it: "75 عاما على انتصار
 * معركة بريطانيا"، "بعد أربع سنوات على إسقاط القذافي". Days and months
 * since ("بعد يومين على الهجوم") keep it: that act is recent. */
EX_WORDS(YEARS_SINCE, "عاما", "عام", "عامين", "سنه", "سنوات", "سنتين", "سنين", "اعوام", "عقود", "عقدين", "قرن",
         "قرون");
#define SINCE_ON_REACH 3 /* tokens back from the act noun to على, a noun of it between */

static bool years_since(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (t->verb)
        return false;
    for (size_t k = 1; k <= SINCE_ON_REACH && tok >= c.first + k + 1; k++)
        if (ex_word_in(doc, tok - k, &EV_ON_FORMS))
            return ex_stem_in(doc, tok - k - 1, &YEARS_SINCE);
    return false;
}

/* Victims with no act: the young as "victims" of a lonely home, stars
 * the victims of a hidden camera, fans the victims of a board, flowers
 * the victims of radiation, the victims waiting at a trial. The victim
 * noun alone tells an act only beside a word of violence or another act
 * word in its sentence ("ضحايا التفجير"، "قتل 800 ألف ... ضحية"). */
EX_WORDS(VICTIM_NOUNS, "ضحيه", "الضحيه", "ضحايا", "الضحايا", "ضحيتها", "ضحيته", "ضحيتهم", "ضحاياها", "ضحاياه",
         "ضحاياهم");

/* Is the trigger alone in a sentence that names no violence and no
 * other act word? */
static bool alone_in_quiet_sentence(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    size_t first, end;
    ex_sentence_tokens(doc, doc->tokens[t->e->tok_first].sentence, &first, &end);
    for (size_t i = first; i < end; i++)
        if (ex_stem_in(doc, i, &EV_VIOLENCE_WORDS))
            return false;
    return !ex_trigger_in(v, first, end, t->e);
}

static bool victims_of_no_act(const ex_view *v, const trig *t) {
    size_t tok = t->e->tok_first;
    return tok == t->e->tok_last && ex_stem_in(v->doc, tok, &VICTIM_NOUNS) &&
           alone_in_quiet_sentence(v, t);
}

/* A man missing in the desert or found on a mountain ("عثر ذوو مفقود
 * ينبع عليه في أحد الجبال"): the missing, with no violence nor act word
 * in the sentence, are no abduction. A disappearance (اختفاء) is left:
 * in a war zone it is often a forced one ("بإمكاننا فقط التحدث عن
 * اختفاء" of three reporters near Aleppo). */
EX_WORDS(MISSING_FORMS, "مفقود", "المفقود", "مفقودين", "المفقودين", "مفقوده", "المفقوده");

/* Is another act of violence than an abduction told in the trigger's
 * sentence? */
static bool other_violent_act(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    size_t first, end;
    ex_sentence_tokens(doc, doc->tokens[t->e->tok_first].sentence, &first, &end);
    for (size_t k = ex_ent_from(v, first), kn = ex_ent_to(v, end); k < kn; k++) {
        const rasad_entity *e = &v->ents[k];
        if (e == t->e || e->kind != RASAD_ENT_TRIGGER || e->tok_first < first || e->tok_last >= end)
            continue;
        uint8_t kind = ev_trig_of(e).kind;
        if (ev_violent_kind(kind) && kind != LEX_EK_ABDUCTION)
            return true;
    }
    return false;
}

/* (and the missing beside an attack are what it left: "قتل 37 ... في
 * هجوم شنه ليلا على قرية ... ومازال 20 مقاتلا آخرين مفقودين") */
bool ev_missing_word(const rasad_doc *doc, const trig *t) {
    size_t tok = t->e->tok_first;
    return t->kind == LEX_EK_ABDUCTION && tok == t->e->tok_last && ex_stem_in(doc, tok, &MISSING_FORMS);
}

static bool missing_of_no_act(const ex_view *v, const trig *t) {
    return ev_missing_word(v->doc, t) && (alone_in_quiet_sentence(v, t) || other_violent_act(v, t));
}

/* A warrant is no arrest: "رفض جنوب أفريقيا تنفيذ مذكرة توقيف بحق
 * البشير"، "صدر أمر إلقاء القبض بحق المتهم". Only one carried out
 * ("نفذت الشرطة مذكرة توقيف"، "بموجب مذكرة") tells the arrest. */
EX_WORDS(WARRANTS, "مذكره", "مذكرات", "ومذكره", "امر", "اوامر", "بامر", "وامر", "امرا"); /* whole words: not "الأمر" */
EX_WORDS(CARRIED_OUT_WARRANT, "نفذت", "نفذ", "نفذوا", "بموجب", "تنفيذا", "بناء");
#define WARRANT_BEFORE 8 /* tokens before the warrant where its carrying out is told, a subject, a date and a place between */

/* A country's "surrender" in a speech ("سعوا من أجل استسلام إيران") */
EX_WORDS(SURRENDER_NOUNS, "استسلام", "الاستسلام");

static bool warrant_or_figure(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, w;
    if (t->kind != LEX_EK_ARREST)
        return false;
    if (ex_stem_in(doc, tok, &SURRENDER_NOUNS) && tok == t->e->tok_last) {
        size_t i = tok + 1;
        while (i <= c.last && i <= tok + 2 && doc->tokens[i].kind != RASAD_TOK_WORD)
            i++; /* a quote mark: "«استسلام» إيران" */
        const rasad_entity *e = i <= c.last ? ex_entity_at(v, i) : NULL;
        return e && e->kind == RASAD_ENT_PLACE && e->tok_first == i && e->precision >= 3;
    }
    if (ex_word_in(doc, tok, &WARRANTS))
        w = tok;
    else if (tok > c.first && ex_word_in(doc, tok - 1, &WARRANTS))
        w = tok - 1;
    else
        return false;
    for (size_t k = 1; k <= WARRANT_BEFORE && w >= c.first + k; k++)
        if (ex_stem_in(doc, w - k, &CARRIED_OUT_WARRANT))
            return false;
    return true;
}

/* Things suspected, not people: "المواقع المشتبه بها"، "الحالات المشتبه
 * فيها". */
EX_WORDS(SUSPECT_FORMS, "مشتبه", "المشتبه");
EX_WORDS(SUSPECTED_THINGS, "مواقع", "المواقع", "موقع", "الموقع", "حالات", "الحالات", "حاله", "الحاله", "منشات",
         "المنشات", "اماكن", "الاماكن", "طرود", "الطرود", "حسابات", "الحسابات", "مواد", "المواد", "معاملات",
         "المعاملات", "اصابات", "الاصابات", "اجسام", "الاجسام", "عينات", "العينات", "انشطه", "الانشطه",
         "عمليات", "العمليات", "سيارات", "السيارات", "سياره", "السياره", "مركبات", "المركبات");

static bool suspected_things(const ex_view *v, const trig *t, ex_clause c) {
    size_t tok = t->e->tok_first;
    return t->kind == LEX_EK_ARREST && tok == t->e->tok_last && tok > c.first &&
           ex_stem_in(v->doc, tok, &SUSPECT_FORMS) && ex_stem_in(v->doc, tok - 1, &SUSPECTED_THINGS);
}

/* فرق and تفريق disperse a crowd, or tell apart ("ضرورة التفريق بين
 * النص الإلهي وبين التفاسير") or name a band ("ديانا برفقة فرقتها
 * الموسيقية"). */
EX_WORDS(DISPERSE_FORMS, "تفريق", "التفريق", "فرقت", "فرقوا", "فرقتها", "فرقته");
EX_WORDS(BETWEEN_FORMS, "بين", "بينهما", "بينهم", "بينها");
EX_WORDS(BAND_KINDS, "الموسيقيه", "موسيقيه", "الغنائيه", "غنائيه", "الشعبيه", "الفنيه", "فنيه",
         "الاستعراضيه", "استعراضيه", "المسرحيه", "الفلكلوريه", "الانشاد", "للفنون");
EX_WORDS(WITH_BAND, "برفقه", "رفقه", "بصحبه");

static bool tells_apart_or_band(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, last = t->e->tok_last;
    if (t->kind != LEX_EK_RIOT || tok != last || !ex_stem_in(doc, tok, &DISPERSE_FORMS))
        return false;
    if (last + 1 <= c.last && (ex_word_in(doc, last + 1, &BETWEEN_FORMS) || ex_stem_in(doc, last + 1, &BAND_KINDS)))
        return true;
    return tok > c.first && ex_stem_in(doc, tok - 1, &WITH_BAND);
}

/* A body at its funeral: prayed over, escorted, laid in the ground
 * ("أديت الصلاة على الفقيد ... وتم دفن جثمانه بمقبرة المعلاة"، "شيع
 * جثمان الممثل عمر الشريف"، "يوارى جثمانها في الثرى"): an obituary,
 * with no violence named in the sentence (a martyr's funeral after a
 * strike names it and stays). */
EX_WORDS(BODY_NOUNS, "جثمان", "الجثمان", "جثامين", "الجثامين", "جثه", "الجثه");
EX_WORDS(FUNERAL_WORDS, "دفن", "يدفن", "تدفن", "ودفن", "يواري", "ووري", "تواري", "شيع", "شيعت", "يشيع",
         "تشييع", "التشييع", "الجنازه", "جنازه", "جنازته", "جنازتها", "مقبره", "المقبره", "بمقبره", "الثري",
         "العزاء", "عزاء", "الفقيد", "الفقيده", "المتوفي", "المتوفاه", "رحمه", "رحمها");

static bool body_at_funeral(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    if (t->e->tok_first != t->e->tok_last || !ex_stem_in(doc, t->e->tok_first, &BODY_NOUNS))
        return false;
    return ev_sentence_names_without(doc, t->e->tok_first, &FUNERAL_WORDS, NULL, &EV_VIOLENCE_WORDS);
}

/* طعن before a court: to appeal a ruling or a decision, or to impugn
 * someone's honesty ("يحق له الطعن على الحكم أمام محكمة النقض"، "الطعن
 * في القرار"، "الطعن في ذمته"); a stabbing names a man or a knife. */
EX_WORDS(APPEAL_FORMS, "الطعن", "طعن", "يطعن", "تطعن", "طعنت", "طعنوا", "يطعنون", "للطعن", "بالطعن");
EX_WORDS(APPEALED, "الحكم", "حكم", "الاحكام", "احكام", "القرار", "قرار", "قرارات", "القرارات", "النتائج",
         "نتائج", "نتيجه", "الانتخابات", "دستوريه", "شرعيه", "نزاهه", "ذمه", "ذمته", "ذمتها", "صحه",
         "الدعوي", "القانون", "الاتفاقيه", "العقد", "التعيين", "الترشح", "ترشح", "الوصيه");
EX_WORDS(ON_OR_IN, "علي", "في", "فى", "بالنقض");

static bool court_appeal(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, last = t->e->tok_last;
    if (tok != last || !ex_stem_in(doc, tok, &APPEAL_FORMS))
        return false;
    if (last + 1 > c.last || !ex_word_in(doc, last + 1, &ON_OR_IN))
        return false;
    return last + 2 <= c.last && ex_stem_in(doc, last + 2, &APPEALED);
}

/* اعتدت / اعتدنا is also "I (we) got used to" (اعتاد), which takes أن
 * or tells since when ("اعتدت منذ نعومة أظافري أن ..."، "اعتدنا أن
 * نلتقي"); the attack (اعتدى) takes على and its victim. */
EX_WORDS(USED_TO_FORMS, "اعتدت", "اعتدنا");
EX_WORDS(USED_TO_AFTER, "ان", "منذ");

static bool got_used_to(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (tok != t->e->tok_last || !ex_word_in(doc, tok, &USED_TO_FORMS) || tok + 1 > c.last)
        return false;
    return ex_word_in(doc, tok + 1, &USED_TO_AFTER);
}

bool ev_everyday_sense(const ex_view *v, const trig *t, ex_clause c) {
    /* ev_figurative_sense() stands where the first of its readings,
     * objection_in_words(), stood; its later ones were asked after some
     * of the readings below. Every reading here and there only reads its
     * arguments (a word set's table is filled on its first look-up, the
     * same table whoever looks first), so this chain of || answers the
     * same in either order. */
    return grip(v, t, c) || abstract_object(v, t, c) || confronting_as_aim(v, t, c) || snatch_of_things(v, t, c) ||
           rain_without_fire(v, t, c) || aims_at(v, t, c) || besieged_adjective(v, t) ||
           early_islam(v, t) || holds_things(v, t, c) || martyr_title(v, t, c) ||
           deadly_adjective(v, t, c) || since_start_of(v, t, c) || ev_figurative_sense(v, t, c) ||
           detention_place(v, t, c) || filming_drone(v, t, c) || pictured_bodies(v, t, c) || bodies_exchanged(v, t, c) ||
           joins_one_by_one(v, t, c) || receives_things(v, t, c) || pretending(v, t, c) ||
           state_of_alert(v, t, c) || royal_pledge(v, t) || explosive_property(v, t, c) ||
           regains_no_ground(v, t, c) || place_name(v, t, c) || fighting_to_end(v, t, c) ||
           brought_down_no_aircraft(v, t, c) || found_alive(v, t, c) || books_burnt(v, t, c) ||
           years_since(v, t, c) || victims_of_no_act(v, t) || warrant_or_figure(v, t, c) ||
           suspected_things(v, t, c) || tells_apart_or_band(v, t, c) || missing_of_no_act(v, t) ||
           body_at_funeral(v, t) || court_appeal(v, t, c) || got_used_to(v, t, c) ||
           ev_civil_life(v, t, c);
}
