/* SPDX-License-Identifier: MIT
 *
 * event_agreement.c - stage 4, event frames: is an agreement one that a
 * conflict record keeps? ACLED's Agreement covers what armed and state
 * actors settle about the conflict: ceasefires, prisoner exchanges and
 * releases, surrenders, evacuations, deals on forces, bases and ground.
 * The generic words (اتفاق، اتفق، تفاهم، وقع اتفاقية، تسوية) are just as
 * often a club's transfer, a bank's sponsorship, a debt deal or a trade
 * pact: in a month of SaudiNewsNet they were one event in seven, and
 * most were such. A generic agreement is kept only when its clause
 * names force or fighting (an armed actor, a military or security word);
 * the conflict's own words (هدنة، وقف إطلاق النار، تبادل الأسرى، خفض
 * التصعيد، مصالحة) stand on their own. A release (الإفراج عن، أطلق سراح)
 * is one of people: not of funds or goods.
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
/* The people a release frees, named by a noun ("الإفراج عن المعتقلين"):
 * otherwise an actor, a person the tagger found, a count or a pronoun
 * ("أطلق سراحه") must follow, or the release is of funds, goods or
 * meat ("الإفراج عن الأموال المجمدة"). */
EX_WORDS(RELEASED_PEOPLE, "معتقل", "المعتقل", "معتقلين", "المعتقلين", "معتقلا", "اسري", "الاسري", "اسير",
         "الاسير", "رهائن", "الرهائن", "رهينه", "الرهينه", "سجناء", "السجناء", "سجين", "السجين",
         "محتجزين", "المحتجزين", "مختطفين", "المختطفين", "مخطوفين", "المخطوفين", "موقوفين", "الموقوفين", "موقوف", "الموقوف",
         "نساء", "النساء", "امراه", "اطفال", "الاطفال", "عناصر", "جنود", "الجنود", "جندي", "الجندي",
         "عسكريين", "العسكريين", "صحفي", "الصحفي", "صحفيين", "الصحفيين", "ناشط", "الناشط", "ناشطين",
         "الناشطين", "مواطن", "مواطنين", "المواطنين", "شخص", "اشخاص", "الاشخاص", "الشيخ", "الداعيه",
         "رجل", "الرجل", "شاب", "الشاب", "شبان", "الطيار", "البحارة", "بحاره", "البحاره", "عمال",
         "العمال", "المتهمين", "متهمين", "معارضين", "المعارضين", "قياديين", "القياديين", "قيادي", "القيادي",
         "زعيم", "الزعيم", "رئيس", "الرئيس", "السفير", "دبلوماسي", "الدبلوماسي", "دبلوماسيين");

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
         "الجبهه", "جبهه", "الجبهات", "جثث", "الجثث", "مسلحه", "المسلحه");

/* Words of trade, money and sport: a deal about them is none of the
 * conflict's, whoever signs it ("إدارتا الشباب والهلال اتفقتا" is two
 * clubs, not al-Shabaab). */
EX_WORDS(CIVIL_DEAL_WORDS, "نادي", "النادي", "ناديه", "انديه", "الانديه", "فريق", "الفريق",
         "لاعب", "اللاعب", "لاعبين", "اللاعبين", "اعاره", "الاعاره", "الدوري", "المنتخب", "مدرب",
         "المدرب", "شركه", "الشركه", "شركات", "الشركات", "بنك",
         "البنك", "بنوك", "البنوك", "مصرف", "المصرف", "استثمار", "الاستثمار", "استثمارات",
         "الاستثمارات", "تجاره", "التجاره", "تجاريه", "التجاريه", "التجاري", "اقتصادي", "الاقتصادي",
         "اقتصاديه", "الاقتصاديه", "اسهم", "الاسهم", "بورصه", "البورصه", "دائنين", "الدائنين",
         "دائنيها", "الديون", "ديون", "قرض", "القرض", "تمويل", "التمويل", "رعايه", "الرعايه", "شراكه",
         "الشراكه", "اسعار", "الاسعار", "سعر", "السعر", "النفط", "نفط", "الغاز",
         "الطاقه", "طاقه", "الكهرباء", "الجمارك", "الضرائب", "العقار", "العقاري", "الجامعه", "جامعه", "السياحه", "الصحه", "التعليم", "الفنان", "الفنانه", "المهرجان", "الزواج",
         "الطلاق", "الايجار", "المستاجر", "المالك", "التحكيم", "دعوي", "الدعوي", "قضائيه", "القضائيه",
         /* a state's nuclear programme is diplomacy, not fighting */
         "نووي", "النووي", "نوويه", "النوويه", "نوويا",
         "مالي", "المالي", "ماليه", "الماليه", "يورو", "اليورو", "مليار", "مليارات", "ميزانيه", "الميزانيه");

/* Is the lexicon entity an armed actor: a rebel or militia, or a
 * state's or a coalition's forces (a government, _GOV, is not force)? */
static bool armed_actor(const rasad_entity *e) {
    const lex_entry *le = ex_lex_entry(e);
    if (!le || (e->kind != RASAD_ENT_ACTOR && e->kind != RASAD_ENT_ROLE))
        return false;
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

static bool lemma_is(const trig *t, const char *lemma) {
    return t->le && t->le->id && strcmp(t->le->id, lemma) == 0;
}

/* Forms of the conflict's own entries that any news uses: a law enters
 * into force (حيز التنفيذ), a ministry draws a road map, a scent calms
 * the soul (تهدئة النفوس), a traveller settles with customs (طلب
 * التصالح). */
EX_WORDS(GENERIC_FORMS, "حيز", "خارطه", "خريطه", "تهدئه", "التهدئه", "تصالح", "التصالح", "تصالحت",
         "تصالحوا");

static bool generic_deal(const ex_view *v, const trig *t) {
    for (size_t k = 0; k < sizeof GENERIC_LEMMAS / sizeof GENERIC_LEMMAS[0]; k++)
        if (lemma_is(t, GENERIC_LEMMAS[k]))
            return true;
    size_t tok = t->e->tok_first;
    if (ex_stem_in(v->doc, tok, &GENERIC_FORMS))
        return true;
    return lemma_is(t, RECONCILE_LEMMA) && ex_stem_in(v->doc, tok, &SETTLEMENT) &&
           !(tok + 1 < v->doc->ntokens && ex_stem_in(v->doc, tok + 1, &STATUS_WORDS));
}

/* A release of anything but people: "الإفراج عن الأموال المجمدة". */
static bool releases_things(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    size_t last = t->e->tok_last, i = last + 1;
    if (!lemma_is(t, EXCHANGE_LEMMA) || !ex_stem_in(doc, t->e->tok_first, &RELEASE_WORDS) ||
        ex_enclitic(doc, last))
        return false;
    if (i >= doc->ntokens || ex_stem_in(doc, i, &RELEASED_PEOPLE) || ex_ner_at(v, i))
        return false;
    const rasad_entity *e = ex_entity_at(v, i);
    if (e && (e->kind == RASAD_ENT_ACTOR || e->kind == RASAD_ENT_ROLE))
        return false;
    for (size_t k = ex_qty_from(v, i), end = ex_qty_to(v, i + 1); k < end; k++)
        if (v->qty[k].tok_first == i)
            return false;
    return true;
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

bool ev_agreement_off_conflict(const ex_view *v, const trig *t, ex_clause c) {
    if (t->kind != LEX_EK_AGREEMENT)
        return false;
    if (releases_things(v, t) || agrees_in_view(v, t, c))
        return true;
    bool release = lemma_is(t, EXCHANGE_LEMMA) && ex_stem_in(v->doc, t->e->tok_first, &RELEASE_WORDS);
    if (!release && !generic_deal(v, t))
        return false;
    const rasad_doc *doc = v->doc;
    bool civil = false, armed = false;
    for (size_t i = c.first; i <= c.last && !civil; i++) {
        civil = ex_stem_in(doc, i, &CIVIL_DEAL_WORDS);
        armed = armed || ex_stem_in(doc, i, &CONFLICT_WORDS);
    }
    if (civil)
        return true;
    if (release)
        return false; /* people freed, about no trade or money */
    for (size_t k = ex_ent_from(v, c.first), end = ex_ent_to(v, c.last + 1); k < end && !armed; k++)
        armed = v->ents[k].tok_first >= c.first && v->ents[k].tok_last <= c.last && armed_actor(&v->ents[k]);
    return !armed;
}
