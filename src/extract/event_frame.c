/* SPDX-License-Identifier: MIT
 *
 * event_frame.c - stage 4, event frames: one frame from its trigger. ev_fill_frame
 * reads the trigger's clause and sentence, refines the kind from the words
 * around it (an air strike by aircraft named, a suicide bombing, burnt
 * property, a protest by the crowd acting) and gathers the arguments from
 * event_actors.c, event_place.c, event_date.c and event_counts.c, with
 * modality and attribution.
 */
#include <string.h>

#include "extract/extract.h"
#include "knowledge/lexicon.h"
#include "extract/events.h"

/* "سلاح الجو السوري قصف": the air arm, named by the sky it flies */
EX_WORDS(ARM_OF, "سلاح");
EX_WORDS(THE_AIR, "الجو");
static bool aircraft_near(const ex_view *v, const trig *t, ex_clause c) {
    ex_clause n = ev_near_trigger(c, t, AIRCRAFT_REACH);
    for (size_t i = n.first; i <= n.last; i++) {
        if (i >= t->e->tok_first && i <= t->e->tok_last)
            continue;
        if (ev_aircraft_word(v->doc, i))
            return true;
        if (i + 1 <= n.last && ex_stem_in(v->doc, i, &ARM_OF) && ex_word_in(v->doc, i + 1, &THE_AIR))
            return true;
    }
    return false;
}

/* Is a trigger of kind k within reach tokens of t in its clause? */
static bool kind_near(const ex_view *v, const trig *t, ex_clause c, uint8_t k, size_t reach) {
    ex_clause n = ev_near_trigger(c, t, reach);
    for (size_t i = n.first; i <= n.last; i++) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (e && e != t->e && e->kind == RASAD_ENT_TRIGGER && ev_trig_of(e).kind == k)
            return true;
    }
    return false;
}

/* "قصفوا أهدافا في 23 غارة جوية": the air strikes the verb was carried out in */
static bool strikes_after(const ex_view *v, const trig *t, ex_clause c) {
    for (size_t i = t->e->tok_last + 1; i <= c.last; i++) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (e && e->tok_first == i && e->kind == RASAD_ENT_TRIGGER && ev_trig_of(e).kind == LEX_EK_AIRSTRIKE &&
            ev_strikes_of_verb(v->doc, t->e->tok_last, i))
            return true;
    }
    return false;
}

#define SUICIDE_REACH 4 /* tokens after a bomb where its suicide bomber may be named */
static bool suicide_near(const ex_view *v, const trig *t, ex_clause c) {
    /* the form itself names the bomber: "سيارة مفخخة يقودها انتحاري" */
    if (t->e->norm && strstr(t->e->norm, "\xD8\xA7\xD9\x86\xD8\xAA\xD8\xAD\xD8\xA7\xD8\xB1")) /* انتحار */
        return true;
    return kind_near(v, t, c, LEX_EK_SUICIDE_BOMBING, SUICIDE_REACH);
}

/* "أعلنت الحركة أنها قتلت في اسطنبول رجلا": the man killed is the
 * victim, a civilian (gold codes CIVILIANS), and one dead; the group
 * whose statement says "أنها قتلت" (the pronoun of أن before the verb)
 * is the doer. Fills only what the actor and count stages left empty. */
static void one_man_killed(const ex_view *v, const trig *t, size_t sent_first, ex_frame *f) {
    const rasad_doc *doc = v->doc;
    size_t obj = t->one_killed; /* ex_events found it when it chose the kind */
    if (obj == SIZE_MAX)
        return;
    rasad_event *ev = &f->ev;
    if (!ev->actor2.present) {
        memset(&ev->actor2, 0, sizeof ev->actor2);
        ev->actor2.present = true;
        ev->actor2.start = doc->tokens[obj].start;
        ev->actor2.end = doc->tokens[obj].end;
        ev_actor_as(&ev->actor2, "CIVILIANS");
    }
    if (f->nqty == 0) {
        rasad_quantity *q = &f->qty[f->nqty++];
        memset(q, 0, sizeof *q);
        q->min = q->max = 1;
        q->has_min = q->has_max = true;
        q->qualifier = RASAD_Q_EXACT;
        q->role = RASAD_ROLE_FATALITIES;
        q->start = q->unit_start = doc->tokens[obj].start;
        q->end = q->unit_end = doc->tokens[obj].end;
        q->tok_first = q->tok_last = (uint32_t)obj;
    }
    size_t verb = t->e->tok_first;
    if (ev->actor1.present || !ev->attribution.present || verb == 0 || verb - 1 < sent_first ||
        !ev_said_by_doer(doc, t))
        return;
    for (size_t i = sent_first; i + 1 < verb; i++) {
        if (doc->tokens[i].start != ev->attribution.start)
            continue;
        const rasad_entity *e = ex_entity_at(v, i);
        if (e && ex_is_actor_entity(e)) {
            ex_actor_from_entity(v, e, &ev->actor1);
        } else if (ev->attribution.id) {
            /* a group the tagger named: its id is the attribution's */
            memset(&ev->actor1, 0, sizeof ev->actor1);
            ev->actor1.present = true;
            ev->actor1.start = ev->attribution.start;
            ev->actor1.end = ev->attribution.end;
            ev->actor1.id = ev->attribution.id;
        }
        return;
    }
}

EX_WORDS(PAST_WINDOWS, "الايام", "اليومين", "الساعات", "الاسبوعين");

/* "وقال بيان لقوة المهام المشتركة إن خمس غارات قرب الرمادي قصفت ...":
 * strikes told by an air force's own statement, no one else named as
 * flying them, are that force's (a coalition or an army: not a
 * government, a monitor or an outlet, who tell of others' strikes). */
static void striker_reports(ex_frame *f) {
    rasad_event *ev = &f->ev;
    if (ev->actor1.present || !ev->attribution.present || !ev->attribution.id ||
        (f->kind != LEX_EK_AIRSTRIKE && f->kind != LEX_EK_DRONE_STRIKE))
        return;
    const lex_lexicon *lex = lex_default();
    const lex_entry *le = lex ? lex_entry_by_id(lex, ev->attribution.id, NULL) : NULL;
    if (!le || !le->name_en ||
        !(strstr(le->id, "COALITION") || strncmp(le->name_en, "Military Forces of", 18) == 0))
        return;
    if (ev_actor_as(&ev->actor1, le->id)) {
        ev->actor1.present = true;
        ev->actor1.start = ev->attribution.start;
        ev->actor1.end = ev->attribution.end;
    }
}

/* Is an armed party (forces, fighters, gunmen) counted in the clause? */
static bool armed_counted(const ex_view *v, ex_clause c) {
    static const char *const ARMED_ROLES[] = {"ROLE_GUNMEN", "ROLE_MILITANTS", "ROLE_MEMBERS", "ROLE_MILITIA",
                                              "ROLE_SECURITY_FORCES", "ROLE_POLICE", "ROLE_ARMY",
                                              "ROLE_FOREIGN_FIGHTERS", "ROLE_TERROR_GROUP", NULL};
    for (size_t i = c.first; i <= c.last; i++) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (!e || e->tok_first != i || !ex_is_actor_entity(e) || !ev_counted(v, e))
            continue;
        const lex_entry *le = ex_lex_entry(e);
        if (!le)
            continue;
        if (le->kind == LEX_AK_STATE_FORCES || le->kind == LEX_AK_REBEL || le->kind == LEX_AK_POLITICAL_MILITIA ||
            le->kind == LEX_AK_IDENTITY_MILITIA)
            return true;
        for (const char *const *r = ARMED_ROLES; le->id && *r; r++)
            if (strcmp(le->id, *r) == 0)
                return true;
    }
    return false;
}

static const char BURN_LEMMA[] = "\xD8\xA3\xD8\xB6\xD8\xB1\xD9\x85 \xD8\xA7\xD9\x84\xD9\x86\xD8\xA7\xD8\xB1"; /* أضرم النار */

/* Is what burnt a building or a thing (a target noun or مبنى, محال,
 * سيارات after the verb) rather than people? */
static bool burnt_property(const ex_view *v, const trig *t, ex_clause c) {
    EX_WORDS(THINGS, "مبني", "مباني", "محال", "محلات", "سيارات", "اليات", "منازل", "بيوت",
             "مقر", "مقار", "ممتلكات", "محاصيل", "اطارات");
    for (size_t i = t->e->tok_last + 1; i <= c.last && i <= t->e->tok_last + 3; i++)
        if (ex_stem_in(v->doc, i, &THINGS) || ex_stem_in(v->doc, i, &EV_TARGET_NOUNS))
            return true;
    return false;
}

static bool protesters_in(const ex_view *v, ex_clause c) {
    for (size_t i = c.first; i <= c.last; i++) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (!e || e->tok_first != i || e->kind != RASAD_ENT_ROLE)
            continue;
        const lex_entry *le = ex_lex_entry(e);
        if (le && (le->kind == LEX_AK_PROTESTERS || le->kind == LEX_AK_RIOTERS))
            return true;
    }
    return false;
}

/* Is the clash at t fought by protesters told by what they do, a protest
 * word right by it ("اشتبك قوميون أستراليون يحتجون ضد الإسلام")? Not
 * "احتجاجا على", which tells why anyone acted. */
EX_WORDS(IN_PROTEST, "احتجاجا", "احتجاج");
#define PROTEST_BY_CLASH 3 /* tokens between the clash and the protest word */
static bool protest_by(const ex_view *v, const trig *t, ex_clause c) {
    ex_clause n = ev_near_trigger(c, t, PROTEST_BY_CLASH);
    for (size_t i = n.first; i <= n.last; i++) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (e && e->tok_first == i && e->kind == RASAD_ENT_TRIGGER && e->event_kind &&
            strcmp(e->event_kind, "protest") == 0 && !ex_stem_in(v->doc, i, &IN_PROTEST))
            return true;
    }
    return false;
}

EX_WORDS(CLASH_NOUNS, "اشتباكات", "الاشتباكات", "اشتباك", "الاشتباك", "صدامات", "الصدامات", "مواجهات",
         "المواجهات");

/* Is an armed group (rebels, a militia) named among tokens first..end? */
static bool armed_group_in(const ex_view *v, size_t first, size_t end) {
    for (size_t i = first; i < end; i++) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (!e || e->tok_first != i || (e->kind != RASAD_ENT_ACTOR && e->kind != RASAD_ENT_ROLE))
            continue;
        const lex_entry *le = ex_lex_entry(e);
        if (le && (le->kind == LEX_AK_REBEL || le->kind == LEX_AK_POLITICAL_MILITIA || le->kind == LEX_AK_IDENTITY_MILITIA))
            return true;
    }
    return false;
}

#define PLURAL_REACH 8 /* tokens from a plural act noun to the place or date that singles it out */

/* Does the token's stem, of four letters or more, end in the feminine
 * plural ات ("هجمات", "اغتيالات", "عمليات")? No verb does (مات، بات
 * are shorter), so the test holds for the noun forms a verb entry of the
 * lexicon lists too ("ضربات" under ضرب). */
static bool plural_noun(const rasad_doc *doc, size_t tok) {
    static const char AT[] = "\xD8\xA7\xD8\xAA"; /* ALEF U+0627, TEH U+062A */
    const char *n = doc_tok_stem(doc, tok)->norm;
    size_t len = strlen(n);
    return len >= 8 && memcmp(n + len - 4, AT, 4) == 0;
}

/* Does a noun's stem end in the dual (ين، ان: "الانفجارين", "هجومان")
 * or the feminine plural? */
static bool dual_or_plural_noun(const rasad_doc *doc, size_t tok) {
    static const char YN[] = "\xD9\x8A\xD9\x86", AN[] = "\xD8\xA7\xD9\x86"; /* ين ان */
    const char *n = doc_tok_stem(doc, tok)->norm;
    size_t len = strlen(n);
    return plural_noun(doc, tok) ||
           (len >= 10 && (memcmp(n + len - 4, YN, 4) == 0 || memcmp(n + len - 4, AN, 4) == 0));
}

/* Kinds whose plural is many incidents, not one day's fighting */
static bool single_incident_kind(uint8_t k) {
    return k == LEX_EK_ATTACK || k == LEX_EK_EXPLOSION || k == LEX_EK_SUICIDE_BOMBING || k == LEX_EK_CAR_BOMBING ||
           k == LEX_EK_IED || k == LEX_EK_ASSASSINATION || k == LEX_EK_ABDUCTION || k == LEX_EK_EXECUTION ||
           k == LEX_EK_RIOT || k == LEX_EK_LOOTING;
}

/* Is the span [first, last] within PLURAL_REACH tokens of the trigger? */
static bool near_trigger(const trig *t, size_t first, size_t last) {
    return last + PLURAL_REACH >= t->e->tok_first && first <= t->e->tok_last + PLURAL_REACH;
}

EX_WORDS(TOWARD, "نحو", "الي", "باتجاه", "صوب");
#define RETREAT_FROM_REACH 6 /* tokens after a withdrawal where the place it left may be told */
#define TOWARD_REACH 3 /* its subject between: "لتنسحب قوات الأسد نحو" */

#define TIMELINE_HEAD 10 /* tokens of a timeline item's heading date before its colon */

EX_WORDS(LINK_NOUN, "رابط");
EX_WORDS(CENTURY, "القرن", "قرن", "القرون");
EX_WORDS(THE_NEWS, "الخبر");
/* "كان انفجاراً هائلاً": the verb that says what an act told before was like */
EX_WORDS(WAS, "كان", "كانت");

/* Verbs and nouns of interception, the interceptor between them and the
 * weapon ("اعترضت الدفاعات الجوية صاروخا", "من اعتراض صاروخين"), or the
 * air defences themselves ("تصدت الدفاعات الجوية لصاروخ"; تصدى alone
 * repels attacks by any means: "تصدت للهجوم باستخدام القصف الجوي"). أسقط
 * also drops bombs ("أسقطت الطائرات براميل"), so it intercepts only a
 * drone or a missile. */
EX_WORDS(INTERCEPT, "اعترض", "اعترضت", "اعترضوا", "اعتراض", "دفاعات");
EX_WORDS(SHOT_DOWN, "اسقط", "اسقطت", "اسقطوا", "اسقاط");
EX_WORDS(MISSILES, "صاروخ", "صواريخ", "صاروخا", "صاروخين", "صاروخان");
#define INTERCEPT_REACH 5 /* tokens back from the weapon to the verb */
#define INTERCEPT_LEMMA "اعترض" /* the lexicon entry of اعترض، أحبط ... (data/triggers.tsv) */
/* an attempt to advance or to storm (not تسلل: on the borders of the
 * Gulf news it is mostly migrants crossing) */
EX_WORDS(ATTEMPT, "محاوله", "محاولات", "محاولتي", "محاولتين");
EX_WORDS(GROUND_MOVES, "تقدم", "اقتحام");
#define FOILED_REACH 5 /* tokens from أحبط to the attempt, its subject between */

/* Is "محاولة تقدم/اقتحام" within FOILED_REACH tokens after the trigger? */
static bool ground_attempt_after(const rasad_doc *doc, const trig *t, ex_clause c) {
    for (size_t i = t->e->tok_last + 1; i < c.last && i <= t->e->tok_last + FOILED_REACH; i++)
        if (ex_stem_in(doc, i, &ATTEMPT) && ex_stem_in(doc, i + 1, &GROUND_MOVES))
            return true;
    return false;
}
const char EX_DISRUPTED_WEAPONS[] = "Disrupted weapons use";

bool ev_intercepted_weapon(const ex_view *v, const trig *t, ex_clause c) {
    if (t->verb || (t->kind != LEX_EK_SHELLING && t->kind != LEX_EK_AIRSTRIKE && t->kind != LEX_EK_DRONE_STRIKE))
        return false;
    /* (the means that brought a plane down is no weapon brought down:
     * "بعد اسقاطها على ما يبدو بصاروخ") */
    if (ex_has_proclitic(v->doc, t->e->tok_first, "\xD8\xA8")) /* بـ */
        return false;
    if (ev_stem_before(v->doc, t, c, INTERCEPT_REACH, &INTERCEPT))
        return true;
    bool missile = t->kind == LEX_EK_DRONE_STRIKE || ex_stem_in(v->doc, t->e->tok_first, &MISSILES);
    return missile && ev_stem_before(v->doc, t, c, INTERCEPT_REACH, &SHOT_DOWN);
}


/* Is a trigger of an act that wreaks damage (an attack, a clash, a
 * strike, shelling, a bombing; not an abduction or an assassination:
 * "خطفوا ... كما أحرق مبنى البلدية" is two acts) in the sentence? */
static bool violence_in_sentence(const ex_view *v, const trig *t, size_t sent_first, size_t sent_end) {
    for (size_t i = sent_first; i < sent_end; i++) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (!e || e == t->e || e->tok_first != i || e->kind != RASAD_ENT_TRIGGER)
            continue;
        /* (a killing word tells the toll, not an act: "دمرت القوات مقر
         * التنظيم، مما أسفر عن مقتل العشرات" is the destruction) */
        trig o = ev_trig_of(e);
        /* (nor a weak word but the strikes: "قيادة عمليات التنظيم" is an
         * office) */
        if (ev_violent_kind(o.kind) && !o.context && (!o.weak || ex_stem_in(v->doc, i, &EV_STRIKE_NOUNS)) &&
            o.kind != LEX_EK_ABDUCTION && o.kind != LEX_EK_ASSASSINATION)
            return true;
    }
    return false;
}

/* Are two or more incidents counted in clause c ("في ثلاثة حوادث",
 * "في هجومين")? */
EX_WORDS(INCIDENT_PLURALS, "حوادث", "هجمات", "تفجيرات", "انفجارات", "اعتداءات");
EX_WORDS(INCIDENT_DUALS, "حادثين", "حادثتين", "هجومين", "تفجيرين", "انفجارين");
static bool incidents_in_clause(const ex_view *v, ex_clause c) {
    for (size_t i = c.first; i <= c.last; i++) {
        if (ex_stem_in(v->doc, i, &INCIDENT_DUALS))
            return true;
        if (!ex_stem_in(v->doc, i, &INCIDENT_PLURALS))
            continue;
        for (size_t k = ex_qty_from(v, ex_back(i, v->qty_span + 1)), kn = ex_qty_to(v, i + 1); k < kn; k++) {
            const rasad_quantity *q = &v->qty[k];
            if (q->tok_first < i && q->tok_last + 1 >= i && q->tok_last <= i && q->has_min && q->min >= 2)
                return true;
        }
    }
    return false;
}

/* "استشهاد 4844 مواطنا"، "مقتل أكثر من 300 ألف": no one incident the
 * news tells of kills or wounds a thousand; a toll that large sums a war,
 * a campaign or a year. Beside the act's own count it is dropped (a claim,
 * claims.c); alone it makes the frame a tally, unless the act is told
 * and dated for itself (ev_fill_frame). */
#define WAR_TOLL_MIN 1000
bool ev_war_toll(uint8_t role, const rasad_quantity *q) {
    return (role == RASAD_ROLE_FATALITIES || role == RASAD_ROLE_INJURED) && q->has_min && q->min >= WAR_TOLL_MIN;
}
/* Is a war's toll all f counts (true: a tally)? Else drops the war's
 * tolls from f's counts, keeping its own. */
static bool war_sum_only(ex_frame *f) {
    size_t kept = 0, wars = 0, own = 0;
    for (size_t k = 0; k < f->nqty; k++) {
        const rasad_quantity *q = &f->qty[k];
        if (ev_war_toll(q->role, q)) {
            wars++;
            continue;
        }
        f->qty[kept++] = *q;
        /* (the displaced, and a vague "hundreds" wounded beside a war's
         * dead, are the same sum's: "وإصابة مئات آخرين"، "تشريد عشرات
         * آلاف") */
        own += q->role != RASAD_ROLE_DISPLACED && q->qualifier != RASAD_Q_HUNDREDS && q->qualifier != RASAD_Q_THOUSANDS;
    }
    if (!wars)
        return false;
    if (own) {
        f->nqty = kept;
        return false;
    }
    return true;
}

/* "تمكنت القوات من تصفية العديد من المسلحين"، "تمت تصفية 12 عنصرا من
 * داعش في كمين": an elimination of many is fighting, not the
 * assassination of a man. */
static const char ELIMINATION_LEMMA[] = "\xD8\xAA\xD8\xB5\xD9\x81\xD9\x8A\xD8\xA9"; /* تصفية */
EX_WORDS(MANY_OF, "العديد", "عديد", "عدد", "عشرات", "العشرات", "مئات", "المئات");
EX_WORDS(LEADERS, "قاده", "قيادات", "قياديين", "قياديا", "قادتها", "قادته");

static bool eliminates_many(const ex_view *v, const trig *t, ex_clause c) {
    size_t i = t->e->tok_last + 1;
    if (!ev_lemma_is(t, ELIMINATION_LEMMA) || i > c.last)
        return false;
    if (ex_stem_in(v->doc, i, &MANY_OF))
        return true;
    for (size_t k = ex_qty_from(v, i), kn = ex_qty_to(v, i + 1); k < kn; k++) {
        const rasad_quantity *q = &v->qty[k];
        /* (leaders picked off one by one stay assassinations: "تصفية
         * ثلاثة قادة من التنظيم") */
        if (q->tok_first == i && q->has_min && q->min >= 2 && !ex_counts_things(v->doc, q) &&
            !ex_stem_in(v->doc, q->tok_last, &LEADERS))
            return true;
    }
    return false;
}

/* "في المعارك نفسها", "الهجوم ذاته": the act told again as the same one */
EX_WORDS(SAME_ONE, "نفسه", "نفسها", "ذاته", "ذاتها", "عينه", "عينها");
/* "تفجير انتحاري آخر", "هجوم ثان", "بتفجير مماثل": another act of its kind */
EX_WORDS(ANOTHER_ACT, "اخر", "اخري", "ثان", "ثاني", "ثانيه", "منفصل", "منفصله", "جديد", "جديده", "مماثل",
         "مماثله", "مشابه", "مشابهه");
#define ANOTHER_REACH 2 /* words after the trigger (an adjective between: "انتحاري آخر") */

void ev_fill_frame(const ex_view *v, const trig *t, ex_frame *f) {
    const rasad_doc *doc = v->doc;
    rasad_event *ev = &f->ev;
    size_t tok = t->e->tok_first;
    uint32_t s = doc->tokens[tok].sentence;
    size_t sent_first, sent_end;
    ex_sentence_tokens(doc, s, &sent_first, &sent_end);
    ex_clause c = ex_clause_around(doc, tok);

    f->kind = t->kind;
    /* a clash with protesters in its clause, or an assault by them ("هاجم
     * محتجون"), is a riot (ACLED: a violent demonstration) */
    if (t->kind == LEX_EK_ARMED_CLASH && (protesters_in(v, c) || protest_by(v, t, c)))
        f->kind = LEX_EK_RIOT;
    /* "اشتباكات مع قوات الأمن" is filed as a riot (protesters' clashes);
     * with an armed group named in the sentence and no crowd, it is the
     * group's armed clash ("قتل ثلاثة متمردين أكراد ... في اشتباكات مع
     * قوات الأمن التركية") */
    if (t->kind == LEX_EK_RIOT && !t->verb && ex_stem_in(doc, tok, &CLASH_NOUNS) &&
        !protesters_in(v, (ex_clause){sent_first, sent_end - 1}) && armed_group_in(v, sent_first, sent_end))
        f->kind = LEX_EK_ARMED_CLASH;
    if (t->kind == LEX_EK_ATTACK && t->verb && protesters_in(v, ev_near_trigger(c, t, 3)))
        f->kind = LEX_EK_RIOT;
    /* burning with no crowd in the sentence is no riot: "أحرق مبنى
     * البلدية" destroys property, "أحرقت الميليشيا ثلاثة شبان" kills */
    if (t->kind == LEX_EK_RIOT && t->le && t->le->id && strcmp(t->le->id, BURN_LEMMA) == 0 &&
        !protesters_in(v, (ex_clause){sent_first, sent_end - 1}))
        f->kind = burnt_property(v, t, c) ? LEX_EK_LOOTING : LEX_EK_ATTACK;
    /* "قصفت طائرات النظام", "استهدف الطيران الحربي": a bombardment or a
     * strike carried out from the air is an air strike */
    /* a killing word is no strike of its own: "تمكنت قوة أمنية بمساندة
     * الطيران من قتل 19 مسلحاً" is the ground force's clash */
    if ((f->kind == LEX_EK_SHELLING || f->kind == LEX_EK_ATTACK) && !t->context &&
        (aircraft_near(v, t, c) || (t->verb && strikes_after(v, t, c))))
        f->kind = LEX_EK_AIRSTRIKE;
    /* "مقتل 19 مسلحاً", "قتل ستة من عناصر الشرطة": armed men killed with no
     * other word for the act fell in a clash (ACLED: Armed clash) */
    if (t->context && f->kind == LEX_EK_ATTACK && armed_counted(v, c))
        f->kind = LEX_EK_ARMED_CLASH;
    /* "قصفت طائرة أميركية من دون طيار": the aircraft is a drone */
    if ((f->kind == LEX_EK_SHELLING || f->kind == LEX_EK_ATTACK || f->kind == LEX_EK_AIRSTRIKE) &&
        kind_near(v, t, c, LEX_EK_DRONE_STRIKE, AIRCRAFT_REACH))
        f->kind = LEX_EK_DRONE_STRIKE;
    /* "انفجار سيارة مفخخة يقودها انتحاري": a bomb brought by a suicide
     * bomber is a suicide bombing (ACLED: Suicide bomb) */
    if ((f->kind == LEX_EK_CAR_BOMBING || f->kind == LEX_EK_IED || f->kind == LEX_EK_EXPLOSION) &&
        suicide_near(v, t, c))
        f->kind = LEX_EK_SUICIDE_BOMBING;
    /* "اعترضت الدفاعات الجوية صاروخا", "أسقطت طائرة مسيرة": a missile or
     * a drone brought down before it struck is no strike (ACLED:
     * Strategic developments / Disrupted weapons use) */
    bool intercepted = ev_intercepted_weapon(v, t, c);
    if (intercepted)
        f->kind = LEX_EK_OTHER;
    /* "أحبطت فصائل المعارضة محاولة تقدم للقوات النظامية": an advance or
     * a storming foiled, the foiling force between the verb and the
     * attempt, is fighting (ACLED: Armed clash; the lexicon's
     * "أحبطت محاولة تقدم" needs the words side by side) */
    bool repelled = t->kind == LEX_EK_OTHER && t->verb && t->le && t->le->id &&
                    strcmp(t->le->id, INTERCEPT_LEMMA) == 0 && ground_attempt_after(doc, t, c);
    if (repelled)
        f->kind = LEX_EK_ARMED_CLASH;
    if (f->kind == LEX_EK_ASSASSINATION && eliminates_many(v, t, c))
        f->kind = LEX_EK_ARMED_CLASH;
    ev->kind = lex_event_kind_name(f->kind);
    ev->type = t->le ? t->le->acled_type : t->e->acled_type;
    ev->sub_type = intercepted ? EX_DISRUPTED_WEAPONS : t->le ? t->le->acled_sub_type : t->e->acled_sub_type;
    ev->cameo = f->kind != t->kind ? NULL : t->le ? t->le->cameo : t->e->cameo;
    ev->trigger_start = t->e->start;
    ev->trigger_end = t->e->end;
    ev->sentence_start = doc->sentences[s].start;
    ev->sentence_end = doc->sentences[s].end;
    f->mentions[f->nmentions++] = s;

    /* the arguments follow the kind the frame ended with (a clash with
     * protesters is a riot, a bombardment with aircraft an air strike) */
    trig tk = *t;
    tk.kind = f->kind;
    ev_find_actors(v, &tk, c, sent_first, sent_end, ev);
    /* the side that advanced started the fight (ACLED's actor1), the
     * subject of أحبط repelled it */
    if (repelled && ev->actor2.present) {
        rasad_actor_ref a = ev->actor1;
        ev->actor1 = ev->actor2;
        ev->actor2 = a;
    }
    ev_find_target(v, t, c, ev);
    ev_find_location(v, t, c, sent_first, sent_end, ev);
    ev->attribution = ex_attribution(v, s);
    striker_reports(f);
    ev_actor_by_place(v, c, ev);
    ev_coalition_target(v, ev);
    f->date_in_text = ev_find_date(v, t, sent_first, sent_end, ev, &f->date_said);
    ev_find_quantities(v, c, tok, sent_first, sent_end, f);
    /* "وقتل أكثر من مائتي مدني": an attack whose counted dead or wounded
     * are civilians is violence against civilians (acled.c keeps it) */
    if (f->kind == LEX_EK_ATTACK && ev_civilian_toll(v, f))
        ev->type = "Violence against civilians";
    ev->modality = ex_modality(v, c.first, tok, sent_end);
    ev->modality.reported = ev->attribution.present;
    if (f->kind == LEX_EK_ASSASSINATION)
        one_man_killed(v, t, sent_first, f);

    /* a definite noun with nothing of its own names an incident told
     * before: "الهجوم", "العملية", "الهجمات" */
    const rasad_segment *first_seg = &doc->segments[doc->tokens[tok].seg_first];
    bool definite = first_seg->role == RASAD_SEG_PROCLITIC && strstr(first_seg->norm, "ال") != NULL;
    /* "كان انفجاراً هائلاً": what the act was like, told of the act before */
    definite |= tok > c.first && ex_word_in(doc, tok - 1, &WAS);
    f->definite = definite && !t->verb;
    f->anaphor = f->definite && !ev->actor1.present;
    f->several = !t->verb && dual_or_plural_noun(doc, tok);
    for (size_t i = t->e->tok_last + 1; i <= c.last && i <= t->e->tok_last + ANOTHER_REACH && !f->another; i++)
        f->another = ex_word_in(doc, i, &ANOTHER_ACT);
    f->said_same = f->definite && t->e->tok_last + 1 <= c.last && ex_word_in(doc, t->e->tok_last + 1, &SAME_ONE);
    f->adopted = ev_adopted_act(v, tok);
    f->interval_point = ev_interval_point(doc, t, c);
    f->killing_word = t->context;
    f->toll_only = t->context && !ev->has_location;
    /* anchored: the clause itself names the place or the time, or the
     * sentence counts the victims; a place elsewhere in a long sentence
     * does not make a generic statement an incident */
    bool place_in_clause = ev->has_location && ev->location.entity &&
                           ev->location.entity->tok_first >= c.first && ev->location.entity->tok_last <= c.last;
    /* a country alone does not single out a noun's incident ("الهجمات في
     * العراق"); a past verb told of it does (a plural noun form filed
     * under a verb entry, "ضربات" under ضرب, is a noun) */
    if (place_in_clause && ev->location.entity->feature && strncmp(ev->location.entity->feature, "PCL", 3) == 0 &&
        (!t->verb || (single_incident_kind(t->kind) && plural_noun(doc, tok))))
        place_in_clause = false;
    /* "إعدامات جماعية أو اغتيالات سياسية", "عمليات خطف وقتل", "ضربات
     * أحذية الشرطة": a plural act noun without the article names a kind
     * of act, many of them; a place or a date far off in a long clause
     * belongs to another verb ("... يخافه اليوم"), so only one near the
     * noun singles out incidents (GUIDELINES.md: vague background without
     * place or time is no event). Clashes, raids, shelling and protests
     * come in the plural on one day ("دارت اشتباكات عنيفة بين ... في
     * محيط"), and a past verb right before the noun tells it happened
     * ("شهدت المدينة اضطرابات") */
    bool generic_plural = !definite && single_incident_kind(t->kind) && plural_noun(doc, tok) &&
                          !ev_told_happening(doc, t, c);
    if (place_in_clause && generic_plural && !near_trigger(t, ev->location.entity->tok_first, ev->location.entity->tok_last))
        place_in_clause = false;
    bool date_in_clause = false, year_only = false, dated_after = false, span_of_weeks = false;
    /* "* 8 فبراير 2006: نجا الوزير من انفجار": the date heading a
     * timeline item before its colon dates the item */
    size_t dated_from = c.first;
    if (c.first > sent_first + 1 && doc->tokens[c.first - 1].kind == RASAD_TOK_PUNCT &&
        doc->tokens[c.first - 1].norm[0] == ':' && c.first - sent_first <= TIMELINE_HEAD)
        dated_from = sent_first;
    for (size_t k = ex_date_from(v, dated_from), kn = ex_date_to(v, c.last + 1); k < kn; k++) {
        if (v->dates[k].tok_first < dated_from || v->dates[k].tok_last > c.last)
            continue;
        if (generic_plural && !near_trigger(t, v->dates[k].tok_first, v->dates[k].tok_last))
            continue;
        /* "خلال الأيام الماضية", "اليومين الماضيين": a window back from
         * the paper's day dates an act told elsewhere, but is no anchor:
         * it is said as much of trends and statements as of incidents */
        if (ex_word_in(doc, v->dates[k].tok_first, &PAST_WINDOWS) || ev_birth_date(doc, &v->dates[k]))
            continue;
        /* "عام 2004": an incident dated by its year alone is history the
         * article recalls, not news it reports */
        if (v->dates[k].precision == RASAD_PREC_YEAR && !v->dates[k].relative)
            year_only = true;
        /* "التمرد الذي أسفر عن مقتل وإصابة آلاف هذا العام": a toll dated
         * by this or last year sums the year's incidents */
        else if (v->dates[k].precision == RASAD_PREC_YEAR && t->context)
            year_only = true;
        else {
            date_in_clause = true;
            dated_after |= v->dates[k].tok_first > tok;
            /* "بين الأول من يناير و30 يونيو": a span of days, weeks long */
            span_of_weeks |= ex_date_spans_weeks(v, &v->dates[k]);
        }
    }
    /* a crowd that gathered (a past verb of its own) is a particular
     * crowd on a particular day, even where the place is not one the
     * gazetteer knows */
    bool crowd = t->e->kind == RASAD_ENT_ROLE;
    /* "نفذت قوات التحالف تسع ضربات جوية": acts counted one by one are
     * particular acts, even placed only in a country */
    bool acts_counted = false, acts_by_the_score = false;
    for (size_t k = ex_qty_from(v, ex_back(tok, v->qty_span + 1)), kn = ex_qty_to(v, tok); k < kn && !acts_counted; k++) {
        const rasad_quantity *q = &v->qty[k];
        acts_counted = q->tok_first < tok && q->tok_last + 1 >= tok && q->tok_last <= tok;
        /* "مئات الغارات": a campaign, when told over a period (below) */
        acts_by_the_score = acts_counted && (q->qualifier == RASAD_Q_TENS || q->qualifier == RASAD_Q_HUNDREDS ||
                                             q->qualifier == RASAD_Q_THOUSANDS || (q->has_min && q->min >= 10));
    }
    /* "مسؤول عن مقتل المئات في هجمات انتحارية": a toll of hundreds or
     * thousands with a kind of act in the plural, nothing near to place
     * or date it, sums many incidents */
    bool vague_toll = generic_plural && f->nqty > 0;
    for (size_t k = 0; k < f->nqty && vague_toll; k++)
        vague_toll = f->qty[k].qualifier == RASAD_Q_HUNDREDS || f->qty[k].qualifier == RASAD_Q_THOUSANDS ||
                     f->qty[k].qualifier == RASAD_Q_TENS;
    /* "في القرن الـ 17": a century is history */
    for (size_t i = c.first; i <= c.last && !year_only; i++)
        year_only = ex_stem_in(doc, i, &CENTURY);
    /* own: the anchor the clause gives; stands: nothing below finds the
     * act untold, generic or background. A frame that stands with no
     * anchor of its own is an orphan: merge.c may give it the place of
     * the incident its sentence goes on telling */
    bool own = place_in_clause || date_in_clause || ((f->nqty > 0 || f->toll_beside) && !vague_toll) || crowd ||
               (acts_counted && ev->has_location);
    /* (a kind of act in the plural, "عمليات خطف", and a definite mention
     * of one told, "الهجوم", are no orphans: merge.c reads them apart; nor
     * is an act in a sentence that does not go on telling the one before
     * it, or goes on only by و with no named doer to follow: merge.c
     * asks no more, and the tests below read many words) */
    bool candidate = !own && !generic_plural && !f->anaphor && s > 0;
    if (candidate) {
        int link = ex_goes_on(doc, s);
        candidate = link == 2 || (link == 1 && ev->actor1.present && ev->actor1.id);
    }
    bool stands = (own || candidate) && ev_happened(v, t, c, date_in_clause, f->nqty);
    f->anchored = own && stands;
    /* "قتل 250 ألفاً منذ بداية الحرب", "بين الأول من يناير و30 يونيو
     * قتل 1592 مدنيا", "مئات الغارات على مدى أربعة أشهر": a count (of
     * victims or of acts) over a period sums many incidents, and
     * displacement is a consequence ACLED does not code as an event;
     * both are claims (claims.c takes the counts the frame gives up) */
    /* (an act of its own, dated in its clause, keeps no such count:
     * "هاجمت طائرات تركية يوم الأحد مواقع الحزب" beside the war's dead) */
    bool war_tally = war_sum_only(f);
    if (war_tally && !t->context && date_in_clause) {
        war_tally = false;
        f->nqty = 0;
    }
    if (((f->nqty > 0 || acts_by_the_score) &&
         (span_of_weeks || war_tally || ev_since_in_clause(v, ev_near_trigger(c, t, SINCE_REACH)) ||
          ev_since_then_before(v->doc, t, c) ||
          ev_period_in_clause(v->doc, ev_near_trigger(c, t, SINCE_REACH)) || ev_tally_goes_on(v, (uint32_t)s))) ||
        (t->le && t->le->id && strcmp(t->le->id, "نزوح") == 0)) {
        f->anchored = stands = false;
        f->nqty = 0;
    }
    if (year_only && !date_in_clause)
        f->anchored = stands = false;
    /* "فرار قيادات داعش من المدينة": fleeing is a prison break only
     * where the sentence names a prison or prisoners */
    if (t->kind == LEX_EK_PRISON_BREAK && t->le && t->le->id &&
        (strcmp(t->le->id, "فر") == 0 || strcmp(t->le->id, "هرب") == 0)) {
        EX_WORDS(PRISON, "سجن", "السجن", "سجون", "السجون", "سجناء", "السجناء", "معتقل",
                 "المعتقل", "معتقلين", "المعتقلين", "معتقلون", "المعتقلون",
                 "الاصلاحيه", "القيد", "زنزانه", "الزنزانه", "محتجزين", "المحتجزين");
        bool prison = false;
        for (size_t i = sent_first; i < sent_end && !prison; i++)
            prison = ex_stem_in(doc, i, &PRISON) || ex_word_in(doc, i, &PRISON);
        if (!prison)
            f->anchored = stands = false;
    }
    /* a withdrawal is a development only from a named place; attackers
     * who "withdrew unharmed" (وانسحبوا سالمين) end the attack told */
    if (t->kind == LEX_EK_WITHDRAWAL && !place_in_clause)
        f->anchored = stands = false;
    /* "لتنسحب قوات الأسد نحو مستودعات مهين": a retreat told only by
     * where it went leaves the place it lost to the capture told with it */
    if (t->kind == LEX_EK_WITHDRAWAL && ev_stem_after(doc, t, c, TOWARD_REACH, &TOWARD) &&
        !ev_stem_after(doc, t, c, RETREAT_FROM_REACH, &PREP_FROM))
        f->anchored = stands = false;
    /* "أكدت على حدوث دمار هائل في مواقع التنظيم وحرق كثير من آلياته"
     * beside the air strikes told: property destroyed or burnt in a
     * sentence that tells an act of violence is that act's damage, not
     * a destruction of its own (it can still merge into one told) */
    if (f->kind == LEX_EK_LOOTING && violence_in_sentence(v, t, sent_first, sent_end))
        f->anchored = stands = false;
    /* "ولقي أربعة أشخاص مصرعهم ... في ثلاثة حوادث أمنية منفصلة في بغداد":
     * a toll across incidents counted in its clause is their total (a
     * claim); the incidents are told one by one */
    if (t->context && incidents_in_clause(v, c))
        f->anchored = stands = false;
    /* what did not happen, may happen or will happen is not an incident */
    if (ev->modality.negated || ev->modality.hypothetical || ev->modality.future)
        f->anchored = stands = false;
    /* an act or a protest named as background only: the time of another
     * statement, guessed at or feared, a habit, any act (event_background.c) */
    if (stands && (ev_violent_kind(f->kind) || f->kind == LEX_EK_PROTEST || f->kind == LEX_EK_RIOT) &&
        ev_background(v, t, c, sent_first, f))
        f->anchored = stands = false;
    /* a view or a demand about an incident may name one told elsewhere
     * (it can still merge into it) but opens none. A condemnation does
     * when it places the incident and counts its victims, or places it
     * near the trigger (a place further on may be the speaker's) and
     * dates it after the trigger (the day before it is the statement's,
     * "ندد ... الثلاثاء بالقصف"): a statement is often the incident's
     * only report ("أدان المجلس حادث التفجير الذي استهدف مسجد قوات
     * الطوارئ بمنطقة عسير اليوم وأسفر عن مقتل ...") */
    ev_opinion view = ev_under_opinion(v, t, sent_first);
    bool placed_near = place_in_clause && near_trigger(t, ev->location.entity->tok_first, ev->location.entity->tok_last);
    bool condemned_told = (place_in_clause && f->nqty > 0) || (placed_near && dated_after);
    if (view == EV_VIEW || (view == EV_CONDEMNED && !condemned_told))
        f->anchored = stands = false;
    /* "رابط الخبر بصحيفة ...: مقتل 19 ...": a link caption repeats the
     * headline of a story told above (or elsewhere) */
    if (sent_first + 1 < sent_end && ex_stem_in(doc, sent_first, &LINK_NOUN) &&
        ex_word_in(doc, sent_first + 1, &THE_NEWS))
        f->anchored = stands = false;
    f->orphan = candidate && stands;

    float conf = 0.4f;
    conf += ev->actor1.present ? 0.15f : 0.0f;
    conf += ev->has_location ? 0.15f : 0.0f;
    conf += f->date_in_text ? 0.1f : 0.0f;
    conf += f->nqty ? 0.1f : 0.0f;
    conf -= t->weak ? 0.1f : 0.0f;
    ev->confidence = conf > 0.95f ? 0.95f : conf;
}
