/* SPDX-License-Identifier: MIT
 *
 * event_place.c - stage 4, event frames: where it happened. The target is a
 * target noun after the trigger (سجن، حاجز); the location the first place
 * after the trigger in its clause, else the nearest before it, else one in
 * the sentence, with sites yielding to the town they are in and places
 * that only measure or situate another left out (and, unless nothing else
 * is named, a country that only describes an actor's patron); an act told
 * as the cause of a toll placed just before it is placed there. A
 * trigger told of a list of towns ("قصف مدينة تلبيسة وقرى الحولة")
 * becomes one frame per town.
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "extract/extract.h"
#include "knowledge/lexicon.h"
#include "extract/events.h"
#include "knowledge/entities.h"
#include "knowledge/gazetteer.h"
#include "util/utf8.h"
#include "extract/entity_parts.h" /* el_is_country_nisba (entity_words.c) */

/* Closed-class words the gazetteer can mistake for a place name (the verb
 * كان "was" for Cannes, the particles أن / إن for towns named so): never
 * an event's location. The gazetteer should drop them too (see the
 * report); here they only keep them out of event frames. */
EX_WORDS(NOT_PLACES, "كان", "كانت", "ان", "وان", "فان", "لان", "بان", "امن", "اطار", "النعمه",
         "ليل");

EX_WORDS(IN_OR_NEAR, "في", "قرب");

void ev_find_target(const ex_view *v, const trig *t, ex_clause c, rasad_event *ev) {
    const rasad_doc *doc = v->doc;
    for (size_t i = t->e->tok_last + 1; i <= c.last && i <= t->e->tok_last + 6; i++) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (e && e->kind == RASAD_ENT_PLACE && e->type && strcmp(e->type, "FAC") == 0) {
            ev->has_target = true;
            ev->target_start = e->start;
            ev->target_end = e->end;
            return;
        }
        if (ex_stem_in(doc, i, &EV_TARGET_NOUNS)) {
            ev->has_target = true;
            ev->target_start = doc->segments[doc->tokens[i].stem_seg].start;
            ev->target_end = doc->tokens[i].end;
            /* the noun's name or qualifier: "سجن الصناعة", "حاجز عسكري" */
            if (i + 1 <= c.last && doc->tokens[i + 1].kind == RASAD_TOK_WORD &&
                !ex_word_in(doc, i + 1, &EV_STOP_PREPS) && !ev_actor_starting(v, i + 1)) {
                const rasad_entity *n = ex_entity_at(v, i + 1);
                ev->target_end = n && n->kind == RASAD_ENT_PLACE ? doc->tokens[i].end : doc->tokens[i + 1].end;
            }
            return;
        }
        if (ex_word_in(doc, i, &IN_OR_NEAR))
            return;
    }
}

static bool is_site(const rasad_entity *e) { return e->type && strcmp(e->type, "FAC") == 0; }

EX_WORDS(APPROXIMATELY, "تقريبا", "فقط");

/* Is the place starting at token i measured from ("57 كم شمال شرقي
 * بغداد", "على مسافة 700 كيلومتر تقريبا جنوب طرابلس")? A place a
 * distance is counted from only situates the town told before it: taken
 * as a target it split an incident in two, or moved it to the capital. */
#define AWAY_REACH 12 /* tokens from "تبعد عن" to the place so far away, the building in it between */
static bool distance_ref(const rasad_doc *doc, size_t i) {
    EX_WORDS(UNITS, "كم", "كلم", "كيلومتر", "كيلومترا", "كيلومترات", "مترا", "متر",
             "ميلا", "اميال");
    size_t j = i;
    /* "تبعد 620 كلم من باماكو": the from of the distance */
    if (j > 1 && (ex_word_in(doc, j - 1, &PREP_FROM) || ex_word_in(doc, j - 1, &PREP_ABOUT)) &&
        ex_word_in(doc, j - 2, &UNITS))
        return true;
    if (j > 0 && ex_word_in(doc, j - 1, &APPROXIMATELY))
        j--;
    if (j > 0 && ex_word_in(doc, j - 1, &UNITS))
        return true;
    /* "قرية البحصة التي تبعد عن مقر قيادة عمليات حزب الله ... في جورين
     * أقل من 2 كلم": what a place is so far away from */
    EX_WORDS(LIES_AWAY, "تبعد", "يبعد", "تبعدان", "يبعدان", "تبعدها", "يبعدها");
    for (size_t k = 1; k <= AWAY_REACH && i >= k; k++) {
        const rasad_token *t = &doc->tokens[i - k];
        if (t->kind == RASAD_TOK_PUNCT && strchr(",.;:!?", t->norm[0]))
            return false;
        if (ex_word_in(doc, i - k, &LIES_AWAY))
            return true;
    }
    return false;
}

/* Does the place starting at token i name a street ("شارعي الثورة
 * وبغداد", "شارع حلب")? A street named after a town is not in it (the
 * plural is: "في شوارع تعز"). */
EX_WORDS(STREETS, "شارع", "شارعي");
static bool street_name(const rasad_doc *doc, size_t i) {
    for (size_t k = 1; k <= 2 && i >= k; k++)
        if (ex_stem_in(doc, i - k, &STREETS))
            return true;
    return false;
}

/* Participles and verbs that tie a group to its patron or leader
 * ("الجماعة المتحالفة مع إيران", "الميليشيات المدعومة من إيران", "القوات
 * الموالية لروسيا", "التحالف الذي تقوده الولايات المتحدة", "بقيادة
 * السعودية"): the country after them describes an actor, it is not where
 * the act took place. */
EX_WORDS(PATRONAGE, "المتحالفه", "المتحالف", "المتحالفين", "المتحالفون", "المدعومه", "المدعوم",
         "المدعومين", "المدعومون", "الموالي", "المواليه", "الموالين", "الموالون", "تقوده", "تقودها",
         "يقوده", "يقودها", "بقياده", "تدعمه", "تدعمها", "يدعمه", "يدعمها", "التابعين", "التابعون");
/* A country across a border ("بلدة شيلوبي الحدودية مع العراق وسوريا"،
 * "الواقعة على الحدود مع سوريا"، "المتاخمة لإسرائيل") or a capital named
 * for its government ("حسب سلطات أنقرة") is not where the act took place,
 * not even as a last resort: it is another country's or an actor. */
EX_WORDS(ACROSS_OR_RULING, "الحدوديه", "الحدودي", "الحدود", "حدود", "المتاخمه", "المتاخم", "المحاذيه",
         "المحاذي", "سلطات", "السلطات");
EX_WORDS(PATRON_PREPS, "مع", "من", "قبل", "ل");
#define PATRON_REACH 3 /* "المدعومة من قبل X": the participle, من, قبل */

/* Does a word of set stand before the place starting at token i, only
 * prepositions between ("المدعومة من قبل X"، "الحدودية مع X")? */
static bool described_by(const rasad_doc *doc, size_t i, ex_words *set) {
    for (size_t k = 1; k <= PATRON_REACH && i >= k; k++) {
        if (ex_stem_in(doc, i - k, set))
            return true;
        if (!ex_word_in(doc, i - k, &PATRON_PREPS))
            return false;
    }
    return false;
}

/* Is the place starting at token i the patron or leader in an actor's
 * description? */
static bool patron(const rasad_doc *doc, size_t i) { return described_by(doc, i, &PATRONAGE); }

/* Where people fled or fell back to ("وتقهقر باتجاه صنعاء"، "الفرار نحو
 * محافظة إب") is not where the fighting was. Not where rockets were
 * fired to ("أطلقوا صواريخ باتجاه عسقلان"): no verb of flight there. */
EX_WORDS(HEADING, "باتجاه", "نحو", "صوب");
EX_WORDS(FLIGHT, "تقهقر", "تقهقرت", "تقهقروا", "فر", "فرت", "فروا", "الفرار", "فرار", "هرب", "هربت", "هربوا",
         "الهروب", "هروب", "تراجع", "تراجعت", "تراجعوا", "نزح", "نزحت", "نزحوا", "النزوح", "لاذ", "لاذوا");
#define FLIGHT_REACH 4 /* tokens from the verb of flight to its heading word, its subject between */
static bool fled_to(const rasad_doc *doc, size_t i) {
    if (i == 0 || !ex_word_in(doc, i - 1, &HEADING))
        return false;
    for (size_t k = 2; k <= FLIGHT_REACH + 1 && i >= k; k++)
        if (ex_stem_in(doc, i - k, &FLIGHT))
            return true;
    return false;
}

/* Is the place starting at token i across a border or a government
 * (ACROSS_OR_RULING), itself or as the second of a pair ("مع العراق
 * وسوريا"), or where people fled to? */
static bool across_or_ruling(const ex_view *v, size_t i) {
    const rasad_doc *doc = v->doc;
    if (fled_to(doc, i))
        return true;
    for (int pair = 0; pair < 2; pair++) {
        if (described_by(doc, i, &ACROSS_OR_RULING))
            return true;
        /* "... مع العراق وسوريا": the place before the و */
        if (pair || i == 0 || !ex_has_proclitic(doc, i, "و"))
            return false;
        const rasad_entity *before = ex_entity_at(v, i - 1);
        if (!before || before->kind != RASAD_ENT_PLACE || before->tok_last != i - 1)
            return false;
        i = before->tok_first;
    }
    return false;
}

/* Is the token a dash of a dateline: a hyphen or a dash, or a lone
 * tatweel (ـ), whose matching form is empty? */
static bool dash_token(const rasad_doc *doc, size_t i) {
    const rasad_token *t = &doc->tokens[i];
    if (t->kind == RASAD_TOK_WORD)
        return t->norm[0] == '\0';
    return strcmp(t->norm, "-") == 0 || strcmp(t->norm, "\xE2\x80\x93") == 0 || /* EN DASH U+2013 */
           strcmp(t->norm, "\xE2\x80\x94") == 0 || t->norm[0] == '\0';      /* EM DASH U+2014 */
}

/* Is the place a dateline, where the report was filed ("* لندن ـ «الشرق
 * الأوسط»:", "بغداد - (رويترز) -", "أنقرة ـ ا ف ب:")? The city opens
 * its sentence or follows a mark (*, a bracket), and a dash follows it.
 * It says where the correspondent was, not where the act took place, and
 * is an event's place only when nothing else is named. */
#define DATELINE_ASIDE 4 /* tokens of a region in brackets after the city, its closing one included */
static bool dateline(const ex_view *v, const rasad_entity *e) {
    const rasad_doc *doc = v->doc;
    size_t i = e->tok_first, after = e->tok_last + 1;
    /* (past the region in brackets: "رام الله (الضفة الغربية) ـ ا ف ب:") */
    if (after < doc->ntokens && doc->tokens[after].kind == RASAD_TOK_BRACKET && doc->tokens[after].norm[0] == '(')
        for (size_t k = after + 1; k < doc->ntokens && k <= after + DATELINE_ASIDE; k++)
            if (doc->tokens[k].kind == RASAD_TOK_BRACKET) {
                after = doc->tokens[k].norm[0] == ')' ? k + 1 : after;
                break;
            }
    /* the region in those brackets is the dateline's too */
    if (i >= 2 && doc->tokens[i - 1].kind == RASAD_TOK_BRACKET && doc->tokens[i - 1].norm[0] == '(') {
        const rasad_entity *city = ex_entity_at(v, i - 2);
        if (city && city->kind == RASAD_ENT_PLACE && city != e && dateline(v, city))
            return true;
    }
    if (after >= doc->ntokens || doc->tokens[after].sentence != doc->tokens[i].sentence ||
        !dash_token(doc, after))
        return false;
    return i == 0 || doc->tokens[i - 1].sentence != doc->tokens[i].sentence ||
           doc->tokens[i - 1].kind != RASAD_TOK_WORD;
}

/* "أثناء عودتهم من اجتماع في مدينة اعزاز إلى مقرهم في قرية المالكية",
 * "أقلعت من قاعدة في ديار بكر"، "نقل الجرحى إلى مستشفيات بغداد"،
 * "فارين إلى النخيب"، "طرق الإمداد بين الرمادي والفلوجة": the ends of a
 * journey, a flight or a road are no towns the act is split over. */
EX_WORDS(JOURNEY, "عودتهم", "عودته", "عودتها", "عودتهما", "طريقهم", "طريقه", "طريقها", "متوجهين", "متوجها",
         "متوجهه", "قادمين", "قادما", "قادمه", "عائدين", "عائدا", "عائده", "توجههم", "توجهه", "اقلعت",
         "اقلعوا", "نقل", "نقلت", "نقلوا", "نقلهم", "هاربين", "فارين", "الفارين", "هربا", "فرارا");
EX_WORDS(BETWEEN, "بين");
#define JOURNEY_REACH 8 /* tokens back from a town to the word of the journey */
static bool journey_end(const rasad_doc *doc, size_t i) {
    /* "بين الرمادي والفلوجة": the first end right after بين, the second
     * joined to it by و */
    if (i > 0 && ex_word_in(doc, i - 1, &BETWEEN))
        return true;
    if (i > 1 && ex_has_proclitic(doc, i, "\xd9\x88") && ex_word_in(doc, i - 2, &BETWEEN))
        return true;
    return ex_stem_back(doc, i, &JOURNEY, JOURNEY_REACH);
}

/* "اجتمع شباب في المركز الثقافي قبل رحلة مقررة لبلدة كوباني"، "لعبور
 * الحدود إلى كوباني": where a trip was to go places nothing done before it */
EX_WORDS(TRIP, "رحله", "الرحله", "عبور");
#define TRIP_REACH 5 /* tokens back from a place to the word of the trip ("رحلة مقررة لبلدة كوباني في سوريا") */
static bool trip_destination(const rasad_doc *doc, size_t i) { return ex_stem_back(doc, i, &TRIP, TRIP_REACH); }

/* "وتقول بغداد إن ..."، "بحسب دمشق"، "هجوم نسبته أنقرة إلى التنظيم"،
 * "اتهمت دمشق": a capital right after a word of reporting or blame
 * speaks for its government; it places no act. */
EX_WORDS(BLAMING, "نسبته", "نسبتها", "نسبت", "اتهمت", "اتهم", "حملت", "حمل");
static bool speaking_capital(const rasad_doc *doc, size_t i) {
    return i > 0 && (ex_attr_cue(doc, i - 1) || ex_stem_in(doc, i - 1, &BLAMING));
}

static bool inside_town_before(const ex_view *v, size_t i);
static bool inside_a_name(const ex_view *v, const rasad_entity *e);

/* The first place between tokens from and to (backward unless forward)
 * that is no site unless sites, no patron ("التحالف الذي تقوده المملكة":
 * a leader places nothing), no reference point (a distance, a street)
 * unless refs >= 1, nor a dateline unless refs >= 2. */
static const rasad_entity *place_in(const ex_view *v, size_t from, size_t to, bool forward, bool sites, int refs) {
    if (from > to)
        return NULL;
    for (size_t k = 0; k <= to - from; k++) {
        size_t i = forward ? from + k : to - k;
        const rasad_entity *e = ex_entity_at(v, i);
        if (e && e->kind == RASAD_ENT_PLACE &&
            (speaking_capital(v->doc, e->tok_first) || ev_subject_country(v, e) || trip_destination(v->doc, e->tok_first)))
            continue;
        /* "خطفوا مواطنا كرواتيا": the country's adjective, not a place */
        if (e && e->kind == RASAD_ENT_PLACE && e->tok_first == e->tok_last && e->feature &&
            strncmp(e->feature, "PCL", 3) == 0 && el_accusative_adjective(v, e->tok_first))
            continue;
        if (e && e->kind == RASAD_ENT_PLACE && (sites || !is_site(e)) && !across_or_ruling(v, e->tok_first) &&
            !patron(v->doc, e->tok_first) && !inside_a_name(v, e) &&
            (refs || (!distance_ref(v->doc, e->tok_first) && !street_name(v->doc, e->tok_first))) &&
            !(e->tok_first == e->tok_last && ex_word_in(v->doc, e->tok_first, &NOT_PLACES)) &&
            (refs >= 2 || !dateline(v, e))) {
            /* read backward, "في الشيخ زويد بشمال سيناء": the province
             * joined by بـ holds the town before it, the finer place */
            if (!forward && e->tok_first > from && inside_town_before(v, e->tok_first)) {
                const rasad_entity *town = place_in(v, from, e->tok_first - 1, false, sites, refs);
                if (town && town->tok_last + 2 >= e->tok_first && town->precision < e->precision)
                    return town;
            }
            return e;
        }
    }
    return NULL;
}

/* The last token of the clause ending at c_last, read on past a short
 * aside in brackets ("نفذتها أربع مقاتلات فجرا (أمس) والتي استهدفت
 * مواقع في صوران"): a bracket ends a clause, an aside does not. */
#define ASIDE_REACH 2 /* tokens inside an aside: a day, a month, a short name */
size_t ev_past_asides(const rasad_doc *doc, size_t c_last, size_t sent_end) {
    while (c_last + 2 < sent_end && doc->tokens[c_last + 1].kind == RASAD_TOK_BRACKET &&
           doc->tokens[c_last + 1].norm[0] == '(') {
        size_t close = c_last + 2;
        while (close < sent_end && close - c_last <= ASIDE_REACH + 1 && doc->tokens[close].kind != RASAD_TOK_BRACKET &&
               !ex_is_boundary(doc, close))
            close++;
        if (close >= sent_end || close - c_last > ASIDE_REACH + 1 || doc->tokens[close].kind != RASAD_TOK_BRACKET ||
            doc->tokens[close].norm[0] != ')')
            break;
        c_last = close;
        while (c_last + 1 < sent_end && !ex_is_boundary(doc, c_last + 1))
            c_last++;
    }
    return c_last;
}

/* "مقتل 32 شخصا في مدينة سروج التركية الحدودية في تفجير انتحاري": an
 * act told as the cause of a toll placed just before it (في X, then its
 * adjectives, then في or بـ on the trigger) took place there. Returns
 * that place or NULL. */
#define CAUSE_PLACE_REACH 3 /* adjectives between the place and the في */
static const rasad_entity *place_of_toll(const ex_view *v, size_t tok, size_t first) {
    EX_WORDS(TOWN_WORDS, "مدينه", "بلده", "قريه", "حي", "محافظه", "ناحيه", "قضاء", "منطقه");
    const rasad_doc *doc = v->doc;
    size_t j = tok;
    if (!ex_has_proclitic(doc, tok, "ب")) {
        if (tok == 0 || !ex_word_in(doc, tok - 1, &IN_OR_NEAR))
            return NULL;
        j = tok - 1;
    }
    for (size_t k = 1; k <= CAUSE_PLACE_REACH + 1 && j >= first + k; k++) {
        size_t i = j - k;
        const rasad_entity *e = ex_entity_at(v, i);
        if (e && e->kind == RASAD_ENT_PLACE && e->tok_last == i) {
            size_t a = e->tok_first;
            if (a > 0 && ex_stem_in(doc, a - 1, &TOWN_WORDS))
                a--;
            return a > 0 && ex_word_in(doc, a - 1, &IN_OR_NEAR) && !is_site(e) ? e : NULL;
        }
        if (doc->tokens[i].kind != RASAD_TOK_WORD || strncmp(doc->tokens[i].norm, "\xD8\xA7\xD9\x84", 4) != 0)
            return NULL;
    }
    return NULL;
}

/* Places the gazetteer does not know. A name the tagger reads as a
 * place is one when it stands where a place stands: after a head noun of
 * a settlement or a district in the construct state ("مدينة غوري",
 * "بلدة X": the noun bare, no ال, no pronoun), or as the object of في,
 * قرب or بـ ("في غوري"). A person's or an organization's name there is
 * no place (the tagger says PER or ORG: "في حركة حماس"), nor a common
 * noun (no tagger name at all: "في المدينة", "في منطقة الحدود"), nor
 * anything a lexicon names (an actor, a trigger, a known place). */
EX_WORDS(PLACE_HEADS, "مدينه", "بلده", "قريه", "مخيم", "حي", "ضاحيه", "منطقه", "محافظه", "ولايه", "اقليم",
         "ناحيه", "قضاء", "مديريه", "بلدتي", "قريتي", "مدينتي");
EX_WORDS(PROVINCE_HEADS, "محافظه", "ولايه", "اقليم");
EX_WORDS(DISTRICT_HEADS, "منطقه", "ناحيه", "قضاء", "مديريه");
/* words the tagger may read as a place that name none in particular: a
 * kind of place ("في الريف", "في المدينة"), a side, a region or a
 * continent too wide to place an act ("في الخليج", "في أفريقيا"), the
 * scene, the wings ("في الكواليس"), the woods, and الفقيه of ولاية الفقيه
 * (the jurist's guardianship) */
EX_WORDS(COMMON_PLACES, "مدينه", "منطقه", "بلده", "قريه", "مخيم", "حي", "عاصمه", "بلاد", "حدود", "ريف",
         "شمال", "جنوب", "شرق", "غرب", "وسط", "داخل", "خارج", "ولايه", "محافظه", "اقليم", "ضاحيه", "ميدان",
         "ساحه", "مشهد", "خليج", "فقيه", "افريقيا", "اوروبا", "اسيا", "امريكا", "اميركا", "منقطه", "محيط",
         "كواليس", "جزيره", "جبل", "بحر", "ولايات", "احراش", "غابات", "غابه",
         /* adjectives a place noun takes ("حي شعبي", "منطقة سكنية") */
         "شعبي", "شعبيه", "سكني", "سكنيه", "صناعي", "صناعيه", "تجاري", "تجاريه", "عسكري", "عسكريه",
         "زراعي", "زراعيه", "حدودي", "حدوديه", "صحراوي", "صحراويه", "جبلي", "جبليه", "ساحلي", "ساحليه",
         "ريفي", "ريفيه", "نائي", "نائيه", "امني", "امنيه", "سياحي", "سياحيه", "اثري", "اثريه", "فقير",
         "فقيره", "راقي", "راقيه", "مجاور", "مجاوره", "قريب", "قريبه", "عازله", "امنه", "محرره", "محتله",
         "مجاورا", "اخري", "اخر", "واحده", "كبري", "كبيره", "صغيره", "جديده", "قديمه", "تاريخي",
         "تاريخيه",
         /* a currency's zone (منطقة اليورو) */
         "يورو");
/* words that open a place's name but are none alone ("النبي" of منطقة
 * النبي عثمان, الشيخ of حي الشيخ مقصود, نورث of نورث كارولينا) */
EX_WORDS(NAME_OPENERS, "نبي", "شيخ", "سيد", "امام", "وادي", "تل", "تله", "راس", "عين", "دير", "بيت", "كفر",
         "ابو", "ام", "بني", "سوق", "باب", "جسر", "مرج", "خان", "نورث", "ساوث", "ويست", "ايست", "نيو");
#define UNKNOWN_NAME_MAX 3 /* words of a place name the gazetteer does not know */
#define UNKNOWN_STEM_MIN 8 /* bytes (four letters) of a name found by بـ alone */
#define BEH "\xD8\xA8"       /* ب ARABIC LETTER BEH U+0628 */

/* Is token i a head noun of a place in the construct state? */
static bool place_head(const rasad_doc *doc, size_t i) {
    return doc->tokens[i].kind == RASAD_TOK_WORD && ex_stem_in(doc, i, &PLACE_HEADS) &&
           !ex_has_proclitic(doc, i, "ال") && !ex_has_proclitic(doc, i, "لل") && !ex_enclitic(doc, i);
}

/* "بحسب حاكم المنطقة مدجياوا بكاري": a place abroad (not in the
 * article's main country) read past a بـ inside a name the tagger
 * found, after a word of that name that is no place noun, is the name's
 * last word (Bakary, not Cary; "مستشفى الملك فهد بالهفوف" in a Saudi
 * story is the hospital in Hofuf) */
#define NAME_TOWN_POPULATION 500000 /* a city this big is named as itself */
static bool inside_a_name(const ex_view *v, const rasad_entity *e) {
    size_t i = e->tok_first;
    const tagger_entity *t = ex_ner_at(v, i);
    if (!t || t->tok_first >= i || !ex_has_proclitic(v->doc, i, "ب") || ex_entity_at(v, i - 1) ||
        place_head(v->doc, i - 1) || ex_stem_in(v->doc, i - 1, &COMMON_PLACES) || !e->country ||
        strcmp(e->country, v->main_country) == 0)
        return false;
    /* (a capital or a big city is named as itself: "سجن الحائر بالرياض") */
    const gaz_place *pl = e->place_index != UINT32_MAX ? gaz_place_get(gaz_default(), e->place_index) : NULL;
    return pl && pl->population < NAME_TOWN_POPULATION && !(pl->feature && strncmp(pl->feature, "PPLA", 4) == 0) &&
           !(pl->feature && strcmp(pl->feature, "PPLC") == 0);
}

/* Buildings an act targets ("استهدف مسجدا في القديح"): the word after
 * their في ends the clause is where they stand, even a name the tagger
 * does not know */
EX_WORDS(BUILDINGS, "مسجد", "مسجدا", "كنيسه", "حسينيه", "جامع", "جامعا", "سوق", "سوقا", "مستشفي", "مدرسه",
         "منزل", "منزلا", "فندق", "فندقا", "مقر", "مقرا", "مركز", "مركزا", "مبني", "مخفر", "مخفرا");
#define NAME_MIN 6 /* bytes (three letters) of a place name */

/* Is token i, ending its clause, the place of a building after في? */
static bool building_place(const ex_view *v, size_t i) {
    const rasad_doc *doc = v->doc;
    if (i < 2 || ex_ner_at(v, i) || !ex_word_in(doc, i - 1, &PREP_IN) || !ex_stem_in(doc, i - 2, &BUILDINGS) ||
        doc->tokens[i - 2].sentence != doc->tokens[i].sentence)
        return false;
    return i + 1 >= doc->ntokens || doc->tokens[i + 1].sentence != doc->tokens[i].sentence ||
           doc->tokens[i + 1].kind == RASAD_TOK_PUNCT || v->in_date[i + 1];
}

/* Does token i open with a ب the segmenter left on it ("بكشمير": it cuts
 * no clitic from a name it does not know), four letters or more after
 * it? */
static bool glued_beh(const rasad_doc *doc, size_t i) {
    const rasad_token *tk = &doc->tokens[i];
    if (tk->seg_count != 1 || strncmp(tk->norm, BEH, 2) != 0 || strlen(tk->norm) < UNKNOWN_STEM_MIN + 2)
        return false;
    /* the first letter as written is a ب (a presentation form ﺑ too) */
    int32_t cp;
    size_t width = utf8_decode((const uint8_t *)doc->text + tk->start, tk->end - tk->start, &cp);
    return width > 0 && ex_written_is(doc, tk->start, tk->start + (uint32_t)width, BEH);
}

/* Is token i a name with no article followed by a country's adjective
 * with one ("بكشمير الهندية", "في كشمير الهندية")? A definite adjective
 * after a bare noun makes the noun a name: the region of that country. */
static bool country_region(const ex_view *v, size_t i) {
    const rasad_doc *doc = v->doc;
    /* asked of every token: the cheap tests of the word after it first
     * (its ال, a nisba's ending), the gazetteer's last */
    if (i + 1 >= doc->ntokens || doc->tokens[i + 1].sentence != doc->tokens[i].sentence ||
        doc->tokens[i + 1].norm_len < 4 || memcmp(doc->tokens[i + 1].norm, "\xD8\xA7\xD9\x84", 4) != 0 || /* ال */
        !el_is_nisba(doc_tok_stem(doc, i + 1)->norm) || ex_has_proclitic(doc, i, "ال") ||
        ex_has_proclitic(doc, i, "لل") || ex_ner_at(v, i) || !ex_has_proclitic(doc, i + 1, "ال") ||
        ex_entity_at(v, i + 1))
        return false;
    if (!el_is_country_nisba(doc_tok_stem(doc, i + 1)->norm))
        return false;
    return (i > 0 && ex_stem_in(doc, i - 1, &IN_OR_NEAR)) || ex_has_proclitic(doc, i, "ب") || glued_beh(doc, i);
}

/* Does the matching form end in يه (YEH, HEH: ة folded), the feminine
 * nisba's ending, after more than min bytes? */
static bool yeh_heh_ending(const char *n, size_t min) {
    size_t len = strlen(n);
    return len > min && strcmp(n + len - 4, "\xD9\x8A\xD9\x87") == 0;
}

/* Is token k a relative adjective in the feminine with ال, as after a
 * name ("سالزبورج النمساوية", "البنغال الغربية")? */
static bool feminine_nisba(const rasad_doc *doc, size_t k) {
    return ex_has_proclitic(doc, k, "ال") && yeh_heh_ending(doc_tok_stem(doc, k)->norm, 4);
}

/* Lists of towns after a plural or dual town word ("بلدات حيان وبيانون
 * وماير", "مدن سبها والكفرة وأوباري"): the tagger may take two of them
 * for one name, or a person's; each name of such a list ends before
 * the next و. */
EX_WORDS(LIST_HEADS, "بلدات", "قري", "قرى", "مدن", "بلدتي", "قريتي", "مدينتي");
#define LIST_MAX 12 /* tokens from a list's head word to its last name */
#define WAW "\xD9\x88" /* و ARABIC LETTER WAW U+0648 */

/* Did the splitter leave a و on the token, as it does on the words it
 * does not know ("وبيانون", "وعنجارة"; not "و+غير+ها")? */
static bool glued_waw(const rasad_token *tk) {
    return ex_after_glued_waw(tk) && strlen(tk->norm) >= UNKNOWN_STEM_MIN;
}

/* Does token i start with a و, cut off or glued? */
static bool waw_joined(const rasad_doc *doc, size_t i) {
    return ex_has_proclitic(doc, i, "و") || glued_waw(&doc->tokens[i]);
}

/* Is token k a word of a name: inside a name the tagger found, a place
 * the gazetteer knows, or a word with a glued و? */
static bool name_token(const ex_view *v, size_t k) {
    const rasad_entity *e = ex_entity_at(v, k);
    const rasad_token *tk = &v->doc->tokens[k];
    return tk->kind == RASAD_TOK_WORD &&
           (ex_ner_at(v, k) || (e && e->kind == RASAD_ENT_PLACE) || (!e && glued_waw(tk)));
}

/* (the next و ends a listed name) */
bool ev_listed_town(const ex_view *v, size_t i, size_t *last) {
    const rasad_doc *doc = v->doc;
    if (!name_token(v, i))
        return false;
    size_t k = i;
    if (waw_joined(doc, i)) {
        /* back over the names before it to the list's head word */
        while (k > 0 && i - k < LIST_MAX && name_token(v, k - 1) &&
               doc->tokens[k - 1].sentence == doc->tokens[i].sentence)
            k--;
        if (k == i)
            return false;
    }
    if (k == 0 || waw_joined(doc, k) || !ex_stem_in(doc, k - 1, &LIST_HEADS) || ex_has_proclitic(doc, k - 1, "ال"))
        return false;
    /* (a list has two names: "أكبر مدن محافظة الأنبار" is the cities of
     * one place) */
    bool second = false;
    for (size_t j = k + 1; !second && j < doc->ntokens && j - k < LIST_MAX && name_token(v, j) &&
                           doc->tokens[j].sentence == doc->tokens[k].sentence;
         j++)
        second = waw_joined(doc, j);
    if (!second)
        return false;
    size_t b = i;
    while (b + 1 < doc->ntokens && b + 1 - i < UNKNOWN_NAME_MAX && name_token(v, b + 1) &&
           !waw_joined(doc, b + 1) && doc->tokens[b + 1].sentence == doc->tokens[i].sentence)
        b++;
    *last = b;
    return true;
}

bool ev_unknown_place(const ex_view *v, size_t i, size_t *first, size_t *last, uint8_t *precision) {
    const rasad_doc *doc = v->doc;
    if (i == 0 || i >= doc->ntokens)
        return false;
    const tagger_entity *t = ex_ner_at(v, i);
    size_t a = i, b = i;
    bool site = false, listed = false;
    if (ev_listed_town(v, i, &b)) {
        listed = true;
    /* (a person's name after the head noun names the place: "منطقة حسن
     * كوي", "حي سلطان غازي") */
    } else if (t && t->tok_first == i &&
               (t->type == TG_LOC || (t->type == TG_PER && place_head(doc, i - 1)))) {
        b = t->tok_last;
        /* the tagger may take the head noun in: "مدينة غوري" */
        if (a < b && place_head(doc, a))
            a++;
        /* and the adjectives after the name: "سالزبورج النمساوية", "حي
         * ماتاري الفقير" */
        while (b > a && (feminine_nisba(doc, b) || ex_stem_in(doc, b, &COMMON_PLACES)))
            b--;
    } else if (building_place(v, i) || country_region(v, i)) {
        site = true;
    } else {
        return false;
    }
    if (b - a >= UNKNOWN_NAME_MAX || doc->tokens[a - 1].sentence != doc->tokens[a].sentence)
        return false;
    /* (no pronoun on a name: "في نحورهم") */
    for (size_t k = a; k <= b; k++)
        if (doc->tokens[k].kind != RASAD_TOK_WORD || ex_entity_at(v, k) || v->in_date[k] ||
            ex_possessive(doc, k))
            return false;
    if (ex_stem_in(doc, a, &COMMON_PLACES) || strlen(doc_tok_stem(doc, a)->norm) < NAME_MIN ||
        (a == b && ex_stem_in(doc, a, &NAME_OPENERS)))
        return false;
    bool head = place_head(doc, a - 1);
    /* بـ alone places a name only when what is left is a word of its
     * own: the segmenter cuts the ب of names it does not know ("من باغا") */
    if (!head && !site && !listed && !ex_stem_in(doc, a - 1, &IN_OR_NEAR) &&
        !(ex_has_proclitic(doc, a, "ب") && strlen(doc_tok_stem(doc, a)->norm) >= UNKNOWN_STEM_MIN))
        return false;
    *first = a;
    *last = b;
    *precision = !head                               ? 1
                 : ex_stem_in(doc, a - 1, &PROVINCE_HEADS) ? 3
                 : ex_stem_in(doc, a - 1, &DISTRICT_HEADS) ? 2
                                                           : 1;
    return true;
}

/* The matching form of the name at tokens [a, b] from byte start (the
 * clitics before it left out). */
static char *unknown_norm(rasad_doc *doc, size_t a, size_t b, uint32_t start) {
    char out[256];
    size_t n = 0;
    for (size_t k = a; k <= b; k++) {
        const rasad_token *tk = &doc->tokens[k];
        if (k > a && n < sizeof out)
            out[n++] = ' ';
        for (size_t s = 0; s < tk->seg_count; s++) {
            const rasad_segment *sg = &doc->segments[tk->seg_first + s];
            if (sg->end <= start)
                continue;
            /* a ب or و left on the name's segment ("بكشمير", "وبيانون") */
            size_t skip =
                sg->start < start && (strncmp(sg->norm, BEH, 2) == 0 || strncmp(sg->norm, WAW, 2) == 0) ? 2 : 0;
            if (n + sg->norm_len - skip >= sizeof out)
                return NULL;
            memcpy(out + n, sg->norm + skip, sg->norm_len - skip);
            n += sg->norm_len - skip;
        }
    }
    return arena_strndup(&doc->arena, out, n);
}

/* An id of its own for a name the gazetteer does not know: merge.c takes
 * two mentions with one geonameid for one place and compares others by
 * their coordinates, which such a place has none of (NaN: never near
 * anything). Two mentions of one name are then one place and two names
 * two. The high bit keeps it clear of GeoNames' ids (below 2^31); it is
 * read by no output (the geo of a place is its gazetteer row). */
#define UNKNOWN_ID_BIT 0x80000000u
static uint32_t unknown_id(const char *norm) {
    uint32_t h = 2166136261u; /* FNV-1a */
    for (const unsigned char *c = (const unsigned char *)norm; norm && *c; c++)
        h = (h ^ *c) * 16777619u;
    return h | UNKNOWN_ID_BIT;
}

/* The place entity of an unknown name at tokens [a, b]: no geo, no
 * coordinates, an id of its own (unknown_id), in the doc's arena; NULL
 * when out of memory. */
static const rasad_entity *unknown_entity(const ex_view *v, size_t a, size_t b, uint8_t precision) {
    rasad_doc *doc = v->doc;
    rasad_entity *e = arena_alloc(&doc->arena, sizeof *e);
    if (!e)
        return NULL;
    memset(e, 0, sizeof *e);
    /* the name starts after the و ف glued to it, and after a بـ or لـ
     * that places it; after في or a head noun the ب is the name's own
     * ("في باغا") */
    const rasad_token *ta = &doc->tokens[a];
    bool own_beh = place_head(doc, a - 1) || ex_stem_in(doc, a - 1, &IN_OR_NEAR);
    e->start = ta->start;
    for (size_t s = 0; s < ta->seg_count; s++) {
        const rasad_segment *sg = &doc->segments[ta->seg_first + s];
        bool conj = strcmp(sg->norm, "و") == 0 || strcmp(sg->norm, "ف") == 0;
        if (sg->role != RASAD_SEG_PROCLITIC || (!conj && own_beh) || strcmp(sg->norm, "ال") == 0 ||
            strcmp(sg->norm, "لل") == 0) {
            e->start = sg->start;
            break;
        }
    }
    if (!own_beh && glued_beh(doc, a))
        e->start = ta->start + 2; /* the ب left on the name */
    else if (glued_waw(ta) && ev_listed_town(v, a, &(size_t){0}))
        e->start = ta->start + 2; /* the و left on a listed name */
    e->end = doc->tokens[b].end;
    e->tok_first = (uint32_t)a;
    e->tok_last = (uint32_t)b;
    e->norm = unknown_norm(doc, a, b, e->start);
    e->geonameid = unknown_id(e->norm);
    e->type = "LOC";
    e->kind = RASAD_ENT_PLACE;
    e->precision = precision;
    e->lat = e->lon = NAN;
    e->country = e->admin1 = "";
    e->place_index = e->lex_index = UINT32_MAX;
    const gaz_place *pl = gaz_place_get(gaz_default(), ev_place_by_sound(v, a, e->norm));
    if (pl)
        ent_set_place(e, pl);
    return e;
}

const rasad_entity *ev_unknown_place_at(const ex_view *v, size_t i) {
    size_t a, b;
    uint8_t prec;
    return ev_unknown_place(v, i, &a, &b, &prec) ? unknown_entity(v, a, b, prec) : NULL;
}

/* The first (last unless forward) place the gazetteer does not know
 * between tokens from and to, or NULL. */
static const rasad_entity *unknown_in(const ex_view *v, size_t from, size_t to, bool forward) {
    size_t a = 0, b = 0, found_a = SIZE_MAX, found_b = 0;
    uint8_t prec = 1, found_prec = 1;
    for (size_t i = from; i <= to && i < v->doc->ntokens; i++) {
        if (!ev_unknown_place(v, i, &a, &b, &prec))
            continue;
        found_a = a;
        found_b = b;
        found_prec = prec;
        if (forward)
            break;
        i = b;
    }
    return found_a == SIZE_MAX ? NULL : unknown_entity(v, found_a, found_b, found_prec);
}

/* Is there a word of a visit or an address between the opening quote q
 * and its speaker ("خلال زيارة الى"، "في مؤتمر صحفي في")? */
EX_WORDS(VENUES, "زياره", "زيارته", "زيارتها", "جوله", "مؤتمر", "لقاء", "كلمه", "خطاب", "اجتماع", "قمه");
#define VENUE_REACH 10 /* tokens back from the quote */
static bool venue_before(const rasad_doc *doc, size_t q, size_t lo) {
    for (size_t k = 1; k <= VENUE_REACH && q >= lo + k; k++)
        if (ex_stem_in(doc, q - k, &VENUES))
            return true;
    return false;
}

/* The place around the trigger: the first after it in its clause, the
 * nearest before it there, the first after it in the sentence, the
 * nearest before it there (place_in says which count). */
static const rasad_entity *place_around(const ex_view *v, const trig *t, ex_clause c, size_t sent_first,
                                        size_t sent_end, bool sites, int refs) {
    size_t tok = t->e->tok_first, last = t->e->tok_last;
    /* ("وقال اردوغان خلال زيارة الى قبرص «... عمل ارهابي»": where the
     * speaker visits or speaks places nothing he speaks of; "مصادر في
     * مدينة القدس" are the place's own sources) */
    size_t quote_open = ev_speech_quote_open(v->doc, tok, sent_first);
    if (quote_open != SIZE_MAX && venue_before(v->doc, quote_open, sent_first))
        sent_first = quote_open + 1;
    if (c.first < sent_first)
        c.first = sent_first;
    const rasad_entity *p = place_in(v, last + 1, c.last, true, sites, refs);
    if (!p && tok > c.first)
        p = place_in(v, c.first, tok - 1, false, sites, refs);
    if (!p)
        p = place_in(v, last + 1, sent_end - 1, true, sites, refs);
    if (!p && tok > sent_first)
        p = place_in(v, sent_first, tok - 1, false, sites, refs);
    return p;
}

/* The place the gazetteer does not know first after the trigger in its
 * clause, else nearest before it there, or NULL. */
static const rasad_entity *unknown_place_in_clause(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_entity *u = unknown_in(v, t->e->tok_last + 1, c.last, true);
    if (!u && t->e->tok_first > c.first)
        u = unknown_in(v, c.first, t->e->tok_first - 1, false);
    return u;
}

/* Is u, a name the gazetteer knows only by its sound, a town in the
 * province or country p (or in the province p's city gives its name to:
 * Kars for إقليم كارس), named right before it ("X في إقليم Y") or, for a
 * country, between the act (whose trigger ends at token act) and it
 * ("اعتقلت ... في مدينة فيرجسون بعد مواجهات في الولايات المتحدة")? */
#define NESTED_GAP 3 /* tokens between the town and its province: في إقليم */
/* (a town, or a district or area so told: "في منطقة باراكي باراك بإقليم
 * لوجار", "بمنطقة جبل اللوح بولاية عين الدفلى") */
EX_WORDS(LOCALITY_HEADS, "مدينه", "بلده", "قريه", "منطقه", "ناحيه", "مديريه", "قضاء");
static bool heard_inside(const rasad_doc *doc, const rasad_entity *u, const rasad_entity *p, size_t act) {
    if (p->tok_first <= u->tok_last)
        return false;
    bool nested = p->tok_first - u->tok_last <= NESTED_GAP;
    const gaz *g = gaz_default();
    const gaz_place *pu = u->place_index != UINT32_MAX ? gaz_place_get(g, u->place_index) : NULL;
    const gaz_place *pp = p->place_index != UINT32_MAX ? gaz_place_get(g, p->place_index) : NULL;
    /* "في بلدة القطن في محافظة حضرموت": a town the gazetteer lacks, told
     * right before the province or country it lies in */
    if (!pu && pp && nested && u->tok_first > 0 && ex_stem_in(doc, u->tok_first - 1, &LOCALITY_HEADS) &&
        /* ("أكبر «مدينة كردية»": a Kurdish town, unnamed) */
        !(u->tok_first == u->tok_last && yeh_heh_ending(doc_tok_stem(doc, u->tok_first)->norm, 6)) &&
        (pp->kind == GAZ_K_COUNTRY || pp->kind == GAZ_K_ADMIN1 || pp->kind == GAZ_K_ADMIN2))
        return true;
    if (!pu || !pp || pu == pp || pu->kind == GAZ_K_COUNTRY || pu->kind == GAZ_K_ADMIN1 ||
        strcmp(pu->country, pp->country) != 0)
        return false;
    if (pp->kind == GAZ_K_COUNTRY)
        return nested || u->tok_first > act;
    return nested && pu->admin1[0] &&
           (strcmp(pp->name_en, pu->admin1) == 0 || (p->precision >= 2 && strcmp(pp->admin1, pu->admin1) == 0));
}

/* Is p a town of a country the article names nowhere else, while its
 * places lie mostly in another ("في منطقة القاعدة والمفرق والحوبان
 * والمدخل الشرقي لمدينة تعز": Jordan's Mafraq, the gazetteer's only one,
 * in an article on Yemen)? Then the town is a namesake the gazetteer
 * lacks, and that other country's place named after it in the clause is
 * the best known place of the act. Returns that place, or NULL. */
#define NAMESAKE_POPULATION 100000
static const rasad_entity *home_place_for_namesake(const ex_view *v, const rasad_entity *p, ex_clause c) {
    /* (a plain small town: a capital, a province's seat or a city is
     * rarely a namesake) */
    const gaz *g = gaz_default();
    const gaz_place *pl = g && p->place_index != UINT32_MAX ? gaz_place_get(g, p->place_index) : NULL;
    if (!pl || !pl->country[0] || !pl->feature || strcmp(pl->feature, "PPL") != 0 ||
        pl->population >= NAMESAKE_POPULATION)
        return NULL;
    const char *home = v->main_country;
    if (!home[0] || strcmp(home, pl->country) == 0)
        return NULL;
    /* (a country past the view's table may be named under other names) */
    size_t k = ex_country_index(v, pl->country);
    if (k == v->ncountries || v->countries[k].several)
        return NULL;
    /* (named after the town, as the list's end or where it lies) */
    for (size_t i = p->tok_last + 1; i <= c.last; i++) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (e && e->kind == RASAD_ENT_PLACE && e->tok_first == i && e->country && strcmp(e->country, home) == 0 &&
            e->feature && strncmp(e->feature, "PCL", 3) != 0)
            return e;
    }
    return NULL;
}

/* Is the site a quarter or a square of a town (feature LCTY: حي الميدان،
 * ساحة التحرير)? ACLED places the acts told there at the town. */
static bool quarter_or_square(const rasad_entity *e) { return e->feature && strcmp(e->feature, "LCTY") == 0; }

/* Do the tokens after a site's last token (a) up to a place (at b) say
 * the site lies there: في or بـ, after at most SITE_ADJECTIVES adjectives
 * ("قاعدة العند الجوية في لحج", "مطار المزة العسكري بدمشق")? */
#define SITE_ADJECTIVES 2 /* adjectives between a site's name and the place it lies in */
static bool situated_in(const rasad_doc *doc, size_t a, size_t b) {
    if (b <= a || b - a > SITE_ADJECTIVES + 2)
        return false;
    if (ex_has_proclitic(doc, b, "ب") && b - a <= SITE_ADJECTIVES + 1)
        return true;
    return ex_word_in(doc, b - 1, &PREP_IN);
}

void ev_find_location(const ex_view *v, const trig *t, ex_clause c, size_t sent_first, size_t sent_end,
                      rasad_event *ev) {
    size_t tok = t->e->tok_first, last = t->e->tok_last;
    c.last = ev_past_asides(v->doc, c.last, sent_end);
    const rasad_entity *p = place_of_toll(v, tok, c.first);
    if (p) {
        /* a place after the trigger as fine as the toll's names the spot
         * ("بضربة جوية ... استهدف وكرا في منطقة البوعيثة") */
        const rasad_entity *after = place_in(v, last + 1, c.last, true, false, false);
        if (after && after->precision <= p->precision)
            p = NULL;
    }
    /* a place a distance is measured from is the last resort but one
     * the gazetteer does not know and a dateline */
    /* first in the act's own part of the clause: "اشتباكات في حي جمعية
     * الزهراء، في حين اندلعت اشتباكات في حي الراشدين في مدينة حلب" */
    ex_clause own = ev_own_part(v->doc, c, t);
    for (int pass = 0; pass < 2 && !p && own.last < c.last; pass++) {
        const rasad_entity *q = place_around(v, t, own, own.first, own.last + 1, pass & 1, 0);
        if (q && q->tok_first >= own.first && q->tok_last <= own.last)
            p = q;
    }
    for (int pass = 0; pass < 6 && !p; pass++) {
        if (pass == 4) {
            p = unknown_place_in_clause(v, t, c);
            if (p)
                break;
        }
        p = place_around(v, t, c, sent_first, sent_end, pass & 1, pass / 2);
    }
    /* a place the gazetteer does not know in the act's clause ("فتحت
     * النار ... في مدينة غوري") comes before a known one elsewhere in the
     * sentence, and before a province or country it was heard to lie in
     * ("في منطقة ساريكاميس في إقليم كارس", place_sound.c) */
    const rasad_entity *unmapped = NULL, *within = NULL; /* (the unknown place and the one it lies in) */
    if (p) {
        const rasad_entity *u = unknown_place_in_clause(v, t, c);
        bool inside = u && heard_inside(v->doc, u, p, last);
        if (u && ((p->tok_first < c.first || p->tok_last > c.last) || inside)) {
            if (inside && u->place_index == UINT32_MAX) {
                unmapped = u;
                within = p;
            }
            p = u;
        }
    }
    /* "غارات على قاعدة العند الجوية في لحج": a site the gazetteer
     * knows (a base, an airport, a prison, a camp, a dam; not a quarter)
     * in the act's clause is finer than a province or country, or the
     * town it is said to lie in */
    if (p && !is_site(p) && p->country) {
        const rasad_entity *s = place_around(v, t, c, c.first, c.last + 1, true, 0);
        if (s && is_site(s) && !quarter_or_square(s) && s->country && strcmp(s->country, p->country) == 0 &&
            (p->precision >= 3 || (s->tok_last < p->tok_first && situated_in(v->doc, s->tok_last, p->tok_first))))
            p = s;
    }
    if (!p)
        return;
    const rasad_entity *home = home_place_for_namesake(v, p, c);
    if (home)
        p = home;
    ev->has_location = true;
    ev->location.start = p->start;
    ev->location.end = p->end;
    ev->location.entity = p;
    ev->location.within = p == unmapped ? within : NULL;
}

const rasad_entity *ex_place_geo(const rasad_place_ref *p) {
    if (p->entity && p->entity->place_index != UINT32_MAX)
        return p->entity;
    return p->within ? p->within : p->entity;
}

const char *ex_place_country(const rasad_place_ref *p) {
    const rasad_entity *e = ex_place_geo(p);
    return e && e->country && *e->country ? e->country : NULL;
}

/* "قصف مدينة تلبيسة وقرى الحولة وأم شرشوح": ACLED codes one event per
 * town. The towns are the places after the trigger in its sentence that
 * are towns, villages, sites or districts (not countries or provinces,
 * which only situate them). Returns how many frames were added after f
 * (copies of f with another place). */
EX_WORDS(SETTLEMENTS, "قريه", "قري", "بلده", "بلدات", "مدينه", "مدن", "حي", "احياء",
         "بلدتي", "قريتي", "مخيم", "ناحيه");

EX_WORDS(DAY_WORDS, "الجمعه", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "امس", "اليوم");

/* Is the place at token i named with a settlement word ("بلدة X",
 * "مدينة X"), or any place not glued to a time word ("ليل الجمعة")? A
 * place name followed by a weekday or a part of the day is a time. */
static bool town_word_before(const rasad_doc *doc, size_t i) {
    if (i > 0 && ex_stem_in(doc, i - 1, &SETTLEMENTS))
        return true;
    return !(i + 1 < doc->ntokens &&
             ex_stem_in(doc, i + 1, &DAY_WORDS));
}

/* Does the place entity at token i start after a و glued to it? */
static bool place_glued_waw(const ex_view *v, size_t i) {
    const rasad_entity *e = ex_entity_at(v, i);
    const rasad_token *tk = &v->doc->tokens[i];
    /* (past the و and any harakat on it: "وَإزمير") */
    return e && e->kind == RASAD_ENT_PLACE && e->tok_first == i && e->start > tk->start && e->start < tk->end;
}

EX_WORDS(PLACE_PREPS, "في", "علي", "قرب", "شمال", "جنوب", "شرق", "غرب");

EX_WORDS(JUNCTIONS, "مفرق", "محيط", "اطراف", "مشارف", "ضواحي", "ريف", "منطقتي", "باتجاه", "نحو", "الي");
/* Is the place at token i named as a place: after a settlement word or
 * a preposition of place ("مدينة B", "في B", "قرب B")? Not "إعادة إعمار
 * كوباني", "محافظ حلب": a town governed by another noun is no target. */
static bool placed_by_word(const rasad_doc *doc, size_t i) {
    /* (past a quotation mark: "قرية \"المشيك\"", "وفي «برغيدة»") */
    size_t k = i;
    while (k > 0 && doc->tokens[k - 1].kind == RASAD_TOK_QUOTE)
        k--;
    if (k == 0)
        return false;
    /* the head word may be the place's own first word (ناحية قره تبه) */
    return place_head(doc, i) || ex_stem_in(doc, i, &SETTLEMENTS) || place_head(doc, k - 1) ||
           ex_stem_in(doc, k - 1, &SETTLEMENTS) || ex_stem_in(doc, k - 1, &PLACE_PREPS) ||
           ex_stem_in(doc, k - 1, &JUNCTIONS);
}

/* Is the place at token i joined to a list ("وB", "، B", "وقرى B") or
 * the object of a place preposition of its own ("في B", "على B", "بB")? */
static bool coordinated(const ex_view *v, size_t i) {
    const rasad_doc *doc = v->doc;
    if (ex_has_proclitic(doc, i, "و") || ex_has_proclitic(doc, i, "ب"))
        return true;
    /* a place name the clitic splitter does not know keeps its و in the
     * token; the place match leaves it out ("وإزمير") */
    const rasad_token *tk = &doc->tokens[i];
    if (tk->kind == RASAD_TOK_WORD && tk->end - tk->start > 2 && strncmp(tk->norm, "\xD9\x88", 2) == 0 &&
        tk->seg_count > 0 &&
        doc->segments[tk->seg_first].role != RASAD_SEG_PROCLITIC)
        return place_glued_waw(v, i);
    if (i > 0 && ex_word_in(doc, i - 1, &PLACE_PREPS))
        return true;
    if (i == 0)
        return false;
    const rasad_token *p = &doc->tokens[i - 1];
    if (p->kind == RASAD_TOK_PUNCT && p->norm[0] == ',')
        return true;
    return ex_stem_in(doc, i - 1, &SETTLEMENTS) &&
           (ex_has_proclitic(doc, i - 1, "و") || (i >= 2 && doc->tokens[i - 2].kind == RASAD_TOK_PUNCT &&
                                                  doc->tokens[i - 2].norm[0] == ','));
}
EX_WORDS(SITUATING, "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي",
         "قرب", "بالقرب", "مقربه", "محيط", "اطراف", "القريب", "القريبه",
         "المقابل", "المقابله", "التابعه", "التابع", "شارع", "شارعي", "طريق",
         "الحدود", "حدود",
         /* "قرية نقارين بمدخل حلب الشرقي": at the entrance of */
         "مدخل", "مداخل",
         /* "قرية الحديد إلى الشمال من بلدة خان بني سعد" */
         "الشمال", "الجنوب", "الشرق", "الغرب");
EX_WORDS(TOWARD_SIDE, "الي");
EX_WORDS(SIDES, "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي");
EX_WORDS(THE_SETTLEMENT, "المدينه", "البلده", "القريه", "العاصمه");
EX_WORDS(FROM_WITH_SIDES, "من", "مع", "شرق", "غرب", "شرقي", "غربي");
EX_WORDS(BORDER, "الحدود", "حدود");
EX_WORDS(DIVISIONS, "ولايه", "محافظه", "قضاء", "اقليم", "مقاطعه", "منطقه");

/* Does a word before the place at token i (up to two back: "شمال شرق X",
 * "القريبة من X", "التابعة لناحية X"; three when a town stands right
 * before the word: "صوران بالقرب من مدينة أعزاز", not "، وبالقرب من
 * مفرق باشكوي") make it a reference point? */
static bool situating(const ex_view *v, size_t i) {
    const rasad_doc *doc = v->doc;
    for (size_t k = 1; k <= 3 && i >= k; k++) {
        size_t j = i - k;
        if (ex_stem_in(doc, j, &SITUATING)) {
            const rasad_entity *pe = k < 3 || j == 0 ? NULL : ex_entity_at(v, j - 1);
            return k < 3 || (pe && pe->kind == RASAD_ENT_PLACE && pe->tok_last == j - 1) ||
                   (j > 0 && ex_word_in(doc, j - 1, &TOWARD_SIDE)); /* إلى الشمال من بلدة X */
        }
        /* (past a settlement or division word: "قرب مدينة X"، "شمال شرق
         * العاصمة صنعاء"، "التابعة لولاية شانلي أورفة") */
        if (!ex_word_in(doc, j, &FROM_WITH_SIDES) && !ex_stem_in(doc, j, &SETTLEMENTS) &&
            !ex_word_in(doc, j, &THE_SETTLEMENT) && !ex_stem_in(doc, j, &DIVISIONS))
            break;
        /* "قرب الحدود مع مدينة كوباني": the town across the border */
        if (j > 0 && ex_word_in(doc, j, &FROM_WITH_SIDES) && ex_stem_in(doc, j - 1, &BORDER))
            return true;
    }
    return false;
}

EX_WORDS(SOURCE_CUES, "بحسب", "حسب", "وفقا", "نقلا");

/* Connectives that open a clause of its own with another act: "قصفت قوات
 * النظام بلدة A، كما قصف الطيران B", "... في A، فيما قال الجيش إن ...
 * قرب B", "بينما تواصلت الاشتباكات في C". The forms with و are listed
 * whole, the segmenter does not always cut them. */
EX_WORDS(CLAUSE_OPENERS, "كما", "فيما", "بينما", "وكما", "وفيما", "وبينما");
EX_WORDS(AS, "كما", "وكما");
EX_WORDS(HIN, "حين"); /* في حين "whereas" */
EX_WORDS(TIME_NOUN, "وقت");
EX_WORDS(TIME_ADJECTIVES, "سابق", "لاحق", "متاخر", "مبكر", "واحد", "قصير", "قريب", "مضي", "ما", "مناسب",
         "سابقا", "لاحقا", "الحق", "اقرب", "اسرع", "طويل", "مستقبلي", "ليس", "من", "الي", "حتي");
EX_WORDS(SINCE_WORDS, "بعد", "غداه", "عقب", "اثر", "قبل", "قبيل");
EX_WORDS(AN, "ان");
/* "على غرار الهجوم الذي استهدف متحف باردو": the act another is likened to */
EX_WORDS(LIKENED, "غرار");
EX_WORDS(WAS, "كان", "كانت", "كانوا", "كانا", "كانتا");
EX_WORDS(SPANS, "يوم", "يومين", "ايام", "اسبوع", "اسبوعين", "اسابيع", "شهر", "شهرين", "اشهر", "شهور",
         "عام", "عامين", "اعوام", "سنه", "سنتين", "سنوات", "ساعه", "ساعتين", "ساعات");

/* "بعد تفجير استهدف كنيسة في الإسكندرية", "بعد يومين من تفجير انتحاري
 * استهدف مسجدا", "إثر هجوم أسفر عن": an act named after بعد / عقب /
 * إثر and told by a verb of its own is a clause of its own, with its own
 * place and date, not the statement's time only. */
EX_WORDS(AFTER_WORDS, "بعد", "وبعد", "عقب", "وعقب", "اثر", "واثر");
EX_WORDS(ACT_VERBS, "استهدف", "استهدفت", "اسفر", "اسفرت", "اودي", "اودت", "اوقع", "اوقعت", "هزت");
#define AFTER_ACT_REACH 6 /* tokens from بعد to the act's verb: "بعد يومين من تفجير انتحاري استهدف" */
static bool act_told_after(const rasad_doc *doc, size_t tok) {
    if (!ex_word_in(doc, tok, &AFTER_WORDS))
        return false;
    for (size_t i = tok + 2; i < doc->ntokens && i <= tok + AFTER_ACT_REACH; i++) {
        if (doc->tokens[i].sentence != doc->tokens[tok].sentence || doc->tokens[i].kind == RASAD_TOK_PUNCT)
            return false;
        if (ex_word_in(doc, i, &ACT_VERBS))
            return true;
    }
    return false;
}

bool ev_opens_clause(const rasad_doc *doc, size_t tok) {
    if (tok >= doc->ntokens || doc->tokens[tok].kind != RASAD_TOK_WORD)
        return false;
    if (act_told_after(doc, tok))
        return true;
    if (ex_stem_in(doc, tok, &CLAUSE_OPENERS)) {
        /* "تماما كما الانفجار الذي هز سوروتش": كما before a definite
         * noun compares, it opens no clause */
        if (ex_stem_in(doc, tok, &AS) && tok + 1 < doc->ntokens &&
            strncmp(doc->tokens[tok + 1].norm, "\xD8\xA7\xD9\x84", 4) == 0) /* ال */
            return false;
        return true;
    }
    return tok > 0 && ex_word_in(doc, tok, &HIN) && ex_word_in(doc, tok - 1, &PREP_IN);
}

/* Does token tok open "meanwhile" ("في وقت شن طيران التحالف غارات", "في
 * الوقت الذي"), not a time ("في وقت سابق / لاحق / متأخر")? What follows
 * is another act, and its towns are not this act's. */
static bool meanwhile(const rasad_doc *doc, size_t tok) {
    return tok > 0 && tok + 1 < doc->ntokens && ex_stem_in(doc, tok, &TIME_NOUN) &&
           ex_word_in(doc, tok - 1, &PREP_IN) && doc->tokens[tok + 1].kind == RASAD_TOK_WORD &&
           !ex_stem_in(doc, tok + 1, &TIME_ADJECTIVES);
}

/* Is the place at token i told as where something lies ("الواقعة في
 * منطقة X", "التي تقع في X"), up to three words back? */
EX_WORDS(LOCATED, "الواقع", "الواقعه", "الواقعتين", "الواقعين", "تقع", "يقع", "الكائن", "الكائنه");
#define LOCATED_REACH 3
static bool located_in(const rasad_doc *doc, size_t i) {
    for (size_t k = 1; k <= LOCATED_REACH && i >= k; k++) {
        if (doc->tokens[i - k].kind != RASAD_TOK_WORD)
            return false;
        if (ex_stem_in(doc, i - k, &LOCATED))
            return true;
    }
    return false;
}

/* Is the place at token i the second of a pair with the town before it
 * ("ريفي إدلب وحماه", "بلدتي X وY": a dual noun before the first, the
 * second joined with و right after it), and no plural of towns just
 * before the dual? */
EX_WORDS(DUAL_PLACES, "ريفي", "بلدتي", "قريتي", "مدينتي", "محافظتي", "حيي", "ناحيتي", "قضائي", "منطقتي",
         "مخيمي");
EX_WORDS(PLURAL_TOWNS, "بلدات", "قري", "مدن", "احياء", "مناطق", "قرى");
#define PLURAL_BEFORE_PAIR 3 /* tokens back from the dual to a plural of towns */

/* Is token i a dual of places, by its stem or by its whole form past و
 * and ب (the splitter reads "بمنطقتي" as بمنطقت + ي, "my")? */
static bool dual_place_word(const rasad_doc *doc, size_t i) {
    if (ex_stem_in(doc, i, &DUAL_PLACES))
        return true;
    const char *n = doc->tokens[i].norm;
    for (int k = 0; k < 2; k++) {
        if (strncmp(n, "\xd9\x88", 2) == 0 || strncmp(n, "\xd8\xa8", 2) == 0) /* و ب */
            n += 2;
        if (ex_words_has(&DUAL_PLACES, n))
            return true;
    }
    return false;
}
static bool paired_with(const ex_view *v, const rasad_entity *first, size_t i) {
    const rasad_doc *doc = v->doc;
    if (first->tok_first == 0 || first->tok_last + 1 != i || !waw_joined(doc, i))
        return false;
    size_t dual = first->tok_first - 1;
    if (!dual_place_word(doc, dual))
        return false;
    for (size_t k = 1; k <= PLURAL_BEFORE_PAIR && dual >= k; k++)
        if (ex_stem_in(doc, dual - k, &PLURAL_TOWNS))
            return false;
    return true;
}

/* Is the place at token i joined with بـ (on itself or on a district
 * word before it), or a country's side with none, right after another
 * place? A countryside so joined
 * ("وقرية عيشة بريفي حلب الشرقي") holds the words before it, whether or
 * not the gazetteer knows them. */
EX_WORDS(DISTRICTS, "قضاء", "محافظه", "مدينه", "ناحيه", "ريف", "منطقه", "بلده", "حي", "مديريه");
/* (the splitter leaves "بريفي" whole) */
EX_WORDS(IN_COUNTRYSIDES, "بريف", "بريفي", "بارياف");
static bool inside_town_before(const ex_view *v, size_t i) {
    const rasad_doc *doc = v->doc;
    size_t before = i;
    /* "في مدينة مروة شمالي الكاميرون": the country's side right after a
     * town, no preposition, says where the town lies */
    if (i > 0 && ex_word_in(doc, i, &SIDES)) {
        const rasad_entity *pe = ex_entity_at(v, i - 1);
        return pe && pe->kind == RASAD_ENT_PLACE && pe->tok_last == i - 1;
    }
    if (i > 0 && ex_stem_in(doc, i - 1, &IN_COUNTRYSIDES))
        return !ex_has_proclitic(doc, i - 1, "و");
    if (!ex_has_proclitic(doc, i, "ب")) {
        if (i == 0 || !ex_has_proclitic(doc, i - 1, "ب") || !ex_stem_in(doc, i - 1, &DISTRICTS))
            return false;
        before = i - 1;
    }
    if (before == 0 || ex_has_proclitic(doc, before, "و"))
        return false;
    const rasad_entity *pe = ex_entity_at(v, before - 1);
    return pe && pe->kind == RASAD_ENT_PLACE && pe->tok_last == before - 1;
}

bool ev_same_town(const rasad_entity *a, const rasad_entity *b) {
    if (a->place_index != UINT32_MAX || b->place_index != UINT32_MAX)
        return a->place_index == b->place_index;
    return a->norm && b->norm && strcmp(a->norm, b->norm) == 0;
}

size_t ev_split_by_town(const ex_view *v, const trig *t, ex_frame *f, ex_frame *extra, size_t room,
                        size_t limit) {
    const rasad_doc *doc = v->doc;
    if (!f->anchored || !f->ev.has_location || !f->ev.location.entity || room == 0)
        return 0;
    size_t sent_first, sent_end;
    ex_sentence_tokens(doc, doc->tokens[t->e->tok_first].sentence, &sent_first, &sent_end);
    const rasad_entity *towns[MAX_TOWNS];
    bool paired[MAX_TOWNS] = {false}; /* the second of a pair: no event of its own */
    size_t n = 0;
    /* the frame's place before the trigger may head a list told before
     * it: "في مدن منها A وB وC، واعتقلت 97 شخصا" */
    size_t start = t->e->tok_last + 1;
    const rasad_entity *own_place = f->ev.location.entity;
    if (own_place->tok_last < t->e->tok_first) {
        ex_clause c = ex_clause_around(doc, t->e->tok_first);
        size_t head = own_place->tok_first;
        /* walk back over the coordinated towns that end in the frame's place */
        for (size_t i = head; i-- > c.first;) {
            const rasad_entity *e = ex_entity_at(v, i);
            if (!e || e->kind != RASAD_ENT_PLACE) {
                if (doc->tokens[i].kind == RASAD_TOK_PUNCT && doc->tokens[i].norm[0] == ',')
                    continue;
                break;
            }
            if (e->tok_last == i && coordinated(v, head))
                head = e->tok_first;
            i = e->tok_first;
        }
        if (head < own_place->tok_first)
            start = head;
    }
    if (limit < sent_end)
        sent_end = limit;
    for (size_t i = start; i < sent_end && n < MAX_TOWNS; i++) {
        if (i >= t->e->tok_first && i <= t->e->tok_last)
            continue;
        /* "بحسب مصدر طبي في مستشفى قضاء بلدروز": the towns after an
         * attribution cue place the source, not a target */
        if (i > t->e->tok_last && ex_stem_in(doc, i, &SOURCE_CUES))
            break;
        /* a town after كما / فيما / بينما / في حين / في وقت is another
         * clause's, often another act told beside this one */
        if (i > t->e->tok_last && (ev_opens_clause(doc, i) || meanwhile(doc, i)))
            break;
        /* "...، كانوا في تجمع خيري ... في بلدة كوباني": a clause of كان
         * after a comma describes the victims or the place, not a target */
        if (i > t->e->tok_last && i + 1 < sent_end && doc->tokens[i].kind == RASAD_TOK_PUNCT &&
            doc->tokens[i].norm[0] == ',' && ex_stem_in(doc, i + 1, &WAS))
            break;
        /* "بعد يومين على هجوم مماثل في الموصل", "بعد أن سيطر التنظيم على
         * ...": the towns of an act named as the time are that act's */
        if (i > t->e->tok_last && i + 1 < sent_end && ex_stem_in(doc, i, &SINCE_WORDS)) {
            const rasad_entity *nx = ex_entity_at(v, i + 1);
            if (ex_word_in(doc, i + 1, &AN) || ex_stem_in(doc, i + 1, &SPANS) ||
                (nx && nx->kind == RASAD_ENT_TRIGGER))
                break;
        }
        /* "في مدينة سوسة ... على غرار الهجوم الذي استهدف متحف باردو في
         * العاصمة": the towns of the act it is likened to are that act's */
        if (i > t->e->tok_last && ex_stem_in(doc, i, &LIKENED))
            break;
        /* (a name listed after "بلدات" or "مدن" is a town, whatever the
         * gazetteer hears in it: الكفرة, a province's name too) */
        const rasad_entity *e = ex_entity_at(v, i);
        size_t listed_last;
        bool listed = ev_listed_town(v, i, &listed_last);
        if (!e && listed)
            e = ev_unknown_place_at(v, i);
        if (!e || e->tok_first != i || e->kind != RASAD_ENT_PLACE || (e->precision > 2 && !listed) || is_site(e) ||
            (e->tok_first == e->tok_last && ex_word_in(doc, i, &NOT_PLACES)) || dateline(v, e))
            continue;
        /* only towns coordinated with the first: "على A وB، وقرى C"; a
         * place word elsewhere in the sentence is not one of the targets */
        if (n > 0 && !coordinated(v, i) && !(town_word_before(doc, i) && placed_by_word(doc, i)) &&
            !(e->place_index == UINT32_MAX && waw_joined(doc, i)))
            continue;
        /* "شمال شرق بغداد", "القريبة من سوروتش", "شارعي الثورة وبغداد":
         * a place that situates another, or a street, is no target */
        if (situating(v, i) || distance_ref(doc, i) || patron(doc, i) || across_or_ruling(v, i) ||
            speaking_capital(doc, i) || journey_end(doc, i))
            continue;
        /* "، شمالي بغداد": a place named by its side of a town situates
         * the one before it */
        if (ex_stem_in(doc, i, &SIDES))
            continue;
        /* "منطقة دوار حزيمة شمال المدينة": a place situated in "the
         * city" told before is a part of that town */
        if (n > 0 && e->tok_last + 2 < sent_end && ex_stem_in(doc, e->tok_last + 1, &SIDES) &&
            ex_word_in(doc, e->tok_last + 2, &THE_SETTLEMENT))
            continue;
        /* "في قضاء المقدادية وناحية كنعان في بعقوبة": a place after a
         * bare في right after a listed town is the one they lie in */
        if (n > 0 && i >= 2 && ex_word_in(doc, i - 1, &PREP_IN) && !ex_has_proclitic(doc, i - 1, "و")) {
            const rasad_entity *pe = ex_entity_at(v, i - 2);
            if (pe && pe->kind == RASAD_ENT_PLACE && pe->tok_last == i - 2)
                continue;
        }
        /* "قرية القرقور الواقعة في منطقة سهل الغاب": the place a town is
         * said to lie in */
        if (n > 0 && located_in(doc, i))
            continue;
        /* "في ريفي إدلب وحماه", "بلدتي كفريا والفوعة": a pair named
         * with a dual noun stays one event (GUIDELINES.md); plural towns
         * placed in the pair are towns in both ("بلدات موالية بريفي
         * إدلب وحلب") */
        if (n > 0 && paired_with(v, towns[n - 1], i)) {
            paired[n] = true;
            towns[n++] = e;
            continue;
        }
        /* the same with بـ on the place or on its district word: "في
         * منطقة الحماميات بقضاء التاجي", "قرية X بريف حلب" */
        if (n > 0 && inside_town_before(v, i))
            continue;
        bool dup = false;
        for (size_t k = 0; k < n; k++)
            dup |= ev_same_town(towns[k], e);
        if (!dup) {
            paired[n] = false;
            towns[n++] = e;
        }
    }
    if (n < 2)
        return 0;
    /* the frame's own place must be one of the towns, else the towns are
     * the parts of something larger the frame already names */
    bool own = false;
    for (size_t k = 0; k < n; k++)
        own |= !paired[k] && towns[k]->tok_first == f->ev.location.entity->tok_first;
    /* "غارة ضد مواقع داعش في العراق، ... قرب ثماني مدن، منها الموصل
     * والفلوجة": a country placed first is refined by the towns listed
     * after it, one event each (a province or a countryside is not: the
     * towns told after it are often other incidents') */
    const rasad_entity *coarse = f->ev.location.entity;
    if (!own && towns[0]->tok_first > coarse->tok_last && coarse->tok_first >= sent_first &&
        coarse->feature && strncmp(coarse->feature, "PCL", 3) == 0) {
        /* only a list joined to the first town (وB، في B، بB، مدينة B)
         * refines it;
         * a town named further on belongs to another clause */
        size_t m = 1;
        while (m < n && (coordinated(v, towns[m]->tok_first) || waw_joined(doc, towns[m]->tok_first) ||
                         (towns[m]->tok_first > 0 && ex_stem_in(doc, towns[m]->tok_first - 1, &SETTLEMENTS))))
            m++;
        if (m < 2)
            return 0;
        n = m;
        f->ev.location.entity = towns[0];
        f->ev.location.start = towns[0]->start;
        f->ev.location.end = towns[0]->end;
        own = true;
    }
    /* "بلدات حيان وبيانون وماير في ريف حلب": towns listed after a
     * plural town word refine the province or countryside named after
     * them */
    size_t listed_last;
    if (!own && coarse->precision >= 2 && towns[n - 1]->tok_last < coarse->tok_first &&
        ev_listed_town(v, towns[0]->tok_first, &listed_last)) {
        f->ev.location.entity = towns[0];
        f->ev.location.start = towns[0]->start;
        f->ev.location.end = towns[0]->end;
        own = true;
    }
    if (!own)
        return 0;
    size_t added = 0;
    for (size_t k = 0; k < n && added < room; k++) {
        if (towns[k]->tok_first == f->ev.location.entity->tok_first || paired[k])
            continue;
        extra[added] = *f;
        extra[added].ev.location.entity = towns[k];
        extra[added].ev.location.start = towns[k]->start;
        extra[added].ev.location.end = towns[k]->end;
        added++;
    }
    return added;
}
