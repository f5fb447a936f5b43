/* SPDX-License-Identifier: MIT
 *
 * matcher.h - knowledge stage: one multi-pattern matcher over normalized,
 * clitic-segmented tokens, shared by the gazetteer's place names and the
 * lexicon's actor, source, role and trigger forms.
 *
 * Patterns are sequences of words in the matching form (normalize.h),
 * single-space separated. Every distinct word is interned into a word id;
 * the patterns form a trie over word ids (edges in one hash table keyed by
 * (node, word id)). Scanning walks the trie from each token and keeps the
 * longest pattern, leftmost first, never overlapping and never inside a
 * word: a pattern word matches a whole token, never part of one.
 *
 * How a doc token can stand for a pattern word (the one rule):
 *  - any token: its whole norm;
 *  - the first token of a match may also carry proclitics: its norm with
 *    a conjunction (و ف), then a preposition (ب ك ل) stripped, where "لل"
 *    is read as ل + "ال" (للتحالف -> التحالف); then its stem segment
 *    (which has lost its "ال": بالحسكه -> حسكه, hence after); failing
 *    those, the same keys without a leading "ال" (text الرقه meets a
 *    pattern رقه). A pattern's own "ال" is never dropped, so a bare word
 *    (باب) does not reach a name that carries one (الباب);
 *  - the last token may carry enclitics: its stem segment.
 * A key tried earlier in this list wins over a later one at equal length.
 *
 * Payloads: a terminal node carries a place name (the gazetteer name index)
 * and/or a run of lexicon forms (first form index and count, forms with
 * the same norm being adjacent in lex_form_at order).
 *
 * Thread safety: a built matcher is read-only; matcher_default() builds
 * the built-in one once (pthread_once) from gaz_default() and
 * lex_default() and may be shared by any number of threads.
 */
#ifndef RASAD_MATCHER_H
#define RASAD_MATCHER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rasad.h"

#define MATCH_NONE UINT32_MAX

typedef struct matcher matcher;

/* What a terminal node stands for. */
typedef struct match_payload {
    uint32_t place;     /* gazetteer name index, MATCH_NONE when not a place name */
    uint32_t lex_first; /* first lexicon form index (valid when lex_count > 0) */
    uint32_t lex_count; /* number of lexicon forms with this norm */
} match_payload;

/* How the first token of a match met its pattern word. */
typedef enum match_key {
    MATCH_KEY_WHOLE = 0, /* the whole norm */
    MATCH_KEY_STEM,      /* the stem segment */
    MATCH_KEY_STRIPPED,  /* proclitics stripped by the matcher */
    MATCH_KEY_NO_AL      /* as STRIPPED/WHOLE, then a leading "ال" dropped */
} match_key;

/* One match: tokens [tok_first, tok_last]. */
typedef struct match {
    uint32_t tok_first, tok_last;
    uint32_t node;     /* terminal node; matcher_payload gives what it is */
    uint16_t skip;     /* bytes of the first token's norm before the matched word (proclitics) */
    uint8_t key;       /* match_key of the first token */
    uint8_t last_stem; /* 1 when the last token matched by its stem (enclitic dropped) */
} match;

/* One token as the matcher sees it. stem may be NULL (no segmentation). */
typedef struct matcher_token {
    const char *norm;
    uint32_t norm_len;
    const char *stem;       /* the stem segment's norm, or NULL */
    uint32_t stem_len;
    uint32_t stem_off;      /* byte offset of the stem inside norm (when it is a substring), else 0 */
} matcher_token;

/* An empty matcher to add patterns to. NULL when out of memory. */
matcher *matcher_new(void);
void matcher_free(matcher *m);

/* Adds a pattern (norm[0..len), words separated by single spaces; leading,
 * trailing or repeated spaces are tolerated) with a place payload
 * (place != MATCH_NONE) or one lexicon form (lex_form != MATCH_NONE).
 * Adding the same pattern again merges payloads; lexicon forms of one norm
 * must be added in ascending order, adjacent. Returns RASAD_OK,
 * RASAD_EINVAL (empty pattern, more than MATCH_MAX_WORDS words, or a word
 * longer than 255 bytes) or RASAD_ENOMEM. */
#define MATCH_MAX_WORDS 16
rasad_status matcher_add(matcher *m, const char *norm, size_t len, uint32_t place, uint32_t lex_form);

/* Statistics. */
size_t matcher_word_count(const matcher *m);
size_t matcher_node_count(const matcher *m);
size_t matcher_pattern_count(const matcher *m);
size_t matcher_memory(const matcher *m); /* bytes held */

/* The payload of a terminal node (node from a match). */
match_payload matcher_payload(const matcher *m, uint32_t node);
/* Number of words of the pattern ending at node. */
uint32_t matcher_depth(const matcher *m, uint32_t node);

/* Called once per match, in text order. Return false to stop. */
typedef bool (*match_fn)(const match *mt, void *ctx);

/* Scans n tokens and reports the leftmost-longest, non-overlapping matches.
 * Returns the number of matches reported. Allocates nothing. */
size_t matcher_scan(const matcher *m, const matcher_token *toks, size_t n, match_fn fn, void *ctx);

/* The built-in matcher over gaz_default() and lex_default() (either may be
 * missing). Built once; borrowed, never freed. NULL when out of memory. */
const matcher *matcher_default(void);
/* How long matcher_default() took to build, in nanoseconds (0 before). */
uint64_t matcher_default_build_ns(void);

/* Builds a matcher from a gazetteer and a lexicon (either may be NULL):
 * every gazetteer name that holds a non-ASCII letter (English names are
 * left out: Arabic text does not need them and "hit" is a town) and
 * every lexicon form. *out: caller frees with matcher_free. */
struct gaz;
struct lex_lexicon;
rasad_status matcher_build(const struct gaz *g, const struct lex_lexicon *lex, matcher **out);

#endif
