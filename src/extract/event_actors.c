/* SPDX-License-Identifier: MIT
 *
 * event_actors.c - stage 4, event frames: the actors of a frame. actor1 is the one
 * "على يد X" names, the doer a relative clause names after the trigger
 * ("الذي نفذه X"), the owner of the aircraft of an air strike, the
 * subject before an active verb or the actor right after a noun trigger;
 * actor2 the actor after على / ضد / a target noun, the object of an active
 * verb or the victim after a killing word. The two sides of "اشتباكات بين
 * X وY" are both; barrel bombs in Syria are the government's.
 */
#include <pthread.h>
#include <string.h>

#include "extract/extract.h"
#include "knowledge/lexicon.h"
#include "extract/events.h"
#include "extract/quotes.h"

#define ACTOR_REACH 4  /* tokens after a noun trigger where its actor may stand */
#define OBJECT_REACH 5 /* tokens after على / ضد where actor2 may stand */

EX_WORDS_SHARED(EV_STOP_PREPS, "علي", "في", "ضد", "من", "قرب", "عند", "الي", "منذ", "بعد", "قبل",
                "خلال", "اثر", "جراء", "بين", "ان", "الذي", "التي");
EX_WORDS(AGAINST, "علي", "ضد", "استهدف", "استهدفت", "مستهدفا", "مستهدفه", "طالت", "طال",
         "شملت", "شمل",
         "صفوف");
EX_WORDS_SHARED(EV_TARGET_NOUNS, "سجن", "حاجز", "نقطه", "موقع", "مواقع", "مقر", "مقرات", "مركز",
                "دوريه", "قافله", "ثكنه", "مطار", "قاعده", "معسكر", "مخيم", "مبني",
                "منزل", "سياره", "رتل", "تجمع", "تجمعات", "مستشفي", "مدرسه", "سوق",
                "مسجد", "كنيسه", "حافله", "مخفر", "مديريه", "معبر", "منشاه",
                /* accusative forms the stem keeps: "هاجموا حاجزاً للجيش" */
                "حاجزا", "موقعا", "مقرا", "مركزا", "منزلا", "رتلا", "معسكرا", "سجنا",
                "مطارا", "مخفرا", "مسجدا", "سوقا",
                /* plurals and posts: "تمركزا لقوات النظام", "حواجز للجيش" */
                "تمركزا", "تمركزات", "نقاط", "حواجز", "دوريات", "ارتال",
                /* "كمائن محكمة لتعزيزات للميليشيات" */
                "تعزيزات",
                /* "قصفت أهدافا للمسلحين": whose targets they were */
                "اهداف", "اهدافا", "معاقل", "معسكرات", "قواعد", "مخابئ",
                /* "انفجار مستودع ذخيرة لوحدات حماية الشعب", "استهداف ثكنات الجيش" */
                "مستودع", "مستودعات", "مخزن", "مخازن", "ثكنات",
                /* "استهدفت 3 سيارات تعود لأعضاء في كتائب القسام" */
                "سيارات", "حافلات", "اليات");
EX_WORDS(BY_HAND, "يد", "ايدي");
EX_WORDS(BY_AGENT, "قبل"); /* من قبل X */
/* "قوات النظام وما سمتها بالمقاومة": a party named in a source's words */
EX_WORDS(SO_CALLED, "سمت", "سمتها", "سمته", "سمي", "سماها", "سماه", "تسميه", "يسميه", "يسمي", "تسمي");
EX_WORDS(AND_WHAT, "وما");
/* the lemma of an ambush, laid for (لـ) its victims */
static const char AMBUSH_LEMMA[] = "\xd9\x83\xd9\x85\xd9\x8a\xd9\x86"; /* كمين */
/* "جبهة النصرة ذراع تنظيم القاعدة في سوريا": the group a branch belongs to. */
EX_WORDS(BRANCH_OF, "ذراع", "فرع", "جناح");
/* words that open a clause of their own within a sentence */
EX_WORDS(CONNECTIVES, "كما", "فيما", "بينما", "حيث", "بعدما", "عندما", "حين", "لكن");
/* أنّ / إنّ open a reported clause */
EX_WORDS(COMPLEMENTIZERS, "ان", "بان", "وان", "فان", "انه", "انها", "بانه", "بانها");

/* "الشرطة تعرفت على هوية مشتبه به مرتبط بالهجوم": words of an inquiry
 * into the act; whoever stands before them investigates it. */
EX_WORDS(INQUIRY, "هويه", "مشتبه", "المشتبه", "متهم", "المتهم", "متهمين", "المتهمين", "متورط", "المتورط",
         "متورطين", "المتورطين", "منفذ", "منفذي", "منفذو", "التحقيق", "تحقيقات", "التحقيقات",
         "ملابسات");

/* "مقتل 25 مقاتلا من الطرفين": fighters counted on both sides. */
EX_WORDS(BOTH_SIDES, "الطرفين", "الجانبين", "الجهتين");

/* Is token i an actor entity's first token? Returns it; not a role
 * noun counted on both sides, which is neither side. */
const rasad_entity *ev_actor_starting(const ex_view *v, size_t i) {
    const rasad_entity *e = ex_entity_at(v, i);
    if (!e || e->tok_first != i || !ex_is_actor_entity(e))
        return NULL;
    size_t k = e->tok_last + 1;
    if (e->kind == RASAD_ENT_ROLE && k + 1 < v->doc->ntokens && ex_word_in(v->doc, k, &PREP_FROM) &&
        ex_word_in(v->doc, k + 1, &BOTH_SIDES))
        return NULL;
    return e;
}

/* Adjectives of opposing: "القوات المحلية المناهضة للحوثيين", "الفصائل
 * المعادية للنظام". The party after them (with لـ) is whom the
 * described side fights, never the doer of its act. */
EX_WORDS(OPPOSING, "المناهضه", "المناهضين", "المناهض", "مناهضه", "مناهضين", "مناهض", "المعاديه",
         "المعادين", "المعادي", "معاديه", "معادين", "معادي", "المناوئه", "المناوئين", "المناوئ",
         "مناوئه", "مناوئين");

/* Is the entity the object of an adjective of opposing ("المناهضة
 * للحوثيين")? */
static bool opposed_object(const rasad_doc *doc, const rasad_entity *e) {
    size_t i = e->tok_first;
    /* the clitic split keeps the article with the preposition: لل+حوثيين */
    return i > 0 && (ex_has_proclitic(doc, i, "ل") || ex_has_proclitic(doc, i, "لل")) &&
           ex_word_in(doc, i - 1, &OPPOSING);
}

/* "سيارات تعود لناشطين في حركتي حماس والجهاد": whose the things struck
 * are (not تابعة: "طائرة حربية تابعة للنظام" flies for its owner) */
EX_WORDS(OWNED_BY, "تعود", "يعود", "مملوكه", "المملوكه");
#define OWNER_REACH 4 /* tokens back from an actor to the word of belonging */

/* Is the entity preceded (within two tokens) by على / ضد / a target
 * noun, or named as the owner of what was struck? */
static bool after_against(const ex_view *v, const rasad_entity *e, size_t clause_first) {
    if (opposed_object(v->doc, e))
        return true;
    for (size_t k = 1; k <= 2 && e->tok_first >= clause_first + k; k++) {
        size_t i = e->tok_first - k;
        if (ex_stem_in(v->doc, i, &AGAINST) || ex_stem_in(v->doc, i, &EV_TARGET_NOUNS))
            return true;
    }
    size_t reach = e->tok_first - clause_first < OWNER_REACH ? e->tok_first - clause_first : OWNER_REACH;
    if (ex_stem_back(v->doc, e->tok_first, &OWNED_BY, reach))
        return true;
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

EX_WORDS(BACKED, "المدعومه", "المدعوم", "مدعومه", "مدعوم", "المدعومين", "مدعومين", "المسنوده", "مسنوده");

/* Is the actor the backer of a participle of support ("المدعومة من قبل
 * السكان", "المدعومة بالطيران")? */
static bool backer(const rasad_doc *doc, const rasad_entity *e) {
    size_t i = e->tok_first;
    if (i >= 1 && ex_has_proclitic(doc, i, "\xD8\xA8") && ex_stem_in(doc, i - 1, &BACKED)) /* ب */
        return true;
    return i >= 3 && ex_stem_in(doc, i - 1, &BY_AGENT) && ex_word_in(doc, i - 2, &PREP_FROM) &&
           ex_stem_in(doc, i - 3, &BACKED);
}

/* "جنود دربوا على يد الائتلاف", "تدربوا أيضا على يد ضباط": trained
 * or taught at someone's hands, not harmed by them */
EX_WORDS(TAUGHT, "درب", "دربوا", "دربت", "دربهم", "دربتهم", "تدرب", "تدربوا", "تدربت", "تدربن", "يتدربون",
         "تعلم", "تعلموا", "تتلمذ", "تتلمذوا", "تخرج", "تخرجوا", "اعتنق", "اعتنقوا", "اسلم", "اسلموا");
#define TAUGHT_BACK 2 /* words back from على to the verb (an adverb between: "أيضا") */

/* "على يد X" anywhere in the sentence. */
static const rasad_entity *by_hand_actor(const ex_view *v, size_t first, size_t end) {
    const rasad_doc *doc = v->doc;
    for (size_t i = first + 1; i < end; i++) {
        bool hand = ex_stem_in(doc, i, &BY_HAND) && ex_word_in(doc, i - 1, &PREP_ON);
        bool agent = ex_stem_in(doc, i, &BY_AGENT) && ex_word_in(doc, i - 1, &PREP_FROM);
        if (!hand && !agent)
            continue;
        if (hand && ex_stem_back(doc, i - 1, &TAUGHT, TAUGHT_BACK))
            continue;
        /* "قوات الجيش المدعومة من قبل السكان المسلحين": the agent of a
         * participle of support backs the doer, it does not act */
        if (agent && i >= 2 && ex_stem_in(doc, i - 2, &BACKED))
            continue;
        for (size_t j = i + 1; j < end && j <= i + 3; j++) {
            const rasad_entity *e = ev_actor_starting(v, j);
            if (e)
                return e;
        }
    }
    return NULL;
}

/* Civilians are whom violence and arrests fall on, not who carries
 * them out (the actor of a protest excepted), and a source of reports
 * (المرصد السوري) tells of an event without taking part in it. */
bool ev_is_source(const rasad_entity *e) {
    if (e->kind == RASAD_ENT_SOURCE)
        return true;
    /* unnamed sources ("مصادر أمنية", "شهود عيان") too */
    const lex_entry *le = ex_lex_entry(e);
    return le && le->id && strcmp(le->id, "ROLE_SOURCES") == 0;
}

bool ev_victim_or_source(const rasad_entity *e, const trig *t) {
    if (ev_is_source(e))
        return true;
    const lex_entry *le = ex_lex_entry(e);
    if (t->kind == LEX_EK_PROTEST || t->kind == LEX_EK_RIOT)
        return false;
    /* an outlet or a network an act is told on ("أعلنت عبر حسابها على
     * موقع فيس بوك عن مقتل 40 خلال المواجهات") takes no part in it (a
     * journalist, a role, may be a victim) */
    if (e->kind == RASAD_ENT_ACTOR && le && le->kind == LEX_AK_MEDIA)
        return true;
    return le && le->kind == LEX_AK_CIVILIANS;
}

/* إلى before the doer: laid at his door ("نسبت السلطات إلى التنظيم",
 * "وجهت أصابع الاتهام إلى") or belonging to him ("مقاتلين يشتبه بأنهم
 * ينتمون إلى حركة الشباب قتلوا": BELONGING and BELONGS_TO below, and the
 * forms of this set) */
EX_WORDS(DOER_AFTER_TO, "نسب", "نسبت", "نسبوا", "ينسب", "تنسب", "الاتهام", "اتهام", "اتهامات", "الاتهامات",
         "المسؤوليه", "مسؤوليه", "يعود", "تعود", "المنتمون", "منتمين", "انتمائهم", "انتمائه", "انضموا",
         "انضم", "انضمت", "ينضمون", "المنضمين", "المنضمون", "تابعين", "التابعين");

/* Verbs of a relative clause that name the doer of the noun before
 * them: "الغارات التي نفذتها مقاتلات تركية", "القذائف التي أطلقتها
 * المعارضة", "الهجوم الذي تبناه التنظيم"; and the attribution of
 * blame: "تفجير نسب إلى التنظيم". */
EX_WORDS_SHARED(EV_RELATIVES, "الذي", "التي", "اللذين", "اللتين", "الذين");
EX_WORDS(DOER_VERBS, "نفذه", "نفذها", "نفذته", "نفذتها", "نفذوه", "نفذوها", "شنه", "شنها",
         "شنته", "شنتها", "شنوه", "شنوها", "اطلقه", "اطلقها", "اطلقته",
         "اطلقتها", "اطلقوه", "اطلقوها", "تبناه", "تبناها", "تبنته", "تبنتها",
         "ارتكبه", "ارتكبها", "ارتكبته", "ارتكبتها", "ارتكبوها", "القتها",
         "القاها", "زرعها", "زرعتها", "زرعوها", "يشنه", "يشنها", "تشنه", "تشنها",
         "ينفذه", "ينفذها", "تنفذه", "تنفذها",
         /* "كمين مسلح نصبته المقاومة الشعبية" */
         "نصبه", "نصبها", "نصبته", "نصبتها", "نصبوه", "نصبوها",
         /* "لقصف عنيف بقذائف الدبابات مصدره قوات الأسد": its source */
         "مصدره", "مصدرها");
EX_WORDS(BLAME, "نسب", "نسبت", "نسبته", "نسبتها", "نسبه", "نسبها", "ينسب", "تنسب",
         /* "التفجير الانتحاري المنسوب إلى تنظيم داعش" */
         "المنسوب", "المنسوبه", "منسوب", "منسوبه");
/* "انتحاري يشتبه بأنه من تنظيم داعش", "يعتقد أنه من": the group the
 * doer is suspected to be of, after من */
EX_WORDS(SUSPECTED, "يشتبه", "المشتبه", "يعتقد", "يرجح");
/* "يشتبه أن جماعة بوكو حرام نفذتهما": the suspects, then the verb of
 * doing with the act as its object pronoun */
EX_WORDS_SHARED(EV_DID_IT, "نفذه", "نفذها", "نفذته", "نفذتها", "نفذوه", "نفذوها", "نفذتهما", "نفذهما",
                "نفذوهما", "نفذاه", "نفذاها");
/* "يحمل بصمات حركة بوكو حرام", "من تنفيذ داعش": whose hallmarks or
 * whose doing the act is */
EX_WORDS(WHOSE_DOING, "بصمات", "تنفيذ");
EX_WORDS(HALLMARKS, "بصمات");
bool ev_whose_doing(const rasad_doc *doc, size_t i, size_t first, bool suspected) {
    return ex_stem_in(doc, i, &WHOSE_DOING) && !ex_has_proclitic(doc, i, "ال") &&
           (suspected || ex_stem_in(doc, i, &HALLMARKS) || (i > first && ex_word_in(doc, i - 1, &PREP_FROM)));
}
EX_WORDS(BELONGING, "ينتمي", "تنتمي", "ينتمون", "ينتميان", "المنتمي", "المنتمين");
/* "عملية الاختطاف قام بها حزب العمال": who carried it out */
EX_WORDS(CARRIED_OUT, "قام", "قامت", "قاموا");
EX_WORDS(BY_IT, "بها", "به");

#define DOER_REACH 8 /* tokens after a trigger where the verb naming its doer may stand */
#define RELATIVE_DOER_REACH 12 /* the same for a relative clause ("، والذي قام به X"), dates left out */
/* ... and where blame may (a place and a date between: "هجوم انتحاري في
 * مدينة سوروتش في 20 تموز/يوليو نسب إلى تنظيم داعش") */
#define BLAME_REACH 14

/* Does token q open a quotation of speech holding the act at tok: a word
 * of saying before it ("وقال اردوغان «نحن ...»"), and the act told a few
 * words into it? A term quoted ("عن «هدنة إنسانية»") or the source's own
 * words for the act ("إن جبهة النصرة «قامت باقتحام»") is no quotation of
 * speech. */
#define QUOTE_SPEAKER_REACH 10 /* tokens back from the quote to the word of saying */
#define QUOTED_TERM_LEN 3      /* tokens into a quote an act is a quoted term */
static bool speech_quote_over(const rasad_doc *doc, size_t q, size_t tok, size_t lo) {
    if (tok <= q + QUOTED_TERM_LEN || !ex_quote_opens_over(doc, q, tok))
        return false;
    for (size_t k = 1; k <= QUOTE_SPEAKER_REACH && q >= lo + k; k++) {
        if (ex_word_in(doc, q - k, &COMPLEMENTIZERS))
            return false;
        if (ex_attr_cue(doc, q - k))
            return true;
    }
    return false;
}

size_t ev_speech_quote_open(const rasad_doc *doc, size_t tok, size_t lo) {
    for (size_t q = tok; q-- > lo;)
        if (doc->tokens[q].kind == RASAD_TOK_QUOTE)
            return speech_quote_over(doc, q, tok, lo) ? q : SIZE_MAX;
    return SIZE_MAX;
}

EX_WORDS(TIME_PREPS, "منذ", "بعد", "قبل", "خلال", "اثر", "عقب");
/* a relative pronoun, joined by و or not ("، والذي قام به") */
EX_WORDS(AND_RELATIVES, "والذي", "والتي", "والذين");
static bool relative_at(const rasad_doc *doc, size_t i) {
    return ex_word_in(doc, i, &EV_RELATIVES) || ex_word_in(doc, i, &AND_RELATIVES);
}
/* The doer named by a relative clause or a blame verb within a few
 * tokens after the trigger, or NULL. */
static const rasad_entity *doer_after(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t last = t->e->tok_last, sent_first, sent_end;
    ex_sentence_tokens(doc, doc->tokens[last].sentence, &sent_first, &sent_end);
    c.last = ev_past_asides(doc, c.last, sent_end);
    /* (the words of a place told between do not count against
     * DOER_REACH, nor, before a relative naming the doer, those of a
     * date: "الهجوم الانتحاري في 20 يوليو في سوروتش في جنوب البلاد،
     * والذي قام به") */
    size_t places = 0, dated = 0;
    for (size_t i = last + 1; i <= c.last && i <= last + BLAME_REACH; i++) {
        size_t from = 0;
        const rasad_entity *o = ex_entity_at(v, i);
        if (o && o->kind == RASAD_ENT_PLACE)
            places++;
        else if (v->in_date[i])
            dated++;
        if (o && o->kind == RASAD_ENT_TRIGGER) {
            /* "لقصف عنيف بقذائف الدبابات مصدره": the means (بـ) of this
             * act, not another act; "عملية انتحارية استهدفت مركزا
             * للدرك ... ونسبت إلى": a verb right after the noun tells
             * what the act did */
            /* (and a toll: "وأوقعت قتيلين"; and the attack the act was
             * part of: "قتل شرطيان بالرصاص ... في هجوم نسبته السلطات
             * إلى") */
            trig ot = ev_trig_of(o);
            bool in_attack = !ot.verb && ot.kind == LEX_EK_ATTACK && ex_word_in(doc, i - 1, &PREP_IN);
            if (o->tok_first == i &&
                (ex_has_proclitic(doc, i, "ب") || (i == last + 1 && ot.verb) || ot.context || in_attack)) {
                i = o->tok_last;
                continue;
            }
            break; /* another act's doer */
        }
        size_t told = i - last - places;
        bool relative = relative_at(doc, i) || relative_at(doc, i - 1);
        bool near = told <= DOER_REACH || (relative && told - dated <= RELATIVE_DOER_REACH), blamed = false;
        if (near && relative_at(doc, i) && i + 1 <= c.last && ex_stem_in(doc, i + 1, &DOER_VERBS))
            from = i + 2;
        else if (near && ex_stem_in(doc, i, &DOER_VERBS))
            from = i + 1; /* an indefinite noun takes no relative: "هجوم شنه مقاتلو المعارضة" */
        else if (ex_stem_in(doc, i, &BLAME)) {
            /* "نسبته الحكومة إلى التنظيم": the one blamed follows إلى */
            from = i + 1;
            blamed = true;
            for (size_t k = i + 1; k <= c.last && k <= i + 4; k++)
                if (ex_word_in(doc, k, &PREP_TO)) {
                    from = k + 1;
                    break;
                }
        }
        else if (near && ex_stem_in(doc, i, &SUSPECTED)) {
            for (size_t k = i + 1; k <= c.last && k <= i + 3 && !from; k++) {
                if (ex_word_in(doc, k, &PREP_FROM))
                    from = k + 1;
                /* (an adjective between: "جماعة بوكو حرام المتشددة نفذتهما") */
                const rasad_entity *e = ev_actor_starting(v, k);
                if (!e)
                    continue;
                for (size_t j = e->tok_last + 1; j <= c.last && j <= e->tok_last + 2; j++)
                    if (ex_stem_in(doc, j, &EV_DID_IT))
                        return ev_is_source(e) ? NULL : e;
            }
        } else if (ev_whose_doing(doc, i, 0, false)) {
            from = i + 1;
        } else if (near && ex_stem_in(doc, i, &BELONGING) && i + 1 <= c.last && ex_word_in(doc, i + 1, &PREP_TO)) {
            /* "انتحاري يعتقد أنه ينتمي إلى تنظيم داعش" */
            from = i + 2;
        } else if (near && ex_stem_in(doc, i, &CARRIED_OUT) && i + 1 <= c.last && ex_word_in(doc, i + 1, &BY_IT))
            from = i + 2;
        if (!from)
            continue;
        for (size_t j = from; j <= c.last && j <= from + 3; j++) {
            const rasad_entity *e = ev_actor_starting(v, j);
            /* "كمين نصبته لمجموعة مسلحة": set for (لـ) its victims
             * (but "نسب للتنظيم": blamed on it) */
            bool for_whom = !blamed && ex_has_lam(doc, j);
            if (e)
                return ev_is_source(e) || for_whom ? NULL : e;
            /* "أول هجوم تشنه منذ إعلان وفاة زعيمها": the verb's own
             * pronoun is the doer; a time phrase follows, not a subject */
            if (ex_word_in(doc, j, &TIME_PREPS))
                break;
        }
        return NULL;
    }
    return NULL;
}

/* prepositions no verb follows ("في قصف", "إثر قصف", "مع قصف"; not من,
 * "who") */
EX_WORDS_SHARED(EV_NOUN_PREPS, "في", "عن", "علي", "الي", "بعد", "خلال", "اثر", "جراء", "عقب", "ضد", "منذ", "اثناء",
                "مع");

EX_WORDS(PARTY_SIDE, "طرف", "جهه");
#define PARTY_LIST_REACH 30 /* tokens a side's list may run before من طرف */

/* After the first side of بين: the actor opening the second, when the
 * first's list is closed by "من طرف" / "من جهة" ("، والكتائب"), else
 * NULL. */
static const rasad_entity *second_party(const ex_view *v, const rasad_entity *first, ex_clause c) {
    const rasad_doc *doc = v->doc;
    for (size_t k = first->tok_last + 2; k + 1 <= c.last && k <= first->tok_last + PARTY_LIST_REACH; k++) {
        if (!ex_stem_in(doc, k, &PARTY_SIDE) || !ex_word_in(doc, k - 1, &PREP_FROM))
            continue;
        size_t j = k + 1;
        if (doc->tokens[j].kind == RASAD_TOK_PUNCT && doc->tokens[j].norm[0] == ',')
            j++;
        const rasad_entity *e = j <= c.last ? ev_actor_starting(v, j) : NULL;
        return e && ex_has_proclitic(doc, j, "و") ? e : NULL;
    }
    return NULL;
}

/* "بين X وY" within the clause after a trigger: the two sides. */
EX_WORDS(WHAT, "ما");
#define BETWEEN_REACH 8 /* tokens after a trigger where بين may stand ("اشتباكات استمرت على الحدود بين") */
static bool between_sides(const ex_view *v, const trig *t, ex_clause c, const rasad_entity **x,
                          const rasad_entity **y) {
    const rasad_doc *doc = v->doc;
    for (size_t i = t->e->tok_last + 1; i <= c.last && i <= t->e->tok_last + BETWEEN_REACH; i++) {
        /* another act's words or an actor come first: that بين is not
         * this trigger's */
        const rasad_entity *o = ex_entity_at(v, i);
        if (i > t->e->tok_last + 4 &&
            (t->kind != LEX_EK_ARMED_CLASH || (o && (o->kind == RASAD_ENT_TRIGGER || ex_is_actor_entity(o)))))
            return false;
        if (!ex_word_in(doc, i, &PREP_BETWEEN))
            continue;
        /* "أصيب 120 ما بين رجال أمن ومواطنين": a breakdown of the hit */
        if (ex_word_in(doc, i - 1, &WHAT))
            return false;
        const rasad_entity *first = NULL;
        for (size_t j = i + 1; j <= c.last && j <= i + 3 && !first; j++)
            first = ev_actor_starting(v, j);
        if (!first)
            return false;
        /* "بين قوات النظام مدعومة بقوات الدفاع الوطني وعناصر من حزب الله
         * ... من طرف، والكتائب الإسلامية ... من طرف آخر": the first side
         * is a list closed by من طرف / من جهة; the second opens after it */
        const rasad_entity *second = second_party(v, first, c);
        if (second) {
            *x = first;
            *y = second;
            return true;
        }
        for (size_t j = first->tok_last + 1; j <= c.last && j <= first->tok_last + 4; j++) {
            const rasad_entity *e = ev_actor_starting(v, j);
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

EX_WORDS(AIRCRAFT, "طائرات", "طائره", "الطائرات", "الطائره", "طيران", "الطيران", "مقاتلات", "المقاتلات",
         "مروحيات", "المروحيات", "مروحيه", "جوي", "الجوي", "جويه", "الجويه", "جوا");
EX_WORDS(AERIAL, "جوي", "الجوي", "جويه", "الجويه", "جوا");
/* things on the ground or in law that "جوي" qualifies with no aircraft
 * in them: "القاعدة الجوية", "الدفاعات الجوية", "المجال الجوي" */
EX_WORDS(GROUND_OF_AIR, "قاعده", "قواعد", "دفاعات", "دفاع", "مجال", "خطوط", "ملاحه", "حظر", "جسر", "نقل", "شحن",
         "استطلاع", "عرض", "معرض");

bool ev_aircraft_word(const rasad_doc *doc, size_t i) {
    if (!ex_stem_in(doc, i, &AIRCRAFT))
        return false;
    return !(i > 0 && ex_stem_in(doc, i, &AERIAL) && ex_stem_in(doc, i - 1, &GROUND_OF_AIR));
}

/* "طائرات النظام", "طيران التحالف", "قصف من طائرات النظام السوري": the
 * owner named right after the aircraft is the one who struck. */
EX_WORDS(BELONGS_TO, "تابعه", "التابعه", "تابع", "التابع");
/* Does token k, right before إلى, lay the act at the door of whom إلى
 * names or say its doers belong to him (DOER_AFTER_TO)? */
static bool doer_named_after_to(const rasad_doc *doc, size_t k) {
    return ex_stem_in(doc, k, &DOER_AFTER_TO) || ex_stem_in(doc, k, &BELONGING) || ex_stem_in(doc, k, &BELONGS_TO);
}
static const rasad_entity *aircraft_owner(const ex_view *v, const trig *t, ex_clause c) {
    ex_clause n = ev_near_trigger(c, t, AIRCRAFT_REACH);
    for (size_t i = n.first; i <= n.last; i++) {
        if (!ev_aircraft_word(v->doc, i))
            continue;
        /* the aircraft word may itself open the actor ("طيران التحالف") */
        const rasad_entity *own = ex_entity_at(v, i);
        if (own && own->kind == RASAD_ENT_ACTOR)
            return own;
        size_t reach = 2;
        for (size_t j = i + 1; j <= c.last && j <= i + reach; j++) {
            /* "مقاتلات أهدافا للمسلحين": the targets' owner is no pilot */
            if (ex_stem_in(v->doc, j, &EV_TARGET_NOUNS) || ex_stem_in(v->doc, j, &AGAINST))
                break;
            /* "طائرة حربية تابعة لقوات النظام": the owner after the word of belonging */
            if (ex_word_in(v->doc, j, &BELONGS_TO))
                reach = j - i + 1;
            const rasad_entity *e = ev_actor_starting(v, j);
            if (e && e->kind == RASAD_ENT_ACTOR)
                return e;
        }
    }
    return NULL;
}

EX_WORDS(HITS, "ضربه", "ضربات");

/* "الغارات الجوية التركية"، "القصف الروسي": a strike named by its
 * country's adjective is that country's forces' (the lexicon's entry of
 * "الطائرات التركية" or "القوات الروسية": an adjective no such form
 * takes is no country's). */
#define NATION_REACH 2 /* tokens after the strike's word to the adjective, جوية between */
/* The forces of the nation whose adjective token i is ("التركية",
 * "أمريكية": looked up as the forces' name, with ال), into *out. */
static bool nation_forces_at(const ex_view *v, size_t i, rasad_actor_ref *out) {
    const lex_lexicon *lex = lex_default();
    const rasad_token *tk = &v->doc->tokens[i];
    if (!lex || tk->kind != RASAD_TOK_WORD)
        return false;
    bool definite = ex_has_proclitic(v->doc, i, "ال");
    static const char *const HEADS[] = {"الطائرات ", "القوات ", "الطيران ", "الجيش ", NULL};
    for (const char *const *h = HEADS; *h; h++) {
        char key[128];
        size_t hl = strlen(*h), al = definite ? 0 : 4; /* "ال" is 4 bytes */
        if (hl + al + tk->norm_len >= sizeof key)
            return false;
        memcpy(key, *h, hl);
        memcpy(key + hl, "\xd8\xa7\xd9\x84", al);
        memcpy(key + hl + al, tk->norm, tk->norm_len);
        size_t first, n = lex_lookup(lex, key, hl + al + tk->norm_len, &first);
        for (size_t k = 0; k < n; k++) {
            uint32_t entry;
            lex_form_at(lex, first + k, NULL, NULL, &entry);
            const lex_entry *le = lex_entry_get(lex, entry);
            /* (a nation's: "طائرة حربية" names no side) */
            if (le && le->id && le->country && (le->kind == LEX_AK_STATE_FORCES || le->kind == LEX_AK_EXTERNAL) &&
                ev_actor_as(out, le->id)) {
                out->present = true;
                out->start = tk->start;
                out->end = tk->end;
                return true;
            }
        }
    }
    return false;
}

/* "طائرة أميركية", "الطائرات الروسية": an aircraft (token i) followed by
 * its nation's adjective flies for that nation's forces: *out becomes
 * those forces, told from the aircraft on. */
static void aircraft_nation(const ex_view *v, size_t i, ex_clause c, rasad_actor_ref *out) {
    const rasad_doc *doc = v->doc;
    uint32_t start = out->start;
    if (i + 1 <= c.last && ev_aircraft_word(doc, i) && !ex_stem_in(doc, i, &AERIAL) &&
        ex_has_proclitic(doc, i + 1, "ال") == ex_has_proclitic(doc, i, "ال") && nation_forces_at(v, i + 1, out))
        out->start = start;
}

static bool national_strike(const ex_view *v, const trig *t, ex_clause c, rasad_actor_ref *out) {
    const rasad_doc *doc = v->doc;
    for (size_t i = t->e->tok_last + 1; i <= c.last && i <= t->e->tok_last + NATION_REACH; i++) {
        if (ex_stem_in(doc, i, &AERIAL))
            continue;
        /* the adjective agrees with the strike: "الغارات الجوية التركية",
         * "ضربة جوية أمريكية" */
        if (ex_has_proclitic(doc, i, "ال") != ex_has_proclitic(doc, t->e->tok_first, "ال"))
            return false;
        return nation_forces_at(v, i, out);
    }
    return false;
}

/* "قصف الطيران المروحي", "قصفت طائرة أميركية من دون طيار": with no
 * owner named, the aircraft beside the verb is the attacker as written
 * (the text says no more of who flew it). */
static void aircraft_as_actor(const ex_view *v, const trig *t, ex_clause c, rasad_actor_ref *out) {
    ex_clause n = ev_near_trigger(c, t, 2);
    for (size_t i = n.first; i <= n.last; i++) {
        if (i >= t->e->tok_first && i <= t->e->tok_last)
            continue;
        if (!ev_aircraft_word(v->doc, i))
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
        aircraft_nation(v, i, c, out);
        return;
    }
}

EX_WORDS(LOYAL, "موال", "الموالي", "المواليه", "الموالين", "الموالون", "مواليه", "موالين", "موالون");

EX_WORDS(GROUP_HEAD_NOUNS, "تنظيم", "جماعه", "حركه");

/* Can the actor own the fighters or the group a role noun names? Not
 * civilians, crowds or outlets: "استهدف التنظيم المصلين" names the
 * group's victims right after it. */
static bool may_own(const rasad_entity *g) {
    const lex_entry *le = ex_lex_entry(g);
    return !le || (le->kind != LEX_AK_CIVILIANS && le->kind != LEX_AK_PROTESTERS && le->kind != LEX_AK_MEDIA);
}

/* A role noun or a generic name followed by the named group it belongs
 * to: "مسلحي تنظيم داعش", "لتنظيم “داعش”", "عناصر من داعش". */
const rasad_entity *ev_named_group_after(const ex_view *v, const rasad_entity *e, ex_clause c) {
    if (e->kind == RASAD_ENT_ACTOR && e->id)
        return e;
    size_t reach = e->tok_last + 3;
    for (size_t j = e->tok_last + 1; j <= c.last && j <= reach; j++) {
        /* "قائد عسكري موال لجماعة الحوثي": the side a man is loyal to,
         * past the words describing him */
        if (ex_stem_in(v->doc, j, &LOYAL)) {
            /* "الميليشيات الموالية لإيران" are not Iran's forces */
            const rasad_entity *o = ev_actor_starting(v, j + 1);
            const lex_entry *le = o ? ex_lex_entry(o) : NULL;
            if (le && le->kind == LEX_AK_EXTERNAL)
                break;
            reach = j + 2;
            continue;
        }
        const rasad_entity *g = ev_actor_starting(v, j);
        /* a role or a plain word right before it describes the man too
         * ("قائد عسكري موال"): passed over */
        size_t end = g ? g->tok_last : j;
        if ((g ? g->kind == RASAD_ENT_ROLE && !g->id : v->doc->tokens[j].kind == RASAD_TOK_WORD) &&
            end + 1 <= c.last && ex_stem_in(v->doc, end + 1, &LOYAL)) {
            j = end;
            continue;
        }
        /* "عنصرا من المتمردين الحوثيين": a word describing the named
         * group right after it (not the group's own head noun, تنظيم,
         * nor a side of its own, "عناصر الجيش والحشد") */
        if (g && g->kind == RASAD_ENT_ROLE && !g->id && may_own(g) &&
            !ex_stem_in(v->doc, g->tok_first, &GROUP_HEAD_NOUNS)) {
            const rasad_entity *named = ev_actor_starting(v, g->tok_last + 1);
            if (named && named->kind == RASAD_ENT_ACTOR && named->id && named->tok_last <= c.last && may_own(named) &&
                !ex_has_proclitic(v->doc, named->tok_first, "و"))
                g = named;
        }
        /* "بين التنظيم والمقاتلين الأكراد": a party joined by و is
         * another side, not the owner */
        if (g)
            return g->kind == RASAD_ENT_ACTOR && g->id && !ex_has_proclitic(v->doc, j, "و") && may_own(g) ? g : e;
        const rasad_token *tk = &v->doc->tokens[j];
        if (tk->kind != RASAD_TOK_QUOTE && !ex_word_in(v->doc, j, &PREP_FROM))
            break;
    }
    return e;
}

EX_WORDS(AMONG_THEM, "بينهم", "وبينهم", "بينهن", "منهم", "ومنهم", "بينهما");
EX_WORDS(MEMBER_NOUNS, "عناصر", "مقاتلي", "افراد", "جنود", "مليشيا", "ميليشيا", "صفوف", "منتسبي", "قاده",
         "قياديين", "قيادات");

/* Where a named side's words start, a describing role word before it
 * included: "المتمردين الحوثيين", "المسلحين الأكراد". */
static size_t described_from(const ex_view *v, const rasad_entity *e) {
    const rasad_entity *d = e->tok_first > 0 ? ex_entity_at(v, e->tok_first - 1) : NULL;
    return d && d != e && d->kind == RASAD_ENT_ROLE && d->tok_last + 1 == e->tok_first && may_own(d)
               ? d->tok_first
               : e->tok_first;
}

/* Is the entity the counted noun of a quantity ("سبعة من عناصر الشرطة",
 * "اثنين من جنوده", "ثلاثة جنود", "13 عنصرا من المتمردين الحوثيين")? */
bool ev_counted(const ex_view *v, const rasad_entity *e) {
    const rasad_doc *doc = v->doc;
    size_t i = described_from(v, e);
    /* "مقتل 4 من “القاعدة”"، "عشرة من عناصر تنظيم /داعش/": the marks and
     * the group's head noun written apart from its name */
    if (i > 0 && (doc->tokens[i - 1].kind == RASAD_TOK_QUOTE || strcmp(doc->tokens[i - 1].norm, "/") == 0))
        i--;
    if (i > 0 && i < e->tok_first && ex_stem_in(doc, i - 1, &GROUP_HEAD_NOUNS))
        i--;
    size_t name = i; /* where the group's words start */
    /* "قتل 11 مسلحا بينهم القيادي أبو حارث": one of those counted */
    if (i > 0 && ex_word_in(doc, i - 1, &AMONG_THEM))
        return true;
    /* "سبعة من مليشيا الحشد", "العشرات من عناصر تنظيم داعش" */
    if (i > 0 && ex_stem_in(doc, i - 1, &MEMBER_NOUNS))
        i--;
    if (i > 0 && ex_word_in(doc, i - 1, &PREP_FROM))
        i--;
    size_t k0 = ex_qty_from(v, ex_back(i, v->qty_span + 1)), kn = ex_qty_to(v, (size_t)e->tok_first + 1);
    for (size_t k = k0; k < kn; k++)
        /* (the quantity may take the member noun in: "4 من عناصر" before القاعدة) */
        if (v->qty[k].tok_last + 1 == i || v->qty[k].tok_last + 1 == name ||
            v->qty[k].tok_last + 1 == e->tok_first ||
            (v->qty[k].tok_first <= name && v->qty[k].tok_last >= name) ||
            (v->qty[k].tok_first <= e->tok_first && v->qty[k].tok_last >= e->tok_first))
            return true;
    /* "قتل 21 من عناصر الجيش والحشد الشعبي": joined by و to a side counted */
    if (e->tok_first > 0 && ex_has_proclitic(doc, e->tok_first, "\xd9\x88")) { /* و */
        const rasad_entity *q = ex_entity_at(v, e->tok_first - 1);
        if (q && q != e && q->tok_last + 1 == e->tok_first && ex_is_actor_entity(q))
            return ev_counted(v, q);
    }
    return false;
}

/* Is the entity a crowd of protesters or rioters? */
static bool crowd_entity(const rasad_entity *e) {
    const lex_entry *le = ex_lex_entry(e);
    return le && (le->kind == LEX_AK_PROTESTERS || le->kind == LEX_AK_RIOTERS);
}

/* "إثر هجوم شنه مقاتلو المعارضة" later in the clause: the doer of the
 * attack that set a clash off, or NULL. */
static const rasad_entity *initiator_after(const ex_view *v, const trig *t, ex_clause c) {
    for (size_t i = t->e->tok_last + 1; i + 1 <= c.last; i++) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (!e || e->kind != RASAD_ENT_TRIGGER || e->tok_first != i || ev_trig_of(e).kind != LEX_EK_ATTACK)
            continue;
        size_t j = e->tok_last + 1;
        if (!ex_stem_in(v->doc, j, &DOER_VERBS))
            return NULL;
        for (size_t k = j + 1; k <= c.last && k <= j + 3; k++) {
            const rasad_entity *a = ev_actor_starting(v, k);
            if (a)
                return ev_named_group_after(v, a, c);
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
EX_WORDS(TOWN_WORDS, "مدينه", "بلده", "قريه", "بلدات", "قري", "مدن", "احياء", "حي");
/* Does an object of a targeting verb start at token i: an actor, a
 * target noun or a town ("تمركزات لقوات النظام"، "مراكز عسكرية"،
 * "مدينة اللاذقية")? */
static bool object_at(const ex_view *v, size_t i, ex_clause c) {
    const rasad_doc *doc = v->doc;
    if (i > c.last)
        return false;
    const rasad_entity *place = ex_entity_at(v, i);
    if (!place && i + 1 <= c.last && ex_stem_in(doc, i, &TOWN_WORDS))
        place = ex_entity_at(v, i + 1);
    return ev_actor_starting(v, i) || ex_stem_in(doc, i, &EV_TARGET_NOUNS) ||
           (place && place->kind == RASAD_ENT_PLACE);
}

/* The first object-like token within MEANS_REACH after a means phrase
 * that starts at token from (its weapons, their adjectives, a comma),
 * or SIZE_MAX */
static size_t object_after_means(const ex_view *v, size_t from, ex_clause c) {
    for (size_t j = from; j <= c.last && j < from + MEANS_REACH; j++) {
        if (object_at(v, j, c))
            return j;
        const rasad_entity *e = ex_entity_at(v, j);
        if (ev_opens_clause(v->doc, j) || (e && e->kind == RASAD_ENT_TRIGGER && ev_trig_of(e).verb))
            break;
    }
    return SIZE_MAX;
}

static const rasad_entity *means_subject(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    /* the ب on the trigger or on the count before it ("بتسع ضربات") */
    bool means = ex_has_proclitic(doc, tok, "ب");
    for (size_t k = ex_qty_from(v, ex_back(tok, v->qty_span + 1)), kn = ex_qty_to(v, tok + 1); k < kn && !means; k++)
        if (v->qty[k].tok_last + 1 == tok || (v->qty[k].tok_first < tok && v->qty[k].tok_last >= tok))
            means = ex_has_proclitic(doc, v->qty[k].tok_first, "ب");
    if (!means)
        return NULL;
    for (size_t i = tok; i-- > c.first && i + MEANS_REACH >= tok;) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (!e || e->kind != RASAD_ENT_TRIGGER || e->tok_last != i)
            continue;
        trig vt = ev_trig_of(e);
        /* an unvocalised form read either way (استهدف) is active when
         * the means follows its object */
        bool either = vt.passive && vt.le && (vt.le->flags & LEXF_AMBIGUOUS);
        if (!vt.verb || (vt.passive && !either) || vt.context || ev_noun_clitic(doc, e->tok_first))
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
            /* (the verb itself, استهدفت, is no "against" for its
             * subject; the object an actor, a target noun or a town:
             * "تمركزات لقوات النظام"، "مراكز عسكرية"، "مدينة اللاذقية") */
            const rasad_entity *post = ev_actor_starting(v, e->tok_last + 1);
            size_t obj = post ? post->tok_last + 1 : tok;
            /* (past a date between: "استهدف الجيش الحر أمس مدينة X") */
            for (size_t k = ex_date_from(v, obj), kn = ex_date_to(v, obj + 1); k < kn; k++)
                if (v->dates[k].tok_first == obj)
                    obj = v->dates[k].tok_last + 1;
            /* (the object may follow the means: "استهدفت قوات الأسد
             * بالصواريخ الفراغية وقذائف المدفعية، بلدات ...") */
            if (post && obj == tok)
                obj = object_after_means(v, t->e->tok_last + 1, c);
            if (post && obj != SIZE_MAX && obj != tok && object_at(v, obj, c))
                subj = post;
        }
        if (subj && !ev_victim_or_source(subj, &vt) && !ev_counted(v, subj))
            return subj;
        return NULL;
    }
    return NULL;
}

EX_WORDS(ACCORDING_TO, "بحسب", "حسب", "وفق", "وفقا");

/* Is token i an active verb of an act (استهدفت) whose subject follows
 * it, as a target noun after that actor shows ("استهدفت فصائل من
 * المعارضة مواقع للقوات")? */
static bool verb_with_subject_after(const ex_view *v, size_t i, ex_clause c) {
    const rasad_entity *vb = ex_entity_at(v, i);
    if (!vb || vb->kind != RASAD_ENT_TRIGGER || vb->tok_last != i)
        return false;
    trig vt = ev_trig_of(vb);
    if (!vt.verb || vt.context || ev_noun_clitic(v->doc, vb->tok_first))
        return false;
    const rasad_entity *subj = ev_actor_starting(v, i + 1);
    if (!subj)
        return false;
    size_t end = subj->tok_last;
    /* "فصائل من المعارضة" */
    if (end + 2 <= c.last && ex_word_in(v->doc, end + 1, &PREP_FROM) && ev_actor_starting(v, end + 2))
        end = ev_actor_starting(v, end + 2)->tok_last;
    return end + 1 <= c.last && ex_stem_in(v->doc, end + 1, &EV_TARGET_NOUNS);
}

/* Is the actor right after a trigger verb of targeting (استهدف) its
 * subject? So it is when a target noun or another actor follows it as
 * the object ("استهدف التنظيم تمركزا لقوات النظام", "استهدف مسلحون
 * حاجزا للجيش"); "انفجار استهدف الجيش" has its trigger elsewhere. */
static bool targeting_subject(const ex_view *v, const trig *t, const rasad_entity *after, ex_clause c) {
    size_t tok = t->e->tok_first, last = t->e->tok_last;
    if (!t->verb || t->passive || t->context || tok != last || after->tok_first != last + 1 ||
        !ex_stem_in(v->doc, tok, &AGAINST) || ev_noun_clitic(v->doc, tok))
        return false;
    size_t j = after->tok_last + 1;
    return j <= c.last && (ex_stem_in(v->doc, j, &EV_TARGET_NOUNS) || ev_actor_starting(v, j));
}

/* words that may follow a passive arrest verb with nothing between
 * ("اعتقل في الزنزانة", "اعتقلا بعد نشر معلومات") */
EX_WORDS(PASSIVE_NEXT, "في", "بعد", "قبل", "خلال", "منذ", "اثر", "عقب", "بتهمه", "بتهم", "بسبب", "لمده", "حتي",
         "لدي", "علي");

/* Does the word end in an object pronoun the splitter left on a listed
 * verb form ("احتجزتهم", "اعتقلته", "خطفوها")? */
static bool object_pronoun(const char *n) {
    static const char *const PRON[] = {"\xD9\x87",                                 /* ه */
                                       "\xD9\x87\xD8\xA7",                         /* ها */
                                       "\xD9\x87\xD9\x85",                         /* هم */
                                       "\xD9\x87\xD9\x86",                         /* هن */
                                       "\xD9\x87\xD9\x85\xD8\xA7", NULL};         /* هما */
    size_t len = strlen(n);
    for (size_t k = 0; PRON[k]; k++) {
        size_t pl = strlen(PRON[k]);
        if (len > pl + 4 && strcmp(n + len - pl, PRON[k]) == 0)
            return true;
    }
    return false;
}

/* "كان صحافي نيويورك تايمز قد اعتقل في الزنزانة ذاتها", "كانا اعتقلا
 * بعد نشر معلومات": a verb of arrest or abduction takes an object; with
 * none after it (a preposition, the clause's end) the unvocalised form
 * is the passive (اعتُقل), and the one named before it was detained, not
 * the detainer. Not "ألقت القبض على": على is that verb's object marker;
 * not "اعتقلهم": the pronoun is the object. */
static bool objectless_arrest(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    if (!t->verb || t->passive || (t->kind != LEX_EK_ARREST && t->kind != LEX_EK_ABDUCTION))
        return false;
    size_t last = t->e->tok_last;
    if (t->e->tok_first != last || ex_enclitic(doc, last) || ev_noun_clitic(doc, last) ||
        object_pronoun(doc->tokens[last].norm))
        return false;
    size_t j = last + 1;
    return j > c.last || ex_is_boundary(doc, j) || doc->tokens[j].kind == RASAD_TOK_PUNCT ||
           ex_word_in(doc, j, &PASSIVE_NEXT);
}

#define OBJECT_COUNT_REACH 6 /* tokens after the subject where the count killed may stand */

/* "وقتل الجيش الجزائري في نهاية مايو 25 اسلاميا": the unvocalised قتل
 * is read either way (قُتل، قَتل); a count of people after the actor that
 * follows it is the verb's object, so the verb is active and the actor
 * its subject, the killer. A policeman, a soldier or a civilian right
 * after it stays the one killed (event_target.c), and a count joined by
 * و ("قتل شرطي و3 مدنيين") or past another act or the clause's end is
 * no object. */
static bool killer_after_verb(const ex_view *v, const trig *t, const rasad_entity *after, ex_clause c) {
    const rasad_doc *doc = v->doc;
    if (!t->verb || !t->context || after->tok_first != t->e->tok_last + 1 || ev_noun_clitic(doc, t->e->tok_first))
        return false;
    if ((after->kind == RASAD_ENT_ROLE && ev_hit_role(after)) || ev_victim_or_source(after, t))
        return false;
    size_t from = after->tok_last + 1;
    size_t to = from + OBJECT_COUNT_REACH < c.last + 1 ? from + OBJECT_COUNT_REACH : c.last + 1;
    for (size_t k = ex_qty_from(v, from), kn = ex_qty_to(v, to); k < kn; k++) {
        const rasad_quantity *q = &v->qty[k];
        if (q->tok_first < from || q->tok_first >= to)
            continue;
        for (size_t i = from; i <= q->tok_first; i++) {
            const rasad_entity *o = ex_entity_at(v, i);
            if (ex_is_boundary(doc, i) || ex_has_proclitic(doc, i, "و") || (o && o->kind == RASAD_ENT_TRIGGER))
                return false;
        }
        return !ex_counts_things(doc, q);
    }
    return false;
}

/* Is the mention the generic "person" (شخصا، أشخاص، رجلا، شاب)? */
static bool generic_person(const rasad_entity *e) {
    const lex_entry *le = ex_lex_entry(e);
    return e->kind == RASAD_ENT_ROLE && le && le->id && strcmp(le->id, "ROLE_PERSONS") == 0;
}

/* Is the mention a non-state armed group? People it seizes ("ألقى داعش
 * القبض على شخصين") are civilians taken, not suspects arrested. */
static bool armed_group(const rasad_entity *e) {
    const lex_entry *le = e ? ex_lex_entry(e) : NULL;
    return le && (le->kind == LEX_AK_REBEL || le->kind == LEX_AK_POLITICAL_MILITIA ||
                  le->kind == LEX_AK_IDENTITY_MILITIA);
}

EX_WORDS(CAMPAIGN_NOUNS, "عمليات", "عمليه", "حمله", "حملات", "مداهمات");

/* "شرعت قوات الأمن في عمليات ضد مسلحي التنظيم في عدد من المدن ...
 * واعتقلت 97 شخصا": the side a campaign told before an arrest in its
 * clause is against (ضد right after a campaign noun) is whom the arrests
 * fall on, when the arrest itself names only persons. */
static const rasad_entity *campaign_side(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    for (size_t i = t->e->tok_first; i-- > c.first + 1;) {
        if (!ex_word_in(doc, i, &AGAINST) || !ex_stem_in(doc, i - 1, &CAMPAIGN_NOUNS))
            continue;
        if (ev_other_act_between(v, t, i, t->e->tok_first))
            return NULL;
        const rasad_entity *e = ev_actor_starting(v, i + 1);
        return e && !ev_is_source(e) ? ev_named_group_after(v, e, c) : NULL;
    }
    return NULL;
}

/* "اعتقال 320 شخصا ينتمون لتنظيم داعش", "20 شخصا يشتبه في انتمائهم
 * إلى تنظيم داعش", "ناشطين مفترضين من تنظيم داعش": the armed group the
 * detained are said to belong to, a few words after the arrest */
EX_WORDS(BELONGING_NOUNS, "انتمائهم", "انتمائه", "انتمائها", "انتماءهم", "بانتمائهم", "لانتمائهم");
EX_WORDS(PRESUMED, "مفترضين", "مفترضون", "مشتبه", "مشتبهين", "المشتبه");
#define HELD_GROUP_REACH 10 /* tokens after the arrest where the detained's group may be told */
static const rasad_entity *held_group(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    for (size_t i = t->e->tok_last + 1; i <= c.last && i <= t->e->tok_last + HELD_GROUP_REACH; i++) {
        size_t from = 0;
        if (ex_stem_in(doc, i, &BELONGING) || ex_stem_in(doc, i, &BELONGING_NOUNS)) {
            from = i + 1;
            if (from <= c.last && ex_word_in(doc, from, &PREP_TO))
                from++;
        } else if (ex_stem_in(doc, i, &PRESUMED) && i + 1 <= c.last && ex_word_in(doc, i + 1, &PREP_FROM)) {
            from = i + 2;
        }
        if (!from || from > c.last)
            continue;
        const rasad_entity *e = ev_actor_starting(v, from);
        return armed_group(e) ? e : NULL;
    }
    return NULL;
}

/* verbs that announce or mourn a death: "أعلن الجيش عن مقتل", "نعت
 * القيادة أحد أبنائها" */
EX_WORDS(ANNOUNCING, "اعلن", "اعلنت", "اعلنوا", "نعي", "نعت", "نعوا", "تنعي", "ينعي");
/* men of a force or a group: "ثلاثة من جنوده", "أحد أبنائها" */
EX_WORDS(OWN_MEN, "جنود", "ابناء", "ابنائ", "عناصر", "افراد", "منتسبي", "مقاتلي", "ضباط", "رجال", "جندي", "عنصر",
         "مقاتل", "منتسب", "ضابط", "فرد");
EX_WORDS(MARTYRDOM, "استشهاد");
enum { ANNOUNCES_OWN = 1, ANNOUNCES_MARTYRS = 2 };
#define OWN_MEN_REACH 4   /* tokens from the death noun to "جنوده" */
#define ANNOUNCER_REACH 3 /* tokens from the verb to the announcer named */

/* Is the entity state forces or a government body of the lexicon? */
static bool state_forces(const rasad_entity *e) {
    const lex_entry *le = e ? ex_lex_entry(e) : NULL;
    return le && le->kind == LEX_AK_STATE_FORCES;
}

/* "أعلن الجيش المصري عن مقتل ثلاثة من جنوده", "أعلنت القيادة العامة
 * للقوات المسلحة عن استشهاد أحد أبنائها": the side that announces the
 * death of its own men (a possessive pronoun on them) is their side, not
 * their killer. Not "أعلن الجيش مقتل 20 من عناصر داعش" (the group named
 * after the men is the other side). FIRST..LAST are the announcer's
 * tokens. ANNOUNCES_OWN: the announcer is the victims' side;
 * ANNOUNCES_MARTYRS: it is no doer, the men named are the victims. */
static int announces_own_dead(const ex_view *v, const trig *t, size_t first, size_t last, ex_clause c) {
    const rasad_doc *doc = v->doc;
    if (t->verb || last >= t->e->tok_first)
        return 0;
    /* the verb before the announcer, or before the head of its
     * construct ("أعلنت القيادة العامة للقوات المسلحة"), or after it */
    bool announced = last + 1 < t->e->tok_first && ex_stem_in(doc, last + 1, &ANNOUNCING);
    for (size_t i = first; i > c.first && i + ANNOUNCER_REACH > first && !announced; i--)
        announced = doc->tokens[i - 1].kind == RASAD_TOK_WORD && ex_stem_in(doc, i - 1, &ANNOUNCING);
    if (!announced)
        return 0;
    /* the death noun is the trigger, or told between the announcer and
     * it ("عن مقتل ثلاثة من جنوده في هجوم") */
    size_t death = t->context ? t->e->tok_last : SIZE_MAX;
    for (size_t i = last + 1; i <= c.last && i <= t->e->tok_last + OWN_MEN_REACH; i++) {
        const rasad_entity *e = ex_entity_at(v, i);
        if (death == SIZE_MAX && e && e->kind == RASAD_ENT_TRIGGER && e->tok_first == i && ev_trig_of(e).context) {
            death = e->tok_last;
            /* "أعلنت وزارة الداخلية استشهاد ثلاثة من رجال الأمن": one
             * announces the martyrdom of one's own, never of one's enemy;
             * the men named are the victims */
            if (ex_stem_in(doc, e->tok_first, &MARTYRDOM))
                return ANNOUNCES_MARTYRS;
        }
        if (death == SIZE_MAX || i <= death || i > death + OWN_MEN_REACH)
            continue;
        if (ex_possessive(doc, i) && ex_stem_in(doc, i, &OWN_MEN))
            return ANNOUNCES_OWN;
        /* "أعلنت وزارة الداخلية عن مقتل رجلي أمن": a state that announces
         * the death of state forces announces its own dead */
        const rasad_entity *men = ev_actor_starting(v, i);
        if (men && state_forces(men) && state_forces(ex_entity_at(v, first)))
            return ANNOUNCES_MARTYRS;
    }
    return 0;
}

/* "وتعرض الحوثيون لقصف جوي"، "الحوثيون تعرضوا لغارات": the subject of a
 * verb of undergoing, the act after its ل, is the act's target, not its
 * doer. */
EX_WORDS(UNDERGOING, "تعرض", "تعرضت", "تعرضوا", "تعرضا", "تعرضتا", "يتعرض", "تتعرض", "يتعرضون");
#define UNDERGO_SUBJECT_REACH 2 /* tokens between the verb and its subject, or the subject and the verb */
static bool underwent(const rasad_doc *doc, const trig *t, const rasad_entity *a1, ex_clause c) {
    size_t tok = t->e->tok_first;
    if (t->verb || a1->tok_last >= tok || !ex_has_proclitic(doc, tok, "ل"))
        return false;
    for (size_t k = 1; k <= UNDERGO_SUBJECT_REACH && a1->tok_first >= c.first + k; k++)
        if (ex_stem_in(doc, a1->tok_first - k, &UNDERGOING))
            return true;
    for (size_t i = a1->tok_last + 1; i < tok && i <= a1->tok_last + UNDERGO_SUBJECT_REACH; i++)
        if (ex_stem_in(doc, i, &UNDERGOING))
            return true;
    return false;
}

/* "وقالت الشرطة إن جنديا قتل في انفجار"، "مسلحون قتلوا في اشتباكات": a
 * verb of killing or wounding with no object after it, a preposition or
 * the clause's end next, is the passive (قُتل، قُتلوا) written without its
 * vowels: its subject was killed. "مسلحون قتلوا 5 جنود" has its object. */
EX_WORDS(KILLED_FORMS, "قتل", "قتلت", "قتلوا", "قتلا", "جرح", "جرحت", "جرحوا", "اصيب", "اصيبت", "اصيبوا");
/* "لقي عدد من عناصر تنظيم داعش مصرعهم": the subject of لقي ... مصرعه /
 * حتفه died */
EX_WORDS(MET, "لقي", "لقيت", "لقوا", "لقيا", "يلقي", "تلقي");
EX_WORDS(DEATH_MET, "مصرعه", "مصرعها", "مصرعهم", "مصرعهما", "مصرعهن", "حتفه", "حتفها", "حتفهم", "حتفهما");
#define MET_REACH 3 /* tokens between لقي and its subject ("عدد من"), or the subject and مصرعه */
static bool met_death(const rasad_doc *doc, const rasad_entity *subject) {
    bool met = false;
    for (size_t k = 1; k <= MET_REACH && subject->tok_first >= k && !met; k++)
        met = ex_stem_in(doc, subject->tok_first - k, &MET);
    for (size_t i = subject->tok_last + 1; met && i < doc->ntokens && i <= subject->tok_last + MET_REACH; i++)
        if (ex_word_in(doc, i, &DEATH_MET))
            return true;
    return false;
}

/* "قتل 390 مقاتلا كرديا من حزب العمال الكردستاني"، "مقتل 49 مسلحا من
 * تنظيم داعش": the group after the من of counted dead or wounded is the
 * victims' side */
#define COUNTED_OF_REACH 3 /* tokens from the count's end to the من of its group */
static bool counted_victims_group(const ex_view *v, const rasad_entity *e) {
    size_t from = described_from(v, e);
    if (from == 0 || !ex_word_in(v->doc, from - 1, &PREP_FROM))
        return false;
    for (size_t k = ex_qty_from(v, ex_back(from, v->qty_span + COUNTED_OF_REACH + 1)), kn = ex_qty_to(v, from);
         k < kn; k++) {
        const rasad_quantity *q = &v->qty[k];
        uint8_t role = ex_role_in_context(v, q);
        if (q->tok_last + 1 < from && q->tok_last + 1 + COUNTED_OF_REACH >= from &&
            (role == RASAD_ROLE_FATALITIES || role == RASAD_ROLE_INJURED))
            return true;
    }
    return false;
}

#define KILLED_REACH 2 /* tokens from the subject to its verb of killing */
static bool killed_without_object(const ex_view *v, const rasad_entity *subject, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    /* the verb right after the subject: the trigger itself, or a verb
     * before the act's noun ("جنديا قتل في انفجار عبوة") */
    for (size_t k = subject->tok_last + 1; k <= subject->tok_last + KILLED_REACH && k <= t->e->tok_last; k++) {
        if (!ex_word_in(doc, k, &KILLED_FORMS))
            continue;
        size_t next = k + 1;
        return next > c.last || ex_word_in(doc, next, &EV_STOP_PREPS) || ex_is_boundary(doc, next) ||
               v->in_date[next];
    }
    return false;
}

static void country_as_doer(const ex_view *v, const trig *t, rasad_event *ev);
static void coalition_in_construct(const ex_view *v, const trig *t, rasad_event *ev);

/* "أعلن مسؤولون أمنيون عراقيون وأكراد مقتل 11": a people or a group
 * named after the person who reports (the officials' nationality) is
 * whom the speaker belongs to, not who did the act. A state's force so
 * named may have done it ("كشف مصدر في قيادة عمليات الأنبار عن مقتل
 * سبعة من قادة داعش بقصف مدفعي": the gold annotation codes the command),
 * and so may the force that reports, named right after the verb ("أعلن
 * الجيش مقتل 20 مسلحا"). */
EX_WORDS(SPEAKING_PERSONS, "مسؤول", "مسؤولون", "مسؤولين", "عميد", "العميد", "لواء", "اللواء", "العقيد",
         "عقيد", "المتحدث", "متحدث", "الناطق", "ناطق", "مصدر", "مصادر", "المصدر", "المصادر", "مدير", "قائد",
         "رئيس", "محافظ", "وزير", "مستشار", "ضابط");
#define ANNOUNCER_PHRASE_REACH 8 /* tokens back from the actor to the verb of reporting */
static bool in_announcer_phrase(const ex_view *v, const rasad_entity *e, ex_clause c) {
    const rasad_doc *doc = v->doc;
    if (state_forces(e))
        return false;
    bool person = false;
    for (size_t i = e->tok_first; i-- > c.first && i + ANNOUNCER_PHRASE_REACH >= e->tok_first;) {
        const rasad_entity *x = ex_entity_at(v, i);
        /* (a clause of its own after إن or a quote mark: "وقال المصدر
         * إن قوة أمنية ..."، "وقال مصدر في المقاومة «نفذت المقاومة ...»") */
        if ((x && x->kind == RASAD_ENT_TRIGGER) || ex_word_in(doc, i, &COMPLEMENTIZERS) ||
            doc->tokens[i].kind == RASAD_TOK_QUOTE ||
            (doc->tokens[i].kind == RASAD_TOK_PUNCT && doc->tokens[i].norm[0] == ':'))
            return false;
        if (ex_attr_cue(doc, i))
            return person;
        person |= ex_stem_in(doc, i, &SPEAKING_PERSONS) || (x && ev_is_source(x));
    }
    return false;
}

/* A purpose told with لـ and a verbal noun of taking part or fighting
 * ("للمشاركة في"، "لقتال"، "لمحاربة") between tokens a and b (exclusive). */
EX_WORDS(PURPOSES, "مشاركه", "قتال", "محاربه", "مواجهه", "التصدي", "تصدي", "المشاركه", "القتال");
static bool purpose_between(const rasad_doc *doc, size_t a, size_t b) {
    for (size_t k = a; k < b; k++)
        if (ex_has_lam(doc, k) &&
            ex_stem_in(doc, k, &PURPOSES))
            return true;
    return false;
}

EX_WORDS(HOLDING, "يسيطر", "تسيطر", "سيطره", "لسيطره", "الخاضعه", "الخاضع", "الخاضعين", "يحتلها", "تحتلها");
EX_WORDS(INHABITED, "قريه", "قري", "بلده", "بلدات", "مدينه", "مدن", "حي", "احياء", "منطقه", "مناطق");

/* "تبادلت المقاومة والجيش مع الحوثيين إطلاق النيران": the side right
 * after the verb of exchanging and the one after its مع are the clash's
 * two sides, whatever the words after the fire name */
static void exchanged_fire_sides(const ex_view *v, const trig *t, ex_clause c, rasad_event *ev) {
    size_t verb = t->kind == LEX_EK_ARMED_CLASH ? ev_exchange_verb(v, t) : SIZE_MAX;
    if (verb == SIZE_MAX || verb < c.first)
        return;
    size_t tok = t->e->tok_first;
    const rasad_entity *first = ev_actor_starting(v, verb + 1);
    const rasad_entity *other = NULL;
    for (size_t j = first ? first->tok_last + 1 : verb + 1; !other && j + 1 < tok; j++)
        if (ex_word_in(v->doc, j, &PREP_WITH))
            other = ev_actor_starting(v, j + 1);
    if (!first && !other)
        return;
    memset(&ev->actor1, 0, sizeof ev->actor1);
    memset(&ev->actor2, 0, sizeof ev->actor2);
    if (first)
        set_actor(v, ev_named_group_after(v, first, c), &ev->actor1);
    if (other)
        set_actor(v, ev_named_group_after(v, other, c), &ev->actor2);
}

void ev_find_actors(const ex_view *v, const trig *t, ex_clause c, size_t sent_first, size_t sent_end,
                    rasad_event *ev) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, last = t->e->tok_last;
    /* "فتح رجل النار": the subject between the verb and النار fired */
    const rasad_entity *a1 = t->subject ? t->subject : by_hand_actor(v, sent_first, sent_end);
    const rasad_entity *a2 = NULL;
    bool detained_before = objectless_arrest(v, t, c);
    /* ("في قصف نسب إلى المتمردين": after a preposition a form both a
     * verb and a noun may be is the noun) */
    if (!a1 && (!t->verb || (tok > 0 && ex_word_in(doc, tok - 1, &EV_NOUN_PREPS))))
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
        /* "مئات المسلحين مدعومين بدبابات هاجموا": the arms backing the
         * subject stand between it and its verb */
        const rasad_entity *arms = ex_entity_at(v, k);
        if (arms && arms->kind == RASAD_ENT_TRIGGER && arms->tok_last == k && arms->tok_first >= c.first + 2) {
            trig at = ev_trig_of(arms);
            if (ev_backing_arms(doc, &at))
                k = arms->tok_first - 2;
        }
        const rasad_entity *pre = ex_entity_at(v, k);
        if (pre && pre->tok_last == k && ex_is_actor_entity(pre) && !ev_victim_or_source(pre, t) &&
            !after_against(v, pre, c.first)) {
            if (detained_before)
                a2 = pre;
            else
                a1 = pre;
        }
    }

    /* right after the trigger: the agent of a noun or active verb, the
     * victim of a killing word or a passive verb */
    const rasad_entity *after = NULL;
    for (size_t i = t->subject ? t->subject->tok_last + 1 : last + 1; i <= c.last && i <= last + ACTOR_REACH; i++) {
        const rasad_entity *e = ev_actor_starting(v, i);
        /* "الطائرات المقاتلة": an aircraft's adjective, no fighters */
        if (e && e->kind == RASAD_ENT_ROLE && ev_aircraft_word(doc, i - 1)) {
            i = e->tok_last;
            continue;
        }
        if (e) {
            after = e;
            break;
        }
        if (ex_word_in(doc, i, &EV_STOP_PREPS) || ex_is_boundary(doc, i) || ex_entity_at(v, i))
            break;
        /* "هجوم انتحاري نسبته الحكومة إلى التنظيم": who blames is no party */
        if (ex_stem_in(doc, i, &BLAME))
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
    /* "نصبت المقاومة كمينا للميليشيات": an ambush is laid for (لـ) its
     * victims, not by them */
    if (after && ev_lemma_is(t, AMBUSH_LEMMA) &&
        ex_has_lam(doc, after->tok_first)) {
        if (!a2)
            a2 = after;
        after = NULL;
    }
    /* "هاجم مسلحون من تنظيم داعش": the group the role noun belongs to */
    if (after && after->kind == RASAD_ENT_ROLE) {
        size_t j = after->tok_last + 1;
        if (j + 1 <= c.last && ex_word_in(doc, j, &PREP_FROM)) {
            const rasad_entity *g = ev_actor_starting(v, j + 1);
            if (g && g->kind != RASAD_ENT_ROLE)
                after = g;
        }
    }
    /* "في اشتباك مع مقاتلي تنظيم داعش": the side after مع is the other
     * party of the clash, not its doer */
    if (after && t->kind == LEX_EK_ARMED_CLASH && after->tok_first > last + 1 &&
        ex_word_in(doc, after->tok_first - 1, &PREP_WITH) && ev_clash_with(v, after->tok_first - 1)) {
        if (!a2)
            a2 = ev_named_group_after(v, after, c);
        after = NULL;
    }
    /* "استهدف التنظيم تمركزا لقوات النظام": a verb of targeting that
     * opens its clause has its subject first, then what it struck */
    if (after && !a1 && targeting_subject(v, t, after, c)) {
        a1 = after;
        if (!a2)
            a2 = ev_actor_starting(v, after->tok_last + 1);
        after = NULL;
    }
    /* "عبوة بدورية للجيش": an actor after a target noun is the target's */
    if (after && after_against(v, after, c.first)) {
        if (!a2)
            a2 = after;
        after = NULL;
    }
    if (after && ev_victim_or_source(after, t)) {
        if (!ev_is_source(after) && !a2)
            a2 = after;
        after = NULL;
    }
    /* "اعتقال 590 من عناصر داعش", "اغتيال القيادي", "حملة اعتقالات شملت
     * التنظيم": after a noun of arrest, kidnapping, killing or execution
     * stands whom it fell on */
    bool object_noun = !t->verb && (t->kind == LEX_EK_ARREST || t->kind == LEX_EK_ABDUCTION ||
                                    t->kind == LEX_EK_ASSASSINATION || t->kind == LEX_EK_EXECUTION);
    /* "من طرد التنظيم من البلدة": whom a word of expelling names after
     * it lost the place; "طردت القوات العراقية التنظيم": a verb's
     * subject first, then its object */
    if (after && t->kind == LEX_EK_TERRITORY_CAPTURED && ev_expel_word(doc, tok)) {
        const rasad_entity *obj = ev_actor_starting(v, after->tok_last + 1);
        if (t->verb && !ev_noun_clitic(doc, tok) && obj) {
            if (!a1)
                a1 = after;
            after = obj;
        }
        object_noun = true;
    }
    if (after && !a1 && killer_after_verb(v, t, after, c)) {
        a1 = after;
        after = NULL;
    }
    /* "كثف الجيش غاراته الجوية لوقف تقدم مقاتلي المعارضة": a noun
     * trigger's own pronoun names its doer, so an actor after it is not */
    bool own_doer = !t->verb && ex_possessive(doc, last);
    if (after) {
        if (t->context || t->passive || object_noun || own_doer)
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
            a2 = ev_actor_starting(v, j);
    }
    /* the nearest actor before the trigger in the clause, not an object */
    if (!a1) {
        size_t quote_open = ev_speech_quote_open(doc, tok, c.first);
        for (size_t i = tok; i-- > c.first;) {
            /* "أعلنت السلطات أن ...": the speaker of a report stands
             * outside the clause it governs */
            if (ex_word_in(doc, i, &COMPLEMENTIZERS))
                break;
            /* "وقال اردوغان «نحن في حداد بسبب عمل ارهابي»": nor the
             * speaker of a quotation the act is told in */
            if (i == quote_open)
                break;
            /* "... بينهم القيادي أبو حارث، وأشاروا إلى مقتل 10 مدنيين في
             * انفجار": a word of reporting opens another statement */
            if (ex_attr_cue(doc, i) && i + 1 < tok && ex_word_in(doc, i + 1, &PREP_TO))
                break;
            /* "... زعيم عشيرة خطفوا، كما أحرق مبنى": a connective opens a
             * clause of its own; "مدينة درعا التي شهدت الاحتجاجات": the
             * head of a relative clause is not the noun trigger's doer */
            if (ex_stem_in(doc, i, &CONNECTIVES) || (!t->verb && ex_word_in(doc, i, &EV_RELATIVES)))
                break;
            if (!t->verb && ex_stem_in(doc, i, &INQUIRY))
                break;
            /* "بقيام قادة الدول بتقديم التعازي إلى أردوغان في الهجوم":
             * those before a condemnation or condolences sent them */
            if (ex_stem_in(doc, i, &EV_CONDEMN))
                break;
            /* "الجنود الذين استهدفهم الهجوم": the noun a relative's verb
             * takes up with its object pronoun is its object */
            if (i + 1 == tok && ex_word_in(doc, i, &EV_RELATIVES) &&
                (object_pronoun(doc->tokens[tok].norm) || ex_enclitic(doc, tok))) {
                const rasad_entity *o = i > c.first ? ex_entity_at(v, i - 1) : NULL;
                if (!a2 && o && o->tok_last == i - 1 && ex_is_actor_entity(o))
                    a2 = o;
                break;
            }
            const rasad_entity *e = ex_entity_at(v, i);
            if (!e || !ex_is_actor_entity(e) || e->tok_last != i)
                continue;
            /* "القوات المحلية المناهضة للحوثيين": the side the adjective
             * describes is the doer, unnamed here; an actor further back
             * belongs to another phrase */
            if (opposed_object(doc, e))
                break;
            if (after_against(v, e, c.first))
                continue;
            /* "من طرد التنظيم": whom a word of expelling names is its object */
            if (e->tok_first > c.first && ev_expel_word(doc, e->tok_first - 1))
                continue;
            if (i > c.first && ex_stem_in(doc, e->tok_first - 1, &ACCORDING_TO))
                continue;
            /* "بتقديم التعازي إلى أردوغان في الهجوم": whom something is
             * sent or said to, unless the act is laid at his door or its
             * doers belong to him (DOER_AFTER_TO) */
            if (e->tok_first > c.first && ex_word_in(doc, e->tok_first - 1, &PREP_TO) &&
                !(e->tok_first > c.first + 1 && doer_named_after_to(doc, e->tok_first - 2)))
                continue;
            /* "جبهة النصرة ذراع تنظيم القاعدة": the parent named to say
             * whose branch the group is; the group, further back, acts */
            if (e->tok_first > c.first && ex_stem_in(doc, e->tok_first - 1, &BRANCH_OF))
                continue;
            if (e == a2 || ev_victim_or_source(e, t))
                continue;
            if (in_announcer_phrase(v, e, c))
                break;
            /* "ندد الرئيس التركي بالهجوم": who condemns the act, or
             * mourns its dead, did not carry it out */
            if (e->tok_first > c.first && ex_stem_in(doc, e->tok_first - 1, &EV_CONDEMN))
                break;
            /* "قتلوا اثنين من جنوده": those counted are the victims */
            if (ev_counted(v, e))
                continue;
            /* "قتل شرطي وأصيب آخر بالرصاص": the subject of a killing
             * word is its victim */
            const rasad_entity *pe = e->tok_first > c.first ? ex_entity_at(v, e->tok_first - 1) : NULL;
            if (pe && pe->kind == RASAD_ENT_TRIGGER) {
                trig pt = ev_trig_of(pe);
                /* the bare verb read as passive when a policeman, a
                 * soldier or a civilian follows (event_target.c) */
                if (pt.context && (pt.passive || (e->kind == RASAD_ENT_ROLE && ev_hit_role(e))))
                    continue;
            }
            /* "عناصر تنظيم داعش الإرهابي": a role word after a named actor
             * describes it; the named actor decides */
            if (pe && pe != e && ex_is_actor_entity(pe) && e->kind == RASAD_ENT_ROLE) {
                /* (not a source's: "مصادر بفصائل تدعم الشرعية تحدثت عن") */
                if (ev_counted(v, pe) || ev_victim_or_source(pe, t))
                    continue;
                e = pe;
            }
            /* "بمساندة الحشد الشعبي والطيران": who supports is not who acts */
            if (supporting(doc, e, c.first))
                continue;
            /* the subject of a passive arrest verb was detained */
            if (detained_before) {
                if (!a2)
                    a2 = e;
                break;
            }
            /* "تكبدت قوات الجيش ومليشيا الحشد وتنظيم داعش": of parties
             * named together, the first */
            for (;;) {
                /* the و on the actor or on a head noun before it ("ومليشيا الحشد") */
                size_t k = e->tok_first;
                /* "قوات النظام وما سمتها "بالمقاومة"": the party a source
                 * names in its own words is the second */
                size_t sc = k > c.first && doc->tokens[k - 1].kind == RASAD_TOK_QUOTE ? k - 1 : k;
                if (sc > c.first + 2 && ex_stem_in(doc, sc - 1, &SO_CALLED) && ex_word_in(doc, sc - 2, &AND_WHAT)) {
                    const rasad_entity *q = ex_entity_at(v, sc - 3);
                    if (q && q != e && ex_is_actor_entity(q) && !ev_victim_or_source(q, t) && !ev_counted(v, q)) {
                        e = q;
                        continue;
                    }
                }
                const rasad_entity *head = k > c.first + 1 ? ex_entity_at(v, k - 1) : NULL;
                if (!ex_has_proclitic(doc, k, "و") && k > c.first + 1 && ex_has_proclitic(doc, k - 1, "و") &&
                    (!head || head->kind == RASAD_ENT_ROLE))
                    k--;
                if (!ex_has_proclitic(doc, k, "و") || k <= c.first)
                    break;
                const rasad_entity *q = ex_entity_at(v, k - 1);
                if (!q || q == e || !ex_is_actor_entity(q) || ev_victim_or_source(q, t) || ev_counted(v, q))
                    break;
                e = q;
            }
            a1 = e;
            break;
        }
    }
    /* actor2: after على / ضد / a target noun following the trigger */
    bool crowd_kind = t->kind == LEX_EK_PROTEST || t->kind == LEX_EK_RIOT;
    const rasad_entity *holder = NULL;
    if (!a2) {
        for (size_t i = last + 1; i <= c.last; i++) {
            if (!(ex_stem_in(doc, i, &AGAINST) || ex_stem_in(doc, i, &EV_TARGET_NOUNS)))
                continue;
            /* "على ما أعلن مصدر عسكري": according to, no target */
            if (i + 1 <= c.last && ex_word_in(doc, i + 1, &WHAT))
                continue;
            /* a protest is against someone, not at a site ("اعتصم ... في
             * اللاذقية معقل الرئيس"), and "احتجاجا على قتل X" is over X's
             * killing */
            if (crowd_kind && (!ex_stem_in(doc, i, &AGAINST) || ex_entity_at(v, i + 1)))
                continue;
            /* "... للمشاركة في عملية عسكرية ضد تنظيم داعش": whom the
             * victims set out to fight is no side of this act */
            if (purpose_between(doc, last + 1, i))
                break;
            /* "القتال ... حيث استهدفت فصائل من المعارضة مواقع تابعة
             * للقوات": the actor after another act's verb is its doer
             * when a target noun follows it */
            if (verb_with_subject_after(v, i, c))
                continue;
            /* "بتفجير شاحنة ... وانتهت بمعركة عند قاعدة تستخدمها القوات
             * الخاصة": the target of another act told after this one */
            if (ev_other_act_between(v, t, last, i))
                break;
            bool held = false, town = i + 1 <= c.last && ex_stem_in(doc, i + 1, &INHABITED);
            for (size_t j = i + 1; j <= c.last && j <= i + OBJECT_REACH; j++) {
                /* "على قرية يسيطر عليها تنظيم داعش": who holds the town
                 * struck is not who was struck (its people are; a camp or
                 * a building it holds is its own) */
                held |= town && ex_stem_in(doc, j, &HOLDING);
                const rasad_entity *e = ev_actor_starting(v, j);
                if (e && e != a1) {
                    if (held)
                        holder = e;
                    else
                        a2 = e;
                    break;
                }
            }
            if (a2 || holder)
                break;
        }
    }
    /* an active verb with its subject found: the next actor is its object */
    if (!a2 && t->verb && !t->passive && a1 && a1->tok_first > tok) {
        for (size_t j = a1->tok_last + 1; j <= c.last && j <= a1->tok_last + OBJECT_REACH; j++) {
            const rasad_entity *e = ev_actor_starting(v, j);
            /* "سيطر مقاتلون من المعارضة وجبهة النصرة على": a party
             * joined by و right after the subject is a second subject */
            if (e && ex_has_proclitic(doc, j, "و") && j == a1->tok_last + 1) {
                j = e->tok_last;
                continue;
            }
            /* "قوات الجيش المدعومة من قبل السكان المسلحين": a backer
             * and the words describing it are no object */
            if (e && backer(doc, e))
                break;
            if (e) {
                a2 = e;
                break;
            }
        }
    }
    size_t a1_first = a1 ? a1->tok_first : 0; /* "القيادة العامة" of "... للقوات المسلحة" */
    if (a1)
        a1 = ev_named_group_after(v, a1, c);
    int own_dead = a1 && !a2 ? announces_own_dead(v, t, a1_first, a1->tok_last, c) : 0;
    if (own_dead) {
        const rasad_entity *announcer = a1;
        a1 = doer_after(v, t, c); /* "في غارات للتحالف" */
        if (a1 == announcer)
            a1 = NULL;
        if (own_dead == ANNOUNCES_OWN)
            a2 = announcer;
    }
    if (a1 && !a2 &&
        (underwent(doc, t, a1, c) || met_death(doc, a1) || counted_victims_group(v, a1) ||
         (a1->tok_last < tok && killed_without_object(v, a1, t, c)))) {
        a2 = a1;
        a1 = doer_after(v, t, c); /* "لقصف من طائرات التحالف" */
        if (a1 == a2)
            a1 = NULL;
    }
    /* "أطلقت الشرطة الغاز المسيل للدموع على آلاف تجمعوا للتظاهر": in a
     * protest the crowd acts, and the force that met it is the other side */
    if ((t->kind == LEX_EK_PROTEST || t->kind == LEX_EK_RIOT) && a1 && a2 && state_forces(a1) && !state_forces(a2) &&
        a2->kind == RASAD_ENT_ROLE) {
        const rasad_entity *x = a1;
        a1 = a2;
        a2 = x;
    }
    /* the strike's own adjective of nation outranks a side read around it
     * ("الغارات الجوية التركية على قواعد للمتمردين"), which is then the
     * target's side if none is named */
    bool strike = t->kind == LEX_EK_AIRSTRIKE || t->kind == LEX_EK_DRONE_STRIKE || t->kind == LEX_EK_SHELLING;
    /* ("الضربات التركية لقواعد داعش": strikes, whatever their kind) */
    bool hits = t->kind == LEX_EK_ATTACK && ex_stem_in(doc, tok, &HITS);
    if ((strike || hits) && national_strike(v, t, c, &ev->actor1)) {
        if (a1 && !a2 && !(a1->id && ev->actor1.id && strcmp(a1->id, ev->actor1.id) == 0))
            a2 = a1;
        a1 = NULL;
    } else if (a1) {
        set_actor(v, a1, &ev->actor1);
        /* "غارة شنتها طائرة أميركية بلا طيار": an aircraft named by its
         * nation's adjective flies for that nation's forces */
        if (!ev->actor1.id)
            aircraft_nation(v, a1->tok_last, c, &ev->actor1);
    } else if (strike) {
        aircraft_as_actor(v, t, c, &ev->actor1);
    }
    /* "عناصره": the owner of the pronoun, or no one; an outlet that
     * reports (أورينت، يوتيوب) is no side */
    /* "اعتقال ثلاثة أشخاص يشتبه في ...": persons arrested are no side
     * (ACLED names the detainees' group when the text does); the side of
     * the campaign the arrests belong to, if one is named */
    if (t->kind == LEX_EK_ARREST && (!a2 || a2->kind == RASAD_ENT_ROLE)) {
        const rasad_entity *g = held_group(v, t, c);
        if (g)
            a2 = g;
    }
    if (t->kind == LEX_EK_ARREST && (!a2 || generic_person(a2)) && !armed_group(a1 ? ev_named_group_after(v, a1, c) : NULL))
        a2 = campaign_side(v, t, c);
    /* "استهدفوا مسلحي تنظيم داعش": the group the role noun names */
    if (a2 && a2->kind == RASAD_ENT_ROLE)
        a2 = ev_named_group_after(v, a2, c);
    if (a2)
        a2 = ev_second_side(v, a2, sent_first, sent_end, &ev->actor1);
    if (a2 && a2 != a1)
        set_actor(v, a2, &ev->actor2);
    /* the same id twice is one actor named twice */
    if (ev->actor1.present && ev->actor2.present && ev->actor1.id && ev->actor2.id &&
        strcmp(ev->actor1.id, ev->actor2.id) == 0)
        memset(&ev->actor2, 0, sizeof ev->actor2);
    /* no one named as the target: the other party of a clash (مع X),
     * the side a place was taken from (من X), the side whose dead or
     * wounded the sentence counts (event_target.c) */
    if (!ev->actor2.present) {
        const rasad_entity *side = ev_opponent_with(v, t, c, &ev->actor1);
        if (!side)
            side = ev_territory_loser(v, t, c, &ev->actor1);
        if (!side) {
            side = ev_victim_actor(v, t, c, sent_first, sent_end, &ev->actor1);
            /* "مقتل 13 عنصرا من المتمردين الحوثيين": the group of those counted */
            if (side && side->kind == RASAD_ENT_ROLE && !ex_stem_in(doc, side->tok_first, &GROUP_HEAD_NOUNS))
                side = ev_named_group_after(v, side, c);
            if (side)
                side = ev_second_side(v, side, sent_first, sent_end, &ev->actor1);
        }
        /* the victims counted in a town, else the side holding it */
        if (!side && holder && holder != a1)
            side = ev_second_side(v, holder, sent_first, sent_end, &ev->actor1);
        if (side)
            set_actor(v, side, &ev->actor2);
    }
    /* "قتل ستة من مليشيا الحشد الشعبي وأصيب 12 في اشتباك مع مقاتلي تنظيم
     * داعش": a clash has two sides; with the other party named (مع X) and
     * no doer, the named side whose dead the sentence counts is the first */
    if (t->kind == LEX_EK_ARMED_CLASH && !ev->actor1.present && ev->actor2.present) {
        rasad_actor_ref none = {0};
        const rasad_entity *side = ev_victim_actor(v, t, c, sent_first, sent_end, &none);
        if (side)
            side = ev_second_side(v, side, sent_first, sent_end, &ev->actor2);
        /* a named side, not civilians caught in it ("قتل ثلاثة مدنيين
         * بعد تجدد المعارك") */
        if (side && side->id && !ev_victim_or_source(side, t) && side->start != ev->actor2.start &&
            !(ev->actor2.id && strcmp(side->id, ev->actor2.id) == 0))
            set_actor(v, side, &ev->actor1);
    }
    exchanged_fire_sides(v, t, c, ev);
    country_as_doer(v, t, ev);
    coalition_in_construct(v, t, ev);
}

EX_WORDS(BARRELS, "براميل", "برميل", "برميلا");

bool ev_actor_as(rasad_actor_ref *a, const char *id) {
    const lex_lexicon *lex = lex_default();
    const lex_entry *le = lex ? lex_entry_by_id(lex, id, NULL) : NULL;
    if (!le)
        return false;
    a->id = le->id;
    a->name = le->name_en;
    a->kind = lex_actor_kind_name(le->kind);
    a->country = le->country;
    return true;
}

/* "قصف الطيران المروحي بالبراميل المتفجرة" in Syria: barrel bombs are
 * dropped by the government's helicopters alone (ACLED codes every such
 * strike to the Syrian military), so an aircraft with no owner named
 * that drops them flies for the government. */
static void barrel_bombs_owner(const ex_view *v, ex_clause c, rasad_event *ev) {
    const char *cc = ev->has_location ? ex_place_country(&ev->location) : NULL;
    if (!ev->actor1.present || ev->actor1.id || !cc || strcmp(cc, "SY") != 0)
        return;
    bool barrels = false;
    for (size_t i = c.first; i <= c.last && !barrels; i++)
        barrels = ex_stem_in(v->doc, i, &BARRELS);
    bool aircraft = ex_span_has(v->doc, ev->actor1.start, ev->actor1.end, "\xD9\x85\xD8\xB1\xD9\x88\xD8\xAD\xD9\x8A"); /* مروحي */
    if (barrels && aircraft)
        ev_actor_as(&ev->actor1, "SYR_GOV");
}

/* Words that make "التحالف" the one led by the United States. */
static const char *const GLOBAL_COALITION_WORDS[] = {"الدولي", "الولايات", "واشنطن", "الستيني", "الائتلاف", NULL};

/* "طيران التحالف", "قوات التحالف" with no more said are the lexicon's
 * US-led coalition against ISIS; in Yemen the coalition that flies and
 * fights is the Saudi-led one (ACLED's "Military Forces of Saudi Arabia"
 * and allies), on either side of the act, unless its words say the
 * global one. */
static void coalition_in_yemen(const ex_view *v, rasad_actor_ref *a, const rasad_event *ev) {
    if (!a->present || !a->id || strcmp(a->id, "US_COALITION") != 0)
        return;
    /* (an act the sentence does not place is in the article's country:
     * "كثفت طائرات التحالف غاراتها أمس في عدد من المدن") */
    const char *cc = ev->has_location ? ex_place_country(&ev->location) : v->main_country;
    if (!cc || strcmp(cc, "YE") != 0)
        return;
    for (const char *const *w = GLOBAL_COALITION_WORDS; *w; w++)
        if (ex_span_has(v->doc, a->start, a->end, *w))
            return;
    ev_actor_as(a, "SAU_COALITION");
}

/* "الثوار"، "المعارضة المسلحة"، "فصائل المعارضة" are the lexicon's Syrian
 * opposition; in an act placed in another country (Yemen's الثوار, Libya's)
 * they are that country's, whom the lexicon does not name: the side keeps
 * its words and kind, not the Syrian id, unless its words say Syrian. */
static void opposition_elsewhere(const ex_view *v, rasad_actor_ref *a, const rasad_event *ev) {
    /* (a place of no known country is as much outside Syria) */
    const char *cc = ev->has_location ? ex_place_country(&ev->location) : NULL;
    if (!a->present || !a->id || strcmp(a->id, "SYR_OPP") != 0 || !ev->has_location || !ev->location.entity ||
        (cc && strcmp(cc, "SY") == 0) ||
        ex_span_has(v->doc, a->start, a->end, "\xD8\xB3\xD9\x88\xD8\xB1")) /* سور: السورية، سوريا */
        return;
    a->id = NULL;
    a->name = "opposition forces (unidentified)";
    a->country = cc ? cc : "";
}

/* The lexicon's entries for countries' forces ("Military Forces of X",
 * "Police Forces of X"), read once: the lexicon is built in and read-only,
 * and the table is shared by every thread. */
#define MAX_FORCES 128
static const lex_entry *forces_table[MAX_FORCES];
static size_t n_forces;
static pthread_once_t forces_once = PTHREAD_ONCE_INIT;

/* Is the entry a country's army or police ("Military Forces of X",
 * "Police Forces of X")? */
static bool country_forces_entry(const lex_entry *le) {
    return le && le->cls == LEX_ACTOR && le->country && le->name_en &&
           (strncmp(le->name_en, "Military Forces of", 18) == 0 || strncmp(le->name_en, "Police Forces of", 16) == 0);
}

static void forces_init(void) {
    const lex_lexicon *lex = lex_default();
    for (size_t i = 0, n = lex ? lex_entry_count(lex) : 0; i < n && n_forces < MAX_FORCES; i++) {
        const lex_entry *le = lex_entry_get(lex, i);
        if (country_forces_entry(le))
            forces_table[n_forces++] = le;
    }
}

/* The entry for the forces of a country whose English name begins with
 * prefix ("Military Forces of", "Police Forces of"), or NULL. */
static const lex_entry *country_forces(const char *country, const char *prefix) {
    pthread_once(&forces_once, forces_init);
    for (size_t i = 0; i < n_forces; i++)
        if (strcmp(forces_table[i]->country, country) == 0 &&
            strncmp(forces_table[i]->name_en, prefix, strlen(prefix)) == 0)
            return forces_table[i];
    return NULL;
}

/* "شنت الولايات المتحدة أول غارات جوية": a verb launching the act named
 * a few tokens after its subject */
EX_WORDS(LAUNCHING, "شن", "شنت", "نفذ", "نفذت", "اطلق", "اطلقت");
#define LAUNCHED_REACH 3 /* tokens from the subject to the act it launched ("أول غارات") */

/* "وقصفت تركيا معسكرات لحزب العمال", "شنت الولايات المتحدة غارات": a
 * country named right after an active verb of violence, or of launching
 * one, as its subject, is its forces at work, not the place of the act. */
bool ev_subject_country(const ex_view *v, const rasad_entity *e) {
    const rasad_doc *doc = v->doc;
    if (!e || e->kind != RASAD_ENT_PLACE || !e->feature || strncmp(e->feature, "PCL", 3) != 0 || !e->country ||
        !*e->country || e->tok_first == 0)
        return false;
    /* (a preposition glued on is no subject: "وقصفت بتركيا"; the article
     * may be after a verb of launching, "شنت الولايات المتحدة", but not
     * after the act's own verb: "تستهدف السعودية" is its object) */
    const rasad_token *first = &doc->tokens[e->tok_first];
    if (first->seg_count > 2 || (first->seg_count == 2 && !ex_has_proclitic(doc, e->tok_first, "ال")))
        return false;
    if (ex_stem_in(doc, e->tok_first - 1, &LAUNCHING))
        for (size_t i = e->tok_last + 1; i < doc->ntokens && i <= e->tok_last + LAUNCHED_REACH; i++) {
            const rasad_entity *act = ex_entity_at(v, i);
            if (act && act->kind == RASAD_ENT_TRIGGER && act->tok_first == i) {
                trig t = ev_trig_of(act);
                return !t.context && ev_violent_kind(t.kind);
            }
            if (ex_is_boundary(doc, i) || ex_entity_at(v, i))
                break;
        }
    const rasad_entity *verb = ex_entity_at(v, e->tok_first - 1);
    if (first->seg_count > 1 || !verb || verb->kind != RASAD_ENT_TRIGGER || verb->tok_last + 1 != e->tok_first)
        return false;
    trig t = ev_trig_of(verb);
    return t.verb && !t.passive && !t.context && ev_violent_kind(t.kind) && !ev_noun_clitic(doc, verb->tok_first);
}

#define FORCES_BACK 3000 /* tokens back where another country's forces may have been named */

/* Does the article name, in the tokens before offset end, the army or
 * police of a country other than country ("الجيش التركي" ... then
 * "الجيش")? */
static bool other_forces_named(const ex_view *v, const char *country, uint32_t end) {
    size_t t = ex_tok_at_byte(v->doc, end);
    if (t == SIZE_MAX)
        return false;
    for (size_t k = ex_ent_from(v, ex_back(t, FORCES_BACK)), kn = ex_ent_to(v, t); k < kn; k++) {
        const lex_entry *le = v->ents[k].kind == RASAD_ENT_ACTOR ? ex_lex_entry(&v->ents[k]) : NULL;
        if (country_forces_entry(le) && strcmp(le->country, country) != 0)
            return true;
    }
    return false;
}

/* Units and ranks rebels' brigades bear as well ("لواء الحرية", "كتيبة
 * ..."): no army's by place. */
EX_WORDS(UNIT_WORDS, "لواء", "اللواء", "كتيبه", "الكتيبه", "فوج", "الفوج", "الفيلق");

/* The role entity an actor reference was read from (its span), or NULL. */
static const rasad_entity *role_of_ref(const ex_view *v, const rasad_actor_ref *a) {
    size_t t = ex_tok_at_byte(v->doc, a->start);
    const rasad_entity *e = t != SIZE_MAX ? ex_entity_at(v, t) : NULL;
    return e && e->kind == RASAD_ENT_ROLE && e->start == a->start && e->end == a->end ? e : NULL;
}

/* "الجيش"، "الشرطة"، "قوات الأمن" with no country said are the forces of
 * the country the act is placed in (ACLED's Military Forces of X and
 * Police Forces of X; the gold's IRQ_GOV for Iraq's army and police), when
 * the lexicon lists that country's forces and the article names no other
 * country's before. Not in Yemen, Libya or Palestine, where two
 * governments each had an army and a police of their own. */
static void unnamed_state_forces(const ex_view *v, rasad_actor_ref *a, const rasad_actor_ref *other,
                                 const rasad_event *ev) {
    const char *cc = ev->has_location ? ex_place_country(&ev->location) : NULL;
    if (!a->present || a->id || !cc)
        return;
    if (strcmp(cc, "YE") == 0 || strcmp(cc, "LY") == 0 || strcmp(cc, "PS") == 0)
        return;
    const rasad_entity *role = role_of_ref(v, a);
    const lex_entry *le = role ? ex_lex_entry(role) : NULL;
    if (!le || !le->id || (role->tok_first == role->tok_last && ex_word_in(v->doc, role->tok_first, &UNIT_WORDS)))
        return;
    const lex_entry *forces = NULL;
    if (strcmp(le->id, "ROLE_ARMY") == 0)
        forces = country_forces(cc, "Military Forces of");
    else if (strcmp(le->id, "ROLE_POLICE") == 0 || strcmp(le->id, "ROLE_SECURITY_FORCES") == 0) {
        forces = country_forces(cc, "Police Forces of");
        /* the gold codes Iraq's and Syria's police with their army (no
         * other country's police is its army's) */
        if (!forces && (strcmp(cc, "IQ") == 0 || strcmp(cc, "SY") == 0))
            forces = country_forces(cc, "Military Forces of");
    }
    if (!forces || other_forces_named(v, cc, a->start) || (other->id && strcmp(other->id, forces->id) == 0))
        return;
    ev_actor_as(a, forces->id);
}

/* "المقاومة" with no more said: in Yemen the Popular Resistance that
 * fought beside the government's forces in 2015 (the lexicon files
 * المقاومة الشعبية under YEM_GOV); elsewhere it names no one the text
 * makes known (Lebanon's, Palestine's, Iraq's), so it stays unnamed. */
static void resistance_in_yemen(const ex_view *v, rasad_actor_ref *a, const rasad_event *ev) {
    const char *cc = ev->has_location ? ex_place_country(&ev->location) : NULL;
    if (!a->present || a->id || !cc || strcmp(cc, "YE") != 0)
        return;
    const rasad_entity *role = role_of_ref(v, a);
    const lex_entry *le = role ? ex_lex_entry(role) : NULL;
    if (le && le->id && strcmp(le->id, "ROLE_RESISTANCE") == 0)
        ev_actor_as(a, "YEM_GOV");
}

/* "واستهدفت غارات التحالف قاعدة العند", "قصف التحالف": a strike noun
 * with التحالف right after it (the construct, the noun's owner) was the
 * coalition's; which coalition, the place tells (coalition_in_yemen).
 * The bare word is too common elsewhere ("التحالف الوطني") for the
 * lexicon. */
EX_WORDS(THE_COALITION, "التحالف", "للتحالف");
static void coalition_in_construct(const ex_view *v, const trig *t, rasad_event *ev) {
    size_t k = t->e->tok_last + 1;
    if (ev->actor1.present || k >= v->doc->ntokens || ex_entity_at(v, k) || !ex_word_in(v->doc, k, &THE_COALITION) ||
        (t->kind != LEX_EK_AIRSTRIKE && t->kind != LEX_EK_SHELLING && t->kind != LEX_EK_DRONE_STRIKE))
        return;
    if (ev_actor_as(&ev->actor1, "US_COALITION")) {
        ev->actor1.present = true;
        ev->actor1.start = v->doc->tokens[k].start;
        ev->actor1.end = v->doc->tokens[k].end;
    }
}

/* The doer of an active verb of violence whose subject is a country
 * (ev_subject_country): that country's military forces. */
static void country_as_doer(const ex_view *v, const trig *t, rasad_event *ev) {
    /* (the subject outranks a doer read elsewhere in the sentence: "قصفت
     * تركيا مواقع ... ردا على مقتل أحد جنودها باطلاق نار من قبل متطرفين") */
    const rasad_entity *e = ex_entity_at(v, t->e->tok_last + 1);
    if (!e || e->tok_first != t->e->tok_last + 1)
        e = NULL;
    /* (or before it, after the verb launching it) */
    for (size_t k = 1; !e && k <= LAUNCHED_REACH + 1 && k <= t->e->tok_first; k++) {
        const rasad_entity *x = ex_entity_at(v, t->e->tok_first - k);
        if (x && x->kind == RASAD_ENT_PLACE && x->tok_first > 0 && ex_stem_in(v->doc, x->tok_first - 1, &LAUNCHING))
            e = x;
    }
    if (!e || !ev_subject_country(v, e))
        return;
    const lex_entry *forces = country_forces(e->country, "Military Forces of");
    if (forces && ev->actor2.present && ev->actor2.id && strcmp(ev->actor2.id, forces->id) == 0)
        memset(&ev->actor2, 0, sizeof ev->actor2);
    if (forces && ev_actor_as(&ev->actor1, forces->id)) {
        ev->actor1.present = true;
        ev->actor1.start = e->start;
        ev->actor1.end = e->end;
    }
}

void ev_actor_by_place(const ex_view *v, ex_clause c, rasad_event *ev) {
    barrel_bombs_owner(v, c, ev);
    coalition_in_yemen(v, &ev->actor1, ev);
    coalition_in_yemen(v, &ev->actor2, ev);
    opposition_elsewhere(v, &ev->actor1, ev);
    opposition_elsewhere(v, &ev->actor2, ev);
    unnamed_state_forces(v, &ev->actor1, &ev->actor2, ev);
    unnamed_state_forces(v, &ev->actor2, &ev->actor1, ev);
    resistance_in_yemen(v, &ev->actor1, ev);
    resistance_in_yemen(v, &ev->actor2, ev);
    ev_one_side(ev);
}

void ev_one_side(rasad_event *ev) {
    if (ev->actor1.present && ev->actor2.present && ev->actor1.id && ev->actor2.id &&
        strcmp(ev->actor1.id, ev->actor2.id) == 0 && strcmp(ev->actor1.id, "CIVILIANS") != 0)
        memset(&ev->actor2, 0, sizeof ev->actor2);
}
