/* SPDX-License-Identifier: MIT
 *
 * events.c - stage 4: event frames. A trigger word (a lexicon trigger
 * entity: هجوم، غارة، اشتباكات ...) opens a frame; its arguments come from
 * its clause and sentence:
 *
 *   actor1    "على يد X"; the actor right after a noun trigger ("هجوم
 *             لتنظيم داعش", "غارات التحالف"); the subject after an active
 *             verb ("هاجم مسلحون"); else the nearest actor before the
 *             trigger in the clause ("قوات النظام قصفت")
 *   actor2    the actor after على / ضد / a target noun, or the object of
 *             an active verb; the victim after a killing word
 *   target    a target noun after the trigger (سجن الصناعة، حاجز)
 *   location  the first place after the trigger in the clause, else the
 *             nearest before it, else one in the sentence; sites (prisons,
 *             camps) yield to the town they are in
 *   date      the date in the clause or sentence nearest the trigger, else
 *             the published week (the text says nothing more precise)
 *   counts    the sentence's quantities with event roles
 *
 * Several triggers in one sentence make one frame per kind; a generic
 * kind (attack, explosion) folds into a specific one beside it ("هجوم
 * بسيارة مفخخة" is a car bombing). Killing words (قتل، مقتل) and weak
 * triggers (عملية) open a frame only when nothing stronger is there.
 *
 * This file reads the triggers of each sentence, chooses which open
 * frames (choose_triggers) and collects the frames; the rest of the work
 * is split by argument, with the shared declarations in events.h:
 *
 *   event_frame.c     one frame from its trigger (ev_fill_frame)
 *   event_actors.c    actor1 and actor2
 *   event_place.c     target, location, and one frame per listed town
 *   event_date.c      date
 *   event_counts.c    counts
 *   event_figure.c    trigger words used for no act at all (a ruling, a match ...)
 *   event_sense.c     trigger words in their everyday sense (a grip, a process
 *                     stopped, people recovered ...), asked from event_figure.c
 *   event_figurative.c  figures of speech and words (a blow to tourism, an
 *                     attack in words, a line of verse ...), asked from event_sense.c
 *   event_civil.c     act words in the news of civil life (a road accident, a
 *                     match, a flood, a market, a trial), asked from event_sense.c
 *   event_strategic.c strategic developments: force in the clause, ordinary crime
 *   event_happened.c  whether the trigger tells of an event that happened
 *   event_when.c      when it is told: distant history, tallies since a point,
 *                     plans dated to come, asked from event_happened.c
 *   event_background.c  acts named only as background, inferred or habitual,
 *                     asked from event_frame.c
 *   merge.c           later mentions and repeated reports folded into one event
 */
#include <string.h>

#include "extract/extract.h"
#include "knowledge/lexicon.h"
#include "extract/events.h"

static uint8_t kind_from_name(const char *name) {
    for (unsigned k = 1; k < LEX_EK_COUNT; k++)
        if (name && strcmp(lex_event_kind_name(k), name) == 0)
            return (uint8_t)k;
    return LEX_EK_OTHER;
}

static bool generic_kind(uint8_t k) { return k == LEX_EK_ATTACK || k == LEX_EK_EXPLOSION || k == LEX_EK_OTHER; }

trig ev_trig_of(const rasad_entity *e) {
    trig t;
    memset(&t, 0, sizeof t);
    t.e = e;
    t.one_killed = SIZE_MAX; /* ex_events asks one_man_object for the triggers it opens */
    const lex_lexicon *lex = lex_default();
    t.le = (lex && e->lex_index != UINT32_MAX) ? lex_entry_get(lex, e->lex_index) : NULL;
    t.kind = t.le ? t.le->kind : kind_from_name(e->event_kind);
    if (t.kind == LEX_EK_NONE)
        t.kind = kind_from_name(e->event_kind);
    if (t.le) {
        t.weak = (t.le->flags & LEXF_WEAK) != 0;
        t.context = (t.le->flags & LEXF_CONTEXT) != 0;
        t.passive = (t.le->flags & LEXF_PASSIVE) != 0;
        t.verb = t.le->pos == LEX_POS_VERB;
    }
    return t;
}

/* A form shared by a verb and its verbal noun (قصف) is the noun when it
 * carries ال, ل or ب: "لقصف", "بالقصف", "القصف", and لل (ل with ال, one
 * proclitic for the segmenter): "للقصف", "للتصدي". */
bool ev_noun_clitic(const rasad_doc *doc, size_t tok) {
    const rasad_token *tk = &doc->tokens[tok];
    for (size_t k = 0; k < tk->seg_count; k++) {
        const rasad_segment *sg = &doc->segments[tk->seg_first + k];
        if (sg->role != RASAD_SEG_PROCLITIC)
            continue;
        if (strstr(sg->norm, "\xD8\xA7\xD9\x84") || strcmp(sg->norm, "\xD9\x84") == 0 ||
            strcmp(sg->norm, "\xD9\x84\xD9\x84") == 0 || strcmp(sg->norm, "\xD8\xA8") == 0) /* ال ل لل ب */
            return true;
    }
    return false;
}

/* a killing word made the killing of one man (one_man_object): an act of
 * its own beside a strong trigger */
static bool one_man(const trig *t) {
    return t->kind == LEX_EK_ASSASSINATION && t->le && t->le->kind != LEX_EK_ASSASSINATION;
}

static bool specialises(const rasad_doc *doc, const trig *spec) {
    if (generic_kind(spec->kind) || spec->kind == LEX_EK_TERRITORY_CAPTURED || spec->kind == LEX_EK_WITHDRAWAL ||
        spec->kind == LEX_EK_AGREEMENT)
        return false;
    /* one man killed is no kind of the attack named beside it: "قتلت
     * رجلا ... ردا على هجوم سوروتش" answers another act */
    if (one_man(spec))
        return false;
    /* nor the arms backing its doers ("مدعومين بدبابات هاجموا") or
     * named as its arms ("بقاذفة صواريخ") */
    if (ev_backing_arms(doc, spec) || ev_launcher_named(doc, spec))
        return false;
    /* nor are the missing an abduction the attack was: "الهجوم ... أدى
     * إلى مقتل 12 جنديا ... بحثا عن المفقودين" counts what it left */
    if (ev_missing_word(doc, spec))
        return false;
    return true;
}

/* Strikes from the air and from guns are one family: "قصف الطيران ...
 * وسط إلقاء البراميل على ..." goes on telling the same bombardment, where
 * "... بموازاة اشتباكات" tells another act. */
static bool bombardment(uint8_t k) {
    return k == LEX_EK_AIRSTRIKE || k == LEX_EK_DRONE_STRIKE || k == LEX_EK_SHELLING;
}
static bool same_family(uint8_t a, uint8_t b) { return a == b || (bombardment(a) && bombardment(b)); }

#define BOMB_REACH 4 /* tokens from a bombing to the bomb named with it */
#define AIRCRAFT_OF_VERB 4 /* tokens from a verb of bombardment to the drone named as its subject */
/* How specific a kind of bombing is (0: no bombing) */
int ev_bombing_rank(uint8_t k) {
    return k == LEX_EK_SUICIDE_BOMBING ? 3 : k == LEX_EK_CAR_BOMBING ? 2 : k == LEX_EK_IED ? 1 : 0;
}

#define STRIKES_OF_VERB 12 /* tokens from a verb of bombardment to the strikes it was carried out in */
bool ev_strikes_of_verb(const rasad_doc *doc, size_t verb_last, size_t noun_first) {
    if (noun_first <= verb_last || noun_first > verb_last + STRIKES_OF_VERB)
        return false;
    if (ex_has_proclitic(doc, noun_first, "\xd8\xa8")) /* ب: "بغارات جوية" */
        return true;
    /* "في 23 غارة جوية"، "في غارات" */
    size_t k = noun_first - 1;
    if (k > verb_last && doc->tokens[k].kind == RASAD_TOK_NUMBER)
        k--;
    return k > verb_last && ex_word_in(doc, k, &PREP_IN);
}

#define OWN_PLACE_REACH 40 /* tokens after a trigger where the place of its clause may stand */
#define NEXT_ACT_REACH 64  /* triggers ahead where the act that ends a town list is looked for */

/* Chooses which triggers of one sentence open frames (see the file
 * comment); marks the others as folded. */
/* "أعلنت الحركة أنها قتلت ... رجلا": the doer tells what it did (the
 * pronoun of أن right before the verb) */
EX_WORDS(THAT_IT_DID, "انها", "انه", "انهم");
bool ev_said_by_doer(const rasad_doc *doc, const trig *t) {
    return t->e->tok_first > 0 && ex_word_in(doc, t->e->tok_first - 1, &THAT_IT_DID);
}

/* superlatives of force ("أعنف قتال", "أسوأ هجوم"; not "أول غارات"، "آخر
 * هجوم", which name the act) */
EX_WORDS(FIERCEST, "اعنف", "اسوا", "اشد", "اخطر", "ادمي", "افدح");

/* Does the trigger begin with the article ("الهجوم", "للهجوم")? */
static bool definite_noun(const rasad_doc *doc, const trig *t) {
    const rasad_segment *sg = &doc->segments[doc->tokens[t->e->tok_first].seg_first];
    return sg->role == RASAD_SEG_PROCLITIC && strstr(sg->norm, "\xD8\xA7\xD9\x84") != NULL; /* ال */
}

static void choose_triggers(const rasad_doc *doc, trig *tr, const size_t *part, size_t n, bool *open) {
    /* a launcher named as arms ("استهدف مسلحون دورية بقاذفة صواريخ") is
     * no act, so it leaves the act word beside it to open the frame */
    bool strong = false;
    for (size_t i = 0; i < n; i++)
        strong |= !tr[i].weak && !tr[i].context && !ev_launcher_named(doc, &tr[i]);
    for (size_t i = 0; i < n; i++) {
        open[i] = strong ? (!tr[i].weak && (!tr[i].context || (one_man(&tr[i]) && ev_said_by_doer(doc, &tr[i])))) : true;
        if (!open[i])
            continue;
        for (size_t j = 0; j < i; j++) {
            /* a trigger after كما / فيما / بينما / في حين, with a place
             * of its own, tells another act: "قصفت قوات النظام A، كما
             * قصف الطيران B" is two */
            if (!open[j])
                continue;
            if (tr[j].kind == tr[i].kind && part[j] == part[i]) {
                open[i] = false; /* the same kind twice: one frame */
                break;
            }
            /* "قصفت طائرة أميركية من دون طيار": the drone of a verb of
             * bombardment, named a few words after it, flew that act
             * (whose frame takes the drone's kind, event_frame.c) */
            if (part[j] == part[i] && tr[j].verb && bombardment(tr[j].kind) && tr[i].kind == LEX_EK_DRONE_STRIKE &&
                !(tr[j].e->tok_first > 0 && ex_word_in(doc, tr[j].e->tok_first - 1, &EV_NOUN_PREPS)) &&
                tr[i].e->tok_first <= tr[j].e->tok_last + AIRCRAFT_OF_VERB &&
                !ex_has_proclitic(doc, tr[i].e->tok_first, "و")) {
                open[i] = false;
                break;
            }
            /* "قصفوا أهدافا للتنظيم في 23 غارة جوية": the strikes a verb
             * of bombardment was carried out in are that act (whose frame
             * takes their kind, event_frame.c) */
            if (part[j] == part[i] && tr[j].verb && bombardment(tr[j].kind) && tr[i].kind == LEX_EK_AIRSTRIKE &&
                !tr[i].verb && ev_strikes_of_verb(doc, tr[j].e->tok_last, tr[i].e->tok_first)) {
                open[i] = false;
                break;
            }
            /* a specific kind replaces the generic one ("هجوم بسيارة
             * مفخخة", "داهمت ... واعتقلت"); a capture of ground, a
             * withdrawal or an agreement is another act, not a kind of
             * attack */
            /* (a verb of that other clause is its own act: "كما استهدفت
             * طائرات التحالف معسكرا في منطقة يريم", and so is an
             * indefinite noun: "كما أصيب 4 آخرون في انفجار عبوة ناسفة";
             * a definite noun there still folds: "بعد فشل الهجوم الذي
             * شنته الحركة") */
            if (part[j] != part[i] && (tr[i].verb || !definite_noun(doc, &tr[i])))
                continue;
            if (generic_kind(tr[i].kind) && specialises(doc, &tr[j])) {
                open[i] = false;
                break;
            }
            if (generic_kind(tr[j].kind) && specialises(doc, &tr[i])) {
                open[j] = false;
            }
            /* "هجوم انتحاري بسيارة مفخخة", "انفجار سيارة مفخخة يقودها
             * انتحاري": a bombing and the bomb it used in one clause are
             * one act, of the most specific kind (told side by side:
             * "تفجيران انتحاريان ... بينما انفجرت سيارة مفخخة في سوق" are
             * two) */
            if (part[j] == part[i] && ev_bombing_rank(tr[i].kind) && ev_bombing_rank(tr[j].kind) &&
                tr[i].e->tok_first <= tr[j].e->tok_last + BOMB_REACH) {
                if (ev_bombing_rank(tr[i].kind) <= ev_bombing_rank(tr[j].kind)) {
                    open[i] = false;
                    break;
                }
                open[j] = false;
            }
        }
    }
    /* only killing words or weak triggers: one frame for the sentence */
    if (!strong)
        for (size_t i = 1; i < n; i++)
            open[i] = open[i] && tr[i].kind != tr[0].kind;
}

/* "أعلنت الحركة أنها قتلت في اسطنبول رجلا أكدت انتماءه للتنظيم": a
 * killing verb whose object is one person told by an indefinite noun in
 * the accusative is the killing of that one man, not fighting (ACLED:
 * Violence against civilians; gold: assassination). The accusative ا
 * keeps the passive reading out ("قتل رجل" is a man killed, told
 * without its doer); "قتل رجلا الأمن" is the dual of a construct (two
 * policemen), so a noun after the object that carries ال or names a
 * force leaves it. */
EX_WORDS(ONE_PERSON, "رجلا", "شخصا", "شابا", "مواطنا", "مدنيا", "طفلا", "صحفيا", "ناشطا", "مدرسا", "طبيبا",
         "تاجرا");
EX_WORDS(FORCE_AFTER_DUAL, "امن", "شرطه", "دين", "اطفاء");
#define ONE_KILLED_REACH 8 /* tokens from the verb to its object, past a time and a place */
static size_t one_man_object(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    /* the lexicon's reading, not the trig's: the kind may be this one's */
    if (!t->le || t->le->kind != LEX_EK_ATTACK || !(t->le->flags & LEXF_CONTEXT) || !t->verb || !t->le->id ||
        strcmp(t->le->id, "\xD9\x82\xD8\xAA\xD9\x84") != 0) /* قتل */
        return SIZE_MAX;
    /* the perfect only: "أن تقتل رجلا" is what one may do, not what was done */
    const rasad_segment *stem = doc_tok_stem(doc, t->e->tok_first);
    if (!stem || strncmp(stem->norm, "\xD9\x82", 2) != 0) /* ق */
        return SIZE_MAX;
    ex_clause c = ex_clause_around(doc, t->e->tok_last);
    for (size_t i = t->e->tok_last + 1; i <= c.last && i <= t->e->tok_last + ONE_KILLED_REACH; i++) {
        if (doc->tokens[i].kind != RASAD_TOK_WORD)
            return SIZE_MAX; /* a number or a comma: no single object */
        if (!ex_word_in(doc, i, &ONE_PERSON))
            continue;
        if (i + 1 <= c.last && (ev_noun_clitic(doc, i + 1) || ex_word_in(doc, i + 1, &FORCE_AFTER_DUAL)))
            return SIZE_MAX;
        /* "قتل أحد عشر شخصا": the noun counted by a number word is many */
        for (size_t k = ex_qty_from(v, ex_back(i, v->qty_span + 1)), kn = ex_qty_to(v, i + 1); k < kn; k++)
            if (v->qty[k].tok_first <= i && v->qty[k].tok_last >= i && v->qty[k].tok_first < i)
                return SIZE_MAX;
        return i;
    }
    return SIZE_MAX;
}

/* Past verbs of a crowd coming together in public: "تجمع مئات
 * المتظاهرين", "وخرج المتظاهرون إلى الشوارع", "احتشد المحتجون أمام
 * السجن". What a crowd does once gathered (هتف، رفع، قطع الطريق) tells
 * of a protest already told, so it opens nothing. */
EX_WORDS(CROWD_ACTS, "تجمع", "تجمعوا", "تجمعت", "احتشد", "احتشدوا", "احتشدت", "خرج", "خرجوا",
         "خرجت", "نزل", "نزلوا", "تدفق", "تدفقوا", "تجمهر", "تجمهروا",
         /* a crowd blocking a road or marching on a place: "أغلق
          * المتظاهرون الشارع", "سد المتظاهرون طريقا", "توجه المتظاهرون
          * إلى مقر" */
         "اغلق", "اغلقوا", "سد", "سدوا", "قطع", "قطعوا", "توجه", "توجهوا", "سار",
         "ساروا", "زحف", "زحفوا", "اعتصم", "اعتصموا", "نصب", "نصبوا");
#define CROWD_REACH 3 /* tokens between the crowd and its verb */

/* Is e a crowd of protesters doing one of CROWD_ACTS in its clause (the
 * verb before it, or right after it)? Such a crowd opens a protest
 * frame of its own: the text names no protest word. */
static bool crowd_acting(const ex_view *v, const rasad_entity *e) {
    if (e->kind != RASAD_ENT_ROLE || e->lex_index == UINT32_MAX)
        return false;
    const lex_lexicon *lex = lex_default();
    const lex_entry *le = lex ? lex_entry_get(lex, e->lex_index) : NULL;
    if (!le || le->kind != LEX_AK_PROTESTERS)
        return false;
    ex_clause c = ex_clause_around(v->doc, e->tok_first);
    for (size_t k = 1; k <= CROWD_REACH && e->tok_first >= c.first + k; k++)
        if (ex_stem_in(v->doc, e->tok_first - k, &CROWD_ACTS))
            return true;
    for (size_t i = e->tok_last + 1; i <= c.last && i <= e->tok_last + 2; i++)
        if (ex_stem_in(v->doc, i, &CROWD_ACTS))
            return true;
    return false;
}

static bool opens_frame(const ex_view *v, const rasad_entity *e) {
    return e->kind == RASAD_ENT_TRIGGER || crowd_acting(v, e);
}

static trig crowd_trig(const rasad_entity *e) {
    trig t;
    memset(&t, 0, sizeof t);
    t.e = e;
    t.one_killed = SIZE_MAX;
    t.kind = LEX_EK_PROTEST;
    t.verb = true; /* it stands for its past verb: the crowd acted */
    return t;
}

/* "أعلنت القوات سيطرتها بشكل شبه كامل على مدينة الحسكة": the noun of
 * control (weak: "مناطق سيطرة النظام" is a state) with على after it
 * and its holder as an enclitic tells the taking of the place, an act
 * as strong as an attack told beside it */
#define CONTROL_ON_REACH 4 /* tokens from the noun to its على */
static bool taking_control(const rasad_doc *doc, const trig *t) {
    if (t->kind != LEX_EK_TERRITORY_CAPTURED || t->verb || !t->weak || !ex_enclitic(doc, t->e->tok_last))
        return false;
    ex_clause c = ex_clause_around(doc, t->e->tok_last);
    for (size_t i = t->e->tok_last + 1; i <= c.last && i <= t->e->tok_last + CONTROL_ON_REACH; i++)
        if (ex_word_in(doc, i, &PREP_ON))
            return true;
    return false;
}

/* "سبع ضربات نفذت قرب الحسكة", "نفذت قوات التحالف تسع ضربات على
 * مواقع": strikes counted one by one and carried out are air strikes
 * (alone, ضربة is a blow, a heartbeat or a figure: "ضربات القلب",
 * "ضربة موجعة", so the lexicon makes it weak); so are strikes carried
 * out by aircraft named between the verb and them ("شنت مقاتلات
 * تركية الليلة الماضية أعنف ضربات تستهدف المقاتلين الأكراد") */
EX_WORDS_SHARED(EV_STRIKE_NOUNS, "ضربه", "ضربات", "ضربتين", "ضربتان");
EX_WORDS(CARRIED_OUT, "نفذ", "نفذت", "نفذوا", "شن", "شنت", "شنوا", "وجه", "وجهت", "وجهوا");
#define CARRIED_REACH 3 /* tokens between the strikes and their verb */
#define FLOWN_REACH 8   /* tokens from the verb of aircraft to the strikes */
static bool strikes_carried_out(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (t->kind != LEX_EK_ATTACK || !t->weak || t->e->tok_last != tok || !ex_stem_in(doc, tok, &EV_STRIKE_NOUNS) ||
        ev_noun_clitic(doc, tok))
        return false;
    ex_clause c = ex_clause_around(doc, tok);
    bool aircraft = false;
    for (size_t k = tok; k-- > c.first && tok - k <= FLOWN_REACH;) {
        if (ev_aircraft_word(doc, k))
            aircraft = true;
        else if (aircraft && ex_stem_in(doc, k, &CARRIED_OUT))
            return true;
    }
    bool counted = false;
    for (size_t k = ex_qty_from(v, ex_back(tok, v->qty_span + 1)), kn = ex_qty_to(v, tok); k < kn && !counted; k++)
        counted = v->qty[k].tok_first < tok && v->qty[k].tok_last + 1 >= tok;
    if (!counted)
        return false;
    return ev_stem_before(doc, t, c, CARRIED_REACH + 1, &CARRIED_OUT) ||
           ev_stem_after(doc, t, c, CARRIED_REACH, &CARRIED_OUT);
}

/* "تبادلت المقاومة والجيش مع الحوثيين إطلاق النيران": fire exchanged,
 * its verb apart from it before its sides, is a clash */
EX_WORDS(EXCHANGED, "تبادل", "تبادلت", "تبادلوا", "تبادلا", "يتبادل", "تتبادل", "يتبادلون");
#define EXCHANGED_REACH 8 /* tokens from the verb of exchanging to the fire */
size_t ev_exchange_verb(const ex_view *v, const trig *t) {
    if (!t->le || !t->le->id || strcmp(t->le->id, "إطلاق نار") != 0)
        return SIZE_MAX;
    const rasad_doc *doc = v->doc;
    ex_clause c = ex_clause_around(doc, t->e->tok_first);
    for (size_t k = t->e->tok_first; k-- > c.first && t->e->tok_first - k <= EXCHANGED_REACH;)
        if (ex_stem_in(doc, k, &EXCHANGED))
            return k;
    return SIZE_MAX;
}

/* "وأصيب خمسة آخرون بتفجير مماثل في منطقة الحبيبية": a generic act
 * "like" one told before is of that one's kind */
EX_WORDS(ALIKE, "مماثل", "مماثله", "مشابه", "مشابهه");
#define ALIKE_BACK 8 /* frames back where the act it is like may be */
static void like_before(const ex_view *v, const trig *t, ex_frame *fr, size_t n) {
    ex_frame *f = &fr[n];
    size_t after = t->e->tok_last + 1;
    if (!generic_kind(f->kind) || after >= v->doc->ntokens || !ex_stem_in(v->doc, after, &ALIKE))
        return;
    for (size_t j = n; j-- > 0 && n - j <= ALIKE_BACK;) {
        if (generic_kind(fr[j].kind) || !ev_violent_kind(fr[j].kind))
            continue;
        f->kind = fr[j].kind;
        f->ev.kind = fr[j].ev.kind;
        f->ev.type = fr[j].ev.type;
        f->ev.sub_type = fr[j].ev.sub_type;
        f->ev.cameo = fr[j].ev.cameo;
        return;
    }
}

/* "المتهم بقتل هبة العقاد", "ملاحق بتهمة المشاركة في «مؤامرة» و«القتل»":
 * the act named after a charge is what a court or a police says someone
 * did, told in trial news, not an incident the text reports; the arrest
 * words of a charge (متهم، بتهمة) are no arrest either (data/triggers.tsv
 * leaves them out). A noun trigger within CHARGE_REACH words after a
 * charge word of its sentence names the charge. */
EX_WORDS(CHARGE_WORDS, "متهم", "المتهم", "متهمين", "المتهمين", "متهمون", "المتهمون", "تهمه", "التهمه",
         "بتهمه", "بتهم", "تهم", "التهم");
#define CHARGE_REACH 10 /* tokens from a charge word to the act it names */
static bool charged_act(const ex_view *v, const rasad_entity *e) {
    const rasad_doc *doc = v->doc;
    trig t = ev_trig_of(e);
    if (t.verb && !ev_noun_clitic(doc, e->tok_first))
        return false;
    size_t sent_first, sent_end;
    ex_sentence_tokens(doc, doc->tokens[e->tok_first].sentence, &sent_first, &sent_end);
    size_t from = e->tok_first > sent_first + CHARGE_REACH ? e->tok_first - CHARGE_REACH : sent_first;
    /* back to the charge word, past quotes but not past a comma or a
     * stop ("بتهمة التجسس، ثم أعدمهما رميا بالرصاص" tells the act) */
    for (size_t i = e->tok_first; i-- > from;) {
        if (doc->tokens[i].kind == RASAD_TOK_PUNCT &&
            (strchr(",.;", doc->tokens[i].norm[0]) != NULL && doc->tokens[i].norm[0] != '\0'))
            return false;
        if (ex_word_in(doc, i, &CHARGE_WORDS))
            return true;
    }
    return false;
}

/* Is the trigger mines named as a field of them ("حقول ألغام", "حقل
 * الألغام")? */
EX_WORDS(FIELDS, "حقول", "حقل");
EX_WORDS(MINES, "الغام", "لغم");
static bool minefield(const rasad_doc *doc, const rasad_entity *e) {
    size_t i = e->tok_first;
    return (i > 0 && ex_stem_in(doc, i, &MINES) && ex_stem_in(doc, i - 1, &FIELDS)) ||
           (i < e->tok_last && ex_stem_in(doc, i, &FIELDS) && ex_stem_in(doc, i + 1, &MINES));
}

/* "تركيا سمحت للولايات المتحدة باستخدام العديد من القواعد الجوية",
 * "سمحت للطائرات الأميركية بشن هجمات ... انطلاقا من قاعدة إنجرليك": a
 * state that let another's forces use its bases made a basing agreement
 * (ACLED: Strategic developments / Agreement). Alone, سمح lets anything
 * ("سمحت السلطات للحجاج بـ"), so the verb opens a frame only where the
 * use of a base follows it and the state that let is named. */
#define PERMIT_LEMMA "سمح"
#define BASE_REACH 16   /* tokens from the verb to the base used */
#define GRANTOR_REACH 8 /* tokens back from the verb to the state that let */
#define USER_REACH 4    /* tokens after the verb to the party let in */
#define SITE_REACH 8    /* tokens after the bases to the base named */
EX_WORDS(USE_WORDS, "استخدام", "استعمال", "انطلاقا");
EX_WORDS(BASE_WORDS, "قاعده", "قواعد", "قاعدتي", "قاعدتين");
static bool permit_word(const rasad_entity *e) {
    const lex_entry *le = ex_lex_entry(e);
    return le && le->id && strcmp(le->id, PERMIT_LEMMA) == 0;
}

/* The token of the base used after the permitting verb, or SIZE_MAX
 * ("القاعدة" read as the organisation is no base) */
static size_t base_used(const ex_view *v, const rasad_entity *e) {
    const rasad_doc *doc = v->doc;
    size_t sent_first, sent_end;
    ex_sentence_tokens(doc, doc->tokens[e->tok_first].sentence, &sent_first, &sent_end);
    bool use = false;
    for (size_t i = e->tok_last + 1; i < sent_end && i <= e->tok_last + BASE_REACH; i++) {
        if (ex_stem_in(doc, i, &USE_WORDS))
            use = true;
        else if (use && ex_stem_in(doc, i, &BASE_WORDS)) {
            const rasad_entity *b = ex_entity_at(v, i);
            return b && b->kind == RASAD_ENT_ACTOR ? SIZE_MAX : i;
        }
    }
    return SIZE_MAX;
}

/* A party to the agreement: a named actor, or a state named by its
 * country or capital ("تركيا", "أنقرة") */
static bool party(const rasad_entity *e) {
    if (!e)
        return false;
    if (e->kind != RASAD_ENT_PLACE)
        return e->kind == RASAD_ENT_ACTOR;
    return e->id || (e->feature && (strncmp(e->feature, "PCL", 3) == 0 || strcmp(e->feature, "PPLC") == 0));
}

/* Does the token carry a proclitic starting with the letter (UTF-8, 2
 * bytes): ب ("باستخدام", "بشن"), ل ("للولايات المتحدة")? */
static bool has_clitic_letter(const rasad_doc *doc, size_t tok, const char *letter) {
    const rasad_token *tk = &doc->tokens[tok];
    for (size_t k = 0; k < tk->seg_count; k++) {
        const rasad_segment *sg = &doc->segments[tk->seg_first + k];
        if (sg->role == RASAD_SEG_PROCLITIC && strncmp(sg->norm, letter, 2) == 0)
            return true;
    }
    return false;
}
#define LETTER_BA "\xD8\xA8"  /* ARABIC LETTER BEH U+0628 */
#define LETTER_LAM "\xD9\x84" /* ARABIC LETTER LAM U+0644 */

/* The state that let (the subject) and the party let in (after ل) of the
 * permitting verb e; returns the state or NULL. */
static const rasad_entity *basing_sides(const ex_view *v, const rasad_entity *verb, const rasad_entity **user) {
    const rasad_doc *doc = v->doc;
    size_t sent_first, sent_end;
    ex_sentence_tokens(doc, doc->tokens[verb->tok_first].sentence, &sent_first, &sent_end);
    const rasad_entity *grantor = NULL;
    *user = NULL;
    /* the subject after the verb, before the ل of the party let in
     * ("وسمحت أنقرة لتحالف"; in "سمحت للتحالف بقيادة واشنطن" the
     * capital is the party's) */
    for (size_t i = verb->tok_last + 1; i < sent_end && i <= verb->tok_last + USER_REACH; i++) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (has_clitic_letter(doc, i, LETTER_LAM)) {
            if (party(e) && e->tok_first == i)
                *user = e;
            break;
        }
        if (!grantor && party(e) && e->tok_first == i)
            grantor = e;
    }
    /* else the subject before it ("أن تركيا سمحت"), not a party after
     * ل there ("مع طلب ملح لواشنطن وسمحت لها") */
    for (size_t i = verb->tok_first; !grantor && i-- > sent_first && verb->tok_first - i <= GRANTOR_REACH;) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (party(e) && !has_clitic_letter(doc, e->tok_first, LETTER_LAM))
            grantor = e;
    }
    return grantor;
}

/* Is e the verb سمح with no base used after it or no state named as
 * its subject ("أن الحكومة سمحت للطائرات باستخدام قاعدة جوية": no party
 * named, no agreement to code)? */
static bool permit_without_base(const ex_view *v, const rasad_entity *e) {
    const rasad_entity *user;
    return permit_word(e) && (base_used(v, e) == SIZE_MAX || !basing_sides(v, e, &user));
}

/* The basing agreement's sides and place: the state that let, the party
 * let in, and the base used as the place (the sides are no places of
 * the agreement: "الولايات المتحدة"). */
static void basing_fields(const ex_view *v, const trig *t, ex_frame *f) {
    const rasad_doc *doc = v->doc;
    size_t base = base_used(v, t->e);
    if (base == SIZE_MAX)
        return;
    size_t sent_first, sent_end;
    ex_sentence_tokens(doc, doc->tokens[t->e->tok_first].sentence, &sent_first, &sent_end);
    const rasad_entity *user, *site = NULL;
    const rasad_entity *grantor = basing_sides(v, t->e, &user);
    /* "القواعد الجوية التركية، ولا سيما قاعدة انجرليك": the base named
     * after the bases in general */
    for (size_t i = base; i < sent_end && i <= base + SITE_REACH && !site; i++) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (e && e->kind == RASAD_ENT_PLACE && !party(e))
            site = e;
    }
    rasad_event *ev = &f->ev;
    memset(&ev->actor1, 0, sizeof ev->actor1);
    if (grantor)
        ex_actor_from_entity(v, grantor, &ev->actor1);
    memset(&ev->actor2, 0, sizeof ev->actor2);
    if (user)
        ex_actor_from_entity(v, user, &ev->actor2);
    else
        /* "سمحت للطائرات العسكرية الأميركية بشن": a party no lexicon
         * names is the noun after ل, up to the verbal noun of the use */
        for (size_t i = t->e->tok_last + 1; i < sent_end && i <= t->e->tok_last + USER_REACH; i++) {
            if (doc->tokens[i].kind != RASAD_TOK_WORD || !has_clitic_letter(doc, i, LETTER_LAM))
                continue;
            size_t last = i;
            while (last + 1 < sent_end && last + 1 <= i + 2 && doc->tokens[last + 1].kind == RASAD_TOK_WORD &&
                   !has_clitic_letter(doc, last + 1, LETTER_BA) && !ex_stem_in(doc, last + 1, &USE_WORDS))
                last++;
            ev->actor2.present = true;
            ev->actor2.start = doc->tokens[i].start;
            ev->actor2.end = doc->tokens[last].end;
            break;
        }
    /* no base named: the state that let its ground be used; a place
     * told beside it is where the planes strike ("وقصفت أهدافا في
     * سوريا"), not where the agreement was made */
    if (!site && grantor && grantor->kind == RASAD_ENT_PLACE)
        site = grantor;
    memset(&ev->location, 0, sizeof ev->location);
    ev->has_location = site != NULL;
    if (site) {
        ev->location.start = site->start;
        ev->location.end = site->end;
        ev->location.entity = site;
    }
}

/* "فتح مسلحون النار على دورية"، "أطلقت قوات الأمن النار على المحتجين":
 * the verb of firing with its subject between it and النار, which the
 * lexicon's forms, side by side ("فتحوا النار"), do not reach. The verb
 * alone becomes a trigger of the lexicon's "فتح النار" (an attack). */
EX_WORDS(FIRE_VERBS, "فتح", "فتحت", "فتحوا", "يفتح", "تفتح", "اطلق", "اطلقت", "اطلقوا", "يطلق", "تطلق");
EX_WORDS(FIRE_OBJECTS, "النار", "النيران", "الرصاص");
#define FIRE_GAP 5 /* words of the subject between the verb and النار */

/* The lexicon entry of "فتح النار", or NULL. */
static const lex_entry *fire_entry(uint32_t *index) {
    const lex_lexicon *lex = lex_default();
    static const char FORM[] = "\xd9\x81\xd8\xaa\xd8\xad \xd8\xa7\xd9\x84\xd9\x86\xd8\xa7\xd8\xb1"; /* فتح النار */
    size_t first, n = lex ? lex_lookup(lex, FORM, sizeof FORM - 1, &first) : 0;
    for (size_t k = 0; k < n; k++) {
        uint32_t entry;
        lex_form_at(lex, first + k, NULL, NULL, &entry);
        const lex_entry *le = lex_entry_get(lex, entry);
        if (le && le->cls == LEX_TRIGGER) {
            *index = entry;
            return le;
        }
    }
    return NULL;
}

/* Is token i a verb of firing no entity covers, with an actor starting
 * after it and النار within FIRE_GAP tokens of its clause? */
static bool split_fire_at(const ex_view *v, size_t i) {
    const rasad_doc *doc = v->doc;
    if (ex_entity_at(v, i) || !ex_stem_in(doc, i, &FIRE_VERBS) || !ev_actor_starting(v, i + 1))
        return false;
    for (size_t k = i + 2; k < doc->ntokens && k <= i + 1 + FIRE_GAP; k++) {
        if (doc->tokens[k].sentence != doc->tokens[i].sentence || ex_is_boundary(doc, k))
            return false;
        const rasad_entity *e = ex_entity_at(v, k);
        if (e && e->kind == RASAD_ENT_TRIGGER)
            return false;
        if (!e && ex_word_in(doc, k, &FIRE_OBJECTS))
            return true;
    }
    return false;
}

/* A trigger entity for the verb at token i (split_fire_at), in the
 * doc's arena, or NULL. */
static const rasad_entity *split_fire_entity(const ex_view *v, size_t i) {
    uint32_t index;
    const lex_entry *le = fire_entry(&index);
    rasad_entity *e = le ? arena_alloc(&v->doc->arena, sizeof *e) : NULL;
    if (!e)
        return NULL;
    const rasad_token *tk = &v->doc->tokens[i];
    e->start = tk->start;
    e->end = tk->end;
    e->tok_first = e->tok_last = (uint32_t)i;
    e->norm = tk->norm;
    e->type = "MISC";
    e->kind = RASAD_ENT_TRIGGER;
    e->event_kind = lex_event_kind_name(le->kind);
    e->acled_type = le->acled_type;
    e->acled_sub_type = le->acled_sub_type;
    e->cameo = le->cameo;
    e->country = e->admin1 = e->feature = "";
    e->place_index = UINT32_MAX;
    e->lex_index = index;
    return e;
}

rasad_status ex_events(const ex_view *v, ex_frame **out, size_t *nout) {
    rasad_doc *doc = v->doc;
    size_t ntrig = 0;
    for (size_t i = 0; i < v->nents; i++)
        ntrig += opens_frame(v, &v->ents[i]);
    /* the verbs of firing split from النار, in token order */
    size_t nfire = 0, fi = 0;
    for (size_t i = 0; i + 1 < doc->ntokens; i++)
        nfire += split_fire_at(v, i);
    size_t *fire = nfire ? arena_alloc_array(&doc->arena, nfire, sizeof *fire) : NULL;
    if (nfire && !fire)
        return RASAD_ENOMEM;
    for (size_t i = 0, k = 0; k < nfire && i + 1 < doc->ntokens; i++)
        if (split_fire_at(v, i))
            fire[k++] = i;
    ntrig += nfire;
    *out = NULL;
    *nout = 0;
    if (!ntrig)
        return RASAD_OK;
    size_t cap = ntrig * (MAX_TOWNS + 1);
    /* not zeroed: room for every town of every trigger, of which few are
     * used, and each frame is cleared or copied whole before it is read */
    ex_frame *fr = cap <= SIZE_MAX / sizeof *fr ? arena_alloc_uninit(&doc->arena, cap * sizeof *fr) : NULL;
    trig *tr = arena_alloc_array(&doc->arena, ntrig, sizeof *tr);
    bool *open = arena_alloc_array(&doc->arena, ntrig, sizeof *open);
    size_t *part = arena_alloc_array(&doc->arena, ntrig, sizeof *part);
    if (!fr || !tr || !open || !part)
        return RASAD_ENOMEM;
    size_t nfr = 0;
    size_t i = 0;
    for (;;) {
        /* gather the triggers of one sentence: the next one with a
         * trigger entity or a split verb of firing */
        while (i < v->nents && !opens_frame(v, &v->ents[i]))
            i++;
        if (i >= v->nents && fi >= nfire)
            break;
        uint32_t s = i < v->nents ? doc->tokens[v->ents[i].tok_first].sentence : UINT32_MAX;
        if (fi < nfire && doc->tokens[fire[fi]].sentence < s)
            s = doc->tokens[fire[fi]].sentence;
        size_t n = 0;
        for (; i < v->nents && doc->tokens[v->ents[i].tok_first].sentence == s; i++) {
            if (v->ents[i].kind == RASAD_ENT_TRIGGER && minefield(doc, &v->ents[i]))
                continue; /* "حقول ألغام قريبة من مدينة الرقة": a place, no act */
            if (v->ents[i].kind == RASAD_ENT_TRIGGER && permit_without_base(v, &v->ents[i]))
                continue;
            if (v->ents[i].kind == RASAD_ENT_TRIGGER && charged_act(v, &v->ents[i]))
                continue;
            if (v->ents[i].kind == RASAD_ENT_TRIGGER) {
                tr[n] = ev_trig_of(&v->ents[i]);
                /* "خرجوا للاحتجاج": a crowd going out to protest is the
                 * protest, so لل leaves a protest word its verb reading */
                if (tr[n].verb && ev_noun_clitic(doc, v->ents[i].tok_first) &&
                    !(tr[n].kind == LEX_EK_PROTEST && ex_has_proclitic(doc, v->ents[i].tok_first, "لل")))
                    tr[n].verb = false;
                if (taking_control(doc, &tr[n]))
                    tr[n].weak = false;
                /* "قتلوا في قصف أمس في أعنف قتال منذ شهر": an act named
                 * to compare it (a superlative right before) is the act
                 * told beside it */
                size_t at = v->ents[i].tok_first;
                if (at > 0 && ex_stem_in(doc, at - 1, &FIERCEST))
                    tr[n].weak = true;
                /* (still a killing word: what tells of killings that did
                 * not happen or are no news reads it so) */
                tr[n].one_killed = one_man_object(v, &tr[n]);
                if (tr[n].one_killed != SIZE_MAX)
                    tr[n].kind = LEX_EK_ASSASSINATION;
                if (tr[n].kind == LEX_EK_ATTACK && ev_exchange_verb(v, &tr[n]) != SIZE_MAX)
                    tr[n].kind = LEX_EK_ARMED_CLASH;
                if (strikes_carried_out(v, &tr[n])) {
                    tr[n].kind = LEX_EK_AIRSTRIKE;
                    tr[n].weak = false;
                    tr[n].verb = false;
                }
                n++;
            } else if (n < ntrig && crowd_acting(v, &v->ents[i]))
                tr[n++] = crowd_trig(&v->ents[i]);
        }
        /* the split verbs of firing of the sentence, in token order among
         * the other triggers */
        for (; fi < nfire && doc->tokens[fire[fi]].sentence == s; fi++) {
            const rasad_entity *e = split_fire_entity(v, fire[fi]);
            if (!e)
                return RASAD_ENOMEM;
            size_t k = n++;
            for (; k > 0 && tr[k - 1].e->tok_first > e->tok_first; k--)
                tr[k] = tr[k - 1];
            tr[k] = ev_trig_of(e);
            tr[k].subject = ev_actor_starting(v, fire[fi] + 1);
        }
        /* a crowd acting beside a riot is the rioters: "أحرق متظاهرون
         * إطارات وقطعوا الطرق" is one riot, not a riot and a protest
         * (beside a protest word the two fold into one protest frame) */
        bool told = false;
        for (size_t k = 0; k < n; k++)
            told |= tr[k].e->kind == RASAD_ENT_TRIGGER && tr[k].kind == LEX_EK_RIOT;
        if (told) {
            size_t m = 0;
            for (size_t k = 0; k < n; k++)
                if (tr[k].e->kind == RASAD_ENT_TRIGGER)
                    tr[m++] = tr[k];
            n = m;
        }
        /* the clause of each trigger, counted by the connectives before
         * it; a clause that names no place of its own after its trigger
         * ("في حين ظل الثالث فارا إلى أن فجر نفسه") goes on telling the
         * act before it */
        size_t at, end_tok, np = 0;
        ex_sentence_tokens(doc, s, &at, &end_tok);
        for (size_t k = 0; k < n; k++) {
            for (size_t j = at; j < tr[k].e->tok_first; j++)
                np += ev_opens_clause(doc, j);
            at = tr[k].e->tok_first > at ? tr[k].e->tok_first : at;
            bool placed = false;
            size_t from = tr[k].e->tok_last + 1;
            size_t reach = from < end_tok && end_tok - from > OWN_PLACE_REACH ? from + OWN_PLACE_REACH : end_tok;
            for (size_t j = from; j < reach && !placed && !ev_opens_clause(doc, j); j++) {
                const rasad_entity *pe = ex_entity_at(v, j);
                placed = pe && pe->kind == RASAD_ENT_PLACE;
            }
            part[k] = placed || k == 0 ? np : part[k - 1];
        }
        choose_triggers(doc, tr, part, n, open);
        bool earlier = false; /* a frame opened before in the sentence */
        for (size_t k = 0; k < n; k++) {
            if (!open[k])
                continue;
            memset(&fr[nfr], 0, sizeof fr[nfr]);
            ev_fill_frame(v, &tr[k], &fr[nfr]);
            if (tr[k].e->kind == RASAD_ENT_TRIGGER && permit_word(tr[k].e))
                basing_fields(v, &tr[k], &fr[nfr]);
            like_before(v, &tr[k], fr, nfr);
            /* a second act told by a verb of its own in the sentence
             * ("وقصفت المعارضة بلدات ... وسيطر مقاتلون على حاجز") is
             * another act as much as one after كما */
            fr[nfr].also = part[k] > 0 || (tr[k].verb && earlier);
            earlier = true;
            nfr++;
            /* the towns of this act end where the next verb of an act
             * opens a clause of its own, or an act of another kind is
             * told:
             * "وقصفت المعارضة بلدات بريفي إدلب وحلب وسيطر مقاتلون على
             * حاجز مطل على بلدة بلودان" */
            size_t limit = end_tok;
            for (size_t j = k + 1; j < n && j <= k + NEXT_ACT_REACH && limit == end_tok; j++)
                if (open[j] && (tr[j].verb || !same_family(tr[j].kind, tr[k].kind)) &&
                    tr[j].e->tok_first > tr[k].e->tok_last)
                    limit = tr[j].e->tok_first;
            /* one man is killed at one place: a town later in the
             * sentence is another story's ("ردا على هجوم سوروتش") */
            if (one_man(&tr[k]))
                continue;
            nfr += ev_split_by_town(v, &tr[k], &fr[nfr - 1], &fr[nfr], cap - nfr, limit);
        }
    }
    *out = fr;
    *nout = nfr;
    return RASAD_OK;
}
