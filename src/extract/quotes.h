/* SPDX-License-Identifier: MIT
 *
 * quotes.h - stage 4, private: what the quote files share (see quotes.c
 * for the list): the speakers remembered while reading an article, the
 * word sets used by more than one file, and their cross-file functions.
 */
#ifndef RASAD_EXTRACT_QUOTES_H
#define RASAD_EXTRACT_QUOTES_H

#include "extract/extract.h"

/* limits used by more than one file */
#define MAX_SPEAKERS 32

/* A speaker who spoke earlier in the article: the tokens of the name
 * and of the role, for later mentions by surname ("وأوضح كوتشوك أن")
 * or by title ("وأضاف رئيس الحكومة التركية"). */
typedef struct speaker_rec {
    size_t tf, tl;          /* the name's tokens */
    size_t rf, rl;          /* the role's tokens; rf > rl when none */
    rasad_quote q;          /* the quote it came with (speaker, role, affiliation spans) */
} speaker_rec;

/* quote_index.c: the article's names indexed on first use */
typedef struct qt_names qt_names;

typedef struct quote_state {
    const ex_view *v;
    qt_names *names;        /* NULL until first used or when it could not be built */
    bool names_failed;
    speaker_rec spk[MAX_SPEAKERS];
    size_t nspk;
    rasad_quote *items;
    size_t n, cap;
    uint32_t last_speaker_start, last_speaker_end;
    bool has_last;
    uint32_t last_sentence;
    bool last_role, last_affil, last_outlet;
    uint32_t last_role_s, last_role_e, last_affil_s, last_affil_e, last_outlet_s, last_outlet_e;
    /* a person a sentence is about, said or not ("دعا الأمين العام ...
     * ينس شتولتينبيرج إلى اجتماع"): a bare "وقال" next is his */
    bool has_mention;
    uint32_t mention_sentence;
    size_t mention_f, mention_l;
    /* the mention is a tagger person (with his title after him, or the
     * titled name read as one): sure enough to speak again in the same
     * sentence ("وأدان <title> <name> ... الهجمات، وأضاف أنه ...") */
    bool mention_sure;
} quote_state;

/* word sets and tables of one file used by another */
extern ex_words QT_SPEECH_VERBS;
extern ex_words QT_THAT;
extern ex_words QT_OUTLET_NOUNS;
extern ex_words QT_LAM;
extern ex_words QT_TITLES;
extern ex_words QT_BARE_WORDS;
extern ex_words QT_ROLE_NOUNS;
extern ex_words QT_NOT_NAME;

/* quotes.c */
bool qt_opening_quote(const rasad_token *t);
size_t qt_closing_quote(const rasad_doc *doc, size_t i);
bool qt_definite(const rasad_doc *doc, size_t i);

/* quote_outlet.c */
void qt_read_outlet(const ex_view *v, size_t a, size_t b, rasad_quote *q);
void qt_subject_outlet(const ex_view *v, size_t a, size_t b, rasad_quote *q);

/* quote_role.c */
void qt_read_context(const ex_view *v, size_t a, size_t b, size_t spk_first, size_t spk_last, rasad_quote *q);

/* quote_names.c */
bool qt_opens_words(const rasad_doc *doc, size_t j);
bool qt_nisba(const rasad_doc *doc, size_t i);
const tagger_entity *qt_person_at(const ex_view *v, size_t i);
bool qt_not_a_speaker(const rasad_doc *doc, const tagger_entity *p);
bool qt_rank_then_office(const rasad_doc *doc, size_t a, size_t b, size_t spk_first, size_t spk_last);
bool qt_group_title(const rasad_doc *doc, size_t tf);
bool qt_name_word(const ex_view *v, size_t j, bool name_tail);
/* Does token j open with لل (ل + ال: "للتحالف", "للصحفيين"), cut off
 * by the splitter or left on the word ("للحلف")? */
bool qt_lam_al(const rasad_doc *doc, size_t j);
bool qt_pattern_name(const ex_view *v, size_t a, size_t b, bool strict, bool object_after, size_t *nf, size_t *nl);

/* quote_speaker.c */
bool qt_bare_lead_in(const ex_view *v, size_t a, size_t b);
size_t qt_participle_split(const rasad_doc *doc, size_t a, size_t b, size_t *next, size_t *la, size_t *lb,
                           bool *direct);
void qt_remember_speaker(quote_state *st, const rasad_quote *q);
bool qt_in_date(const ex_view *v, size_t j);
bool qt_same_norm(const rasad_doc *doc, size_t a, size_t b);
/* Is word a the one-word name of token b again, and long enough (four
 * letters or more) not to be a short common word? */
bool qt_same_long_name(const rasad_doc *doc, size_t a, size_t b);
size_t qt_suffix_match(const rasad_doc *doc, size_t j, size_t b, size_t nf, size_t nl);
bool qt_has_enclitic(const rasad_doc *doc, size_t i);
bool qt_known_name_at(quote_state *st, size_t j, size_t b, size_t *last, const speaker_rec **rec);
void qt_coordinated_speaker(const ex_view *v, rasad_quote *q);
const speaker_rec *qt_titled_speaker(const quote_state *st, size_t a, size_t b, uint32_t s);
void qt_note_subject(quote_state *st, uint32_t s);

/* The subject before a speech verb at token i (quote_subject.c): none, a
 * person [*nf, *nl] with his title [*rf, *rl] (rf > rl when none), or
 * something else (an outlet, an institution, an unnamed official), whose
 * tokens are [*nf, *nl]. */
typedef enum { QT_SUBJ_NONE, QT_SUBJ_PERSON, QT_SUBJ_OTHER } qt_subject;
qt_subject qt_subject_before(const ex_view *v, size_t first, size_t i, size_t *nf, size_t *nl, size_t *rf,
                             size_t *rl);

/* quote_index.c: the index (NULL if it cannot be built); is a token with
 * j's norm, before j, preceded by a word that can start a name; the
 * first tagger person of two words or more, ending before j, whose last
 * one to three words are the words from j (up to b), or SIZE_MAX */
qt_names *qt_names_get(quote_state *st);
bool qt_names_surname_before(qt_names *ix, size_t j);
size_t qt_names_person_before(qt_names *ix, size_t j, size_t b);

#endif
