/* SPDX-License-Identifier: MIT
 *
 * events.h - stage 4, private: what the event-frame files share (see
 * events.c for the list): the trigger record, reach limits, word sets
 * used by more than one of them, and their cross-file functions.
 */
#ifndef RASAD_EXTRACT_EVENTS_H
#define RASAD_EXTRACT_EVENTS_H

#include "extract/extract.h"
#include "knowledge/lexicon.h"

/* limits used by more than one file */
#define AIRCRAFT_REACH 5 /* tokens around a trigger where its aircraft may be named */
#define SINCE_REACH 12 /* tokens around a trigger where its period since a point may be told */
#define MAX_TOWNS 8

/* What a trigger entity says about itself. */
typedef struct trig {
    const rasad_entity *e;
    const lex_entry *le;
    uint8_t kind;  /* lex_event_kind */
    bool weak;     /* LEXF_WEAK */
    bool context;  /* LEXF_CONTEXT: a killing word */
    bool passive;
    bool verb;
    size_t one_killed; /* the one man a killing verb names (one_man_object), or SIZE_MAX */
    const rasad_entity *subject; /* a verb of firing split from النار: who fired (events.c) */
} trig;

/* word sets and tables of one file used by another */
extern ex_words EV_STOP_PREPS;
extern ex_words EV_TARGET_NOUNS;
extern ex_words EV_RELATIVES;
extern ex_words EV_CONDEMN;
extern ex_words EV_NOUN_PREPS;
extern ex_words EV_DID_IT;

/* events.c */
trig ev_trig_of(const rasad_entity *e);
bool ev_noun_clitic(const rasad_doc *doc, size_t tok);
/* the verb of exchanging before fire ("تبادلت X مع Y إطلاق النار"):
 * its token, or SIZE_MAX */
size_t ev_exchange_verb(const ex_view *v, const trig *t);
/* event_happened.c: "مقتل أحد قيادات التنظيم ... بعد تبادل لإطلاق
 * النيران": is t a clash that takes in a killing word before it in its
 * clause (choose_triggers)? It is where the man was killed, not the time
 * of another story */
bool ev_killed_in_clash(const ex_view *v, const trig *t, ex_clause c);

/* event_frame.c: a toll of a thousand dead or wounded or more (q counts
 * role), a war's or a campaign's sum, never one incident's count */
bool ev_war_toll(uint8_t role, const rasad_quantity *q);

/* event_when.c: "الانتحاري ... من مواليد العام 1415هـ": is date d a
 * birth date (a word of birth within the two tokens before it)? It dates
 * the man, not the act told beside it */
bool ev_birth_date(const rasad_doc *doc, const rasad_date *d);

/* events.c: how specific a kind of bombing is (suicide 3, car 2, IED 1; 0: no bombing) */
int ev_bombing_rank(uint8_t k);

/* event_actors.c */
/* an aircraft or the air ("طائرات", "الطيران", "جوية"), not an air base
 * or an air defence ("القاعدة الجوية") */
bool ev_aircraft_word(const rasad_doc *doc, size_t i);
/* "بصمات X", "من تنفيذ X" (and "تنفيذ X" after a word of suspicion,
 * suspected): does token i say whose doing the act is, the doer after
 * it? (first: the sentence's first token) */
bool ev_whose_doing(const rasad_doc *doc, size_t i, size_t first, bool suspected);
/* The opening mark of a quotation of speech the act at tok is told in
 * ("وقال اردوغان «نحن في حداد بسبب عمل ارهابي»"), looked for back to lo,
 * or SIZE_MAX: whoever speaks and wherever he speaks are outside the act. */
size_t ev_speech_quote_open(const rasad_doc *doc, size_t tok, size_t lo);
/* Is the noun at noun_first the strikes the verb of bombardment ending at
 * verb_last was carried out in ("قصفوا أهدافا في 23 غارة جوية")? */
bool ev_strikes_of_verb(const rasad_doc *doc, size_t verb_last, size_t noun_first);
const rasad_entity *ev_actor_starting(const ex_view *v, size_t i);
bool ev_victim_or_source(const rasad_entity *e, const trig *t);
/* a source of reports, named or not (المرصد، "مصادر أمنية") */
bool ev_is_source(const rasad_entity *e);
bool ev_counted(const ex_view *v, const rasad_entity *e);
void ev_find_actors(const ex_view *v, const trig *t, ex_clause c, size_t sent_first, size_t sent_end,
                    rasad_event *ev);
/* an actor the place settles: barrel bombs over Syria are the
 * government's, "طيران التحالف" over Yemen the Saudi-led coalition */
void ev_actor_by_place(const ex_view *v, ex_clause c, rasad_event *ev);
/* one side named on both ends (once by name, once by place, or after
 * merging) is one side; civilians may be on both ends ("فتح رجل النار
 * ... إصابة خمسة أشخاص") */
void ev_one_side(rasad_event *ev);
/* a country right after an active verb of violence, its subject: its forces act ("وقصفت تركيا") */
bool ev_subject_country(const ex_view *v, const rasad_entity *e);
/* sets the actor to the lexicon entry `id` (its name, kind, country),
 * keeping the words told; false, and a unchanged, when the lexicon has
 * no such entry */
bool ev_actor_as(rasad_actor_ref *a, const char *id);
/* the group a role noun names after it ("مسلحي تنظيم داعش"), else e */
const rasad_entity *ev_named_group_after(const ex_view *v, const rasad_entity *e, ex_clause c);

/* event_target.c: the side hit, from the dead and wounded counted in the
 * sentence or named after a killing word; NULL when none or the doer */
const rasad_entity *ev_victim_actor(const ex_view *v, const trig *t, ex_clause c, size_t sent_first,
                                    size_t sent_end, const rasad_actor_ref *a1);
/* the side an actor2 mention stands for: the owner of a possessive
 * ("عناصره") or NULL, NULL for a news outlet, the force the sentence
 * names for a soldier or a policeman, else e */
const rasad_entity *ev_second_side(const ex_view *v, const rasad_entity *e, size_t sent_first, size_t sent_end,
                                   const rasad_actor_ref *a1);
/* is the role noun one violence falls on (police, soldiers, civilians)? */
bool ev_hit_role(const rasad_entity *e);
/* is there another act of violence (or a clause of another incident)
 * between tokens a and b? */
bool ev_other_act_between(const ex_view *v, const trig *t, size_t a, size_t b);
/* the other party of a clash after مع ("في اشتباك مع X"), the side a
 * place was taken from ("انتزعتها من X"), or NULL */
const rasad_entity *ev_opponent_with(const ex_view *v, const trig *t, ex_clause c, const rasad_actor_ref *a1);
const rasad_entity *ev_territory_loser(const ex_view *v, const trig *t, ex_clause c, const rasad_actor_ref *a1);
/* is token i (مع) right after a clash word ("اشتباكات عنيفة مع")? */
bool ev_clash_with(const ex_view *v, size_t i);
/* a coalition strike in Iraq or Syria on positions of no one named is
 * on ISIS when the article names ISIS before it (run after the place
 * is found) */
void ev_coalition_target(const ex_view *v, rasad_event *ev);
/* is the token a word of expelling (طرد، دحر)? */
bool ev_expel_word(const rasad_doc *doc, size_t tok);

/* event_place.c */
void ev_find_target(const ex_view *v, const trig *t, ex_clause c, rasad_event *ev);
void ev_find_location(const ex_view *v, const trig *t, ex_clause c, size_t sent_first, size_t sent_end,
                      rasad_event *ev);
/* is a place the gazetteer does not know named at token i (a tagger place
 * after a settlement noun or في / قرب / بـ)? Its name's tokens in
 * [*first, *last], its precision (1 town, 2 district, 3 province) */
bool ev_unknown_place(const ex_view *v, size_t i, size_t *first, size_t *last, uint8_t *precision);
/* the place entity of that name (in the doc's arena; geocoded by sound
 * when it can be, else with no geo), or NULL */
const rasad_entity *ev_unknown_place_at(const ex_view *v, size_t i);
/* does a name of a list of towns after a plural or dual town word start
 * at token i ("بلدات حيان وبيانون وماير")? Its last token in *last */
bool ev_listed_town(const ex_view *v, size_t i, size_t *last);
/* are a and b one town: one gazetteer row, or one name it does not know? */
bool ev_same_town(const rasad_entity *a, const rasad_entity *b);

/* place_sound.c */
/* the gazetteer place whose Latin name sounds like the unknown name norm
 * (at token a), in a country the article names; GAZ_NONE when there is
 * none or two are equally likely */
uint32_t ev_place_by_sound(const ex_view *v, size_t a, const char *norm);
/* does token tok open a clause of another act (كما، فيما، بينما، في حين)? */
bool ev_opens_clause(const rasad_doc *doc, size_t tok);
/* The last token of the clause ending at c_last, read on past a short
 * aside in brackets ("في منطقة أضنه (جنوب)، في هجوم"). */
size_t ev_past_asides(const rasad_doc *doc, size_t c_last, size_t sent_end);
size_t ev_split_by_town(const ex_view *v, const trig *t, ex_frame *f, ex_frame *extra, size_t room,
                        size_t limit); /* limit: one past the last token of the act's towns */

/* event_date.c */
/* (*said: the date is the statement's that tells the act, "قال الجيش أمس إن غارة ...") */
bool ev_find_date(const ex_view *v, const trig *t, size_t sent_first, size_t sent_end, rasad_event *ev,
                  bool *said);

/* event_counts.c */
void ev_find_quantities(const ex_view *v, ex_clause c, size_t trigger_tok, size_t sent_first, size_t sent_end,
                        ex_frame *f);
bool ev_civilian_toll(const ex_view *v, const ex_frame *f);

/* Is k an act of violence of the attack-to-abduction kinds (attack,
 * clash, strikes, shelling, bombings, assassination, abduction: the
 * lexicon's order)? Executions, arrests and protests are asked apart. */
static inline bool ev_violent_kind(uint8_t k) {
    return k >= LEX_EK_ATTACK && k <= LEX_EK_ABDUCTION;
}

/* event_figure.c: is the trigger word used for something that is no
 * act at all (a ruling, a test, words, a mishap, a match, an idiom ...)? */
bool ev_not_an_act(const ex_view *v, const trig *t, ex_clause c, size_t nqty);
/* event_strategic.c: a strategic development (agreement, capture, withdrawal, other) that
 * is not the conflict's: trade, money, sport, civil life, no force named */
bool ev_strategic_off_conflict(const ex_view *v, const trig *t, ex_clause c);
/* event_sense.c: a trigger word in its everyday sense (a grip, an illness, a policy, a
 * snatched bag, a rain of money, a surgery) */
bool ev_everyday_sense(const ex_view *v, const trig *t, ex_clause c);
/* event_sense.c: are people named within reach tokens after the trigger (or a pronoun on it)? */
bool ev_people_after(const ex_view *v, const trig *t, size_t reach);
/* events.c: does the doer tell what it did ("أعلنت الحركة أنها قتلت": the pronoun of أن right
 * before the trigger)? */
bool ev_said_by_doer(const rasad_doc *doc, const trig *t);
/* events.c: strikes counted one by one (ضربة، ضربات) */
extern ex_words EV_STRIKE_NOUNS;
/* event_sense.c: is token i a person, by its word, its entity or a count of people? */
bool ev_person_at(const ex_view *v, size_t i);
/* event_sense.c: is the trigger's lexicon entry the one of this id? */
bool ev_lemma_is(const trig *t, const char *lemma);
/* event_sense.c: على with its pronouns (علي، عليه، عليها ...) */
extern ex_words EV_ON_FORMS;
/* event_sense.c: is the trigger a word of the missing (مفقود، المفقودين), an abduction word? */
bool ev_missing_word(const rasad_doc *doc, const trig *t);
/* event_sense.c: words of fire (rockets, shells, bombs, bullets, shelling, aircraft) */
extern ex_words EV_FIRE_WORDS;
/* event_figurative.c: a trigger word read as a figure of speech or as words (a blow to
 * tourism, an attack in a speech, a line of verse, a quoted name, threats talked of); asked
 * by ev_everyday_sense */
bool ev_figurative_sense(const ex_view *v, const trig *t, ex_clause c);
/* event_civil.c: a trigger word in the news of civil life (a road accident, a ward, a match,
 * a flood, a feast's sheep, a market, a trial), no violence named; asked by ev_everyday_sense */
bool ev_civil_life(const ex_view *v, const trig *t, ex_clause c);
/* event_civil.c: does the sentence of token tok name a word of sign (or of also, when given)
 * and none of veto? */
bool ev_sentence_names_without(const rasad_doc *doc, size_t tok, ex_words *sign, ex_words *also, ex_words *veto);
/* event_civil.c: words of violence (fire, blasts, attacks, fighting, armed men, security) */
extern ex_words EV_VIOLENCE_WORDS;

/* event_happened.c */
/* What governs a trigger: nothing, a view, appeal or charge about an act
 * (told elsewhere, if at all), or a condemnation of one that took place. */
typedef enum { EV_NO_VIEW, EV_VIEW, EV_CONDEMNED } ev_opinion;
ev_opinion ev_under_opinion(const ex_view *v, const trig *t, size_t sent_first);
/* Is the trigger the act an interval is counted from ("بعد ساعات من
 * تفجير شاحنة")? ev_interval_point_at: a noun trigger at token tok, its
 * clause from token first. */
bool ev_interval_point(const rasad_doc *doc, const trig *t, ex_clause c);
bool ev_interval_point_at(const rasad_doc *doc, size_t tok, size_t first);
ex_clause ev_near_trigger(ex_clause c, const trig *t, size_t reach);
/* Is a word whose stem is in set within reach tokens after (before) the
 * trigger, inside clause c? */
bool ev_stem_after(const rasad_doc *doc, const trig *t, ex_clause c, size_t reach, ex_words *set);
bool ev_stem_before(const rasad_doc *doc, const trig *t, ex_clause c, size_t reach, ex_words *set);
bool ev_happened(const ex_view *v, const trig *t, ex_clause c, bool date_in_clause, size_t nqty);
/* event_happened.c: arms that back a force ("مدعومين بدبابات"), no act of their own */
bool ev_backing_arms(const rasad_doc *doc, const trig *t);
/* event_figure.c: arms named, not used: "قاذفة صواريخ" is a launcher, not an air strike */
bool ev_launcher_named(const rasad_doc *doc, const trig *t);
/* event_frame.c: a missile or a drone brought down before it struck ("أسقطت طائرة مسيرة") */
bool ev_intercepted_weapon(const ex_view *v, const trig *t, ex_clause c);
/* a past verb of happening within TOLD_REACH tokens before a noun trigger */
#define TOLD_REACH 3
bool ev_told_happening(const rasad_doc *doc, const trig *t, ex_clause c);
/* event_happened.c: أن، وأن، بأن in the matching form (إنّ too) */
extern ex_words EV_AN_THAT;

/* event_when.c: when the act is told, asked by ev_happened and event_frame.c */
/* a count over a span of weeks or more ("خلال الأشهر الماضية") */
bool ev_period_in_clause(const rasad_doc *doc, ex_clause c);
/* a period since a point ("منذ بداية الحرب"), not a record measured since one */
bool ev_since_in_clause(const ex_view *v, ex_clause c);
/* ... and "منذ ذلك الحين" before the trigger in its clause */
bool ev_since_then_before(const rasad_doc *doc, const trig *t, ex_clause c);
/* distant history: every date of clause c is years before the article */
bool ev_distant_past(const ex_view *v, ex_clause c);
/* a toll summed since a point, or by a crisis "so far" */
bool ev_since_tally(const ex_view *v, const trig *t, ex_clause c);
/* a superlative up to a few tokens before the منذ at token i, from lo on:
 * "أعنف هجوم منذ", a record, no tally or date of the act */
bool ev_record_before(const rasad_doc *doc, size_t i, size_t lo);
/* event_when.c: does sentence s go on telling a report's tally over a
 * period ("ولفت إلى مقتل 2927 ..." after "... منذ 23 أيلول 2014")? */
bool ev_tally_goes_on(const ex_view *v, uint32_t s);
/* dated to come: every resolved date of clause c is after the published day */
bool ev_dated_to_come(const ex_view *v, ex_clause c);
/* the part of clause c the trigger is in, between connectives of another act */
ex_clause ev_own_part(const rasad_doc *doc, ex_clause c, const trig *t);

/* event_background.c: is the act named only as background (the time of
 * another statement, inferred or feared, a habit, a place's many acts)? */
bool ev_background(const ex_view *v, const trig *t, ex_clause c, size_t sent_first, const ex_frame *f);

/* event_frame.c */
void ev_fill_frame(const ex_view *v, const trig *t, ex_frame *f);

#endif
