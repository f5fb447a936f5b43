/* SPDX-License-Identifier: MIT
 *
 * event_strategic.c - stage 4, event frames: is a strategic development
 * the conflict's? ACLED's strategic developments are what armed and
 * state actors do without fighting: settle (ceasefires, exchanges and
 * releases of prisoners, deals on forces, bases and ground), take or
 * give up ground, hand over positions, pledge allegiance. Their words
 * are everyday words too: on a month of SaudiNewsNet the agreements were
 * one event in seven, nearly all a club's transfer, a bank's sponsorship,
 * a debt deal or the nuclear deal's diplomacy; the captures, handovers
 * and "other" acts were as often a football team retaking the lead, a
 * market's liberalisation, aircraft delivered or a hotel guest thrown out.
 *
 * So such a trigger is kept only when its clause names force or
 * fighting (an armed actor, a military or security word) and no trade,
 * money, sport or nuclear programme; the conflict's own words (هدنة، وقف
 * إطلاق النار، تبادل الأسرى، خفض التصعيد، مصالحة) stand on their own; a
 * release (الإفراج عن، أطلق سراح) is one of people, whatever it is about,
 * unless money is in the clause; and agreeing in a view (يتفقون على أن)
 * is no deal. A theft or a robbery told as a crime, and contraband
 * confiscated, with no armed side in the sentence, are no looting.
 */
#include <string.h>

#include "extract/extract.h"
#include "knowledge/lexicon.h"
#include "extract/events.h"

/* The lexicon's lemmas (data/triggers.tsv) whose forms are any deal. */
static const char *const GENERIC_LEMMAS[] = {
    "\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82",                         /* اتفاق */
    "\xD8\xA7\xD8\xAA\xD9\x81\xD9\x82",                                 /* اتفق */
    "\xD9\x88\xD9\x82\xD8\xB9 \xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82", /* وقع اتفاق */
};
/* The lemma of reconciliations, whose entry also holds تسوية, a word of
 * markets and courts as much as of war ("سعر التسوية", "تسوية في دعوى"). */
static const char RECONCILE_LEMMA[] = "\xD9\x85\xD8\xB5\xD8\xA7\xD9\x84\xD8\xAD\xD8\xA9"; /* مصالحة */
EX_WORDS(SETTLEMENT, "تسويه", "تسويات", "التسويه", "التسويات");
/* "تسوية أوضاع" is the amnesty of fighters who give up their arms */
EX_WORDS(STATUS_WORDS, "اوضاع", "الاوضاع");
/* The exchange lemma, whose entry also holds the releases. */
static const char EXCHANGE_LEMMA[] = "\xD8\xB5\xD9\x81\xD9\x82\xD8\xA9 \xD8\xAA\xD8\xA8\xD8\xA7\xD8\xAF\xD9\x84"; /* صفقة تبادل */
EX_WORDS(RELEASE_WORDS, "الافراج", "افراج", "افرج", "افرجت", "افرجوا", "اطلاق", "اطلق", "اطلقت",
         "اطلقوا", "اخلي", "اخلاء", "اخلت");
/* Words of force and fighting: a deal about them is the conflict's.
 * Stems, so "القوات", "لقاعدتي" and "العسكريتين" are found through
 * their segments. */
EX_WORDS(CONFLICT_WORDS, "عسكري", "عسكريه", "عسكريين", "العسكري", "العسكريه", "العسكريين",
         "العسكريتين", "قوات", "القوات", "قاعده", "القاعده", "قواعد", "القواعد", "قاعدتي", "جيش", "الجيش",
         "سلاح", "السلاح", "اسلحه", "الاسلحه", "اسري", "الاسري", "معتقلين", "المعتقلين", "رهائن",
         "الرهائن", "مختطفين", "المختطفين", "مسلحين", "المسلحين", "مسلحون", "المسلحون", "فصائل",
         "الفصائل", "مقاتلين", "المقاتلين", "قتال", "القتال", "حرب", "الحرب", "معارك", "المعارك",
         "انسحاب", "الانسحاب", "اجلاء", "الاجلاء", "هجمات", "الهجمات", "غارات", "الغارات", "ضربات",
         "الضربات", "حصار", "الحصار", "امني", "امنيه", "الامني", "الامنيه", "هدنه", "الهدنه", "النار",
         "التصدي", "الارهاب", "ارهاب", "الميليشيات", "ميليشيات", "المتمردين", "متمردين", "السلام",
         "الجبهه", "جبهه", "الجبهات", "جثث", "الجثث", "مسلحه", "المسلحه",
         /* weapons and their use: "اتفق الطرفان على وقف إطلاق الصواريخ" */
         "صواريخ", "الصواريخ", "صاروخ", "قذائف", "القذائف", "ذخيره", "الذخيره", "قصف", "القصف",
         "هجوم", "الهجوم", "اشتباكات", "الاشتباكات", "الاقتتال",
         /* ground held by a side: "سيطرت على مواقع للمتمردين" */
         "مواقع", "المواقع", "مقرات", "المقرات", "ثكنه", "الثكنه", "معسكر", "المعسكر",
         "ارهابي", "ارهابيه", "الارهابي", "الارهابيه", "ارهابيين", "الارهابيين", "متطرفين",
         "المتطرفين", "المقاومه", "مقاومه", "الثوار", "ثوار", "الاحتلال", "احتلال");

/* Words of trade, money, sport and civil life: a deal or a takeover
 * about them is none of the conflict's, whoever makes it ("إدارتا الشباب
 * والهلال اتفقتا" is two clubs, not al-Shabaab). */
EX_WORDS(CIVIL_WORDS, "نادي", "النادي", "ناديه", "انديه", "الانديه", "فريق", "الفريق",
         "لاعب", "اللاعب", "لاعبين", "اللاعبين", "اعاره", "الاعاره", "الدوري", "المنتخب", "مدرب",
         "المدرب", "شركه", "الشركه", "شركات", "الشركات", "بنك",
         "البنك", "بنوك", "البنوك", "مصرف", "المصرف", "استثمار", "الاستثمار", "استثمارات",
         "الاستثمارات", "تجاره", "التجاره", "تجاريه", "التجاريه", "التجاري", "اقتصادي", "الاقتصادي",
         "اقتصاديه", "الاقتصاديه", "اسهم", "الاسهم", "بورصه", "البورصه", "دائنين", "الدائنين",
         "دائنيها", "الديون", "ديون", "قرض", "القرض", "تمويل", "التمويل", "رعايه", "الرعايه", "شراكه",
         "الشراكه", "اسعار", "الاسعار", "سعر", "السعر", "النفط", "نفط", "الغاز",
         "الطاقه", "طاقه", "الكهرباء", "الجمارك", "الضرائب", "العقار", "العقاري", "الجامعه", "جامعه",
         "السياحه", "الصحه", "التعليم", "الفنان", "الفنانه", "المهرجان", "الزواج",
         "الطلاق", "الايجار", "المستاجر", "المالك", "التحكيم", "دعوي", "الدعوي", "قضائيه", "القضائيه",
         /* a state's nuclear programme is diplomacy, not fighting */
         "نووي", "النووي", "نوويه", "النوويه", "نوويا",
         /* money (not مالي, which is also Mali) */
         "المالي", "ماليه", "الماليه", "يورو", "اليورو", "مليار", "مليارات", "ميزانيه", "الميزانيه");

/* Unnamed fighters whose role the lexicon files under "other": عناصر،
 * متطرفون، التنظيم، المقاتلون الأجانب. */
static const char *const ARMED_ROLES[] = {"ROLE_MEMBERS", "ROLE_MILITANTS", "ROLE_TERROR_GROUP",
                                          "ROLE_FOREIGN_FIGHTERS"};

/* The role of members (ROLE_MEMBERS) also holds the members, leaders
 * and chiefs of any body: "عضو لجنة إطعام الرياض", "عضو هيئة التدريس",
 * "قادة الاتحاد الأوروبي". Only its words of fighters are force by
 * themselves; a leader of an armed group is found by the group's name. */
static const char MEMBERS_ROLE[] = "ROLE_MEMBERS";
EX_WORDS(FIGHTER_FORMS, "عناصر", "عنصر", "عنصرا", "عنصرين", "عنصران", "مقاتلين", "مقاتلون", "مقاتل",
         "مقاتلا", "مقاتله", "مقاتلي", "مقاتلو", "مجندين", "مجندون", "مجند");

/* Is the lexicon entity an armed actor: a rebel or militia, fighters,
 * or a state's or a coalition's forces (a government, _GOV, is not
 * force)? */
static bool armed_actor(const ex_view *v, const rasad_entity *e) {
    const lex_entry *le = ex_lex_entry(e);
    if (!le || (e->kind != RASAD_ENT_ACTOR && e->kind != RASAD_ENT_ROLE))
        return false;
    if (le->id && strcmp(le->id, MEMBERS_ROLE) == 0 &&
        !ex_stem_in(v->doc, e->tok_first, &FIGHTER_FORMS))
        return false;
    for (size_t k = 0; le->id && k < sizeof ARMED_ROLES / sizeof ARMED_ROLES[0]; k++)
        if (strcmp(le->id, ARMED_ROLES[k]) == 0)
            return true;
    switch (le->kind) {
    case LEX_AK_REBEL:
    case LEX_AK_POLITICAL_MILITIA:
    case LEX_AK_IDENTITY_MILITIA:
        return true;
    case LEX_AK_STATE_FORCES:
    case LEX_AK_EXTERNAL: {
        size_t n = le->id ? strlen(le->id) : 0;
        return n > 0 && !(n >= 4 && strcmp(le->id + n - 4, "_GOV") == 0);
    }
    default:
        return false;
    }
}

/* Forms of the conflict's own entries that any news uses: a law enters
 * into force (حيز التنفيذ), a ministry draws a road map, a scent calms
 * the soul (تهدئة النفوس), a traveller settles with customs (طلب
 * التصالح). */
EX_WORDS(GENERIC_FORMS, "حيز", "خارطه", "خريطه", "تهدئه", "التهدئه", "تصالح", "التصالح", "تصالحت",
         "تصالحوا");

static bool generic_deal(const ex_view *v, const trig *t) {
    for (size_t k = 0; k < sizeof GENERIC_LEMMAS / sizeof GENERIC_LEMMAS[0]; k++)
        if (ev_lemma_is(t, GENERIC_LEMMAS[k]))
            return true;
    size_t tok = t->e->tok_first;
    if (ex_stem_in(v->doc, tok, &GENERIC_FORMS))
        return true;
    return ev_lemma_is(t, RECONCILE_LEMMA) && ex_stem_in(v->doc, tok, &SETTLEMENT) &&
           !(tok + 1 < v->doc->ntokens && ex_stem_in(v->doc, tok + 1, &STATUS_WORDS));
}

/* A release of anything but people: "الإفراج عن الأموال المجمدة". */
static bool releases_things(const ex_view *v, const trig *t) {
    return ev_lemma_is(t, EXCHANGE_LEMMA) && ex_stem_in(v->doc, t->e->tok_first, &RELEASE_WORDS) &&
           !ev_people_after(v, t, 1);
}

/* Agreeing in a view, not on a deal: "يتفقون على أن الإرهاب لا دين
 * له", "تتفق الرؤى": a present tense, or على أن after the verb. */
EX_WORDS(AGREE_PRESENT, "يتفق", "تتفق", "يتفقون", "يتفقان", "تتفقان", "نتفق");
EX_WORDS(THAT_WORDS, "ان", "انه", "انها", "انهم");
#define VIEW_REACH 6 /* tokens from the verb to على أن */

static bool agrees_in_view(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (!t->verb)
        return false;
    if (ex_stem_in(doc, tok, &AGREE_PRESENT))
        return true;
    for (size_t i = t->e->tok_last + 1; i + 1 <= c.last && i <= t->e->tok_last + VIEW_REACH; i++)
        if (ex_word_in(doc, i, &PREP_ON) && ex_word_in(doc, i + 1, &THAT_WORDS))
            return true;
    return false;
}

/* Does the clause, the trigger aside ("احتلال" is a word of force
 * itself), name force or fighting, or trade, money and civil life? */
static void clause_content(const ex_view *v, const trig *t, ex_clause c, bool *armed, bool *civil) {
    const rasad_doc *doc = v->doc;
    *armed = *civil = false;
    for (size_t i = c.first; i <= c.last && !(*civil && *armed); i++) {
        if (i >= t->e->tok_first && i <= t->e->tok_last)
            continue;
        *civil = *civil || ex_stem_in(doc, i, &CIVIL_WORDS);
        *armed = *armed || ex_stem_in(doc, i, &CONFLICT_WORDS);
    }
    for (size_t k = ex_ent_from(v, c.first), end = ex_ent_to(v, c.last + 1); k < end && !*armed; k++)
        *armed = v->ents[k].tok_first >= c.first && v->ents[k].tok_last <= c.last && armed_actor(v, &v->ents[k]);
}

/* "حث نتنياهو المشرعين على رفض الاتفاق", "دراسة الاتفاق": the deal, with
 * the article and no verb of concluding it before, is one concluded
 * before and talked about now ("توصل الطرفان إلى الاتفاق" concludes it;
 * "وقع اتفاقا", "توقيع الاتفاق" are entries of their own). */
static const char DEAL_LEMMA[] = "\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82"; /* اتفاق */
EX_WORDS(CONCLUDE_WORDS, "توصل", "توصلت", "توصلوا", "التوصل", "توصلا", "ابرم", "ابرمت", "ابرام", "وقع",
         "وقعت", "وقعوا", "توقيع", "اعلن", "اعلنت", "اعلان", "عقد", "عقدت", "ابرما", "وقعا", "الي");
#define CONCLUDE_REACH 3 /* tokens back from the deal to the verb concluding it */

static bool deal_talked_about(const ex_view *v, const trig *t, ex_clause c) {
    size_t tok = t->e->tok_first;
    if (!ev_lemma_is(t, DEAL_LEMMA) || !ex_has_proclitic(v->doc, tok, "\xD8\xA7\xD9\x84")) /* ال */
        return false;
    return !ev_stem_before(v->doc, t, c, CONCLUDE_REACH, &CONCLUDE_WORDS);
}

/* أبرم alone concludes anything: projects, contracts, a sale ("أبرمت
 * أمانة العاصمة المقدسة مشروعات جديدة"); it is a deal only with a word
 * of one after it, past its subject ("أبرم الطرفان اتفاقا"، "أبرمت
 * الحكومة والمتمردون هدنة"). */
EX_WORDS(CONCLUDE_ALONE, "ابرم", "ابرمت", "ابرموا", "ابرام");
EX_WORDS(DEAL_NOUNS, "اتفاق", "الاتفاق", "اتفاقا", "اتفاقيه", "الاتفاقيه", "اتفاقيات", "الاتفاقيات", "اتفاقات",
         "هدنه", "الهدنه", "صلح", "الصلح", "صفقه", "الصفقه", "معاهده", "المعاهده", "تفاهم", "التفاهم", "مذكره",
         "تسويه", "التسويه", "ميثاق", "الميثاق", "عهد", "العهد", "تحالف", "التحالف", "اتفاقيتين", "اتفاقين");
#define DEAL_NOUN_REACH 6 /* tokens after أبرم where the deal is named, its subject between */

static bool concludes_no_deal(const ex_view *v, const trig *t, ex_clause c) {
    size_t tok = t->e->tok_first;
    if (tok != t->e->tok_last || !ex_stem_in(v->doc, tok, &CONCLUDE_ALONE))
        return false;
    return !ev_stem_after(v->doc, t, c, DEAL_NOUN_REACH, &DEAL_NOUNS);
}

static bool agreement_off_conflict(const ex_view *v, const trig *t, ex_clause c) {
    if (releases_things(v, t) || agrees_in_view(v, t, c) || deal_talked_about(v, t, c) ||
        concludes_no_deal(v, t, c))
        return true;
    bool release = ev_lemma_is(t, EXCHANGE_LEMMA) && ex_stem_in(v->doc, t->e->tok_first, &RELEASE_WORDS);
    if (!release && !generic_deal(v, t))
        return false;
    bool armed, civil;
    clause_content(v, t, c, &armed, &civil);
    if (civil)
        return true;
    return !release && !armed; /* people freed, about no trade or money */
}

/* An attempt to take ground is no capture ("حاولت مجموعة ... السيطرة على
 * حقلي النفط، إلا أن قوات ... أفشلت تلك المحاولات"); the fighting it
 * took is told by its own words. */
EX_WORDS(ATTEMPT_WORDS, "حاول", "حاولت", "حاولوا", "يحاول", "تحاول", "يحاولون", "محاوله", "محاولات",
         "محاولتها", "محاولته", "محاولتهم", "سعي", "يسعي", "تسعي", "يسعون", "سعت", "سعوا");
#define ATTEMPT_REACH 8 /* tokens back from the capture to the verb of trying, past its subject */

static bool attempted(const ex_view *v, const trig *t, ex_clause c) {
    size_t tok = t->e->tok_first;
    for (size_t k = 1; k <= ATTEMPT_REACH && tok >= c.first + k; k++)
        if (ex_stem_in(v->doc, tok - k, &ATTEMPT_WORDS))
            return true;
    return false;
}

/* Ordinary crime: ACLED codes the arrest of a militant, a protester, a
 * journalist or an opponent, not the police's daily work against
 * residency violators, smugglers, dealers, thieves and embezzlers
 * ("ألقت شرطة القصيم القبض على 2986 مخالفا لأنظمة الإقامة", "اعتقل مع
 * ستة مسؤولين في الفيفا بتهم الرشوة"). */
EX_WORDS(CRIME_WORDS, "فساد", "الفساد", "رشوه", "الرشوه", "رشاوي", "الرشاوي", "احتيال", "الاحتيال",
         "تبييض", "غسل", "غسيل", "اختلاس", "الاختلاس", "تزوير", "التزوير", "مزورين", "مخدرات",
         "المخدرات", "مخدره", "المخدره", "حشيش", "الحشيش", "مروج", "مروجي", "مروجين", "المروجين", "مهرب", "مهربي",
         "مهربين", "المهربين", "تهريب", "التهريب", "سرقه", "السرقه", "سرقات", "السرقات", "سارق",
         "لصوص", "اللصوص", "سطو", "مخالف", "مخالفا", "مخالفين", "المخالفين", "مخالفي", "الاقامه",
         "تحرش", "التحرش", "متسللين", "المتسللين", "خمور", "الخمور", "تسول", "متسولين", "ابتزاز",
         "الابتزاز");
/* goods smuggled ("اللحوم المجمدة المهربة") */
EX_WORDS(SMUGGLED, "المهربه", "مهربه");
/* what links an arrest to the conflict or to politics, whatever else
 * the sentence names: "تهريب أسلحة", "خلية إرهابية", "ناشط" */
EX_WORDS(POLITICAL_LINK, "ارهاب", "الارهاب", "ارهابي", "ارهابيه", "الارهابي", "الارهابيه", "ارهابيين",
         "الارهابيين", "خليه", "الخليه", "خلايا", "الخلايا", "مسلح", "مسلحين", "المسلحين", "مسلحه",
         "سلاح", "السلاح", "اسلحه", "الاسلحه", "متفجرات", "المتفجرات", "ذخيره", "ذخائر", "متظاهر",
         "متظاهرين", "المتظاهرين", "محتجين", "المحتجين", "مظاهره", "مظاهرات", "احتجاج", "احتجاجات",
         "صحفي", "صحفيا", "صحفيين", "صحافي", "صحافيا", "صحافيين", "الصحفي", "الصحافي", "ناشط", "ناشطين", "ناشطا",
         "الناشط", "معارض", "معارضا", "معارضين", "المعارض", "المعارضه", "معارضه", "سياسي", "سياسيين", "السياسي",
         "حقوقي", "حقوقيين", "تجسس", "التجسس", "تحريض", "التحريض", "متطرف", "متطرفين", "المتطرفين",
         "التطرف", "تنظيم", "التنظيم", "مقاتل", "مقاتلين", "المقاتلين", "داعش", "القاعده");

/* Do the tokens [first, end) name a crime (1), a political or armed
 * link (-1; it wins), or neither (0)? */
static int crime_or_link(const rasad_doc *doc, size_t first, size_t end) {
    int r = 0;
    for (size_t i = first; i < end; i++) {
        if (ex_stem_in(doc, i, &POLITICAL_LINK))
            return -1;
        if (!r && (ex_stem_in(doc, i, &CRIME_WORDS) || (ex_stem_in(doc, i, &SMUGGLED))))
            r = 1;
    }
    return r;
}

/* An armed group or a crowd named as such in tokens [first, end) (not
 * the media: a police "المركز الإعلامي" is its press office; a
 * journalist is named by the words above). */
static bool armed_or_crowd(const ex_view *v, size_t first, size_t end) {
    for (size_t k = ex_ent_from(v, first), kn = ex_ent_to(v, end); k < kn; k++) {
        const rasad_entity *e = &v->ents[k];
        const lex_entry *le = ex_lex_entry(e);
        if (e->tok_first < first || e->tok_last >= end || !le)
            continue;
        if (le->kind == LEX_AK_PROTESTERS || le->kind == LEX_AK_RIOTERS ||
            (armed_actor(v, e) && le->kind != LEX_AK_STATE_FORCES && le->kind != LEX_AK_EXTERNAL))
            return true;
    }
    return false;
}

static bool ordinary_crime(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    size_t first, end;
    ex_sentence_tokens(doc, doc->tokens[t->e->tok_first].sentence, &first, &end);
    int r = crime_or_link(doc, first, end);
    /* "ولا يزال مارين وخمسة آخرون قيد الاحتجاز": a sentence that names
     * neither is read with its article (only then: a story of crime in
     * a page of other news keeps its own sentence's word) */
    if (r == 0) {
        first = 0;
        end = doc->ntokens;
        r = crime_or_link(doc, first, end);
    }
    if (r <= 0)
        return false;
    return !armed_or_crowd(v, first, end);
}

/* A theft told as a crime: a car's plate stolen, a pair of shoes taken
 * from a museum, "جريمة ما كالسرقة أو القتل". ACLED's looting is an
 * armed side's, so a theft word whose sentence names no armed side, no
 * political link and no soldier is no event ("أعمال نهب وسرقة من قبل
 * مليشيات الحوثي" and "سرقة ... المسؤول عن ديوان الزكاة بالتنظيم"
 * stay). Only the theft words: destruction (تدمير، هدم) is another
 * matter. */
EX_WORDS(THEFT_FORMS, "سرقه", "السرقه", "سرقات", "السرقات", "سرق", "سرقت", "سرقوا", "يسرق", "تسرق",
         "سرقته", "سرقتها", "سطو", "السطو", "لسرقه", "بسرقه", "كالسرقه");
/* سلب, to rob or to deprive: "يسلب العاملين عطلة الأحد"، "ما سلب من
 * خزائن الدولة" */
EX_WORDS(ROB_FORMS, "سلب", "سلبت", "سلبوا", "يسلب", "تسلب");
/* a confiscation of contraband ("صادرت 100 ألف طن من اللحوم المهربة") is
 * the customs' or the police's daily work, as the arrests above */
EX_WORDS(SEIZE_FORMS, "صادرت", "صادروا", "صادر", "مصادره", "يصادر", "تصادر");
EX_WORDS(ARMED_TAKERS, "مسلحون", "المسلحون", "ميليشيات", "الميليشيات", "مليشيات", "المليشيات",
         "ميليشيا", "مليشيا", "الحوثي", "الحوثيين", "الحوثيون", "قوات", "القوات", "جنود", "الجنود",
         "الجيش", "جيش", "عناصر", "مقاتلو", "مسلحو", "عصابات", "العصابات", "المتمردين", "المتمردون",
         "الانقلابيين", "الانقلابيون", "الاحتلال", "المستوطنين", "المستوطنون", "الشبيحه");

static bool theft_of_crime(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, first, end;
    if (t->kind != LEX_EK_LOOTING || tok != t->e->tok_last)
        return false;
    bool seize = ex_stem_in(doc, tok, &SEIZE_FORMS);
    if (!ex_stem_in(doc, tok, &THEFT_FORMS) && !(ex_stem_in(doc, tok, &ROB_FORMS)) && !seize)
        return false;
    ex_sentence_tokens(doc, doc->tokens[tok].sentence, &first, &end);
    if (seize && crime_or_link(doc, first, end) <= 0)
        return false;
    for (size_t i = first; i < end; i++)
        if (ex_stem_in(doc, i, &POLITICAL_LINK) || ex_stem_in(doc, i, &ARMED_TAKERS))
            return false;
    return !armed_or_crowd(v, first, end);
}

/* A handover is of ground: the handover entry's one-word forms (سلمت،
 * تسلمت، استلام، تسليمها) hand over aircraft, a frigate, money or a
 * stadium as often ("وسلمت الطائرات الثلاث ... إلى المسؤولين المصريين",
 * "تسلمت مصر فرقاطة"); only a place or a position named near the verb
 * makes it a transfer of territory. */
static const char HANDOVER_LEMMA[] = "\xD8\xB3\xD9\x84\xD9\x85 \xD9\x85\xD9\x88\xD8\xA7\xD9\x82\xD8\xB9\xD9\x87"; /* سلم مواقعه */
EX_WORDS(POSITION_WORDS, "مواقع", "المواقع", "موقع", "الموقع", "مقر", "المقر", "مقرات", "المقرات", "قاعده",
         "القاعده", "معسكر", "المعسكر", "ثكنه", "الثكنه", "حاجز", "الحاجز", "حواجز", "الحواجز", "نقاط",
         "النقاط", "نقطه", "مدينه", "المدينه", "بلده", "البلده", "قريه", "القريه", "منطقه", "المنطقه",
         "حي", "الحي", "مطار", "المطار", "ميناء", "الميناء", "معبر", "المعبر", "سجن", "السجن", "مبني",
         "المبني", "مبان", "المباني", "جبهه", "الجبهه", "محافظه", "المحافظه", "مديريه", "المديريه");
#define HANDOVER_REACH 4 /* tokens around the handover verb where the ground handed over is named */

static bool handed_things(const ex_view *v, const trig *t, ex_clause c) {
    if (!ev_lemma_is(t, HANDOVER_LEMMA) || t->e->tok_first != t->e->tok_last)
        return false;
    size_t tok = t->e->tok_first;
    size_t a = tok > c.first + HANDOVER_REACH ? tok - HANDOVER_REACH : c.first;
    size_t b = tok + HANDOVER_REACH < c.last ? tok + HANDOVER_REACH : c.last;
    for (size_t i = a; i <= b; i++) {
        if (i == tok)
            continue;
        const rasad_entity *e = ex_entity_at(v, i);
        /* a town or a district (a country is the giver or the buyer:
         * "سلمت فرنسا الطائرات") */
        if ((e && e->kind == RASAD_ENT_PLACE && e->precision < 3) || ex_stem_in(v->doc, i, &POSITION_WORDS))
            return false;
    }
    return true;
}

bool ev_strategic_off_conflict(const ex_view *v, const trig *t, ex_clause c) {
    switch (t->kind) {
    case LEX_EK_ARREST:
        return ordinary_crime(v, t);
    case LEX_EK_LOOTING:
        return theft_of_crime(v, t);
    case LEX_EK_AGREEMENT:
        return agreement_off_conflict(v, t, c);
    case LEX_EK_TERRITORY_CAPTURED:
        if (attempted(v, t, c))
            return true;
        /* fall through */
    case LEX_EK_OTHER:
        /* drugs caught on their way (أحبط رجال مكافحة المخدرات تهريبها) */
        if (ordinary_crime(v, t))
            return true;
        /* fall through */
    case LEX_EK_WITHDRAWAL: {
        if (handed_things(v, t, c))
            return true;
        /* ground, posts and positions taken or given up are often a
         * university, a finance office or a market square: trade and
         * civil words do not undo an armed actor here */
        bool armed, civil;
        clause_content(v, t, c, &armed, &civil);
        return !armed;
    }
    default:
        return false;
    }
}
