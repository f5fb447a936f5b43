/* SPDX-License-Identifier: MIT
 *
 * merge.c - stage 4: one event per incident per article. A later frame
 * merges into an earlier one when it is the same incident told again:
 *   - it is a definite generic mention with nothing of its own ("الهجوم",
 *     "العملية") and the earlier frame is violent; or
 *   - the kinds agree (equal, or one of them generic) and the two share a
 *     place, or one has no place and they share the acting actor;
 *   - the earlier frame is a lede placed only by a country (or its north)
 *     and the later one the act of its kind at a town there, told with no
 *     date of its own (tells_lede);
 * and nothing contradicts: different places (more than 25 km apart and
 * not the same province), different actor ids, dates that do not overlap
 * (a statement's day gives way to the day of the act it told: told_day).
 * The earlier frame takes in what the later one adds (place, actors,
 * target, date, counts, attribution) and lists its sentence.
 * Frames that neither merge nor have a place, a time or a count of their
 * own are generic statements ("هجمات داعش مستمرة") and are dropped,
 * except an act told as happened in a sentence that goes on telling a
 * placed incident of the sentence before (same doer after و، or ترافقت
 * مع ...): it takes that incident's place (inherit_place).
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "extract/extract.h"
#include "extract/events.h"
#include "knowledge/lexicon.h"
#include "mentions/date_calendar.h"

#define MERGE_KM 25.0
#define SAME_TOWN_KM 2.0 /* a square or a site inside the town named beside it */
#define ANAPHOR_REACH 2    /* sentences after an incident where "الهجوم" still names it */
#define STATED_BACK_DAYS 31 /* days before a statement where the act it tells may lie */
#define TOLL_AGAIN_REACH 4 /* sentences after an incident where its toll may be told again */

static bool generic(uint8_t k) { return k == LEX_EK_ATTACK || k == LEX_EK_EXPLOSION || k == LEX_EK_OTHER; }

static bool violent(uint8_t k) {
    return k >= LEX_EK_ATTACK && k <= LEX_EK_EXECUTION && k != LEX_EK_ARREST;
}

static double km_between(double la1, double lo1, double la2, double lo2) {
    const double r = 6371.0, d2r = 3.14159265358979323846 / 180.0;
    double dla = (la2 - la1) * d2r, dlo = (lo2 - lo1) * d2r;
    double h = sin(dla / 2) * sin(dla / 2) + cos(la1 * d2r) * cos(la2 * d2r) * sin(dlo / 2) * sin(dlo / 2);
    return 2 * r * asin(sqrt(h < 1 ? h : 1));
}

/* Is the place a named region (feature RGN: a plain, a mountain range,
 * a countryside), not an administrative division? */
static bool region(const rasad_entity *e) { return e->feature && strcmp(e->feature, "RGN") == 0; }

/* Is the place named as a quarter ("في حي سلطان غازي", "بحي الراشدين")? */
EX_WORDS(QUARTER, "حي", "الحي", "احياء");
static bool quarter(const rasad_doc *doc, const rasad_event *e) {
    size_t tok = e->location.entity->tok_first;
    return tok > 0 && ex_stem_in(doc, tok - 1, &QUARTER);
}

/* Is the place a city (a capital, a seat of a province)? */
static bool city(const rasad_entity *p) {
    return p->feature && (strcmp(p->feature, "PPLC") == 0 || strncmp(p->feature, "PPLA", 4) == 0);
}

/* Is the event placed only by a country? */
static bool country_only(const rasad_event *e) {
    return e->has_location && e->location.entity && e->location.entity->feature &&
           strncmp(e->location.entity->feature, "PCL", 3) == 0;
}

/* Is the event placed only by a country or a quarter of the compass of
 * one ("شمال العراق", a region of the gazetteer): a lede's place, that a
 * town of the country told later refines? */
EX_WORDS(COMPASS, "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي");
static bool coarse_place(const rasad_doc *doc, const rasad_event *e) {
    if (country_only(e))
        return true;
    const rasad_entity *p = e->has_location ? e->location.entity : NULL;
    return p && region(p) && p->country && *p->country && ex_stem_in(doc, p->tok_first, &COMPASS);
}

/* same_place: 1 same place, 0 unknown (one side has none), -1
 * different places, UNRESOLVED_PLACE one side a name the gazetteer could
 * not place and the other a place it knows: nothing says they are apart,
 * nothing that they are one, so only a strong sign of one incident
 * merges them (unplaced_same) */
#define UNRESOLVED_PLACE (-2)
static int same_place(const rasad_doc *doc, const rasad_event *a, const rasad_event *b) {
    if (!a->has_location || !b->has_location)
        return 0;
    const rasad_entity *p = a->location.entity, *q = b->location.entity;
    if (!p || !q)
        return 0;
    if (p->geonameid && p->geonameid == q->geonameid)
        return 1;
    if (p->place_index != UINT32_MAX && p->place_index == q->place_index)
        return 1;
    /* one name twice, heard as a town once (place_sound.c) and left
     * unresolved where the sentence named no country: one place */
    if ((isnan(p->lat) || isnan(q->lat)) && p->norm && q->norm && strcmp(p->norm, q->norm) == 0)
        return 1;
    /* a country (or its north, its south) named for one mention and a
     * town in it for another say nothing against each other */
    if ((coarse_place(doc, a) || coarse_place(doc, b)) && p->country && q->country && strcmp(p->country, q->country) == 0)
        return 0;
    if (isnan(p->lat) != isnan(q->lat))
        return UNRESOLVED_PLACE;
    double km = km_between(p->lat, p->lon, q->lat, q->lon);
    /* two towns named each by its name are two places however near
     * (ACLED codes one event per town); a district or a region beside a
     * town may be the same place told coarser, and so may a quarter the
     * gazetteer lists as a town, named as a quarter (حي), within reach of
     * the city named for the other mention ("قتلت في اسطنبول رجلا" and
     * "قتل ... في حي سلطان غازي" are one killing) */
    if (p->precision == 1 && q->precision == 1 && km > SAME_TOWN_KM &&
        !(km <= MERGE_KM && ((city(p) && quarter(doc, b)) || (city(q) && quarter(doc, a)))))
        return -1;
    if (km <= MERGE_KM)
        return 1;
    /* a province named for one mention may be the town's told coarser;
     * a named region (القلمون، الغوطة) is an area of its own, and a town
     * further than MERGE_KM from it lies outside it, whatever province
     * holds both ("جرود القلمون" beside "الزبداني") */
    if (((p->precision == 3 && !region(p)) || (q->precision == 3 && !region(q))) && p->admin1 && q->admin1 &&
        p->admin1[0] && strcmp(p->admin1, q->admin1) == 0 && strcmp(p->country, q->country) == 0)
        return 1;
    return -1;
}

/* Is f a definite mention of into's specific kind, or the definite
 * generic word (الهجوم) a sentence or two after it, while into is placed
 * only by a country? */
static bool refines_country(const rasad_doc *doc, const ex_frame *into, const ex_frame *f) {
    if (!f->anaphor || generic(into->kind) || !coarse_place(doc, &into->ev))
        return false;
    if (into->kind == f->kind)
        return true;
    /* "الهجوم" in the next sentences, at a place in that country or one
     * the gazetteer does not know ("وقال مكتب الحاكم إن الهجوم نفذ ...
     * في منطقة دوجو بايزيد") */
    if (!generic(f->kind) || !violent(into->kind) || !f->ev.has_location ||
        f->mentions[0] > into->mentions[into->nmentions - 1] + ANAPHOR_REACH)
        return false;
    const char *c = f->ev.location.entity ? f->ev.location.entity->country : NULL;
    const char *home = into->ev.location.entity->country;
    return !c || !*c || (home && strcmp(c, home) == 0);
}

/* Does place p refine the coarse place of e: a town or a spot by one, or
 * a province of a country (a country's north may not hold the whole
 * province)? A named region does not: "سبعة أهداف ... بشمال العراق"
 * then "جبل قنديل" are strikes at seven places, one of them named. */
static bool refines(const rasad_event *e, const rasad_entity *p) {
    if (region(p))
        return false;
    if (p->precision < 3)
        return true;
    return country_only(e) && p->feature && strncmp(p->feature, "ADM", 3) == 0;
}

/* "مقتل 21 شخصا بإطلاق نار في شمال أفغانستان" then "دخل مسلحون ...
 * وفتحوا النار ... في ولاية بغلان": after a lede placed only by a
 * country, an act of its kind at a town of that country a few sentences
 * on, told with no date of its own and not as another act (كما), is the
 * lede's incident told in full. */
#define LEDE_REACH 6 /* sentences after the lede */
/* "قتل نحو 30 ... في جبهات القتال في اليمن ... ففي مدينة تعز، قتل 13":
 * a sentence opened by ففي tells one part of a sum, an incident of its own */
EX_WORDS(SO_IN, "ففي");
EX_WORDS(MANY_PLACES, "جبهات", "مناطق", "محافظات", "مدن", "انحاء", "ولايات", "اقاليم", "مواقع", "بلدات", "قري");
/* Does a place of tokens [first, end) lie in a country other than cc? */
static bool names_other_country(const ex_view *v, size_t first, size_t end, const char *cc) {
    for (size_t i = first; i < end; i++) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (e && e->kind == RASAD_ENT_PLACE && e->country && *e->country && strcmp(e->country, cc) != 0)
            return true;
    }
    return false;
}

/* a blast told first and the bomb that made it told later: "قتلوا في
 * انفجار بشمال أفغانستان" then "فجر انتحاري المتفجرات ... في سوق" (two
 * blasts told first, "الانفجارين", are told one by one after) */
static bool blast_of_bomb(const ex_frame *blast, const ex_frame *bomb) {
    return blast->kind == LEX_EK_EXPLOSION && !blast->several && ev_bombing_rank(bomb->kind) > 0;
}

static bool tells_lede(const ex_view *v, const ex_frame *into, const ex_frame *f) {
    const rasad_doc *doc = v->doc;
    if ((into->kind != f->kind && !blast_of_bomb(into, f)) || f->kind == LEX_EK_OTHER || !violent(f->kind) ||
        f->date_in_text || f->also || !coarse_place(doc, &into->ev) || !f->ev.has_location || !f->ev.location.entity ||
        !refines(&into->ev, f->ev.location.entity) || f->mentions[0] <= into->mentions[0] ||
        f->mentions[0] > into->mentions[into->nmentions - 1] + LEDE_REACH || f->mentions[0] >= doc->nsentences)
        return false;
    size_t first, end;
    ex_sentence_tokens(doc, f->mentions[0], &first, &end);
    if (first < end && ex_word_in(doc, first, &SO_IN))
        return false;
    /* a lede over many places ("في جبهات القتال في اليمن") sums the
     * incidents told after it, each at its own place */
    ex_sentence_tokens(doc, into->mentions[0], &first, &end);
    for (size_t i = first; i < end; i++)
        if (ex_stem_in(doc, i, &MANY_PLACES))
            return false;
    const char *c = f->ev.location.entity->country, *home = into->ev.location.entity->country;
    if (!home || !*home)
        return false;
    /* a town the gazetteer does not know ("في سوق في المار") is in the
     * lede's country when its sentence names no other */
    if (c && !*c) {
        ex_sentence_tokens(doc, f->mentions[0], &first, &end);
        return !names_other_country(v, first, end, home);
    }
    return c && strcmp(c, home) == 0;
}

/* Does sentence s name the raids or the campaign told before ("خلال
 * المداهمات", "في الحملة")? */
EX_WORDS(THE_RAIDS, "المداهمات", "المداهمه", "الحمله", "الحملات", "بالمداهمات", "بالحمله");
static bool names_the_raids(const rasad_doc *doc, uint32_t s) {
    size_t first, end;
    ex_sentence_tokens(doc, s, &first, &end);
    for (size_t i = first; i < end; i++)
        if (ex_word_in(doc, i, &THE_RAIDS))
            return true;
    return false;
}

static int same_actor(const rasad_actor_ref *a, const rasad_actor_ref *b) {
    if (!a->present || !b->present || !a->id || !b->id)
        return 0;
    return strcmp(a->id, b->id) == 0 ? 1 : -1;
}

/* Is b's date the day of the act that a's statement told: a day of
 * the weeks before it, of the same kind of act? */
static bool told_day(const ex_frame *a, const ex_frame *b) {
    if (!a->date_said || b->date_said || b->ev.date.precision != RASAD_PREC_DAY || a->kind != b->kind ||
        !a->ev.date.resolved || !b->ev.date.resolved)
        return false;
    int64_t said = cal_days_ymd(a->ev.date.last), own = cal_days_ymd(b->ev.date.first);
    return own <= said && own >= said - STATED_BACK_DAYS;
}

static bool dates_clash(const ex_frame *a, const ex_frame *b) {
    if (!a->date_in_text || !b->date_in_text || !a->ev.date.resolved || !b->ev.date.resolved)
        return false;
    /* "قال الجيش أمس إن غارة ..." then "ضربة وقعت في 11 يوليو": the day
     * of the statement that told the act first is no clash with the
     * act's own day told after it (the same kind of act only: one place
     * holds many acts) */
    if (told_day(a, b))
        return false;
    return cal_days_ymd(a->ev.date.last) < cal_days_ymd(b->ev.date.first) ||
           cal_days_ymd(b->ev.date.last) < cal_days_ymd(a->ev.date.first);
}

/* Do both frames count the same kind of victims (the dead, the wounded)?
 * A toll told again counts what the first telling counted. */
static bool counts_alike(const ex_frame *a, const ex_frame *b) {
    for (size_t i = 0; i < a->nqty; i++)
        for (size_t k = 0; k < b->nqty; k++)
            if (a->qty[i].role == b->qty[k].role &&
                (a->qty[i].role == RASAD_ROLE_FATALITIES || a->qty[i].role == RASAD_ROLE_INJURED))
                return true;
    return false;
}

/* Are both frames dated by the text to one and the same day? */
static bool one_day(const ex_frame *a, const ex_frame *b) {
    return a->date_in_text && b->date_in_text && a->ev.date.resolved && b->ev.date.resolved &&
           a->ev.date.precision == RASAD_PREC_DAY && b->ev.date.precision == RASAD_PREC_DAY &&
           cal_days_ymd(a->ev.date.first) == cal_days_ymd(b->ev.date.first);
}

/* Is k a kind of act one day sees at many places: a war's fronts
 * (clashes, shelling, strikes) or a country's squares (protests)? */
static bool many_places_a_day(uint8_t k) {
    return k == LEX_EK_ARMED_CLASH || k == LEX_EK_SHELLING || k == LEX_EK_AIRSTRIKE || k == LEX_EK_DRONE_STRIKE ||
           k == LEX_EK_PROTEST || k == LEX_EK_RIOT;
}

/* "عملية انتحارية استهدفت مركزا للدرك ... الاحد" then "انتحاريا اقتحم
 * بشاحنة مفخخة ... صباح اليوم": the same specific kind of act told again
 * in a later sentence on the same day, not as another one (كما، فيما),
 * is the incident told in full (place: same_place's answer) */
#define TOLD_AGAIN_NEAR 2 /* sentences after an act where it may be told again unplaced */
static bool told_twice(const ex_frame *into, const ex_frame *f, int place) {
    if (into->kind != f->kind || generic(f->kind) || !one_day(into, f) || f->also ||
        into->mentions[0] == f->mentions[0])
        return false;
    /* a war's fronts see clashes, shelling and strikes each day at many
     * places ("وفي مأرب ..."، "على صعيد محافظة أبين ..."), and a country's
     * cities protests: one of them is the same only at the same place,
     * or told right after it with no place of its own */
    return place > 0 || !many_places_a_day(f->kind) ||
           (place == 0 && f->mentions[0] <= into->mentions[into->nmentions - 1] + TOLD_AGAIN_NEAR);
}

/* Is f's toll into's told again: the same dead counted, one ACLED type?
 * A killing word's type is a guess, so the act that it tells the toll of
 * ("مقتل 6 من عناصر الشرطة في أفغانستان" then "قتل ستة ... في انفجار
 * قنبلة") may be of another type when the killing word leads: placed no
 * finer than a country, or told in the sentence right before the act (a
 * same toll further on in a list of acts is another act's) */
static bool same_toll(const rasad_doc *doc, const ex_frame *into, const ex_frame *f) {
    bool types = (into->ev.type && f->ev.type && strcmp(into->ev.type, f->ev.type) == 0) ||
                 (into->killing_word && !f->killing_word &&
                  (coarse_place(doc, &into->ev) || f->mentions[0] <= into->mentions[into->nmentions - 1] + 1));
    return violent(into->kind) && violent(f->kind) && types && ev_same_toll(into, f);
}

/* Does sentence s name a place the gazetteer knows in another province
 * or country than p ("وفي محافظة صنعاء، قتل 14 حوثيا ... في قرية
 * الجنادبة": the village is Sanaa's, whatever its own name says)? */
static bool names_place_apart(const ex_view *v, uint32_t s, const rasad_entity *p) {
    size_t first, end;
    ex_sentence_tokens(v->doc, s, &first, &end);
    for (size_t i = first; i < end; i++) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (!e || e->kind != RASAD_ENT_PLACE || isnan(e->lat) || !e->country || !p->country)
            continue;
        if (strcmp(e->country, p->country) != 0 ||
            (e->admin1 && p->admin1 && *e->admin1 && *p->admin1 && strcmp(e->admin1, p->admin1) != 0))
            return true;
    }
    return false;
}

/* One frame placed at a name the gazetteer cannot put on the map, the
 * other at a place it knows: the same incident only when something ties
 * them ("المواجهات التي جرت في منطقة الضباب جنوب غربي المدينة" after the
 * clashes in Taiz: a definite mention of the incident's kind, its
 * toll or its day told again) and nothing places them apart (a place
 * in another province or country) */
static bool unplaced_same(const ex_view *v, const ex_frame *into, const ex_frame *f) {
    const ex_frame *known = isnan(into->ev.location.entity->lat) ? f : into;
    const ex_frame *unknown = known == into ? f : into;
    if (!(into->kind == f->kind || generic(f->kind)) ||
        names_place_apart(v, unknown->mentions[0], known->ev.location.entity))
        return false;
    /* (protests fill many squares at once: "الاحتجاجات" may be
     * another city's) */
    bool protest = f->kind == LEX_EK_PROTEST || f->kind == LEX_EK_RIOT;
    /* (a definite mention with a doer of its own names the incident of
     * that doer: "وأحرزت المقاومة تقدما في المواجهات التي جرت في ...") */
    bool anaphor = (f->anaphor || (f->definite && same_actor(&into->ev.actor1, &f->ev.actor1) > 0)) &&
                   into->kind == f->kind && !protest &&
                   f->mentions[0] <= into->mentions[into->nmentions - 1] + TOLL_AGAIN_REACH;
    return anaphor || same_toll(v->doc, into, f) || told_twice(into, f, UNRESOLVED_PLACE);
}

/* Does f, a toll with no place, day or doer of its own in the sentence
 * right after an incident told with its place and day, count more of
 * that incident's victims ("استهدف هجوم انتحاري مركز شرطة ... أمس" then
 * "واصيب عشرة اشخاص بجروح")? */
static bool more_victims(const rasad_doc *doc, const ex_frame *into, const ex_frame *f) {
    /* told as another act only by a sentence that opens with كما or
     * فيما; within it ("من بين الخسائر مدنيون، كما أصيب 38 شخصا") it
     * goes on counting */
    size_t first, end;
    ex_sentence_tokens(doc, f->mentions[0], &first, &end);
    bool another = f->also && first < end && ev_opens_clause(doc, first);
    return f->mentions[0] == into->mentions[into->nmentions - 1] + 1 && !another && !f->date_in_text &&
           !f->ev.actor1.present &&
           into->ev.has_location && into->date_in_text && into->ev.date.precision == RASAD_PREC_DAY;
}

static bool mergeable(const ex_view *v, const ex_frame *into, const ex_frame *f) {
    const rasad_doc *doc = v->doc;
    /* an act placed by the incident it goes on telling ("وترافقت مع قصف")
     * is another act beside it, the same incident only if of its kind */
    if (((f->orphan && f->anchored) || (into->orphan && into->anchored)) && into->kind != f->kind)
        return false;
    /* "هاجم انتحاري الأكاديمية بعد ساعات من تفجير شاحنة": the act an
     * interval is counted from is another incident than the one it dates */
    if (into->mentions[0] == f->mentions[0] && into->interval_point != f->interval_point)
        return false;
    /* "واكد مصدر في وزارة الدفاع مقتل خمسة عسكريين": a toll told again
     * with no act word and no place of its own, a few sentences after an
     * incident, is that incident's, whatever day the report gives */
    if (f->toll_only && into->mentions[0] != f->mentions[0] &&
        f->mentions[0] <= into->mentions[into->nmentions - 1] + TOLL_AGAIN_REACH && violent(into->kind) &&
        same_actor(&into->ev.actor1, &f->ev.actor1) >= 0 && (counts_alike(into, f) || more_victims(doc, into, f)))
        return true;
    /* "مشاركة 500 مقاتل من العشائر في المعارك نفسها": the act told as
     * the same one again is the last told of its kind, wherever its
     * clause's other words place or date it */
    if (f->said_same && into->mentions[0] != f->mentions[0] &&
        (into->kind == f->kind || (generic(f->kind) && violent(into->kind))))
        return true;
    /* "وتبنت جبهة النصرة خطف العناصر": a group adopting an act of the
     * kind told before claims that act, wherever its sentence's other
     * words point */
    if (f->adopted && into->kind == f->kind && same_actor(&into->ev.actor1, &f->ev.actor1) >= 0 &&
        !dates_clash(into, f))
        return true;
    int place = same_place(doc, &into->ev, &f->ev);
    /* the town the gazetteer cannot map, told before for the incident
     * placed coarser ("في شمال الكاميرون" then "في مدينة فوتوكول"), names
     * it again, for a mention of its own kind (a word as generic as
     * "هجمات" at the same town may tell the town's past) */
    const rasad_entity *fq = f->ev.has_location ? f->ev.location.entity : NULL;
    if (place != 1 && into->unmapped_place && fq && fq->norm && into->unmapped_place->norm &&
        ((into->kind == f->kind && !generic(f->kind)) || f->anaphor) &&
        strcmp(fq->norm, into->unmapped_place->norm) == 0)
        place = 1;
    /* the country a town refined still names the incident ("عن اندلاع
     * قتال في مناطق كثيرة من بوروندي" after the clashes placed at a town) */
    const rasad_entity *fp = f->ev.has_location ? f->ev.location.entity : NULL;
    if (place == 0 && into->lede_place && fp && fp->place_index != UINT32_MAX &&
        fp->place_index == into->lede_place->place_index)
        place = 1;
    /* towns named apart in one sentence are one event each, however
     * close ("قصف A وB"), or unknown to the gazetteer ("بلدات حيان
     * وبيانون"): ACLED codes one event per town */
    if (into->mentions[0] == f->mentions[0] && into->ev.has_location && f->ev.has_location &&
        into->ev.location.entity && f->ev.location.entity &&
        !ev_same_town(into->ev.location.entity, f->ev.location.entity) &&
        !(km_between(into->ev.location.entity->lat, into->ev.location.entity->lon, f->ev.location.entity->lat,
                     f->ev.location.entity->lon) <= SAME_TOWN_KM))
        return false;
    /* "كما قصفت قوات النظام ... قرية عبطين", "كما انفجرت سيارة مفخخة ...
     * بجنوب بغداد": an act told as another one (كما، فيما، بينما، في حين)
     * at a town or a district of its own is not an incident of an earlier
     * sentence told again */
    if (f->also && !f->anaphor && into->mentions[0] != f->mentions[0] && f->ev.has_location &&
        f->ev.location.entity && f->ev.location.entity->precision <= 2 &&
        !(into->ev.has_location && into->ev.location.entity &&
          into->ev.location.entity->place_index == f->ev.location.entity->place_index))
        return false;
    /* "تواصلت الاشتباكات ... في حي جمعية الزهراء، في حين اندلعت اشتباكات
     * ... بحي الراشدين في مدينة حلب": an act told after a connective in
     * the same sentence that names its own place (another mention, even
     * of the same town: the quarters the gazetteer does not know) is
     * another incident of violence; two words for one act share one place mention
     * ("قصف صاروخي وغارات على X"), and a province named again ("في
     * مواجهات ... بمحافظة مأرب") tells the same fighting from the other
     * side */
    if (into->mentions[0] == f->mentions[0] && f->also && !f->anaphor && violent(into->kind) && violent(f->kind) &&
        into->ev.has_location &&
        f->ev.has_location && into->ev.location.start != f->ev.location.start && f->ev.location.entity &&
        f->ev.location.entity->precision == 1)
        return false;
    int actor = same_actor(&into->ev.actor1, &f->ev.actor1);
    /* a clash told from either side ("مقتل 17 حوثيا خلال المواجهات" by
     * the resistance, then "مواجهات بين الحوثيين والقوات الموالية"): its
     * two sides in either order */
    if (actor < 0 && into->kind == LEX_EK_ARMED_CLASH && f->kind == LEX_EK_ARMED_CLASH &&
        (same_actor(&into->ev.actor1, &f->ev.actor2) > 0 || same_actor(&into->ev.actor2, &f->ev.actor1) > 0))
        actor = 1;
    /* "هجوم انتحاري نسبته الحكومة إلى التنظيم" placed only by a country,
     * then "الهجوم الانتحاري الذي أوقع 32 قتيلا في سوروتش": a definite
     * mention of the same specific kind names the incident told before,
     * and its town refines the country (the country and the date may
     * belong to the clause beside it: "شن سلاح الجو الجمعة غارات في سوريا
     * وذلك بعد أربعة أيام على هجوم انتحاري") */
    if ((refines_country(doc, into, f) || tells_lede(v, into, f)) && actor >= 0)
        return true;
    /* "297 شخصا اعتقلوا خلال المداهمات" then "251 شخصا اعتقلوا حتى الآن
     * خلال المداهمات": arrests told with no place and no date of their
     * own, after arrests told before, are that campaign's tally again */
    if (into->kind == LEX_EK_ARREST && f->kind == LEX_EK_ARREST && !f->ev.has_location && !f->date_in_text &&
        !f->also && actor >= 0 && names_the_raids(doc, f->mentions[0]))
        return true;
    if (actor < 0 || dates_clash(into, f))
        return false;
    if (place == UNRESOLVED_PLACE && unplaced_same(v, into, f))
        return true;
    if (place < 0)
        return false;
    if (told_twice(into, f, place))
        return true;
    if (f->anaphor && !f->ev.has_location && violent(into->kind) && (violent(f->kind) || generic(f->kind)))
        return true;
    /* "وفي التفاصيل أن جندياً أطلق النار": the act of a sentence that
     * tells the one before it in full is that sentence's incident */
    if (f->mentions[0] == into->mentions[into->nmentions - 1] + 1 && ev_told_in_detail(doc, f->mentions[0]) &&
        violent(into->kind) && (violent(f->kind) || generic(f->kind)))
        return true;
    /* two specific kinds of one sentence placed only by their country
     * are two acts ("قتل 23 شخصاً في هجومين ... بسقوط مروحية ... وستة
     * آخرون في هجوم انتحاري"), whatever toll they share */
    if (into->mentions[0] == f->mentions[0] && into->kind != f->kind && !generic(into->kind) &&
        !generic(f->kind) && country_only(&into->ev) && country_only(&f->ev))
        return false;
    /* two triggers of one ACLED type in one sentence at one place are one
     * incident told with two words ("قصف صاروخي وغارات على X") */
    if (into->mentions[0] == f->mentions[0] && place >= 0 && into->ev.type && f->ev.type &&
        strcmp(into->ev.type, f->ev.type) == 0)
        return true;
    /* a protest and a riot told in one sentence at one place are one
     * crowd's day turned violent ("اشتبك قوميون يحتجون ... في مسيرات في
     * ملبورن"): a riot (absorb keeps the riot's kind) */
    if (into->mentions[0] == f->mentions[0] && place >= 0 &&
        ((into->kind == LEX_EK_RIOT && f->kind == LEX_EK_PROTEST) ||
         (into->kind == LEX_EK_PROTEST && f->kind == LEX_EK_RIOT)))
        return true;
    /* prisoners who fled a prison under attack are the attack's outcome
     * ("كسروا القيد" after "الهجوم على سجن"), told without a place */
    if (f->kind == LEX_EK_PRISON_BREAK && violent(into->kind) && !f->ev.has_location)
        return true;
    /* the same toll of dead told twice, one ACLED type: one incident */
    if (same_toll(doc, into, f))
        return true;
    /* "فجر ارهابي نفسه مما أدى لاستشهاد 15 شخصا" a few sentences after
     * the suicide bombing told at its mosque: a bombing of the same kind
     * told again with no place, day or doer of its own is that one */
    if (into->kind == f->kind && ev_bombing_rank(f->kind) > 0 && !f->ev.has_location && !f->date_in_text &&
        !f->ev.actor1.present && !f->also && !f->another && !f->several &&
        f->mentions[0] <= into->mentions[into->nmentions - 1] + LEDE_REACH)
        return true;
    bool kinds = into->kind == f->kind || (generic(f->kind) && violent(into->kind)) ||
                 (generic(into->kind) && violent(f->kind));
    if (!kinds)
        return false;
    /* "في انفجار استهدف مركزا ثقافيا": a generic word and the act it
     * names, in one sentence with no place against it, are one incident */
    if (into->mentions[0] == f->mentions[0] && place >= 0 && (generic(into->kind) || generic(f->kind)))
        return true;
    return place > 0 || (place == 0 && actor > 0) || (f->anaphor && place >= 0);
}

/* into takes f's kind of act and its ACLED coding */
static void take_kind(ex_frame *into, const ex_frame *f) {
    into->kind = f->kind;
    into->ev.kind = f->ev.kind;
    into->ev.type = f->ev.type;
    into->ev.sub_type = f->ev.sub_type;
    into->ev.cameo = f->ev.cameo;
}

static void absorb(const rasad_doc *doc, ex_frame *into, const ex_frame *f) {
    rasad_event *a = &into->ev;
    const rasad_event *b = &f->ev;
    if (!a->actor1.present && b->actor1.present)
        a->actor1 = b->actor1;
    if (!a->actor2.present && b->actor2.present && same_actor(&a->actor1, &b->actor2) <= 0)
        a->actor2 = b->actor2;
    if (!a->has_target && b->has_target) {
        a->has_target = true;
        a->target_start = b->target_start;
        a->target_end = b->target_end;
    }
    /* a town or a province told later refines a country told first (a
     * province has a country's precision, 3, but is no less a part of it;
     * left coarse, the country would take in every town after it); a
     * place the gazetteer does not know leaves the country standing, and
     * a country's north is refined as refines() tells */
    const rasad_entity *bp = b->has_location ? b->location.entity : NULL;
    bool coarse = coarse_place(doc, a) && bp && bp->country && *bp->country &&
                  (country_only(a) ? bp->precision < a->location.entity->precision || !bp->feature ||
                                         strncmp(bp->feature, "PCL", 3) != 0
                                   : refines(a, bp));
    if (coarse && !into->lede_place)
        into->lede_place = a->location.entity;
    if (coarse_place(doc, a) && bp && isnan(bp->lat) && !into->unmapped_place)
        into->unmapped_place = bp;
    if ((!a->has_location && b->has_location) || coarse) {
        a->has_location = true;
        a->location = b->location;
    }
    if ((!into->date_in_text || told_day(into, f)) && f->date_in_text) {
        a->date = b->date;
        a->has_date = b->has_date;
        into->date_in_text = true;
        into->date_said = f->date_said;
    }
    if (!a->attribution.present && b->attribution.present)
        a->attribution = b->attribution;
    a->modality.reported |= b->modality.reported;
    /* a protest merged with a riot turned violent */
    if (into->kind == LEX_EK_PROTEST && f->kind == LEX_EK_RIOT)
        take_kind(into, f);
    /* a bombardment merged with an air strike of the same report was
     * flown: "قصفت ... بتسع ضربات جوية" */
    if (into->kind == LEX_EK_SHELLING && (f->kind == LEX_EK_AIRSTRIKE || f->kind == LEX_EK_DRONE_STRIKE))
        take_kind(into, f);
    /* a specific kind told later replaces a generic one, and an attack
     * told as a blast ("الهجوم" then "التفجير") was a bombing */
    /* (only from a mention that tells an incident: "بدعوى زرعهم عبوة" names
     * a pretext, not what was done) */
    /* (so does the act word after a killing word, whose kind was a guess:
     * "مقتل 6 من عناصر الشرطة" then "في انفجار قنبلة"; that guess makes
     * no blast a clash) */
    bool act_after_killing = into->killing_word && !f->killing_word;
    bool specific = !generic(f->kind) && violent(f->kind) && f->kind != LEX_EK_PRISON_BREAK;
    bool refines =
        (specific && (act_after_killing || (generic(into->kind) && !(into->kind == LEX_EK_EXPLOSION && f->killing_word)))) ||
        ((into->kind == LEX_EK_ATTACK || act_after_killing) && f->kind == LEX_EK_EXPLOSION);
    if (refines && f->anchored)
        take_kind(into, f);
    /* (an act word told it: its kind is no longer a guess) */
    into->killing_word &= f->killing_word;
    for (size_t k = 0; k < f->nqty && into->nqty < 8; k++) {
        bool dup = false;
        for (size_t m = 0; m < into->nqty; m++)
            dup |= into->qty[m].role == f->qty[k].role && into->qty[m].min == f->qty[k].min &&
                   into->qty[m].max == f->qty[k].max;
        if (!dup)
            into->qty[into->nqty++] = f->qty[k];
    }
    for (size_t k = 0; k < f->nmentions && into->nmentions < 16; k++) {
        bool dup = false;
        for (size_t m = 0; m < into->nmentions; m++)
            dup |= into->mentions[m] == f->mentions[k];
        if (!dup)
            into->mentions[into->nmentions++] = f->mentions[k];
    }
    into->anchored |= f->anchored;
    if (b->confidence > a->confidence)
        a->confidence = b->confidence;
}

/* "وفي المقابل، أصيب 9 مواطنين جراء سقوط قذائف أطلقتها كتائب مقاتلة":
 * a sentence opened by في المقابل / بالمقابل tells what the other side
 * did in return, another incident than the ones before (a definite
 * mention there may still name one told: "في المقابل قال الجيش إن
 * الهجوم ...") */
EX_WORDS(IN_RETURN, "المقابل", "بالمقابل", "وبالمقابل");
static bool in_return(const ex_view *v, const ex_frame *f) {
    const rasad_doc *doc = v->doc;
    /* (a placeless act there may sum what the sentences before told) */
    if (f->anaphor || !f->ev.has_location || !f->nmentions || f->mentions[0] >= doc->nsentences)
        return false;
    size_t first, end;
    ex_sentence_tokens(doc, f->mentions[0], &first, &end);
    if (first >= end)
        return false;
    if (ex_word_in(doc, first, &IN_RETURN))
        return true;
    return first + 1 < end && ex_stem_in(doc, first, &PREP_IN) && ex_word_in(doc, first + 1, &IN_RETURN);
}

/* How sentence s goes on telling the one before it: 2 when it names an
 * act that went with the one told (ترافق، رافق، تزامن، تلا، تبع), 1 when it
 * opens with و or ف ("وكثفت قوات النظام ... قصفها"), else 0 (extract.h). */
EX_WORDS(WENT_WITH, "ترافق", "ترافقت", "وترافقت", "ترافقه", "تزامن", "تزامنت", "وتزامن", "وتزامنت", "تلا",
         "تلاه", "وتلا", "وتلاه", "تبعه", "وتبعه", "اعقبه", "واعقبه",
         /* "ورافق عمليات دهم المنازل مواجهات عنيفة" */
         "رافق", "ورافق", "رافقت", "ورافقت", "رافقه", "ورافقه", "رافقها", "ورافقها", "رافقتها", "ورافقتها");
int ex_goes_on(const rasad_doc *doc, uint32_t s) {
    size_t first, end;
    ex_sentence_tokens(doc, s, &first, &end);
    while (first < end && doc->tokens[first].kind != RASAD_TOK_WORD)
        first++; /* an opening quote */
    if (first >= end)
        return 0;
    for (size_t i = first; i < end; i++)
        if (ex_word_in(doc, i, &WENT_WITH))
            return 2;
    const rasad_token *tk = &doc->tokens[first];
    if (tk->seg_count > 1 && doc->segments[tk->seg_first].role == RASAD_SEG_PROCLITIC) {
        const char *p = doc->segments[tk->seg_first].norm;
        if (strncmp(p, "\xD9\x88", 2) == 0 || strncmp(p, "\xD9\x81", 2) == 0) /* و ف */
            return 1;
    }
    return 0;
}

/* "طوقت قوة أمنية مكان الحادث": what is done at the scene of the
 * incident told answers it, no act of its own */
EX_WORDS(SCENE, "مكان", "موقع", "مسرح");
EX_WORDS(THE_INCIDENT, "الحادث", "الحادثه", "الانفجار", "التفجير", "الهجوم", "الجريمه", "الاعتداء");
static bool at_the_scene(const rasad_doc *doc, uint32_t s) {
    size_t first, end;
    ex_sentence_tokens(doc, s, &first, &end);
    for (size_t i = first; i + 1 < end; i++)
        if (ex_stem_in(doc, i, &SCENE) && ex_word_in(doc, i + 1, &THE_INCIDENT))
            return true;
    return false;
}

/* Is the frame dated in the text more than a month before the article
 * (history the article recalls: "سيطروا على تمبكتو في 2012")? */
#define RECENT_DAYS 31
static bool dated_past(const ex_view *v, const ex_frame *g) {
    rasad_date w;
    if (!g->date_in_text || !g->ev.date.resolved || !ex_published_window(v->doc, RECENT_DAYS, &w) || !w.resolved)
        return false;
    return cal_days_ymd(g->ev.date.last) < cal_days_ymd(w.first);
}

static void inherit_place(const ex_view *v, ex_frame *fr, size_t n) {
    for (size_t i = 1; i < n; i++) {
        ex_frame *f = &fr[i];
        if (!f->orphan || f->anchored || f->ev.has_location || !f->nmentions || f->mentions[0] == 0)
            continue;
        /* the last placed incident of the sentence before (the frames
         * are read first: most orphans have none, and the sentence is
         * read only for those that do); after a bare و only one of the
         * same doer ("... تواصل تقدمها ... في مدينة الزبداني. وكثفت قوات
         * النظام ... قصفها"): a sentence that only explains the incident
         * ("انفجرت بعد مرورها فوق لغم"), names its damage or another
         * side's deed tells no act of its own */
        uint32_t prev = f->mentions[0] - 1;
        size_t from = SIZE_MAX, same_doer = SIZE_MAX;
        for (size_t j = i; j-- > 0 && fr[j].mentions[0] >= prev && same_doer == SIZE_MAX;) {
            const ex_frame *g = &fr[j];
            if (g->mentions[0] != prev || !g->anchored || g->dropped || !g->ev.has_location ||
                !g->ev.location.entity || country_only(&g->ev) || dated_past(v, g))
                continue;
            if (from == SIZE_MAX)
                from = j;
            if (same_actor(&g->ev.actor1, &f->ev.actor1) > 0)
                same_doer = j;
        }
        if (from == SIZE_MAX)
            continue;
        int link = ex_goes_on(v->doc, f->mentions[0]);
        if (link == 1)
            from = same_doer;
        if (!link || from == SIZE_MAX || at_the_scene(v->doc, f->mentions[0]))
            continue;
        f->ev.has_location = true;
        f->ev.location = fr[from].ev.location;
        /* the date: that of an act its own sentence told first, which it
         * went with ("الاشتباكات ... مساء الخميس ... وترافقت مع قصف"; the
         * date nearest the orphan is no clause's of its own), else the
         * continued incident's where it names none */
        const ex_frame *when = fr[from].date_in_text && !f->date_in_text ? &fr[from] : NULL;
        for (size_t j = i; j-- > 0 && fr[j].mentions[0] == f->mentions[0];)
            if (fr[j].anchored && !fr[j].orphan && fr[j].date_in_text)
                when = &fr[j];
        if (when) {
            f->ev.date = when->ev.date;
            f->ev.has_date = when->ev.has_date;
            f->date_in_text = true;
        }
        f->anchored = true;
    }
}

/* How many frames back a mention may find the incident it tells again.
 * An article tells its incidents within a few dozen frames; what lies
 * further back in one joined text of megabytes is another story, and
 * reading it all made the merge grow with the square of the length. */
#define MERGE_REACH 256
#define SAME_KIND_REACH 8 /* frames back a definite mention looks for its own kind */

/* "شنت طائرات نظام الأسد غارات على ريف إدلب ... ونفذ غارات أخرى على
 * بلدة سراقب": a strike from the air told with no doer, a few sentences
 * after strikes whose aircraft were named, in the same country, was
 * flown by the same air force (an air force is the one side that flies;
 * shelling and ground attacks have many hands and inherit nothing). */
#define DOER_BACK 3 /* sentences back to the strikes whose doer is named */
static void inherit_air_doer(ex_frame *fr, size_t n) {
    for (size_t i = 1; i < n; i++) {
        ex_frame *f = &fr[i];
        if (f->dropped || f->ev.actor1.present || (f->kind != LEX_EK_AIRSTRIKE && f->kind != LEX_EK_DRONE_STRIKE) ||
            !f->ev.has_location || !f->ev.location.entity || !f->ev.location.entity->country ||
            !*f->ev.location.entity->country)
            continue;
        for (size_t j = i; j-- > 0;) {
            const ex_frame *g = &fr[j];
            if (g->mentions[0] + DOER_BACK < f->mentions[0])
                break;
            /* (only a state's or an outside force's: they fly) */
            const char *k = g->ev.actor1.kind;
            if (g->dropped || g->kind != f->kind || !g->ev.actor1.present || !g->ev.actor1.id || !k ||
                (strcmp(k, "state_forces") != 0 && strcmp(k, "external") != 0) ||
                !g->ev.has_location || !g->ev.location.entity || !g->ev.location.entity->country ||
                strcmp(g->ev.location.entity->country, f->ev.location.entity->country) != 0)
                continue;
            if (f->ev.actor2.present && f->ev.actor2.id && strcmp(f->ev.actor2.id, g->ev.actor1.id) == 0)
                break;
            f->ev.actor1 = g->ev.actor1;
            break;
        }
    }
}

/* "قتل 30 شخصا في سلسلة تفجيرات استهدفت مناطق مختلفة في العراق" and
 * then each bombing at its town: the series is a total across incidents,
 * a claim (GUIDELINES.md), not an incident of its own. A violent frame
 * named as a series (سلسلة، موجة، عدة ... or متفرقة، مختلفة، متزامنة
 * after it), placed no finer than a country, goes when at least two acts
 * of violence told after it have a town of their own; they take its day
 * when they tell none. */
EX_WORDS(SERIES_BEFORE, "سلسله", "موجه", "عده");
EX_WORDS(SERIES_AFTER, "متفرقه", "مختلفه", "متزامنه", "متتاليه", "متعدده");
#define SERIES_AFTER_REACH 5 /* tokens after the trigger where "in different areas" may follow */
#define SERIES_ACTS_REACH 12 /* sentences after the series where its acts are told */
/* The token of the last byte of f's trigger (of its first when the
 * trigger is empty), or SIZE_MAX. */
static size_t trigger_last(const rasad_doc *doc, const ex_frame *f) {
    return ex_tok_at_byte(doc, f->ev.trigger_end > f->ev.trigger_start ? f->ev.trigger_end - 1 : f->ev.trigger_start);
}

/* Is a word of set among the SERIES_AFTER_REACH tokens after token
 * last, in its sentence? */
static bool word_after(const rasad_doc *doc, size_t last, ex_words *set) {
    for (size_t i = last + 1; last != SIZE_MAX && i <= last + SERIES_AFTER_REACH && i < doc->ntokens &&
                              doc->tokens[i].sentence == doc->tokens[last].sentence;
         i++)
        if (ex_stem_in(doc, i, set))
            return true;
    return false;
}

static bool told_as_series(const rasad_doc *doc, const ex_frame *f) {
    /* the trigger's tokens, from its bytes */
    size_t first = ex_tok_at_byte(doc, f->ev.trigger_start), last = trigger_last(doc, f);
    if (first == SIZE_MAX || last == SIZE_MAX)
        return false;
    for (size_t i = first > 0 ? first - 1 : first; i <= last; i++)
        if (ex_stem_in(doc, i, &SERIES_BEFORE))
            return true;
    return word_after(doc, last, &SERIES_AFTER);
}

/* ("في حوادث أمنية متفرقة": told as scattered, a series is many acts
 * even when the sentences after it tell only one by its town) */
EX_WORDS(SCATTERED, "متفرقه");

/* "كثفت طائرات التحالف غاراتها أمس ... في عدد من المدن والمحافظات":
 * acts told over many places at once (عدد من، عدة، مختلف before a plural
 * of places, متفرقة after it), a few tokens after the trigger */
EX_WORDS(SOME_OF, "عدد", "عده", "مختلف", "بعض");
#define MANY_PLACES_REACH 16 /* tokens after the trigger where the places may be named */
static bool told_over_many_places(const rasad_doc *doc, const ex_frame *f) {
    size_t last = f->ev.trigger_end > f->ev.trigger_start ? ex_tok_at_byte(doc, f->ev.trigger_end - 1) : SIZE_MAX;
    if (last == SIZE_MAX)
        return false;
    for (size_t i = last + 1; i <= last + MANY_PLACES_REACH && i < doc->ntokens &&
                              doc->tokens[i].sentence == doc->tokens[last].sentence;
         i++) {
        if (!ex_stem_in(doc, i, &MANY_PLACES))
            continue;
        if (ex_stem_in(doc, i - 1, &SOME_OF) ||
            (i >= 2 && ex_word_in(doc, i - 1, &PREP_FROM) && ex_stem_in(doc, i - 2, &SOME_OF)) ||
            (i + 1 < doc->ntokens && ex_stem_in(doc, i + 1, &SERIES_AFTER)))
            return true;
    }
    return false;
}

static void drop_series_totals(const ex_view *v, ex_frame *fr, size_t n) {
    for (size_t i = 0; i < n; i++) {
        ex_frame *f = &fr[i];
        if (f->dropped || !violent(f->kind) || (f->ev.has_location && !coarse_place(v->doc, &f->ev)))
            continue;
        /* a total told of a series; or, with no total, acts told over
         * many places (f->spread) that the sentences after it tell one by
         * one: then only the acts of its kind are its, and a lede over
         * cities and provinces is told province by province too */
        /* (a toll over many places, "قتل 50 مسلحا في مختلف مواقع
         * العمليات", is a series' total as much as one named a series) */
        bool series = f->nqty && (told_as_series(v->doc, f) || f->spread);
        if (!series && !f->spread)
            continue;
        size_t needed = series && (word_after(v->doc, trigger_last(v->doc, f), &SCATTERED) || f->spread) ? 1 : 2;
        size_t towns = 0;
        for (size_t j = i + 1; j < n && towns < needed; j++)
            towns += !fr[j].dropped && fr[j].anchored && violent(fr[j].kind) && (series || fr[j].kind == f->kind) &&
                     fr[j].ev.has_location && fr[j].ev.location.entity &&
                     (fr[j].ev.location.entity->precision <= 2 || (!series && !country_only(&fr[j].ev)));
        if (towns < needed)
            continue;
        f->dropped = f->series_total = true;
        /* the acts told after it with no date of their own are the
         * series' acts, on its day ("... الثلاثاء", then each bombing) */
        for (size_t j = i + 1; j < n && f->date_in_text; j++) {
            if (fr[j].mentions[0] > f->mentions[0] + SERIES_ACTS_REACH)
                break;
            if (fr[j].dropped || !violent(fr[j].kind) || fr[j].date_in_text || (!series && fr[j].kind != f->kind))
                continue;
            fr[j].ev.date = f->ev.date;
            fr[j].ev.has_date = f->ev.has_date;
            fr[j].date_in_text = true;
        }
    }
}

void ex_merge_events(const ex_view *v, ex_frame *fr, size_t n) {
    for (size_t i = 0; i < n; i++) {
        ev_implicit_counts(v, &fr[i]);
        fr[i].spread = violent(fr[i].kind) && (!fr[i].ev.has_location || coarse_place(v->doc, &fr[i].ev)) &&
                       told_over_many_places(v->doc, &fr[i]);
    }
    inherit_place(v, fr, n);
    for (size_t i = 1; i < n; i++) {
        if (ev_new_story(v, &fr[i]))
            continue; /* "من جهة أخرى": another incident */
        /* "في المقابل": another incident than the sentences before */
        bool own_sentence_only = in_return(v, &fr[i]);
        /* a definite mention of a specific kind ("الاشتباكات أسفرت عن
         * ...") names the last incident of that kind, past another kind
         * told between ("تشن هجوما"): its counts are that one's */
        size_t same = SIZE_MAX;
        if (fr[i].anaphor && !generic(fr[i].kind))
            for (size_t j = i; j-- > 0 && i - j <= SAME_KIND_REACH && same == SIZE_MAX;)
                if (!fr[j].dropped && fr[j].anchored && fr[j].kind == fr[i].kind && mergeable(v, &fr[j], &fr[i]))
                    same = j;
        for (size_t j = i; j-- > 0 && i - j <= MERGE_REACH;) {
            if (fr[j].dropped || !fr[j].anchored || (same != SIZE_MAX && j != same))
                continue; /* a generic mention is no incident to merge into */
            if (own_sentence_only && fr[j].mentions[0] != fr[i].mentions[0])
                continue;
            /* (a lede over many places takes its own mentions only) */
            if (fr[j].spread && !fr[i].anaphor)
                continue;
            if (mergeable(v, &fr[j], &fr[i])) {
                /* the country's clause dated something else: the mention
                 * that places the incident dates it too, unless coarser
                 * ("في العام الماضي" of another clause) */
                if (refines_country(v->doc, &fr[j], &fr[i]) && dates_clash(&fr[j], &fr[i]) &&
                    fr[i].ev.date.precision <= fr[j].ev.date.precision) {
                    fr[j].ev.date = fr[i].ev.date;
                    fr[j].ev.has_date = fr[i].ev.has_date;
                }
                absorb(v->doc, &fr[j], &fr[i]);
                fr[i].dropped = true;
                break;
            }
        }
    }
    inherit_air_doer(fr, n);
    drop_series_totals(v, fr, n);
    for (size_t i = 0; i < n; i++) {
        if (!fr[i].dropped && !fr[i].anchored)
            fr[i].dropped = true;
        ev_one_side(&fr[i].ev); /* (sides met by merging) */
        /* "اعتصم نحو ألف سوري": people who protest are protesters (ACLED
         * codes the crowd by what it does, whoever its people are) */
        rasad_actor_ref *a = &fr[i].ev.actor1;
        if (!fr[i].dropped && fr[i].kind == LEX_EK_PROTEST && a->present && a->id && strcmp(a->id, "CIVILIANS") == 0) {
            a->id = "PROTESTERS";
            a->name = "protesters";
            a->kind = "protesters";
        }
        /* and a crowd that riots are rioters ("مواجهات بين الشرطة
         * ومتظاهرين") */
        if (!fr[i].dropped && fr[i].kind == LEX_EK_RIOT && a->present && a->id &&
            (strcmp(a->id, "CIVILIANS") == 0 || strcmp(a->id, "PROTESTERS") == 0)) {
            a->id = "RIOTERS";
            a->name = "rioters";
            a->kind = "rioters";
        }
    }
}
