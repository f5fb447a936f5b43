/* SPDX-License-Identifier: MIT
 *
 * extract.h - stage 4, private: events, claims and quotes built from the
 * mentions of stages 2 and 3 (tokens, quantities, dates, lexicon and
 * gazetteer entities, tagger entities). extract.c runs the parts in order
 * and caches the result in doc->stage_data[DOC_STAGE_EXTRACT]:
 *
 *   ex_view      one read-only view of the doc's mentions, built once
 *   events.c     trigger -> event frame with its arguments (event_*.c,
 *                events.h: one file per argument)
 *   merge.c      later mentions of one incident merge into the first
 *   claims.c     quantities that are not an event's own counts
 *   quotes.c     direct and indirect speech with speaker, role, outlet
 *                (quote_*.c, quotes.h: speaker, name, role, outlet)
 *   acled.c      ACLED type / sub-type / CAMEO / inter codes
 *   modality.c, attribution.c   cues shared by events and claims
 */
#ifndef RASAD_EXTRACT_H
#define RASAD_EXTRACT_H

#include "doc.h"
#include "tagger/tagger.h"
#include "extract/words.h"

#define EX_COUNTRIES 16

/* Everything the extraction parts read, gathered once per doc. */
typedef struct ex_view {
    rasad_doc *doc;
    const rasad_entity *ents;   /* lexicon and gazetteer entities, text order */
    size_t nents;
    const tagger_entity *ner;   /* tagger entities, text order */
    size_t nner;
    const rasad_quantity *qty;
    size_t nqty;
    const rasad_date *dates;
    size_t ndates;
    int32_t *ent_at;            /* per token: index of the lexicon entity covering it, or -1 */
    int32_t *ner_at;            /* per token: index of the tagger entity covering it, or -1 */
    uint8_t *in_date;           /* per token: 1 inside a date expression */
    /* For scans of the counts, dates and entities inside a span: whether
     * each array is in order of tok_first (it is by construction; the
     * scans do not rely on it when it is not) and its longest mention,
     * in tokens less one. */
    bool qty_sorted, dates_sorted, ents_sorted;
    size_t qty_span, date_span, ent_span;
    rasad_attribution *attr;    /* per sentence: ex_attribution's answer once attr_done */
    bool *attr_done;            /* per sentence, zeroed */
    uint8_t *unverified;        /* per sentence: ex_modality's sentence-wide test, 0 not yet read,
                                 * 1 no, 2 yes */
    /* The countries the article's places lie in (the first EX_COUNTRIES),
     * each with its first place's name and whether it has places of other
     * names, and the one named most often ("" for none). */
    struct ex_country {
        const char *cc, *first_norm;
        size_t count;
        bool several;
    } countries[EX_COUNTRIES];
    size_t ncountries;
    const char *main_country;
} ex_view;

/* The finished result (stage_data[DOC_STAGE_EXTRACT]). */
typedef struct ex_result {
    ex_view view;               /* the mentions the result was built from */
    rasad_event *events;
    size_t nevents;
    rasad_claim *claims;
    size_t nclaims;
    rasad_quote *quotes;
    size_t nquotes;
} ex_result;

/* extract.c */
rasad_status ex_run(rasad_doc *doc, const ex_result **out);
/* The index range [from, to) of the counts (dates, entities) whose
 * tok_first is in [lo, hi): a scan of a span starts and stops there
 * instead of reading the whole article; the whole array when it is not
 * in order. A mention that ends at or after t starts at or after
 * ex_back(t, v->qty_span). */
size_t ex_qty_from(const ex_view *v, size_t lo);
size_t ex_qty_to(const ex_view *v, size_t hi);
size_t ex_date_from(const ex_view *v, size_t lo);
size_t ex_date_to(const ex_view *v, size_t hi);
/* A resolved range of days longer than EX_TALLY_SPAN_DAYS ("بين الأول من
 * يناير و30 يونيو"), not a time since a point: a count told over it sums
 * many incidents (a claim, no event). ex_span_of_weeks_in: such a date
 * among tokens first..last. */
#define EX_TALLY_SPAN_DAYS 14
bool ex_date_spans_weeks(const ex_view *v, const rasad_date *d);
bool ex_span_of_weeks_in(const ex_view *v, size_t first, size_t last);
size_t ex_ent_from(const ex_view *v, size_t lo);
size_t ex_ent_to(const ex_view *v, size_t hi);
/* Is a trigger other than except wholly within tokens [first, end)? */
bool ex_trigger_in(const ex_view *v, size_t first, size_t end, const rasad_entity *except);
/* The index of country cc in v->countries, v->ncountries when absent. */
size_t ex_country_index(const ex_view *v, const char *cc);
static inline size_t ex_back(size_t t, size_t d) {
    return t > d ? t - d : 0;
}

/* A clause: the tokens [first, last] around a trigger, bounded by the
 * sentence and by strong punctuation. */
typedef struct ex_clause {
    size_t first, last;
} ex_clause;

/* words.c (word sets and tests: words.h) */
bool ex_is_boundary(const rasad_doc *doc, size_t tok); /* ; : ( ) quotes and sentence-level stops */
/* Is token q a quotation mark that opens a quotation holding token tok
 * (marks paired from the sentence's start)? */
bool ex_quote_opens_over(const rasad_doc *doc, size_t q, size_t tok);
ex_clause ex_clause_around(const rasad_doc *doc, size_t tok);
/* first token index of sentence s and one past its last */
void ex_sentence_tokens(const rasad_doc *doc, uint32_t s, size_t *first, size_t *end);
/* The token whose bytes hold offset b, or SIZE_MAX (words.c). */
size_t ex_tok_at_byte(const rasad_doc *doc, uint32_t b);

/* event_place.c: the place a place ref's geo comes from (its own, else
 * the known one it lies in), and that place's country or NULL */
const rasad_entity *ex_place_geo(const rasad_place_ref *p);
const char *ex_place_country(const rasad_place_ref *p);

/* actors.c */
/* the lexicon entry of a lexicon entity, or NULL (knowledge/lexicon.h) */
struct lex_entry;
const struct lex_entry *ex_lex_entry(const rasad_entity *e);
void ex_actor_from_entity(const ex_view *v, const rasad_entity *e, rasad_actor_ref *out);
void ex_actor_from_ner(const ex_view *v, const tagger_entity *e, rasad_actor_ref *out);
/* the lexicon entity covering token tok, or NULL */
const rasad_entity *ex_entity_at(const ex_view *v, size_t tok);
const tagger_entity *ex_ner_at(const ex_view *v, size_t tok);
/* is the entity an actor (named actor, source that acts, role noun)? */
bool ex_is_actor_entity(const rasad_entity *e);

/* roles.c: the role of a count from the words around it */
uint8_t ex_role_in_context(const ex_view *v, const rasad_quantity *q);
/* roles.c: does clause c tell a handover or an exchange (تبادل، مقابل،
 * تسليم، صفقة)? Bodies counted there are no toll */
bool ex_handover_in(const rasad_doc *doc, ex_clause c);
/* Does q count things (strikes, vehicles, money ...), never people? */
bool ex_counts_things(const rasad_doc *doc, const rasad_quantity *q);
/* Does q count a span of time (عاما، يوما، ساعة), never people? */
bool ex_counts_time(const rasad_doc *doc, const rasad_quantity *q);
/* Does q count the dead and the wounded together ("قتل وأصيب 30 شخصا",
 * "30 بين قتيل وجريح")? An event frame gives it role other. */
bool ex_counts_dead_and_wounded(const rasad_doc *doc, const rasad_quantity *q);

/* modality.c: flags for a statement at tokens [from, to] in its sentence */
rasad_modality ex_modality(const ex_view *v, size_t clause_first, size_t trigger, size_t sentence_end);

/* attribution_chain.c: the source a sentence attributes its report to */
rasad_attribution ex_attribution(const ex_view *v, uint32_t sentence);
/* attribution.c: the sentence read on its own. *how says whether the
 * source is its own, a definite noun standing for an earlier one ("وأضافت
 * الصحيفة": *noun is its token) or missing after a verb with no subject
 * ("وأشار إلى أن": cue only) */
typedef enum { EX_ATTR_NONE, EX_ATTR_OWN, EX_ATTR_ANAPHOR, EX_ATTR_BARE } ex_attr_how;
rasad_attribution ex_attribution_own(const ex_view *v, uint32_t sentence, ex_attr_how *how, size_t *noun);
/* attribution.c: is token i an attribution cue (بحسب, قال, أفاد ...; not a definite word)? */
bool ex_attr_cue(const rasad_doc *doc, size_t i);

/* An event frame while it is being built and merged. */
typedef struct ex_frame {
    rasad_event ev;
    uint8_t kind;          /* lex_event_kind */
    bool anchored;         /* the text gives it a place, a time or a count */
    bool date_in_text;     /* ev.date comes from the text, not the published date */
    bool date_said;        /* ev.date is the statement's that tells the act ("قال الجيش أمس إن
                            * غارة ..."): the act's own date, told later, replaces it */
    bool definite;         /* a definite noun for the act ("المواجهات التي جرت"), with or
                            * without a doer of its own */
    bool anaphor;          /* a definite generic mention ("الهجوم", "العملية"): definite, no doer */
    bool said_same;        /* told as the same act again ("في المعارك نفسها"): the last one of its kind */
    bool several;          /* a noun in the dual or the plural ("الانفجارين", "هجمات"): more than one act */
    bool another;          /* told as another one ("هجوم انتحاري آخر", "تفجير ثان", "مماثل") */
    bool dropped;          /* merged into another frame or not an event */
    bool also;             /* told after كما / فيما / بينما / في حين: another act */
    bool interval_point;   /* the act an interval is counted from ("بعد ساعات من تفجير"): another
                            * incident than the act its sentence dates by it */
    bool killing_word;     /* told by a killing word alone ("مقتل 6 من عناصر الشرطة"): its kind
                            * is a guess, the act's word told later names it */
    bool toll_only;        /* a killing word with no place of its own ("مقتل خمسة عسكريين") */
    bool toll_beside;      /* its sentence counts victims in another act's clause: still a
                            * particular report (anchors as a count of its own would) */
    bool adopted;          /* the object of a group's adoption ("وتبنت جبهة النصرة خطف
                            * العناصر"): an incident told before, claimed */
    bool spread;           /* told over many places at once ("غاراتها أمس في عدد من المدن"), no
                            * single place of its own: no act told at a town merges into it */
    bool series_total;     /* a series of acts told with their total ("قتل 30 في سلسلة تفجيرات"),
                            * dropped for the acts told one by one after it: its counts are
                            * claims (merge.c) */
    bool orphan;           /* told as happened but with no place, time or count of its own:
                            * may take those of the incident it goes on telling (merge.c) */
    const rasad_entity *lede_place; /* the country (or its north ...) that placed it until a
                                     * town told later refined it (merge.c), or NULL */
    const rasad_entity *unmapped_place; /* a town the gazetteer cannot map, told for the incident
                                         * placed no finer than a country (merge.c), or NULL */
    uint32_t mentions[16]; /* sentence indexes */
    size_t nmentions;
    rasad_quantity qty[8];
    size_t nqty;
} ex_frame;

/* merge.c: how sentence s goes on telling the one before it: 2 by a word
 * of accompaniment (ترافق، رافق، تزامن، تلا، تبع), 1 by an opening و or
 * ف, 0 not (event_frame.c asks it before marking an orphan) */
int ex_goes_on(const rasad_doc *doc, uint32_t s);
/* event_counts.c: the counts a frame's sentence tells without a number
 * ("قتل شرطي وأصيب آخر"), added to the frame only (merge.c calls it) */
void ev_implicit_counts(const ex_view *v, ex_frame *f);
/* event_counts.c: do the two frames give the same toll of dead (two or
 * more)? merge.c takes it for the incident told again */
bool ev_same_toll(const ex_frame *a, const ex_frame *b);
/* event_counts.c: does the frame's sentence open with "من جهة أخرى" (another
 * incident)? merge.c merges it into no earlier frame */
bool ev_new_story(const ex_view *v, const ex_frame *f);
/* event_counts.c: does sentence s open with "وفي التفاصيل" (the incident
 * before, told in full)? merge.c merges its acts into that one */
bool ev_told_in_detail(const rasad_doc *doc, uint32_t s);

/* events.c, merge.c, claims.c, quotes.c, acled.c */
rasad_status ex_events(const ex_view *v, ex_frame **out, size_t *n);
void ex_merge_events(const ex_view *v, ex_frame *fr, size_t n);
/* event_claimed.c: a claim of responsibility in a sentence of its own
 * ("وأعلنت حركة طالبان مسؤوليتها") names the doer of the incident told
 * last, when its own sentence left it unnamed (after merging). */
void ev_claimed_responsibility(const ex_view *v, ex_frame *fr, size_t n);
/* event_claimed.c: is the trigger at token tok what a group adopts
 * ("وتبنت جبهة النصرة خطف العناصر")? */
bool ev_adopted_act(const ex_view *v, size_t tok);
/* claims after quotes: a count inside a quote is its speaker's claim */
rasad_status ex_claims(const ex_view *v, const ex_frame *fr, size_t nfr, const rasad_quote *qs, size_t nq,
                       rasad_claim **out, size_t *n);
rasad_status ex_quotes(const ex_view *v, rasad_quote **out, size_t *n);
void ex_acled_classify(rasad_event *e);
/* The sub-type the event stage gives a missile or drone intercepted
 * before it struck (event_frame.c); ex_acled_classify keeps it on the
 * "other" kind, which otherwise reads "Other". */
extern const char EX_DISRUPTED_WEAPONS[];
int ex_acled_inter(const rasad_actor_ref *a);

/* a date covering [published - days, published], precision p: the fallback
 * date of an event whose clause names none */
bool ex_published_window(const rasad_doc *doc, int days, rasad_date *out);

#endif
