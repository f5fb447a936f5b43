/* SPDX-License-Identifier: MIT
 *
 * lexicon.h - the actor and event-trigger lexicons (knowledge stage).
 * data/actors.tsv and data/triggers.tsv are compiled into the library
 * (data/resources.txt) and parsed once, on first use, into one read-only
 * table of entries and one sorted table of normalized surface forms. The
 * matcher (matcher.h) walks the forms; the extraction stage reads the
 * entries' kinds, ACLED/CAMEO codes and flags.
 *
 * Thread safety: lex_default() initializes with pthread_once; the result
 * is never modified afterwards and may be shared by any number of threads.
 *
 * Private to the library (lex_ prefix, not exported).
 */
#ifndef RASAD_LEXICON_H
#define RASAD_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct lex_lexicon lex_lexicon;

/* What an entry is. */
typedef enum lex_class {
    LEX_ACTOR = 1, /* a named actor: ISIS, SDF, SYR_GOV ... (may also be a source) */
    LEX_SOURCE,    /* mainly a source of reports: agencies, monitors, media (id SOHR, REUTERS ...) */
    LEX_ROLE,      /* an unnamed actor by role: مسلحون، قوات الأمن، مدنيون (id ROLE_*; emit id null) */
    LEX_TRIGGER    /* an event trigger: هاجم، غارة، اشتباكات ... */
} lex_class;

/* SCHEMA.md Actor kind. 0 means none (triggers). */
typedef enum lex_actor_kind {
    LEX_AK_NONE = 0,
    LEX_AK_STATE_FORCES,
    LEX_AK_REBEL,
    LEX_AK_POLITICAL_MILITIA,
    LEX_AK_IDENTITY_MILITIA,
    LEX_AK_RIOTERS,
    LEX_AK_PROTESTERS,
    LEX_AK_CIVILIANS,
    LEX_AK_EXTERNAL,
    LEX_AK_IGO,
    LEX_AK_NGO,
    LEX_AK_MEDIA,
    LEX_AK_RESEARCHER,
    LEX_AK_OTHER,
    LEX_AK_COUNT
} lex_actor_kind;

/* SCHEMA.md Attribution source kind. 0 means the entry is not a source. */
typedef enum lex_source_kind {
    LEX_SK_NONE = 0,
    LEX_SK_AGENCY,
    LEX_SK_MONITOR,
    LEX_SK_OFFICIAL,
    LEX_SK_IGO,
    LEX_SK_RESEARCHER,
    LEX_SK_GROUP,
    LEX_SK_MEDIA,
    LEX_SK_OTHER,
    LEX_SK_COUNT
} lex_source_kind;

/* SCHEMA.md Event kind, in SCHEMA.md order. 0 means none (actors). */
typedef enum lex_event_kind {
    LEX_EK_NONE = 0,
    LEX_EK_ATTACK,
    LEX_EK_ARMED_CLASH,
    LEX_EK_AIRSTRIKE,
    LEX_EK_DRONE_STRIKE,
    LEX_EK_SHELLING,
    LEX_EK_EXPLOSION,
    LEX_EK_SUICIDE_BOMBING,
    LEX_EK_CAR_BOMBING,
    LEX_EK_IED,
    LEX_EK_ASSASSINATION,
    LEX_EK_ABDUCTION,
    LEX_EK_ARREST,
    LEX_EK_PRISON_BREAK,
    LEX_EK_EXECUTION,
    LEX_EK_PROTEST,
    LEX_EK_RIOT,
    LEX_EK_LOOTING,
    LEX_EK_TERRITORY_CAPTURED,
    LEX_EK_WITHDRAWAL,
    LEX_EK_AGREEMENT,
    LEX_EK_OTHER,
    LEX_EK_COUNT
} lex_event_kind;

/* Trigger part of speech. */
typedef enum lex_pos {
    LEX_POS_NONE = 0,
    LEX_POS_VERB,       /* هاجم، يهاجم، هوجم */
    LEX_POS_NOUN,       /* هجوم، هجمات، غارة (verbal nouns and other nouns) */
    LEX_POS_PARTICIPLE, /* مهاجم، انتحاري، مفخخة */
    LEX_POS_COUNT
} lex_pos;

/* Entry flags (lex_entry.flags). */
#define LEXF_PASSIVE 0x0001u   /* trigger forms are passive: the object is the grammatical subject (هوجم، قُتل) */
#define LEXF_WEAK 0x0002u      /* trigger needs support from context (عملية only near a military word) */
#define LEXF_CONTEXT 0x0004u   /* trigger is evidence of violence but the kind comes from context (قتل، مقتل) */
#define LEXF_PLURAL 0x0008u    /* forms are plural (اشتباكات، غارات): may be several incidents */
#define LEXF_AMBIGUOUS 0x0010u /* some forms are knowingly shared with another entry (see lex_lookup) */

typedef struct lex_entry {
    const char *id;             /* actors: "ISIS", roles: "ROLE_GUNMEN", triggers: the lemma as written */
    const char *name_en;        /* canonical English name (triggers: the event kind name) */
    const char *country;        /* ISO 3166 alpha-2, or NULL when none or unknown */
    const char *acled_type;     /* triggers: ACLED event_type default, else NULL */
    const char *acled_sub_type; /* triggers: ACLED sub_event_type default, else NULL */
    const char *cameo;          /* triggers: CAMEO code string ("190"), else NULL */
    uint8_t cls;                /* lex_class */
    uint8_t kind;               /* actors, sources, roles: lex_actor_kind; triggers: lex_event_kind */
    uint8_t source_kind;        /* lex_source_kind; LEX_SK_NONE if never a source of reports */
    uint8_t pos;                /* triggers: lex_pos */
    uint16_t flags;             /* LEXF_* */
    uint32_t line;              /* line in its TSV file (1-based), for diagnostics */
} lex_entry;

/* The built-in lexicon (actors, sources, roles and triggers together),
 * loaded on first call. Never NULL unless memory ran out; borrowed, valid
 * for the life of the process. */
const lex_lexicon *lex_default(void);

/* Parses lexicons from TSV text (the formats of data/actors.tsv and
 * data/triggers.tsv; either text may be NULL). Malformed lines are
 * skipped and counted in *bad_lines (may be NULL); the first problem is
 * described in err (errlen bytes, may be NULL) as "actors:LINE: message".
 * Returns 0 and *out (caller frees with lex_free), or a negative
 * rasad_status (RASAD_ENOMEM). Safe on arbitrary bytes. */
int lex_parse(const char *actors, size_t actors_len, const char *triggers, size_t triggers_len,
              lex_lexicon **out, size_t *bad_lines, char *err, size_t errlen);

/* Frees a lexicon from lex_parse; NULL does nothing. Never pass lex_default(). */
void lex_free(lex_lexicon *lex);

size_t lex_entry_count(const lex_lexicon *lex);
/* Entry i (< lex_entry_count), borrowed. */
const lex_entry *lex_entry_get(const lex_lexicon *lex, size_t i);
/* The entry with this id (actors, sources, roles; triggers by lemma) and
 * its index in *index (may be NULL), or NULL. */
const lex_entry *lex_entry_by_id(const lex_lexicon *lex, const char *id, size_t *index);

/* Every normalized surface form, sorted bytewise by norm (equal norms are
 * adjacent). Multi-word forms have single ASCII spaces between words. */
size_t lex_form_count(const lex_lexicon *lex);
/* Form i: *norm (NUL-terminated, borrowed), *len its bytes, *entry the
 * index of its entry. Any out-param may be NULL. */
void lex_form_at(const lex_lexicon *lex, size_t i, const char **norm, size_t *len, uint32_t *entry);
/* Is form i a person's name (written with a leading '@' in actors.tsv:
 * a leader or spokesman listed under his group)? */
bool lex_form_is_person(const lex_lexicon *lex, size_t i);
/* The form as written in the TSV, before normalization (borrowed). */
const char *lex_form_written(const lex_lexicon *lex, size_t i);

/* Finds the forms whose norm equals norm[0..len): sets *first to the index
 * of the first and returns how many (0 if none). More than one means the
 * form is shared (the entries carry LEXF_AMBIGUOUS or differ in class). */
size_t lex_lookup(const lex_lexicon *lex, const char *norm, size_t len, size_t *first);

/* Normalizes a written form into out (outsize bytes): rasad's matching
 * form, runs of spaces and word-joining punctuation collapsed to one
 * space, no leading/trailing space. Returns the length, or 0 if the form
 * is empty or does not fit. Used for the TSV forms and by the matcher's
 * tests. */
size_t lex_normalize_form(const char *s, size_t len, char *out, size_t outsize);

/* Names for the enums (static strings; "" for out-of-range values, never NULL). */
const char *lex_class_name(unsigned cls);
const char *lex_actor_kind_name(unsigned kind);
const char *lex_source_kind_name(unsigned kind);
const char *lex_event_kind_name(unsigned kind);

#endif
