/* SPDX-License-Identifier: MIT
 *
 * words.h - stage 4, private: the closed word sets of the extraction rules
 * (speech verbs, prepositions, casualty nouns ...) and the token tests
 * that use them. Words are written in rasad's matching form (no
 * diacritics, ا for every alef, ه for ة, ي for ى) and compared with a
 * token's whole norm or with its stem segment (the word without و ف ب ل
 * ال and pronouns).
 *
 * A set is declared once, where it is used, with EX_WORDS:
 *
 *     EX_WORDS(KILL_VERBS, "قتل", "قتلت", "قتلوا");
 *     ...
 *     if (ex_stem_in(doc, i, &KILL_VERBS)) ...
 *
 * The macro lays out the word list and a hash table sized for it at
 * compile time, both in static storage. The table is filled the first
 * time the set is looked up (under one lock, published with a release
 * store, so threads sharing the extraction code race on nothing) and is
 * read-only after: a lookup allocates nothing and, in the usual case,
 * is answered from the token's precomputed hash and the set's filter.
 * A set used by several files is EX_WORDS_SHARED and declared extern in
 * a header: the function words at the end of this one (defined in
 * words.c), events.h, quotes.h.
 */
#ifndef RASAD_EXTRACT_WORDS_H
#define RASAD_EXTRACT_WORDS_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "doc.h"

/* The hash of a set word and of a token's norm: eight bytes a step (the
 * words are 2-30 bytes of Arabic) and the last bytes in one load that may
 * overlap the steps, then murmur3's 64-bit finalizer, so the filter (bits
 * 23-31) and the table index (low bits) both mix every byte. Reads only
 * s[0, len). */
static inline uint32_t ex_word_hash(const char *s, size_t len) {
    uint64_t h = 0x9E3779B97F4A7C15u ^ len, t = 0;
    if (len >= 8) {
        for (size_t k = 0; k + 8 < len; k += 8) {
            uint64_t w;
            memcpy(&w, s + k, 8);
            h = (h ^ w) * 0xC2B2AE3D27D4EB4Fu;
            h ^= h >> 31;
        }
        memcpy(&t, s + len - 8, 8);
    } else if (len >= 4) {
        uint32_t a, b;
        memcpy(&a, s, 4);
        memcpy(&b, s + len - 4, 4);
        t = (uint64_t)a << 32 | b;
    } else if (len > 0) {
        t = (uint64_t)(unsigned char)s[0] << 16 | (uint64_t)(unsigned char)s[len / 2] << 8 | (unsigned char)s[len - 1];
    }
    h ^= t;
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDu;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53u;
    h ^= h >> 33;
    return (uint32_t)h;
}

typedef struct ex_word_slot {
    uint32_t hash;    /* ex_word_hash of the word */
    const char *word; /* NULL: empty slot */
} ex_word_slot;

typedef struct ex_words {
    const char *const *list; /* the words as written, NULL-terminated */
    ex_word_slot *slot;      /* mask + 1 slots (static storage beside the list) */
    uint32_t mask;           /* slots - 1, a power of two at least 2 words + 2 */
    atomic_bool ready;       /* slot[] and bloom[] are filled (release-published) */
    uint64_t bloom[8];       /* bit (hash >> 23) of every word: most lookups miss, and
                              * this answers them without touching the table */
} ex_words;

/* Slots for n words: the least power of two >= 2n + 2 (at least 8), so
 * the table is under half full; 0 (rejected below) past 1023 words. */
#define EX_WORDS_SLOTS(n)                                                                                   \
    (2 * (n) + 2 <= 8      ? 8u                                                                               \
     : 2 * (n) + 2 <= 16   ? 16u                                                                              \
     : 2 * (n) + 2 <= 32   ? 32u                                                                              \
     : 2 * (n) + 2 <= 64   ? 64u                                                                              \
     : 2 * (n) + 2 <= 128  ? 128u                                                                             \
     : 2 * (n) + 2 <= 256  ? 256u                                                                             \
     : 2 * (n) + 2 <= 512  ? 512u                                                                             \
     : 2 * (n) + 2 <= 1024 ? 1024u                                                                            \
     : 2 * (n) + 2 <= 2048 ? 2048u                                                                            \
                           : 0u)

/* The declaration of a set NAME of the string literals given. */
#define EX_WORDS_LAYOUT_(storage, name, ...)                                                                \
    static const char *const name##_list_[] = {__VA_ARGS__, NULL};                                           \
    _Static_assert(EX_WORDS_SLOTS(sizeof name##_list_ / sizeof name##_list_[0] - 1) != 0,                   \
                   "word set " #name " is too long");                                                        \
    static ex_word_slot name##_slots_[EX_WORDS_SLOTS(sizeof name##_list_ / sizeof name##_list_[0] - 1)];    \
    storage ex_words name = {name##_list_, name##_slots_,                                                    \
                             EX_WORDS_SLOTS(sizeof name##_list_ / sizeof name##_list_[0] - 1) - 1, false, {0}}
/* a set private to its file (or block) */
#define EX_WORDS(name, ...) EX_WORDS_LAYOUT_(static, name, __VA_ARGS__)
/* a set used by several files (extern in a header) */
#define EX_WORDS_SHARED(name, ...) EX_WORDS_LAYOUT_(, name, __VA_ARGS__)

/* Per token: the hashes (ex_word_hash) of its norm and of its stem's norm, and
 * whether the two are the same text (stage_data[DOC_STAGE_WORDHASH]). */
typedef struct ex_tok_hash {
    uint32_t whole, stem;
    bool same;
} ex_tok_hash;

/* The set's filter: false means the word hashed to h is surely not in it.
 * One bit per word, from the hash's top 9 bits, in 512 (the slot index
 * uses the lowest bits): a set of 40 words lets one token in thirteen
 * through to the table. A second bit per word let fewer through but cost
 * more instructions on the many tokens it turns away than it saved. */
#define EX_WORDS_WORD(h) ((h) >> 29)
#define EX_WORDS_BIT(h) (((h) >> 23) & 63)
static inline bool ex_words_maybe(const ex_words *set, uint32_t h) {
    return (set->bloom[EX_WORDS_WORD(h)] >> EX_WORDS_BIT(h)) & 1;
}

/* the full tests (words.c); callers use the two below */
bool ex_word_in_full(const rasad_doc *doc, size_t tok, ex_words *set);
bool ex_stem_in_full(const rasad_doc *doc, size_t tok, ex_words *set);

/* Is token tok's whole norm in the set? Most tests miss, and a miss is
 * answered here, from the token's hash and the set's filter, without a
 * call. */
static inline bool ex_word_in(const rasad_doc *doc, size_t tok, ex_words *set) {
    const ex_tok_hash *th = doc->stage_data[DOC_STAGE_WORDHASH];
    if (th && tok < doc->ntokens && atomic_load_explicit(&set->ready, memory_order_acquire) &&
        !ex_words_maybe(set, th[tok].whole))
        return false;
    return ex_word_in_full(doc, tok, set);
}

/* Is token tok's stem, or its whole norm (a listed form that keeps its
 * ال, or one the segmenter split wrongly), in the set? */
static inline bool ex_stem_in(const rasad_doc *doc, size_t tok, ex_words *set) {
    const ex_tok_hash *th = doc->stage_data[DOC_STAGE_WORDHASH];
    if (th && tok < doc->ntokens && atomic_load_explicit(&set->ready, memory_order_acquire) &&
        !ex_words_maybe(set, th[tok].stem) && (th[tok].same || !ex_words_maybe(set, th[tok].whole)))
        return false;
    return ex_stem_in_full(doc, tok, set);
}

/* Is a word of the set (its stem or whole norm) among the reach tokens
 * before token i, with no clause boundary between? ("قبل رحلة مقررة
 * لبلدة كوباني": the trip before the town) */
bool ex_stem_back(const rasad_doc *doc, size_t i, ex_words *set, size_t reach);

/* Is the NUL-terminated norm s in the set? */
bool ex_words_has(ex_words *set, const char *s);
bool ex_has_proclitic(const rasad_doc *doc, size_t tok, const char *clitic);
/* the rest of a word whose و the splitter left on it (a form it does not
 * know: "وخشينا", "وبيانون"), or NULL */
const char *ex_after_glued_waw(const rasad_token *tk);
/* does the token carry لـ (the splitter's لل with ال folded in too)? */
bool ex_has_lam(const rasad_doc *doc, size_t tok);
/* the possessive pronoun the token carries ("جنوده": ه), or NULL */
const char *ex_enclitic(const rasad_doc *doc, size_t tok);
/* a possessive pronoun other than the ي the splitter also cuts from a
 * plural in construct ("جنوده", "عناصرها", not "مسلحي تنظيم داعش") */
bool ex_possessive(const rasad_doc *doc, size_t tok);
/* Has a token of the byte span [start, end) (an actor's or a place's
 * words as written) `needle` in its matching form? The bytes as written
 * may carry harakat, tatweel or presentation forms; the forms do not. */
bool ex_span_has(const rasad_doc *doc, uint32_t start, uint32_t end, const char *needle);
/* The last letter of token tok as written: harakat, tatweel and other
 * marks the matching form drops are skipped, and a presentation form is
 * folded to its letter. For the differences the matching form has lost
 * (ى / ي, أ / ا); 0 when the token has no letter. */
int32_t ex_last_letter(const rasad_doc *doc, size_t tok);
/* Is the text as written in bytes [a, b) `norm` in the matching form
 * (harakat, tatweel and presentation forms read as the matching form
 * reads them)? For bytes a token and an entity do not share, such as a
 * proclitic the lexicon matched past ("لضرب"). */
bool ex_written_is(const rasad_doc *doc, uint32_t a, uint32_t b, const char *norm);
/* hashes every token's norm and stem once for the tests above
 * (stage_data[DOC_STAGE_WORDHASH]); they work without it, only slower */
rasad_status ex_word_hashes(rasad_doc *doc);

/* Sets used by several files (words.c). */
extern ex_words PREP_FROM;    /* من */
extern ex_words PREP_IN;      /* في */
extern ex_words PREP_ON;      /* علي */
extern ex_words PREP_TO;      /* الي */
extern ex_words PREP_ABOUT;   /* عن */
extern ex_words PREP_SINCE;   /* منذ */
extern ex_words PREP_BETWEEN; /* بين */
extern ex_words PREP_WITH;    /* مع */
extern ex_words CONJ_AND;     /* و */
extern ex_words PARTICLE_QAD; /* قد, وقد: a verb of the past follows */
extern ex_words DEMONSTRATIVES; /* هذا، هذه، ذلك، تلك and their duals and plurals */

#endif
