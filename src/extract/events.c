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
 */
#include <string.h>

#include "extract/extract.h"
#include "knowledge/lexicon.h"

#define ACTOR_REACH 4  /* tokens after a noun trigger where its actor may stand */
#define OBJECT_REACH 5 /* tokens after على / ضد where actor2 may stand */

EX_WORDS(STOP_PREPS, "علي", "في", "ضد", "من", "قرب", "عند", "الي", "منذ", "بعد", "قبل",
         "خلال", "اثر", "جراء", "بين", "ان", "الذي", "التي");
EX_WORDS(AGAINST, "علي", "ضد", "استهدف", "استهدفت", "مستهدفا", "مستهدفه", "طالت", "طال",
         "شملت", "شمل",
         "صفوف");
EX_WORDS(TARGET_NOUNS, "سجن", "حاجز", "نقطه", "موقع", "مواقع", "مقر", "مقرات", "مركز",
         "دوريه", "قافله", "ثكنه", "مطار", "قاعده", "معسكر", "مخيم", "مبني",
         "منزل", "سياره", "رتل", "تجمع", "تجمعات", "مستشفي", "مدرسه", "سوق",
         "مسجد", "كنيسه", "حافله", "مخفر", "مديريه", "معبر", "منشاه",
         /* accusative forms the stem keeps: "هاجموا حاجزاً للجيش" */
         "حاجزا", "موقعا", "مقرا", "مركزا", "منزلا", "رتلا", "معسكرا", "سجنا",
         "مطارا", "مخفرا", "مسجدا", "سوقا",
         /* "قصفت أهدافا للمسلحين": whose targets they were */
         "اهداف", "اهدافا", "معاقل");
EX_WORDS(PARTICIPATE, "شارك", "شاركت", "يشارك", "تشارك", "بمشاركه", "مشاركه", "شاركوا");
EX_WORDS(BY_HAND, "يد", "ايدي");
/* past-tense verbs that report a noun trigger as something that happened:
 * "شنت طائرات غارات", "دارت اشتباكات", "أسفر الهجوم عن" */
EX_WORDS(HAPPENED, "شن", "شنت", "شنوا", "نفذ", "نفذت", "نفذوا", "وقع", "وقعت", "دارت", "دار",
         "اندلعت", "اندلع", "جرت", "جري", "تعرض", "تعرضت", "اسفر", "اسفرت", "ادي",
         "اوقع", "اوقعت", "اودي", "اودت", "استهدف", "استهدفت", "قتل", "قتلت",
         "اصيب", "اصيبت", "لقي", "لقيت", "سقط", "سقطت", "تبني", "تبنت", "هز", "هزت",
         "طال", "طالت", "شهدت", "شهد", "تمكن", "تمكنت", "تمكنوا",
         /* past consequences of it: "أثار الهجوم مخاوف", "خلف الهجوم" */
         "اثار", "اثارت",
         /* renewed or stepped up: "جددت قوات الأسد قصفها", "كثفت
         * قصفها", "تجددت المعارك" */
         "جدد", "جددت", "جددوا", "تجدد", "تجددت", "كثف", "كثفت", "كثفوا",
         "صعد", "صعدت", "استانف", "استانفت", "استكمل", "استكملت",
         /* announced: "أعلنت القوات سيطرتها على" */
         "اعلن", "اعلنت", "اعلنوا",
         /* survived it: "نجا الوزير من انفجار" */
         "نجا", "نجت", "نجوا",
         /* told in sequence with another act: "تبعه قصف عنيف",
         * "ترافقت مع قصف" */
         "تبعه", "تبعها", "تلاه", "تلاها", "ترافق", "ترافقت", "رافقه",
         "رافقها", "تخلله", "تخللها", "سبقه", "سبقها");
/* words before a trigger that make it a topic, not an incident:
 * "الحرب على داعش", "لمواجهة التنظيم", "على خط المواجهات" */
EX_WORDS(GENERIC_BEFORE, "ضد", "مواجهه", "خط", "مكافحه", "لمواجهه", "منع", "وقف", "حمله",
         "استراتيجيه", "خطر", "تهديد", "مخاوف", "احتمال", "امكانيه",
         "سلسله", "موجه",
         /* a reference point or a continuing practice, not an
         * incident: "منذ اغتيال ...", "الاستمرار في إطلاق الصواريخ" */
         "منذ", "استمرار", "الاستمرار", "مواصله", "تصاعد",
         /* "جهود التصدي لتنظيم داعش" */
         "جهود",
         /* any, a count of, a policy of: "تحسبا لأي ضربة", "عدد
         * الهجمات", "سياسة الاغتيالات" */
         "اي", "عدد", "سياسه",
         /* halted: "أوقفت القوات عمليات القصف" */
         "اوقف", "اوقفت", "ايقاف", "توقف", "توقفت",
         /* a protest lodged by a government: "لتسجيل احتجاج",
         * "مذكرة احتجاج" */
         "تسجيل", "مذكره",
         /* joining a war: "دخول تركيا المعركة ضد التنظيم" */
         "دخول");
EX_WORDS(TIME_REFERENCE, "بعد", "غداه", "عقب", "اعقاب", "قبيل");
EX_WORDS(DEMONSTRATIVES, "هذا", "هذه", "ذلك", "تلك", "هذان", "هاتان", "هؤلاء", "اولئك");
EX_WORDS(REFERENCE_NOUNS, "التحقيق", "تحقيق", "التحقيقات", "تحقيقات", "قضيه", "ملف",
         "جريمه", "جرائم", "وراء", "علاقه", "روابط", "رابط", "صله",
         /* the doers or victims of an incident named as such */
         "منفذ", "منفذي", "منفذو", "منفذين", "مرتكب", "مرتكبي", "مرتكبو", "تهمه", "بتهمه", "تهم", "بتهم", "محاكمه",
         "ذكري", "تاريخ", "وطاه", "خلفيه", "ادانه", "اعمال", "مسلسل",
         "ظاهره");
/* verbs and nouns of foiling: the explosive did not go off */
EX_WORDS(FOILED, "تدمير", "دمرت", "دمر", "ضبط", "ضبطت", "تفكيك", "فكك", "فككت", "ابطال",
         "العثور", "عثر", "عثرت", "اكتشاف", "احباط", "احبطت", "احبط", "مصادره");
/* Closed-class words the gazetteer can mistake for a place name (the verb
 * كان "was" for Cannes, the particles أن / إن for towns named so): never
 * an event's location. The gazetteer should drop them too (see the
 * report); here they only keep them out of event frames. */
EX_WORDS(NOT_PLACES, "كان", "كانت", "ان", "وان", "فان", "لان", "بان", "امن", "اطار", "النعمه",
         "ليل");
EX_WORDS(BY_AGENT, "قبل"); /* من قبل X */
/* words that open a clause of their own within a sentence */
EX_WORDS(CONNECTIVES, "كما", "فيما", "بينما", "حيث", "بعدما", "عندما", "حين", "لكن");
/* أنّ / إنّ open a reported clause */
EX_WORDS(COMPLEMENTIZERS, "ان", "بان", "وان", "فان", "انه", "انها", "بانه", "بانها");
/* Verbs of opinion, appeal, evaluation and condemnation: what they govern
 * is a view about an incident or a demand for one ("يرى أن هجوم ...",
 * "دعا إلى إعدام ...", "أدان الهجوم"), not the report of one. The quote
 * verbs of GUIDELINES.md that are not reporting verbs are among them. */
EX_WORDS(OPINION, "يري", "تري", "راي", "رات", "يرون", "اعتبر", "اعتبرت", "يعتبر", "تعتبر",
         "دعا", "دعت", "يدعو", "تدعو", "دعوا", "طالب", "طالبت", "يطالب", "تطالب",
         "طالبوا", "ادان", "ادانت", "يدين", "تدين", "ندد", "نددت", "استنكر",
         "استنكرت", "شجب", "شجبت", "وصف", "وصفت", "يصف", "تصف", "تساءل", "يتساءل", "يعكس",
         "تعكس", "ينبغي", "يجب", "رحب", "رحبت", "يرحب", "ترحب",
         /* the grievance of a protest: "احتجاجا على اعتقال", "رفضا
         * للاعتقالات", "للمطالبة بالإفراج" */
         "احتجاجا", "رفضا", "تنديدا", "تضامنا", "للمطالبه", "المطالبه",
         "مطالبه", "مطالبين", "مطالبا",
         /* condemnation spelt without hamza ("ودان دبلوماسي"),
         * discussion and permission: "بحث معه العمليات ضد",
         * "سمحت للطائرات بشن هجمات" */
         "دان", "دانت", "بحث", "بحثا", "ناقش", "ناقشت", "ناقشا", "سمح", "سمحت",
         "يسمح", "تسمح",
         /* sympathy: "أعرب عن تعازيه لعائلات الذين قتلوا في الاعتداءات" */
         "اعرب", "اعربت", "تعازي", "التعازي", "تعازيه", "تعازيها", "عزاء");
/* past verbs of a bomb or a shell going off: "انفجرت سيارة مفخخة" */
EX_WORDS(WENT_OFF, "انفجر", "انفجرت", "انفجرا", "انفجرتا", "سقطت", "سقط", "فجر", "فجرت", "فجروا");
#define HAPPENED_BACK 6 /* tokens back from a noun trigger where the verb telling it may stand */
EX_WORDS(JUDICIAL, "اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "اتهام", "اتهامات", "متهم",
         "متهمين", "متهمون", "المتهمين", "المتهمون", "حكمت", "قضت", "محكمه",
         "المحكمه", "اعترافات", "اعتراف", "اعترف", "اعترفوا", "ادين", "ادينوا",
         "محاكمه", "يحاكم", "يحاكمون", "سيحاكمون", "بالسجن");
#define OPINION_REACH 15 /* tokens back from a trigger where its governing verb may stand */
/* The first word of a territory trigger that makes it a state, not a
 * change: "تحت سيطرة", "الخاضعة لسيطرة", "الواقعة تحت سيطرة". */
EX_WORDS(STATE_WORDS, "تحت", "خاضعه", "الخاضعه", "الواقعه", "واقعه");

/* What a trigger entity says about itself. */
typedef struct trig {
    const rasad_entity *e;
    const lex_entry *le;
    uint8_t kind;  /* lex_event_kind */
    bool weak;     /* LEXF_WEAK */
    bool context;  /* LEXF_CONTEXT: a killing word */
    bool passive;
    bool verb;
} trig;

static uint8_t kind_from_name(const char *name) {
    for (unsigned k = 1; k < LEX_EK_COUNT; k++)
        if (name && strcmp(lex_event_kind_name(k), name) == 0)
            return (uint8_t)k;
    return LEX_EK_OTHER;
}

static bool generic_kind(uint8_t k) { return k == LEX_EK_ATTACK || k == LEX_EK_EXPLOSION || k == LEX_EK_OTHER; }

static trig trig_of(const rasad_entity *e) {
    trig t;
    memset(&t, 0, sizeof t);
    t.e = e;
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
 * carries ال, ل or ب: "لقصف", "بالقصف", "القصف". */
static bool noun_clitic(const rasad_doc *doc, size_t tok) {
    const rasad_token *tk = &doc->tokens[tok];
    for (size_t k = 0; k < tk->seg_count; k++) {
        const rasad_segment *sg = &doc->segments[tk->seg_first + k];
        if (sg->role != RASAD_SEG_PROCLITIC)
            continue;
        if (strstr(sg->norm, "\xD8\xA7\xD9\x84") || strcmp(sg->norm, "\xD9\x84") == 0 ||
            strcmp(sg->norm, "\xD8\xA8") == 0) /* ال ل ب */
            return true;
    }
    return false;
}

/* Is token i an actor entity's first token? Returns it. */
static const rasad_entity *actor_starting(const ex_view *v, size_t i) {
    const rasad_entity *e = ex_entity_at(v, i);
    return (e && e->tok_first == i && ex_is_actor_entity(e)) ? e : NULL;
}

/* Is the entity preceded (within two tokens) by على / ضد / a target noun? */
static bool after_against(const ex_view *v, const rasad_entity *e, size_t clause_first) {
    for (size_t k = 1; k <= 2 && e->tok_first >= clause_first + k; k++) {
        size_t i = e->tok_first - k;
        if (ex_stem_in(v->doc, i, &AGAINST) || ex_stem_in(v->doc, i, &TARGET_NOUNS))
            return true;
    }
    /* "على الشرطة والجيش": the second of two coordinated objects */
    if (ex_has_proclitic(v->doc, e->tok_first, "و") && e->tok_first > clause_first) {
        const rasad_entity *p = ex_entity_at(v, e->tok_first - 1);
        if (p && p != e && ex_is_actor_entity(p) && p->tok_first < e->tok_first)
            return after_against(v, p, clause_first);
    }
    /* "ضد داعش" glued as one token: the clitic split leaves ضد whole, but
     * "لداعش" after "هجوم" is the agent: only على/ضد count */
    return false;
}

static void set_actor(const ex_view *v, const rasad_entity *e, rasad_actor_ref *out) {
    ex_actor_from_entity(v, e, out);
}

/* "على يد X" anywhere in the sentence. */
static const rasad_entity *by_hand_actor(const ex_view *v, size_t first, size_t end) {
    const rasad_doc *doc = v->doc;
    for (size_t i = first + 1; i < end; i++) {
        bool hand = ex_stem_in(doc, i, &BY_HAND) && ex_word_in(doc, i - 1, &PREP_ON);
        bool agent = ex_stem_in(doc, i, &BY_AGENT) && ex_word_in(doc, i - 1, &PREP_FROM);
        if (!hand && !agent)
            continue;
        for (size_t j = i + 1; j < end && j <= i + 3; j++) {
            const rasad_entity *e = actor_starting(v, j);
            if (e)
                return e;
        }
    }
    return NULL;
}

/* Civilians are whom violence and arrests fall on, not who carries
 * them out (the actor of a protest excepted), and a source of reports
 * (المرصد السوري) tells of an event without taking part in it. */
static bool is_source(const rasad_entity *e) {
    if (e->kind == RASAD_ENT_SOURCE)
        return true;
    /* unnamed sources ("مصادر أمنية", "شهود عيان") too */
    const lex_lexicon *lex = lex_default();
    const lex_entry *le = (lex && e->lex_index != UINT32_MAX) ? lex_entry_get(lex, e->lex_index) : NULL;
    return le && le->id && strcmp(le->id, "ROLE_SOURCES") == 0;
}

static bool victim_or_source(const rasad_entity *e, const trig *t) {
    if (is_source(e))
        return true;
    const lex_lexicon *lex = lex_default();
    const lex_entry *le = (lex && e->lex_index != UINT32_MAX) ? lex_entry_get(lex, e->lex_index) : NULL;
    if (t->kind == LEX_EK_PROTEST || t->kind == LEX_EK_RIOT)
        return false;
    return le && le->kind == LEX_AK_CIVILIANS;
}

/* Verbs of a relative clause that name the doer of the noun before
 * them: "الغارات التي نفذتها مقاتلات تركية", "القذائف التي أطلقتها
 * المعارضة", "الهجوم الذي تبناه التنظيم"; and the attribution of
 * blame: "تفجير نسب إلى التنظيم". */
EX_WORDS(RELATIVES, "الذي", "التي", "اللذين", "اللتين", "الذين");
EX_WORDS(DOER_VERBS, "نفذه", "نفذها", "نفذته", "نفذتها", "نفذوه", "نفذوها", "شنه", "شنها",
         "شنته", "شنتها", "شنوه", "شنوها", "اطلقه", "اطلقها", "اطلقته",
         "اطلقتها", "اطلقوه", "اطلقوها", "تبناه", "تبناها", "تبنته", "تبنتها",
         "ارتكبه", "ارتكبها", "ارتكبته", "ارتكبتها", "ارتكبوها", "القتها",
         "القاها", "زرعها", "زرعتها", "زرعوها", "يشنه", "يشنها", "تشنه", "تشنها",
         "ينفذه", "ينفذها", "تنفذه", "تنفذها");
EX_WORDS(BLAME, "نسب", "نسبت", "نسبته", "نسبتها", "نسبه", "نسبها", "ينسب", "تنسب");

#define DOER_REACH 8 /* tokens after a trigger where the verb naming its doer may stand */

/* The doer named by a relative clause or a blame verb within a few
 * tokens after the trigger, or NULL. */
static const rasad_entity *doer_after(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t last = t->e->tok_last;
    for (size_t i = last + 1; i <= c.last && i <= last + DOER_REACH; i++) {
        size_t from = 0;
        const rasad_entity *o = ex_entity_at(v, i);
        if (o && o->kind == RASAD_ENT_TRIGGER)
            break; /* another act's doer */
        if (ex_word_in(doc, i, &RELATIVES) && i + 1 <= c.last && ex_stem_in(doc, i + 1, &DOER_VERBS))
            from = i + 2;
        else if (ex_stem_in(doc, i, &DOER_VERBS))
            from = i + 1; /* an indefinite noun takes no relative: "هجوم شنه مقاتلو المعارضة" */
        else if (ex_stem_in(doc, i, &BLAME)) {
            /* "نسبته الحكومة إلى التنظيم": the one blamed follows إلى */
            from = i + 1;
            for (size_t k = i + 1; k <= c.last && k <= i + 4; k++)
                if (ex_word_in(doc, k, &PREP_TO)) {
                    from = k + 1;
                    break;
                }
        }
        if (!from)
            continue;
        for (size_t j = from; j <= c.last && j <= from + 3; j++) {
            const rasad_entity *e = actor_starting(v, j);
            if (e)
                return is_source(e) ? NULL : e;
        }
        return NULL;
    }
    return NULL;
}

/* "بين X وY" within the clause after a trigger: the two sides. */
static bool between_sides(const ex_view *v, const trig *t, ex_clause c, const rasad_entity **x,
                          const rasad_entity **y) {
    const rasad_doc *doc = v->doc;
    for (size_t i = t->e->tok_last + 1; i <= c.last && i <= t->e->tok_last + 4; i++) {
        if (!ex_word_in(doc, i, &PREP_BETWEEN))
            continue;
        const rasad_entity *first = NULL;
        for (size_t j = i + 1; j <= c.last && j <= i + 3 && !first; j++)
            first = actor_starting(v, j);
        if (!first)
            return false;
        for (size_t j = first->tok_last + 1; j <= c.last && j <= first->tok_last + 4; j++) {
            const rasad_entity *e = actor_starting(v, j);
            if (e && ex_has_proclitic(doc, j, "و")) {
                *x = first;
                *y = e;
                return true;
            }
            if (ex_is_boundary(doc, j))
                break;
        }
        *x = first;
        return true;
    }
    return false;
}

#define AIRCRAFT_REACH 5 /* tokens around a trigger where its aircraft may be named */
EX_WORDS(AIRCRAFT, "طائرات", "طائره", "الطائرات", "الطائره", "طيران", "الطيران", "مقاتلات",
         "المقاتلات", "مروحيات", "المروحيات", "مروحيه", "جوي", "الجوي", "جويه",
         "الجويه", "جوا");

/* "طائرات النظام", "طيران التحالف", "قصف من طائرات النظام السوري": the
 * owner named right after the aircraft is the one who struck. */
static const rasad_entity *aircraft_owner(const ex_view *v, const trig *t, ex_clause c) {
    size_t a = t->e->tok_first > c.first + AIRCRAFT_REACH ? t->e->tok_first - AIRCRAFT_REACH : c.first;
    for (size_t i = a; i <= c.last && i <= t->e->tok_last + AIRCRAFT_REACH; i++) {
        if (!ex_stem_in(v->doc, i, &AIRCRAFT))
            continue;
        /* the aircraft word may itself open the actor ("طيران التحالف") */
        const rasad_entity *own = ex_entity_at(v, i);
        if (own && own->kind == RASAD_ENT_ACTOR)
            return own;
        for (size_t j = i + 1; j <= c.last && j <= i + 2; j++) {
            /* "مقاتلات أهدافا للمسلحين": the targets' owner is no pilot */
            if (ex_stem_in(v->doc, j, &TARGET_NOUNS) || ex_stem_in(v->doc, j, &AGAINST))
                break;
            const rasad_entity *e = actor_starting(v, j);
            if (e && e->kind == RASAD_ENT_ACTOR)
                return e;
        }
    }
    return NULL;
}

EX_WORDS(AERIAL, "جوي", "الجوي", "جويه", "الجويه", "جوا");

/* "قصف الطيران المروحي", "قصفت طائرة أميركية من دون طيار": with no
 * owner named, the aircraft beside the verb is the attacker as written
 * (the text says no more of who flew it). */
static void aircraft_as_actor(const ex_view *v, const trig *t, ex_clause c, rasad_actor_ref *out) {
    size_t a = t->e->tok_first > c.first + 2 ? t->e->tok_first - 2 : c.first;
    for (size_t i = a; i <= c.last && i <= t->e->tok_last + 2; i++) {
        if (i >= t->e->tok_first && i <= t->e->tok_last)
            continue;
        if (!ex_stem_in(v->doc, i, &AIRCRAFT))
            continue;
        /* "الغارة الجوية": the adjective tells the kind, not who flew */
        if (ex_stem_in(v->doc, i, &AERIAL))
            continue;
        const rasad_entity *e = ex_entity_at(v, i);
        memset(out, 0, sizeof *out);
        out->present = true;
        if (e && e->kind == RASAD_ENT_TRIGGER && e->tok_first == i) {
            out->start = e->start;
            out->end = e->end;
        } else {
            const rasad_segment *sg = doc_tok_stem(v->doc, i);
            out->start = sg->start;
            out->end = v->doc->tokens[i].end;
        }
        return;
    }
}

/* A role noun or a generic name followed by the named group it belongs
 * to: "مسلحي تنظيم داعش", "لتنظيم “داعش”", "عناصر من داعش". */
static const rasad_entity *named_group_after(const ex_view *v, const rasad_entity *e, ex_clause c) {
    if (e->kind == RASAD_ENT_ACTOR && e->id)
        return e;
    for (size_t j = e->tok_last + 1; j <= c.last && j <= e->tok_last + 3; j++) {
        const rasad_entity *g = actor_starting(v, j);
        if (g)
            return g->kind == RASAD_ENT_ACTOR && g->id ? g : e;
        const rasad_token *tk = &v->doc->tokens[j];
        if (tk->kind != RASAD_TOK_QUOTE && !ex_word_in(v->doc, j, &PREP_FROM))
            break;
    }
    return e;
}

EX_WORDS(MEMBER_NOUNS, "عناصر", "مقاتلي", "افراد", "جنود", "مليشيا", "ميليشيا", "صفوف", "منتسبي", "قاده",
         "قياديين", "قيادات");

/* Is the entity the counted noun of a quantity ("سبعة من عناصر الشرطة",
 * "اثنين من جنوده", "ثلاثة جنود")? */
static bool counted(const ex_view *v, const rasad_entity *e) {
    size_t i = e->tok_first;
    /* "سبعة من مليشيا الحشد", "العشرات من عناصر تنظيم داعش" */
    if (i > 0 && ex_stem_in(v->doc, i - 1, &MEMBER_NOUNS))
        i--;
    if (i > 0 && ex_word_in(v->doc, i - 1, &PREP_FROM))
        i--;
    for (size_t k = 0; k < v->nqty; k++)
        if (v->qty[k].tok_last + 1 == i || (v->qty[k].tok_first <= e->tok_first && v->qty[k].tok_last >= e->tok_first))
            return true;
    return false;
}

/* Is the entity a crowd of protesters or rioters? */
static bool crowd_entity(const rasad_entity *e) {
    const lex_lexicon *lex = lex_default();
    const lex_entry *le = (lex && e->lex_index != UINT32_MAX) ? lex_entry_get(lex, e->lex_index) : NULL;
    return le && (le->kind == LEX_AK_PROTESTERS || le->kind == LEX_AK_RIOTERS);
}

/* "إثر هجوم شنه مقاتلو المعارضة" later in the clause: the doer of the
 * attack that set a clash off, or NULL. */
static const rasad_entity *initiator_after(const ex_view *v, const trig *t, ex_clause c) {
    for (size_t i = t->e->tok_last + 1; i + 1 <= c.last; i++) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (!e || e->kind != RASAD_ENT_TRIGGER || e->tok_first != i || trig_of(e).kind != LEX_EK_ATTACK)
            continue;
        size_t j = e->tok_last + 1;
        if (!ex_stem_in(v->doc, j, &DOER_VERBS))
            return NULL;
        for (size_t k = j + 1; k <= c.last && k <= j + 3; k++) {
            const rasad_entity *a = actor_starting(v, k);
            if (a)
                return named_group_after(v, a, c);
        }
        return NULL;
    }
    return NULL;
}

/* Is the entity named as a supporter ("بمساندة X", "بدعم من X وY")? */
static bool supporting(const rasad_doc *doc, const rasad_entity *e, size_t clause_first) {
    EX_WORDS(SUPPORT, "مساندة", "مسانده", "بمسانده", "دعم", "بدعم", "اسناد", "باسناد", "مشاركه",
             "بمشاركه", "غطاء", "بغطاء");
    for (size_t k = 1; k <= 5 && e->tok_first >= clause_first + k; k++) {
        size_t i = e->tok_first - k;
        if (ex_stem_in(doc, i, &SUPPORT))
            return true;
        if (doc->tokens[i].kind != RASAD_TOK_WORD)
            return false;
    }
    return false;
}

#define MEANS_REACH 8 /* tokens back from a means (بـ) noun to the verb it serves */
static const rasad_entity *means_subject(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    /* the ب on the trigger or on the count before it ("بتسع ضربات") */
    bool means = ex_has_proclitic(doc, tok, "ب");
    for (size_t k = 0; k < v->nqty && !means; k++)
        if (v->qty[k].tok_last + 1 == tok || (v->qty[k].tok_first < tok && v->qty[k].tok_last >= tok))
            means = ex_has_proclitic(doc, v->qty[k].tok_first, "ب");
    if (!means)
        return NULL;
    for (size_t i = tok; i-- > c.first && i + MEANS_REACH >= tok;) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (!e || e->kind != RASAD_ENT_TRIGGER || e->tok_last != i)
            continue;
        trig vt = trig_of(e);
        /* an unvocalised form read either way (استهدف) is active when
         * the means follows its object */
        bool either = vt.passive && vt.le && (vt.le->flags & LEXF_AMBIGUOUS);
        if (!vt.verb || (vt.passive && !either) || vt.context || noun_clitic(doc, e->tok_first))
            return NULL;
        /* its subject: right before it ("القوات استهدفت X"), else right
         * after it when an object follows ("استهدفت القوات X") */
        const rasad_entity *subj = NULL;
        if (e->tok_first > c.first) {
            const rasad_entity *pre = ex_entity_at(v, e->tok_first - 1);
            if (pre && pre->tok_last == e->tok_first - 1 && ex_is_actor_entity(pre) &&
                !after_against(v, pre, c.first))
                subj = pre;
        }
        if (!subj) {
            /* (the verb itself, استهدفت, is no "against" for its subject) */
            const rasad_entity *post = actor_starting(v, e->tok_last + 1);
            if (post && post->tok_last + 1 < tok && actor_starting(v, post->tok_last + 1))
                subj = post;
        }
        if (subj && !victim_or_source(subj, &vt) && !counted(v, subj))
            return subj;
        return NULL;
    }
    return NULL;
}

EX_WORDS(ACCORDING_TO, "بحسب", "حسب", "وفق", "وفقا");

static void find_actors(const ex_view *v, const trig *t, ex_clause c, size_t sent_first, size_t sent_end,
                        rasad_event *ev) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, last = t->e->tok_last;
    const rasad_entity *a1 = by_hand_actor(v, sent_first, sent_end);
    const rasad_entity *a2 = NULL;
    if (!a1 && !t->verb)
        a1 = doer_after(v, t, c);
    if (!a1 && (t->kind == LEX_EK_AIRSTRIKE || t->kind == LEX_EK_SHELLING || t->kind == LEX_EK_DRONE_STRIKE ||
                t->kind == LEX_EK_ATTACK))
        a1 = aircraft_owner(v, t, c);
    if (!a1 && t->e->kind == RASAD_ENT_ROLE)
        a1 = t->e; /* a crowd opening its own protest frame */
    /* "مسلحون هاجموا حاجزاً للجيش": an actor right before an active
     * verb is its subject, and the actor after it is then its object */
    if (!a1 && t->verb && !t->passive && !t->context && tok > c.first) {
        size_t k = tok - 1;
        if (k > c.first && ex_word_in(doc, k, &PARTICLE_QAD))
            k--;
        const rasad_entity *pre = ex_entity_at(v, k);
        if (pre && pre->tok_last == k && ex_is_actor_entity(pre) && !victim_or_source(pre, t) &&
            !after_against(v, pre, c.first))
            a1 = pre;
    }

    /* right after the trigger: the agent of a noun or active verb, the
     * victim of a killing word or a passive verb */
    const rasad_entity *after = NULL;
    for (size_t i = last + 1; i <= c.last && i <= last + ACTOR_REACH; i++) {
        const rasad_entity *e = actor_starting(v, i);
        if (e) {
            after = e;
            break;
        }
        if (ex_word_in(doc, i, &STOP_PREPS) || ex_is_boundary(doc, i) || ex_entity_at(v, i))
            break;
    }
    /* "اشتباكات بين X وY", "معارك بين X وY": the two sides, in order */
    const rasad_entity *s1 = NULL, *s2 = NULL;
    if (between_sides(v, t, c, &s1, &s2)) {
        /* "مواجهات بين قوات الأمن ومتظاهرين": in a riot the crowd acts */
        if (t->kind == LEX_EK_RIOT && s2 && crowd_entity(s2)) {
            const rasad_entity *x = s1;
            s1 = s2;
            s2 = x;
        }
        /* "تجددت المعارك بين X وY إثر هجوم شنه Y": who attacked first */
        const rasad_entity *init = initiator_after(v, t, c);
        if (init && (init == s1 || init == s2 || (s2 && init->id && s2->id && strcmp(init->id, s2->id) == 0))) {
            if (init != s1) {
                s2 = s1;
                s1 = init;
            }
        }
        if (!a1)
            a1 = s1;
        a2 = s2 != a1 ? s2 : NULL;
        after = NULL;
    }
    /* "هاجم مسلحون من تنظيم داعش": the group the role noun belongs to */
    if (after && after->kind == RASAD_ENT_ROLE) {
        size_t j = after->tok_last + 1;
        if (j + 1 <= c.last && ex_word_in(doc, j, &PREP_FROM)) {
            const rasad_entity *g = actor_starting(v, j + 1);
            if (g && g->kind != RASAD_ENT_ROLE)
                after = g;
        }
    }
    /* "عبوة بدورية للجيش": an actor after a target noun is the target's */
    if (after && after_against(v, after, c.first)) {
        if (!a2)
            a2 = after;
        after = NULL;
    }
    if (after && victim_or_source(after, t)) {
        if (!is_source(after) && !a2)
            a2 = after;
        after = NULL;
    }
    /* "اعتقال 590 من عناصر داعش", "اغتيال القيادي", "حملة اعتقالات شملت
     * التنظيم": after a noun of arrest, kidnapping, killing or execution
     * stands whom it fell on */
    bool object_noun = !t->verb && (t->kind == LEX_EK_ARREST || t->kind == LEX_EK_ABDUCTION ||
                                    t->kind == LEX_EK_ASSASSINATION || t->kind == LEX_EK_EXECUTION);
    if (after) {
        if (t->context || t->passive || object_noun)
            a2 = after;
        else if (!a1)
            a1 = after;
        else if (after != a1)
            a2 = after;
    }
    /* "استهدفت القوات الأمريكية مسلحي داعش بتسع ضربات جوية": a noun
     * trigger told as the means (بـ) of an active verb before it is done
     * by that verb's subject, not by its object */
    if (!a1 && !t->verb) {
        a1 = means_subject(v, t, c);
        /* and the verb's object is the other side */
        for (size_t j = a1 ? a1->tok_last + 1 : tok; !a2 && j < tok; j++)
            a2 = actor_starting(v, j);
    }
    /* the nearest actor before the trigger in the clause, not an object */
    if (!a1) {
        for (size_t i = tok; i-- > c.first;) {
            /* "أعلنت السلطات أن ...": the speaker of a report stands
             * outside the clause it governs */
            if (ex_word_in(doc, i, &COMPLEMENTIZERS))
                break;
            /* "... زعيم عشيرة خطفوا، كما أحرق مبنى": a connective opens a
             * clause of its own; "مدينة درعا التي شهدت الاحتجاجات": the
             * head of a relative clause is not the noun trigger's doer */
            if (ex_stem_in(doc, i, &CONNECTIVES) || (!t->verb && ex_word_in(doc, i, &RELATIVES)))
                break;
            const rasad_entity *e = ex_entity_at(v, i);
            if (!e || !ex_is_actor_entity(e) || e->tok_last != i)
                continue;
            if (after_against(v, e, c.first))
                continue;
            if (i > c.first && ex_stem_in(doc, e->tok_first - 1, &ACCORDING_TO))
                continue;
            if (e == a2 || victim_or_source(e, t))
                continue;
            /* "قتلوا اثنين من جنوده": those counted are the victims */
            if (counted(v, e))
                continue;
            /* "قتل شرطي وأصيب آخر بالرصاص": the subject of a killing
             * word is its victim */
            const rasad_entity *pe = e->tok_first > c.first ? ex_entity_at(v, e->tok_first - 1) : NULL;
            if (pe && pe->kind == RASAD_ENT_TRIGGER) {
                trig pt = trig_of(pe);
                if (pt.context && pt.passive)
                    continue;
            }
            /* "عناصر تنظيم داعش الإرهابي": a role word after a named actor
             * describes it; the named actor decides */
            if (pe && pe != e && ex_is_actor_entity(pe) && e->kind == RASAD_ENT_ROLE) {
                if (counted(v, pe))
                    continue;
                e = pe;
            }
            /* "بمساندة الحشد الشعبي والطيران": who supports is not who acts */
            if (supporting(doc, e, c.first))
                continue;
            /* "تكبدت قوات الجيش ومليشيا الحشد وتنظيم داعش": of parties
             * named together, the first */
            for (;;) {
                /* the و on the actor or on a head noun before it ("ومليشيا الحشد") */
                size_t k = e->tok_first;
                const rasad_entity *head = k > c.first + 1 ? ex_entity_at(v, k - 1) : NULL;
                if (!ex_has_proclitic(doc, k, "و") && k > c.first + 1 && ex_has_proclitic(doc, k - 1, "و") &&
                    (!head || head->kind == RASAD_ENT_ROLE))
                    k--;
                if (!ex_has_proclitic(doc, k, "و") || k <= c.first)
                    break;
                const rasad_entity *q = ex_entity_at(v, k - 1);
                if (!q || q == e || !ex_is_actor_entity(q) || victim_or_source(q, t) || counted(v, q))
                    break;
                e = q;
            }
            a1 = e;
            break;
        }
    }
    /* actor2: after على / ضد / a target noun following the trigger */
    if (!a2) {
        for (size_t i = last + 1; i <= c.last; i++) {
            if (!(ex_stem_in(doc, i, &AGAINST) || ex_stem_in(doc, i, &TARGET_NOUNS)))
                continue;
            for (size_t j = i + 1; j <= c.last && j <= i + OBJECT_REACH; j++) {
                const rasad_entity *e = actor_starting(v, j);
                if (e && e != a1) {
                    a2 = e;
                    break;
                }
            }
            if (a2)
                break;
        }
    }
    /* an active verb with its subject found: the next actor is its object */
    if (!a2 && t->verb && !t->passive && a1 && a1->tok_first > tok) {
        for (size_t j = a1->tok_last + 1; j <= c.last && j <= a1->tok_last + OBJECT_REACH; j++) {
            const rasad_entity *e = actor_starting(v, j);
            if (e) {
                a2 = e;
                break;
            }
        }
    }
    if (a1)
        a1 = named_group_after(v, a1, c);
    if (a1)
        set_actor(v, a1, &ev->actor1);
    else if (t->kind == LEX_EK_AIRSTRIKE || t->kind == LEX_EK_DRONE_STRIKE || t->kind == LEX_EK_SHELLING)
        aircraft_as_actor(v, t, c, &ev->actor1);
    if (a2 && a2 != a1)
        set_actor(v, a2, &ev->actor2);
    /* the same id twice is one actor named twice */
    if (ev->actor1.present && ev->actor2.present && ev->actor1.id && ev->actor2.id &&
        strcmp(ev->actor1.id, ev->actor2.id) == 0)
        memset(&ev->actor2, 0, sizeof ev->actor2);
}

EX_WORDS(BARRELS, "براميل", "برميل", "برميلا");

/* "قصف الطيران المروحي بالبراميل المتفجرة" in Syria: barrel bombs are
 * dropped by the government's helicopters alone (ACLED codes every such
 * strike to the Syrian military), so an aircraft with no owner named
 * that drops them flies for the government. */
static void barrel_bombs_owner(const ex_view *v, ex_clause c, rasad_event *ev) {
    if (!ev->actor1.present || ev->actor1.id || !ev->has_location || !ev->location.entity ||
        !ev->location.entity->country || strcmp(ev->location.entity->country, "SY") != 0)
        return;
    bool barrels = false;
    for (size_t i = c.first; i <= c.last && !barrels; i++)
        barrels = ex_stem_in(v->doc, i, &BARRELS);
    bool aircraft = false;
    for (size_t i = 0; i < ev->actor1.end - ev->actor1.start && !aircraft; i++)
        aircraft = ev->actor1.start + i < v->doc->len &&
                   strncmp(v->doc->text + ev->actor1.start + i, "\xD9\x85\xD8\xB1\xD9\x88\xD8\xAD\xD9\x8A", 10) == 0; /* مروحي */
    const lex_lexicon *lex = lex_default();
    const lex_entry *gov = lex ? lex_entry_by_id(lex, "SYR_GOV", NULL) : NULL;
    if (!barrels || !aircraft || !gov)
        return;
    ev->actor1.id = gov->id;
    ev->actor1.name = gov->name_en;
    ev->actor1.kind = lex_actor_kind_name(gov->kind);
    ev->actor1.country = gov->country;
}

EX_WORDS(IN_OR_NEAR, "في", "قرب");

static void find_target(const ex_view *v, const trig *t, ex_clause c, rasad_event *ev) {
    const rasad_doc *doc = v->doc;
    for (size_t i = t->e->tok_last + 1; i <= c.last && i <= t->e->tok_last + 6; i++) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (e && e->kind == RASAD_ENT_PLACE && e->type && strcmp(e->type, "FAC") == 0) {
            ev->has_target = true;
            ev->target_start = e->start;
            ev->target_end = e->end;
            return;
        }
        if (ex_stem_in(doc, i, &TARGET_NOUNS)) {
            ev->has_target = true;
            ev->target_start = doc->segments[doc->tokens[i].stem_seg].start;
            ev->target_end = doc->tokens[i].end;
            /* the noun's name or qualifier: "سجن الصناعة", "حاجز عسكري" */
            if (i + 1 <= c.last && doc->tokens[i + 1].kind == RASAD_TOK_WORD &&
                !ex_word_in(doc, i + 1, &STOP_PREPS) && !actor_starting(v, i + 1)) {
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

static const rasad_entity *place_in(const ex_view *v, size_t from, size_t to, bool forward, bool sites, bool refs) {
    if (from > to)
        return NULL;
    for (size_t k = 0; k <= to - from; k++) {
        size_t i = forward ? from + k : to - k;
        const rasad_entity *e = ex_entity_at(v, i);
        if (e && e->kind == RASAD_ENT_PLACE && (sites || !is_site(e)) &&
            (refs || !distance_ref(v->doc, e->tok_first)) &&
            !(e->tok_first == e->tok_last && ex_word_in(v->doc, e->tok_first, &NOT_PLACES)))
            return e;
    }
    return NULL;
}

static void find_location(const ex_view *v, const trig *t, ex_clause c, size_t sent_first, size_t sent_end,
                          rasad_event *ev) {
    size_t tok = t->e->tok_first, last = t->e->tok_last;
    const rasad_entity *p = NULL;
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

static bool find_date(const ex_view *v, const trig *t, size_t sent_first, size_t sent_end, rasad_event *ev) {
    const rasad_doc *doc = v->doc;
    const rasad_date *best = NULL;
    size_t best_dist = SIZE_MAX;
    for (size_t i = 0; i < v->ndates; i++) {
        const rasad_date *d = &v->dates[i];
        if (d->tok_first < sent_first || d->tok_last >= sent_end)
            continue;
        size_t tok = t->e->tok_first;
        size_t dist = d->tok_first > tok ? d->tok_first - tok : tok - d->tok_last;
        if (dist < best_dist) {
            best = d;
            best_dist = dist;
        }
    }
    if (best) {
        ev->has_date = true;
        ev->date = *best;
        return true;
    }
    ev->has_date = ex_published_window(doc, 7, &ev->date);
    return false;
}

static bool event_role(uint8_t r) {
    return r == RASAD_ROLE_FATALITIES || r == RASAD_ROLE_INJURED || r == RASAD_ROLE_ESCAPED ||
           r == RASAD_ROLE_DETAINED || r == RASAD_ROLE_DISPLACED || r == RASAD_ROLE_PARTICIPANTS;
}

/* Is token tok inside quotation marks opened earlier in its sentence? */
static bool in_quotes(const rasad_doc *doc, size_t tok, size_t sent_first) {
    bool open = false;
    for (size_t i = sent_first; i < tok; i++) {
        const rasad_token *t = &doc->tokens[i];
        if (t->kind != RASAD_TOK_QUOTE)
            continue;
        if (strcmp(t->norm, "\xE2\x80\x9C") == 0 || strcmp(t->norm, "\xC2\xAB") == 0)
            open = true; /* “ « */
        else if (strcmp(t->norm, "\xE2\x80\x9D") == 0 || strcmp(t->norm, "\xC2\xBB") == 0)
            open = false; /* ” » */
        else
            open = !open; /* a straight quote toggles */
    }
    return open;
}

static void find_quantities(const ex_view *v, ex_clause c, size_t trigger_tok, size_t sent_first, size_t sent_end,
                            ex_frame *f) {
    const rasad_doc *doc = v->doc;
    bool participate = false;
    for (size_t i = sent_first; i < sent_end; i++)
        if (ex_stem_in(doc, i, &PARTICIPATE))
            participate = true;
    for (size_t i = 0; i < v->nqty && f->nqty < 8; i++) {
        rasad_quantity q = v->qty[i];
        if (q.tok_first < sent_first || q.tok_last >= sent_end)
            continue;
        q.role = ex_role_in_context(v, &q);
        if (participate && (q.role == RASAD_ROLE_MEMBERS || q.role == RASAD_ROLE_FIGHTERS))
            q.role = RASAD_ROLE_PARTICIPANTS;
        /* the people an arrest verb or noun counts after it are the
         * detained ("اعتقلت الشرطة 15 مشتبهاً بهم") */
        if (f->kind == LEX_EK_ARREST && q.tok_first > trigger_tok && q.tok_first <= c.last &&
            !ex_counts_things(doc, &q) && (q.role == RASAD_ROLE_OTHER || q.role == RASAD_ROLE_MEMBERS || q.role == RASAD_ROLE_FIGHTERS))
            q.role = RASAD_ROLE_DETAINED;
        if (!event_role(q.role))
            continue;
        /* a count someone is quoted as claiming, in a sentence that says
         * it could not be verified ("أعلن أن “المئات من عناصره كسروا
         * القيد”، من دون أن يتسنى التحقق"), is that party's claim, not
         * the incident's count: claims.c takes it */
        if (in_quotes(v->doc, q.tok_first, sent_first) &&
            ex_modality(v, sent_first, q.tok_first, sent_end).unverified)
            continue;
        f->qty[f->nqty++] = q;
    }
}

/* Does the frame count civilians among its dead or wounded? The counted
 * noun is the quantity's last token or the one after it. */
static bool civilian_toll(const ex_view *v, const ex_frame *f) {
    EX_WORDS(CIVILIAN_NOUNS, "مدني", "مدنيا", "مدنيين", "مدنيون", "اطفال", "طفلا", "طفل",
             "نساء", "امراه", "مواطنا", "مواطنين", "مواطنون");
    for (size_t k = 0; k < f->nqty; k++) {
        const rasad_quantity *q = &f->qty[k];
        if (q->role != RASAD_ROLE_FATALITIES && q->role != RASAD_ROLE_INJURED)
            continue;
        if (ex_stem_in(v->doc, q->tok_last, &CIVILIAN_NOUNS) || ex_stem_in(v->doc, q->tok_last + 1, &CIVILIAN_NOUNS))
            return true;
    }
    return false;
}

EX_WORDS(ON_OR_AGAINST, "علي", "ضد");

/* Is the trigger the content of an opinion, appeal or condemnation? The
 * governing verb stands before the trigger in its sentence, with no strong
 * stop between them. */
static bool under_opinion(const ex_view *v, const trig *t, size_t sent_first) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    /* "احتج الصحفيون على اعتقال زميلهم": what a protest is against is
     * its grievance, told as a topic */
    if (t->kind != LEX_EK_PROTEST && tok > sent_first && ex_word_in(doc, tok - 1, &ON_OR_AGAINST)) {
        for (size_t k = 2; k <= OPINION_REACH && tok >= sent_first + k; k++) {
            const rasad_entity *e = ex_entity_at(v, tok - k);
            if (e && e->kind == RASAD_ENT_TRIGGER && trig_of(e).kind == LEX_EK_PROTEST)
                return true;
        }
    }
    for (size_t k = 1; k <= OPINION_REACH && tok >= sent_first + k; k++) {
        size_t i = tok - k;
        const rasad_token *tk = &doc->tokens[i];
        if (tk->kind == RASAD_TOK_PUNCT && strchr(";.!?", tk->norm[0]))
            return false;
        if (ex_stem_in(doc, i, &OPINION))
            return true;
        /* a charge, a trial or a confession names the violence it is
         * about ("حكمت المحكمة على متهمين بخطف", "اعترافات حول تنفيذ
         * اعتداء"); an arrest beside a charge is news all the same */
        if (t->kind != LEX_EK_ARREST && ex_stem_in(doc, i, &JUDICIAL))
            return true;
    }
    return false;
}

/* Does the clause tell the trigger as something that happened? A date or
 * a count says so; so does a past-tense verb trigger (not يفعل / سيفعل)
 * or a reporting verb beside a noun trigger. A noun right after a topic
 * word ("الحرب على", "لمواجهة") is a topic, not an incident. */
/* Lemmas that name a weapon or its bearer rather than an act: alone
 * ("صواريخ", "المفخخة", "الانتحاري") they may be an arsenal, a trade or a
 * person; only a verb of use or impact beside them, or the victims they
 * made, tells of an attack. Multi-word forms ("هجوم انتحاري", "ألقى
 * قنبلة") name the act and need no such support. */
static const char *const INSTRUMENT_LEMMAS[] = {"صاروخ", "قذيفة", "هاون", "مدفعية", "برميل متفجر",
                                                "قنابل عنقودية", "متفجرات", "قنبلة", "لغم", "حزام ناسف",
                                                "انتحاري", "انغماسي", "طائرة مسيرة", "سيارة مفخخة",
                                                "دراجة مفخخة", "عبوة لاصقة", NULL};
EX_WORDS(USE_VERBS, "اطلق", "اطلقت", "اطلقوا", "اطلاق", "سقط", "سقطت", "سقوط", "انفجر",
         "انفجرت", "انفجار", "تفجير", "فجر", "فجرت", "فجروا", "فجرا", "القي",
         "القت", "القوا", "القاء", "استهدف", "استهدفت", "استهدفوا", "استهداف",
         "اصاب", "اصابت", "قصف", "قصفت", "قصفوا", "هز", "هزت", "دوي", "طال",
         "طالت", "نفسه", "نفسها", "نفسيهما", "انفسهم", "اسفر", "اسفرت", "ادي",
         "ادت", "اوقع", "اوقعت", "قتل", "قتلت", "اقتحم", "صدم", "دمر", "دمرت",
         "انهالت", "امطر", "امطرت", "نفذ", "نفذت", "نفذوا", "نفذه", "نفذته", "نفذها",
         "نفذتها");
#define USE_REACH 4 /* tokens around an instrument where its verb may stand */

static bool instrument_alone(const trig *t) {
    /* "من دون طيار", "بدون طيار" describe an aircraft, they tell no act */
    if (t->e->norm && (strncmp(t->e->norm, "\xD9\x85\xD9\x86 \xD8\xAF\xD9\x88\xD9\x86", 9) == 0 ||
                       strncmp(t->e->norm, "\xD8\xAF\xD9\x88\xD9\x86 ", 7) == 0 ||
                       strncmp(t->e->norm, "\xD8\xA8\xD8\xAF\xD9\x88\xD9\x86 ", 9) == 0))
        return true; /* من دون، دون، بدون */
    if (!t->le || !t->le->id || t->e->tok_first != t->e->tok_last)
        return false;
    for (const char *const *w = INSTRUMENT_LEMMAS; *w; w++)
        if (strcmp(t->le->id, *w) == 0)
            return true;
    return false;
}

static bool used_near(const rasad_doc *doc, const trig *t, ex_clause c) {
    size_t tok = t->e->tok_first;
    size_t a = tok > c.first + USE_REACH ? tok - USE_REACH : c.first;
    size_t b = t->e->tok_last + USE_REACH < c.last ? t->e->tok_last + USE_REACH : c.last;
    for (size_t i = a; i <= b; i++)
        if (i != tok && ex_stem_in(doc, i, &USE_VERBS))
            return true;
    return false;
}

/* A weak violent trigger ("ضربة", "عملية", "حصار") is figurative or
 * civil unless the clause names an armed party or counts victims:
 * "تلقى الاقتصاد ضربة", "العاصفة التي ضربت", "عمليات الشحن". */
static bool military_context(const ex_view *v, const trig *t, ex_clause c, size_t nqty) {
    if (nqty)
        return true;
    for (size_t i = c.first; i <= c.last; i++) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (!e || e->tok_first != i || e == t->e)
            continue;
        if (ex_is_actor_entity(e) && !victim_or_source(e, t))
            return true;
        if (e->kind == RASAD_ENT_TRIGGER) {
            trig o = trig_of(e);
            if (!o.weak)
                return true;
        }
    }
    return false;
}

static bool since_in_clause(const ex_view *v, ex_clause c);
static bool period_in_clause(const rasad_doc *doc, ex_clause c);
#define SINCE_REACH 12 /* tokens around a trigger where its period since a point may be told */
/* The part of clause c within reach tokens of the trigger: "منذ" far off
 * belongs to another verb of the sentence. */
static ex_clause near_trigger(ex_clause c, const trig *t, size_t reach) {
    ex_clause n = c;
    if (t->e->tok_first > c.first + reach)
        n.first = t->e->tok_first - reach;
    if (t->e->tok_last + reach < c.last)
        n.last = t->e->tok_last + reach;
    return n;
}
EX_WORDS(CONTINUING, "تتعرض", "يتعرض", "تتواصل", "يتواصل", "تستمر", "يستمر", "تتوالي",
         "يتوالي", "تتكرر", "يتكرر");

/* Civil processes a weak trigger names when one of these follows it:
 * "عملية السلام", "عمليات الشحن", "عملية سياسية". */
EX_WORDS(CIVIL_AFTER, "السلام", "سلام", "الشحن", "شحن", "سياسيه", "السياسيه", "التفاوض",
         "تفاوضيه", "التصويت", "انتخابيه", "الانتخابيه", "جراحيه", "الجراحيه",
         "الانتقال", "انتقاليه", "الاعمار", "التنميه", "الاصلاح", "تجاريه",
         "التجاريه", "البحث", "الانقاذ", "انقاذ", "الاجلاء", "التبادل",
         "التسويه", "التطبيع", "الاحصاء", "التسجيل", "بيع", "البيع");

/* Is the verb trigger in the imperfect (a habit, a plan or a standing
 * state)? يفعل, and تتفعل ("تتعرض", "تتقدم"): both are never past. A
 * bare تفعل is left alone: it is also the past of تفعّل verbs ("تعرض",
 * "تصدى"), and headlines tell past news with it ("إسرائيل تغتال ...");
 * a territory verb in ت is a state all the same ("تسيطر"). */
static bool imperfect_verb(const rasad_doc *doc, const trig *t, bool counted) {
    const char *n = doc_tok_stem(doc, t->e->tok_first)->norm;
    static const char TA[] = "\xD8\xAA", YA[] = "\xD9\x8A"; /* ت ي */
    if (strncmp(n, YA, 2) == 0)
        return true;
    if (strncmp(n, TA, 2) != 0 || strncmp(n, "\xD8\xAA\xD9\x85", 4) == 0) /* تم: passive auxiliary */
        return false;
    /* the past of a verb whose lemma does not start with ت never does:
     * "تحاصر" (حاصر), "تقصف" (قصف) are imperfect, "تبادل" may be past;
     * a verbal noun تفعيل of the entry ("تفجير", "توقيف") is neither,
     * nor a form of several words ("تعرضت لهجوم"). A headline tells a
     * past act in the imperfect with a number ("إسرائيل تغتال 5"), so
     * a clause with any count keeps the act. */
    bool taf3il = strlen(n) == 10 && strncmp(n + 6, YA, 2) == 0;
    if (t->verb && t->le && t->le->id && strncmp(t->le->id, TA, 2) != 0 && !taf3il &&
        t->e->tok_first == t->e->tok_last && !counted)
        return true;
    return strncmp(n + 2, TA, 2) == 0 || t->kind == LEX_EK_TERRITORY_CAPTURED;
}

#define HALT_REACH 4 /* tokens between a verb of halting and the act it halts */

EX_WORDS(OPERATION_NOUNS, "عمليات", "عمليه", "العمليات");
EX_WORDS(HALT_VERBS, "اوقف", "اوقفت", "ايقاف", "علق", "علقت", "تعليق");
EX_WORDS(PREP_WITH, "مع");
EX_WORDS(SIMULTANEOUS, "بالتزامن", "تزامنا", "تزامن", "متزامنا");
EX_WORDS(QAD_OR_KANA, "قد", "كان");
EX_WORDS(INCIDENT_COLLECTIVES, "عمليات", "عمليه", "اعمال", "حوادث", "حالات");
EX_WORDS(RESPONSE_NOUNS, "ردا", "رد");
EX_WORDS(PREP_AGAINST, "ضد");
EX_WORDS(PRETEXT_NOUNS, "دعوي", "بدعوي", "ذريعه", "بذريعه", "حجه", "بحجه", "تهمه", "بتهمه");
EX_WORDS(IN_OR_BETWEEN, "في", "بين");

static bool happened(const ex_view *v, const trig *t, ex_clause c, bool date_in_clause, size_t nqty) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, last = t->e->tok_last;
    if (t->weak && last + 1 <= c.last && ex_stem_in(doc, last + 1, &CIVIL_AFTER))
        return false;
    /* "أوقفت القوات عمليات القصف": أوقف halts an act, it arrests people */
    if (t->kind == LEX_EK_ARREST && t->verb) {
        for (size_t i = last + 1; i <= c.last && i <= last + HALT_REACH; i++) {
            const rasad_entity *nx = ex_entity_at(v, i);
            if ((nx && nx->kind == RASAD_ENT_TRIGGER && trig_of(nx).kind != LEX_EK_ARREST) ||
                ex_stem_in(doc, i, &OPERATION_NOUNS))
                return false;
        }
    }
    /* and a violent act it halts did not take place */
    for (size_t k = 1; k <= HALT_REACH && tok >= c.first + k; k++)
        if (ex_stem_in(doc, tok - k, &HALT_VERBS) &&
            t->kind != LEX_EK_ARREST)
            return false;
    /* "تتعرض البلدة لقصف متواصل منذ أيام", "تتواصل الاشتباكات": an
     * imperfect verb of undergoing or continuing makes the noun a standing
     * situation; only a date of its own (not a period since) singles out
     * an incident */
    if (!t->verb) {
        size_t from = tok > c.first + 4 ? tok - 4 : c.first;
        for (size_t i = from; i < tok; i++)
            if (ex_stem_in(doc, i, &CONTINUING))
                return date_in_clause && !since_in_clause(v, near_trigger(c, t, SINCE_REACH));
    }
    /* "بالتزامن مع معركة كوباني", "تزامنا مع الغارات": a time reference */
    if (!t->verb && tok > c.first + 1 && ex_word_in(doc, tok - 1, &PREP_WITH) &&
        ex_stem_in(doc, tok - 2, &SIMULTANEOUS))
        return false;
    /* an instrument right after an act noun qualifies it: "الهجوم
     * الانتحاري", "العملية الانتحارية" */
    const rasad_entity *before = tok > c.first ? ex_entity_at(v, tok - 1) : NULL;
    bool qualifies = before && before->kind == RASAD_ENT_TRIGGER;
    if (instrument_alone(t) && !qualifies && !nqty && !used_near(doc, t, c))
        return false;
    if (t->weak && t->kind >= LEX_EK_ATTACK && t->kind <= LEX_EK_ABDUCTION && t->e->kind == RASAD_ENT_TRIGGER &&
        !military_context(v, t, c, nqty))
        return false;
    /* "الذي اغتالته إسرائيل", "الصحافي الذي اختطف": a relative clause
     * that describes a person or a place recalls what befell them; the
     * news is elsewhere */
    if (t->verb && tok > c.first &&
        (ex_word_in(doc, tok - 1, &RELATIVES) ||
         (tok > c.first + 1 && ex_word_in(doc, tok - 1, &QAD_OR_KANA) &&
          ex_word_in(doc, tok - 2, &RELATIVES))))
        return false;
    if (tok > c.first && ex_stem_in(doc, tok - 1, &GENERIC_BEFORE))
        return false;
    /* the same across a noun of kind and a partitive: "عدد من الهجمات",
     * "موجة من عمليات الخطف", "أوقفت عمليات القصف" */
    if (tok > c.first + 1) {
        size_t k = tok - 1;
        if (ex_stem_in(doc, k, &INCIDENT_COLLECTIVES)) {
            if (ex_stem_in(doc, k - 1, &GENERIC_BEFORE))
                return false;
            k--;
        }
        if (k > c.first && ex_word_in(doc, k, &PREP_FROM) && ex_stem_in(doc, k - 1, &GENERIC_BEFORE))
            return false;
    }
    /* "بعد معركة الباغوز", "غداة الهجوم", "ردا على هجوم سوروتش": an
     * incident named as the time or the cause of something else is
     * told elsewhere (it may still merge into that telling) */
    if (!t->verb && tok > c.first &&
        (ex_stem_in(doc, tok - 1, &TIME_REFERENCE) ||
         (tok > c.first + 1 && ex_word_in(doc, tok - 1, &PREP_ON) &&
          ex_stem_in(doc, tok - 2, &RESPONSE_NOUNS))))
        return false;
    /* "الضربات التركية ضد التنظيم", "المعركة ضد الإرهاب": a definite act
     * noun aimed with ضد at a party is the campaign against it */
    if (!t->verb && noun_clitic(doc, tok) && !date_in_clause)
        for (size_t i = last + 1; i <= c.last && i <= last + 2; i++)
            if (ex_word_in(doc, i, &PREP_AGAINST))
                return false;
    /* "هذا الهجوم", "تلك الهجمات": a demonstrative points back to an
     * incident told before, unless the sentence gives its toll */
    if (!t->verb && tok > c.first && ex_stem_in(doc, tok - 1, &DEMONSTRATIVES) && !nqty)
        return false;
    /* a pretext or a charge names an act someone is blamed for: "أحرقوهم
     * بدعوى زرعهم عبوة", "اعتقل بتهمة تفجير" */
    if (tok > c.first && ex_stem_in(doc, tok - 1, &PRETEXT_NOUNS))
        return false;
    /* a noun trigger named as the subject of an inquiry, a charge, a
     * trial or a memory ("التحقيق في اغتيال", "بتهمة خطف", "ذكرى
     * اغتيال", "على علاقة بخطف"): an incident referred to, not reported */
    if (!t->verb && tok > c.first) {
        size_t k = tok - 1;
        if (k > c.first && ex_word_in(doc, k, &IN_OR_BETWEEN))
            k--;
        if (ex_stem_in(doc, k, &REFERENCE_NOUNS))
            return false;
        /* with qualifiers between: "التحقيقات القضائية والأمنية في التفجير" */
        if (ex_word_in(doc, tok - 1, &PREP_IN))
            for (size_t j = tok - 1; j-- > c.first && j + 5 >= tok;)
                if (ex_stem_in(doc, j, &REFERENCE_NOUNS))
                    return false;
    }
    if (t->verb) {
        /* يهاجم / تسيطر / تتعرض: a habit, a plan or a standing state; a
         * date in the clause makes it the historic present of a report,
         * a period since a point ("منذ أيام") does not */
        bool counted = nqty > 0;
        for (size_t k = 0; k < v->nqty && !counted; k++)
            counted = v->qty[k].tok_first >= c.first && v->qty[k].tok_last <= c.last;
        bool imperfect = imperfect_verb(doc, t, counted);
        /* "الذي يسيطر على": control in the present is a state, whatever
         * the date beside it */
        if (imperfect && t->kind == LEX_EK_TERRITORY_CAPTURED)
            return false;
        if (imperfect && since_in_clause(v, near_trigger(c, t, SINCE_REACH)))
            return false;
        /* "سيطر التنظيم على أجزاء واسعة منذ نشوب الحرب": held since */
        if (t->kind == LEX_EK_TERRITORY_CAPTURED && since_in_clause(v, near_trigger(c, t, SINCE_REACH)))
            return false;
        return !imperfect || date_in_clause;
    }
    if (t->kind == LEX_EK_TERRITORY_CAPTURED && ex_stem_in(doc, tok, &STATE_WORDS))
        return false;
    /* لـ on a verbal noun states a purpose ("العمليات لتحرير الأنبار",
     * "حملة لاستعادة"), unless a verb of undergoing governs it ("تعرض
     * لهجوم") */
    if (ex_has_proclitic(doc, tok, "ل") && !(tok > c.first && ex_stem_in(doc, tok - 1, &HAPPENED)))
        return false;
    /* explosives destroyed, defused or found before they went off */
    if (t->kind == LEX_EK_CAR_BOMBING || t->kind == LEX_EK_IED || t->kind == LEX_EK_EXPLOSION ||
        t->kind == LEX_EK_SUICIDE_BOMBING) {
        for (size_t k = 1; k <= 3 && tok >= c.first + k; k++)
            if (ex_stem_in(doc, tok - k, &FOILED))
                return false;
    }
    if (date_in_clause || nqty)
        return true;
    size_t from = tok > c.first + HAPPENED_BACK ? tok - HAPPENED_BACK : c.first;
    for (size_t i = from; i <= c.last && i <= last + 6; i++)
        if (i != tok && (ex_stem_in(doc, i, &HAPPENED) || ex_stem_in(doc, i, &WENT_OFF)))
            return true;
    return false;
}

EX_WORDS(DURING, "خلال");

/* Does clause c count over a span of weeks or more ("خلال النصف الأول
 * من العام", "خلال أيام العيد", "خلال الأشهر الماضية")? A count over
 * such a span is a report's total of many incidents, a claim like the
 * count since a point; hours and a day or two ("خلال الساعات الماضية")
 * still frame one battle. */
static bool period_in_clause(const rasad_doc *doc, ex_clause c) {
    EX_WORDS(SPANS, "النصف", "الربع", "الثلث", "الاشهر", "اشهر", "الشهر", "شهر", "الاسابيع",
             "اسابيع", "العام", "عام", "السنه", "سنه", "السنوات", "سنوات", "الفتره",
             "فتره", "الايام", "ايام");
    for (size_t i = c.first; i < c.last; i++)
        if (ex_word_in(doc, i, &DURING) && ex_stem_in(doc, i + 1, &SPANS))
            return true;
    return false;
}

EX_WORDS(OUTBREAK_NOUNS, "بدايه", "اندلاع", "مطلع", "بدء", "انطلاق", "نشوب");

static bool since_in_clause(const ex_view *v, ex_clause c) {
    /* "منذ بداية الحرب", "منذ اندلاع النزاع": a period the date reader
     * may not resolve */
    for (size_t i = c.first; i <= c.last; i++)
        if (ex_word_in(v->doc, i, &PREP_SINCE) &&
            ex_stem_in(v->doc, i + 1, &OUTBREAK_NOUNS))
            return true;
    for (size_t k = 0; k < v->ndates; k++) {
        const rasad_date *d = &v->dates[k];
        if (d->tok_first < c.first || d->tok_last > c.last)
            continue;
        if (ex_stem_in(v->doc, d->tok_first, &PREP_SINCE) ||
            (d->tok_first > c.first && ex_stem_in(v->doc, d->tok_first - 1, &PREP_SINCE)))
            return true;
    }
    return false;
}

static bool aircraft_near(const ex_view *v, const trig *t, ex_clause c) {
    size_t a = t->e->tok_first > c.first + AIRCRAFT_REACH ? t->e->tok_first - AIRCRAFT_REACH : c.first;
    size_t b = t->e->tok_last + AIRCRAFT_REACH < c.last ? t->e->tok_last + AIRCRAFT_REACH : c.last;
    for (size_t i = a; i <= b; i++) {
        if (i >= t->e->tok_first && i <= t->e->tok_last)
            continue;
        if (ex_stem_in(v->doc, i, &AIRCRAFT))
            return true;
    }
    return false;
}

/* Is a trigger of kind k within reach tokens of t in its clause? */
static bool kind_near(const ex_view *v, const trig *t, ex_clause c, uint8_t k, size_t reach) {
    size_t a = t->e->tok_first > c.first + reach ? t->e->tok_first - reach : c.first;
    for (size_t i = a; i <= c.last && i <= t->e->tok_last + reach; i++) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (e && e != t->e && e->kind == RASAD_ENT_TRIGGER && trig_of(e).kind == k)
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

/* Is an armed party (forces, fighters, gunmen) counted in the clause? */
static bool armed_counted(const ex_view *v, ex_clause c) {
    static const char *const ARMED_ROLES[] = {"ROLE_GUNMEN", "ROLE_MILITANTS", "ROLE_MEMBERS", "ROLE_MILITIA",
                                              "ROLE_SECURITY_FORCES", "ROLE_POLICE", "ROLE_ARMY",
                                              "ROLE_FOREIGN_FIGHTERS", "ROLE_TERROR_GROUP", NULL};
    const lex_lexicon *lex = lex_default();
    for (size_t i = c.first; i <= c.last; i++) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (!e || e->tok_first != i || !ex_is_actor_entity(e) || !counted(v, e) || !lex || e->lex_index == UINT32_MAX)
            continue;
        const lex_entry *le = lex_entry_get(lex, e->lex_index);
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
        if (ex_stem_in(v->doc, i, &THINGS) || ex_stem_in(v->doc, i, &TARGET_NOUNS))
            return true;
    return false;
}

static bool protesters_in(const ex_view *v, ex_clause c) {
    const lex_lexicon *lex = lex_default();
    for (size_t i = c.first; i <= c.last; i++) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (!e || e->tok_first != i || e->kind != RASAD_ENT_ROLE || !lex || e->lex_index == UINT32_MAX)
            continue;
        const lex_entry *le = lex_entry_get(lex, e->lex_index);
        if (le && (le->kind == LEX_AK_PROTESTERS || le->kind == LEX_AK_RIOTERS))
            return true;
    }
    return false;
}

#define TIMELINE_HEAD 10 /* tokens of a timeline item's heading date before its colon */

EX_WORDS(LINK_NOUN, "رابط");
EX_WORDS(THE_NEWS, "الخبر");

static void fill_frame(const ex_view *v, const trig *t, ex_frame *f) {
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
    if (t->kind == LEX_EK_ARMED_CLASH && protesters_in(v, c))
        f->kind = LEX_EK_RIOT;
    ex_clause near = {tok > c.first + 3 ? tok - 3 : c.first, t->e->tok_last + 3 < c.last ? t->e->tok_last + 3 : c.last};
    if (t->kind == LEX_EK_ATTACK && t->verb && protesters_in(v, near))
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
    if ((f->kind == LEX_EK_SHELLING || f->kind == LEX_EK_ATTACK) && !t->context && aircraft_near(v, t, c))
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
    ev->kind = lex_event_kind_name(f->kind);
    ev->type = t->le ? t->le->acled_type : t->e->acled_type;
    ev->sub_type = t->le ? t->le->acled_sub_type : t->e->acled_sub_type;
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
    find_actors(v, &tk, c, sent_first, sent_end, ev);
    find_target(v, t, c, ev);
    find_location(v, t, c, sent_first, sent_end, ev);
    barrel_bombs_owner(v, c, ev);
    f->date_in_text = find_date(v, t, sent_first, sent_end, ev);
    find_quantities(v, c, tok, sent_first, sent_end, f);
    /* "وقتل أكثر من مائتي مدني": an attack whose counted dead or wounded
     * are civilians is violence against civilians (acled.c keeps it) */
    if (f->kind == LEX_EK_ATTACK && civilian_toll(v, f))
        ev->type = "Violence against civilians";
    ev->attribution = ex_attribution(v, s);
    ev->modality = ex_modality(v, c.first, tok, sent_end);
    ev->modality.reported = ev->attribution.present;

    /* a definite noun with nothing of its own names an incident told
     * before: "الهجوم", "العملية", "الهجمات" */
    const rasad_segment *first_seg = &doc->segments[doc->tokens[tok].seg_first];
    bool definite = first_seg->role == RASAD_SEG_PROCLITIC && strstr(first_seg->norm, "ال") != NULL;
    f->anaphor = definite && !t->verb && !ev->actor1.present;
    /* anchored: the clause itself names the place or the time, or the
     * sentence counts the victims; a place elsewhere in a long sentence
     * does not make a generic statement an incident */
    bool place_in_clause = ev->has_location && ev->location.entity &&
                           ev->location.entity->tok_first >= c.first && ev->location.entity->tok_last <= c.last;
    /* a country alone does not single out a noun's incident ("الهجمات في
     * العراق"); a past verb told of it does */
    if (place_in_clause && ev->location.entity->feature && strncmp(ev->location.entity->feature, "PCL", 3) == 0 &&
        !t->verb)
        place_in_clause = false;
    bool date_in_clause = false, year_only = false;
    /* "* 8 فبراير 2006: نجا الوزير من انفجار": the date heading a
     * timeline item before its colon dates the item */
    size_t dated_from = c.first;
    if (c.first > sent_first + 1 && doc->tokens[c.first - 1].kind == RASAD_TOK_PUNCT &&
        doc->tokens[c.first - 1].norm[0] == ':' && c.first - sent_first <= TIMELINE_HEAD)
        dated_from = sent_first;
    for (size_t k = 0; k < v->ndates; k++) {
        if (v->dates[k].tok_first < dated_from || v->dates[k].tok_last > c.last)
            continue;
        /* "عام 2004": an incident dated by its year alone is history the
         * article recalls, not news it reports */
        if (v->dates[k].precision == RASAD_PREC_YEAR && !v->dates[k].relative)
            year_only = true;
        else
            date_in_clause = true;
    }
    /* a crowd that gathered (a past verb of its own) is a particular
     * crowd on a particular day, even where the place is not one the
     * gazetteer knows */
    bool crowd = t->e->kind == RASAD_ENT_ROLE;
    /* "نفذت قوات التحالف تسع ضربات جوية": acts counted one by one are
     * particular acts, even placed only in a country */
    bool acts_counted = false;
    for (size_t k = 0; k < v->nqty && !acts_counted; k++)
        acts_counted = v->qty[k].tok_first < tok && v->qty[k].tok_last + 1 >= tok && v->qty[k].tok_last <= tok;
    f->anchored = (place_in_clause || date_in_clause || f->nqty > 0 || crowd || (acts_counted && ev->has_location)) &&
                  happened(v, t, c, date_in_clause, f->nqty);
    /* "قتل 250 ألفاً منذ بداية الحرب": a count over a period sums
     * many incidents, and displacement is a consequence ACLED does not
     * code as an event; both are claims (claims.c takes the counts the
     * frame gives up) */
    if ((f->nqty > 0 && (since_in_clause(v, near_trigger(c, t, SINCE_REACH)) ||
                         period_in_clause(v->doc, near_trigger(c, t, SINCE_REACH)))) ||
        (t->le && t->le->id && strcmp(t->le->id, "نزوح") == 0)) {
        f->anchored = false;
        f->nqty = 0;
    }
    if (year_only && !date_in_clause)
        f->anchored = false;
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
            f->anchored = false;
    }
    /* a withdrawal is a development only from a named place; attackers
     * who "withdrew unharmed" (وانسحبوا سالمين) end the attack told */
    if (t->kind == LEX_EK_WITHDRAWAL && !place_in_clause)
        f->anchored = false;
    /* what did not happen, may happen or will happen is not an incident */
    if (ev->modality.negated || ev->modality.hypothetical || ev->modality.future)
        f->anchored = false;
    /* a view or a demand about an incident may name one told elsewhere
     * (it can still merge into it) but opens none */
    if (under_opinion(v, t, sent_first))
        f->anchored = false;
    /* "رابط الخبر بصحيفة ...: مقتل 19 ...": a link caption repeats the
     * headline of a story told above (or elsewhere) */
    if (sent_first + 1 < sent_end && ex_stem_in(doc, sent_first, &LINK_NOUN) &&
        ex_word_in(doc, sent_first + 1, &THE_NEWS))
        f->anchored = false;

    float conf = 0.4f;
    conf += ev->actor1.present ? 0.15f : 0.0f;
    conf += ev->has_location ? 0.15f : 0.0f;
    conf += f->date_in_text ? 0.1f : 0.0f;
    conf += f->nqty ? 0.1f : 0.0f;
    conf -= t->weak ? 0.1f : 0.0f;
    ev->confidence = conf > 0.95f ? 0.95f : conf;
}

/* "قصف مدينة تلبيسة وقرى الحولة وأم شرشوح": ACLED codes one event per
 * town. The towns are the places after the trigger in its sentence that
 * are towns, villages, sites or districts (not countries or provinces,
 * which only situate them). Returns how many frames were added after f
 * (copies of f with another place). */
#define MAX_TOWNS 8
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
         "الحدود", "حدود");
EX_WORDS(FROM_WITH_SIDES, "من", "مع", "شرق", "غرب", "شرقي", "غربي");

/* Does a word before the place at token i (up to two back: "شمال شرق X",
 * "القريبة من X", "التابعة لناحية X") make it a reference point? */
static bool situating(const rasad_doc *doc, size_t i) {
    for (size_t k = 1; k <= 2 && i >= k; k++) {
        size_t j = i - k;
        if (ex_stem_in(doc, j, &SITUATING))
            return true;
        if (!ex_word_in(doc, j, &FROM_WITH_SIDES) &&
            !ex_stem_in(doc, j, &SETTLEMENTS))
            break;
    }
    return false;
}

EX_WORDS(SOURCE_CUES, "بحسب", "حسب", "وفقا", "نقلا");

static size_t split_by_town(const ex_view *v, const trig *t, ex_frame *f, ex_frame *extra, size_t room) {
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
    for (size_t i = start; i < sent_end && n < MAX_TOWNS; i++) {
        if (i >= t->e->tok_first && i <= t->e->tok_last)
            continue;
        /* "بحسب مصدر طبي في مستشفى قضاء بلدروز": the towns after an
         * attribution cue place the source, not a target */
        if (i > t->e->tok_last && ex_stem_in(doc, i, &SOURCE_CUES))
            break;
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
        if (situating(doc, i) || distance_ref(doc, i))
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

static bool specialises(const trig *spec, const trig *gen) {
    if (generic_kind(spec->kind) || spec->kind == LEX_EK_TERRITORY_CAPTURED || spec->kind == LEX_EK_WITHDRAWAL ||
        spec->kind == LEX_EK_AGREEMENT)
        return false;
    (void)gen;
    return true;
}

/* Chooses which triggers of one sentence open frames (see the file
 * comment); marks the others as folded. */
static void choose_triggers(trig *tr, size_t n, bool *open) {
    bool strong = false;
    for (size_t i = 0; i < n; i++)
        strong |= !tr[i].weak && !tr[i].context;
    for (size_t i = 0; i < n; i++) {
        open[i] = strong ? (!tr[i].weak && !tr[i].context) : true;
        if (!open[i])
            continue;
        for (size_t j = 0; j < i; j++) {
            if (!open[j])
                continue;
            if (tr[j].kind == tr[i].kind) {
                open[i] = false; /* the same kind twice: one frame */
                break;
            }
            /* a specific kind replaces the generic one ("هجوم بسيارة
             * مفخخة", "داهمت ... واعتقلت"); a capture of ground, a
             * withdrawal or an agreement is another act, not a kind of
             * attack */
            if (generic_kind(tr[i].kind) && specialises(&tr[j], &tr[i])) {
                open[i] = false;
                break;
            }
            if (generic_kind(tr[j].kind) && specialises(&tr[i], &tr[j])) {
                open[j] = false;
            }
        }
    }
    /* only killing words or weak triggers: one frame for the sentence */
    if (!strong)
        for (size_t i = 1; i < n; i++)
            open[i] = open[i] && tr[i].kind != tr[0].kind;
}

/* Past verbs of a crowd coming together in public: "تجمع مئات
 * المتظاهرين", "وخرج المتظاهرون إلى الشوارع", "احتشد المحتجون أمام
 * السجن". What a crowd does once gathered (هتف، رفع، قطع الطريق) tells
 * of a protest already told, so it opens nothing. */
EX_WORDS(CROWD_ACTS, "تجمع", "تجمعوا", "تجمعت", "احتشد", "احتشدوا", "احتشدت", "خرج", "خرجوا",
         "خرجت", "نزل", "نزلوا", "تدفق", "تدفقوا", "تجمهر", "تجمهروا");
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
    t.kind = LEX_EK_PROTEST;
    t.verb = true; /* it stands for its past verb: the crowd acted */
    return t;
}

rasad_status ex_events(const ex_view *v, ex_frame **out, size_t *nout) {
    rasad_doc *doc = v->doc;
    size_t ntrig = 0;
    for (size_t i = 0; i < v->nents; i++)
        ntrig += opens_frame(v, &v->ents[i]);
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
    if (!fr || !tr || !open)
        return RASAD_ENOMEM;
    size_t nfr = 0;
    size_t i = 0;
    while (i < v->nents) {
        /* gather the triggers of one sentence */
        if (!opens_frame(v, &v->ents[i])) {
            i++;
            continue;
        }
        uint32_t s = doc->tokens[v->ents[i].tok_first].sentence;
        size_t n = 0;
        for (; i < v->nents && doc->tokens[v->ents[i].tok_first].sentence == s; i++) {
            if (v->ents[i].kind == RASAD_ENT_TRIGGER) {
                tr[n] = trig_of(&v->ents[i]);
                if (tr[n].verb && noun_clitic(doc, v->ents[i].tok_first))
                    tr[n].verb = false;
                n++;
            } else if (n < ntrig && crowd_acting(v, &v->ents[i]))
                tr[n++] = crowd_trig(&v->ents[i]);
        }
        choose_triggers(tr, n, open);
        for (size_t k = 0; k < n; k++) {
            if (!open[k])
                continue;
            memset(&fr[nfr], 0, sizeof fr[nfr]);
            fill_frame(v, &tr[k], &fr[nfr]);
            nfr++;
            nfr += split_by_town(v, &tr[k], &fr[nfr - 1], &fr[nfr], cap - nfr);
        }
    }
    *out = fr;
    *nout = nfr;
    return RASAD_OK;
}
