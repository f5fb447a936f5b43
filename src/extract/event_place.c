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
#include <string.h>

#include "extract/extract.h"
#include "knowledge/lexicon.h"
#include "extract/events.h"

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
static bool distance_ref(const rasad_doc *doc, size_t i) {
    EX_WORDS(UNITS, "كم", "كلم", "كيلومتر", "كيلومترا", "كيلومترات", "مترا", "متر",
             "ميلا", "اميال");
    size_t j = i;
    if (j > 0 && ex_word_in(doc, j - 1, &APPROXIMATELY))
        j--;
    return j > 0 && ex_word_in(doc, j - 1, &UNITS);
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
EX_WORDS(PATRON_PREPS, "مع", "من", "قبل", "ل");
#define PATRON_REACH 3 /* "المدعومة من قبل X": the participle, من, قبل */

/* Is the place starting at token i the patron or leader in an actor's
 * description? */
static bool patron(const rasad_doc *doc, size_t i) {
    for (size_t k = 1; k <= PATRON_REACH && i >= k; k++) {
        if (ex_stem_in(doc, i - k, &PATRONAGE))
            return true;
        if (!ex_word_in(doc, i - k, &PATRON_PREPS))
            return false;
    }
    return false;
}

static const rasad_entity *place_in(const ex_view *v, size_t from, size_t to, bool forward, bool sites, bool refs) {
    if (from > to)
        return NULL;
    for (size_t k = 0; k <= to - from; k++) {
        size_t i = forward ? from + k : to - k;
        const rasad_entity *e = ex_entity_at(v, i);
        if (e && e->kind == RASAD_ENT_PLACE && (sites || !is_site(e)) &&
            (refs || (!distance_ref(v->doc, e->tok_first) && !street_name(v->doc, e->tok_first) &&
                      !patron(v->doc, e->tok_first))) &&
            !(e->tok_first == e->tok_last && ex_word_in(v->doc, e->tok_first, &NOT_PLACES)))
            return e;
    }
    return NULL;
}

/* The last token of the clause ending at c_last, read on past a short
 * aside in brackets ("نفذتها أربع مقاتلات فجرا (أمس) والتي استهدفت
 * مواقع في صوران"): a bracket ends a clause, an aside does not. */
#define ASIDE_REACH 2 /* tokens inside an aside: a day, a month, a short name */
static size_t past_asides(const rasad_doc *doc, size_t c_last, size_t sent_end) {
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

void ev_find_location(const ex_view *v, const trig *t, ex_clause c, size_t sent_first, size_t sent_end,
                      rasad_event *ev) {
    size_t tok = t->e->tok_first, last = t->e->tok_last;
    c.last = past_asides(v->doc, c.last, sent_end);
    const rasad_entity *p = place_of_toll(v, tok, c.first);
    if (p) {
        /* a place after the trigger as fine as the toll's names the spot
         * ("بضربة جوية ... استهدف وكرا في منطقة البوعيثة") */
        const rasad_entity *after = place_in(v, last + 1, c.last, true, false, false);
        if (after && after->precision <= p->precision)
            p = NULL;
    }
    /* a place a distance is measured from is the last resort */
    for (int pass = 0; pass < 4 && !p; pass++) {
        bool sites = pass & 1, refs = pass >= 2;
        p = place_in(v, last + 1, c.last, true, sites, refs);
        if (!p && tok > c.first)
            p = place_in(v, c.first, tok - 1, false, sites, refs);
        if (!p)
            p = place_in(v, last + 1, sent_end - 1, true, sites, refs);
        if (!p && tok > sent_first)
            p = place_in(v, sent_first, tok - 1, false, sites, refs);
    }
    if (!p)
        return;
    ev->has_location = true;
    ev->location.start = p->start;
    ev->location.end = p->end;
    ev->location.entity = p;
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
    return e && e->kind == RASAD_ENT_PLACE && e->tok_first == i && e->start == v->doc->tokens[i].start + 2;
}

EX_WORDS(PLACE_PREPS, "في", "علي", "قرب", "شمال", "جنوب", "شرق", "غرب");

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
        strncmp(doc->text + tk->start, "\xD9\x88", 2) == 0 && tk->seg_count > 0 &&
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
        if (!ex_word_in(doc, j, &FROM_WITH_SIDES) &&
            !ex_stem_in(doc, j, &SETTLEMENTS))
            break;
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
EX_WORDS(SINCE_WORDS, "بعد", "غداه", "عقب", "اثر", "قبل", "قبيل");
EX_WORDS(AN, "ان");
EX_WORDS(WAS, "كان", "كانت", "كانوا", "كانا", "كانتا");
EX_WORDS(SPANS, "يوم", "يومين", "ايام", "اسبوع", "اسبوعين", "اسابيع", "شهر", "شهرين", "اشهر", "شهور",
         "عام", "عامين", "اعوام", "سنه", "سنتين", "سنوات", "ساعه", "ساعتين", "ساعات");

bool ev_opens_clause(const rasad_doc *doc, size_t tok) {
    if (tok >= doc->ntokens || doc->tokens[tok].kind != RASAD_TOK_WORD)
        return false;
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
static bool paired_with(const ex_view *v, const rasad_entity *first, size_t i) {
    const rasad_doc *doc = v->doc;
    if (first->tok_first == 0 || first->tok_last + 1 != i || !ex_has_proclitic(doc, i, "و"))
        return false;
    size_t dual = first->tok_first - 1;
    if (!ex_stem_in(doc, dual, &DUAL_PLACES))
        return false;
    for (size_t k = 1; k <= PLURAL_BEFORE_PAIR && dual >= k; k++)
        if (ex_stem_in(doc, dual - k, &PLURAL_TOWNS))
            return false;
    return true;
}

/* Is the place at token i joined with بـ (on itself or on a district
 * word before it) right after another place? */
EX_WORDS(DISTRICTS, "قضاء", "محافظه", "مدينه", "ناحيه", "ريف", "منطقه", "بلده", "حي", "مديريه");
static bool inside_town_before(const ex_view *v, size_t i) {
    const rasad_doc *doc = v->doc;
    size_t before = i;
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

size_t ev_split_by_town(const ex_view *v, const trig *t, ex_frame *f, ex_frame *extra, size_t room,
                        size_t limit) {
    const rasad_doc *doc = v->doc;
    if (!f->anchored || !f->ev.has_location || !f->ev.location.entity || room == 0)
        return 0;
    size_t sent_first, sent_end;
    ex_sentence_tokens(doc, doc->tokens[t->e->tok_first].sentence, &sent_first, &sent_end);
    const rasad_entity *towns[MAX_TOWNS];
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
        /* a town after كما / فيما / بينما / في حين is another clause's,
         * often another act told beside this one */
        if (i > t->e->tok_last && ev_opens_clause(doc, i))
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
        const rasad_entity *e = ex_entity_at(v, i);
        if (!e || e->tok_first != i || e->kind != RASAD_ENT_PLACE || e->precision > 2 || is_site(e) ||
            (e->tok_first == e->tok_last && ex_word_in(doc, i, &NOT_PLACES)))
            continue;
        /* only towns coordinated with the first: "على A وB، وقرى C"; a
         * place word elsewhere in the sentence is not one of the targets */
        if (n > 0 && !coordinated(v, i) && !town_word_before(doc, i))
            continue;
        /* "شمال شرق بغداد", "القريبة من سوروتش", "شارعي الثورة وبغداد":
         * a place that situates another, or a street, is no target */
        if (situating(v, i) || distance_ref(doc, i))
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
        if (n > 0 && paired_with(v, towns[n - 1], i))
            continue;
        /* the same with بـ on the place or on its district word: "في
         * منطقة الحماميات بقضاء التاجي", "قرية X بريف حلب" */
        if (n > 0 && inside_town_before(v, i))
            continue;
        bool dup = false;
        for (size_t k = 0; k < n; k++)
            dup |= towns[k]->place_index == e->place_index;
        if (!dup)
            towns[n++] = e;
    }
    if (n < 2)
        return 0;
    /* the frame's own place must be one of the towns, else the towns are
     * the parts of something larger the frame already names */
    bool own = false;
    for (size_t k = 0; k < n; k++)
        own |= towns[k] == f->ev.location.entity;
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
        while (m < n && (coordinated(v, towns[m]->tok_first) ||
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
    if (!own)
        return 0;
    size_t added = 0;
    for (size_t k = 0; k < n && added < room; k++) {
        if (towns[k] == f->ev.location.entity)
            continue;
        extra[added] = *f;
        extra[added].ev.location.entity = towns[k];
        extra[added].ev.location.start = towns[k]->start;
        extra[added].ev.location.end = towns[k]->end;
        added++;
    }
    return added;
}
