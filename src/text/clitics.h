/* SPDX-License-Identifier: MIT
 *
 * clitics.h - splitting proclitics (و ف ب ك ل ال لل س) and enclitics
 * (ه ها هم هما هن كم كما نا ني ي ك) off Arabic words, decided against a
 * lexicon of known stems so that names that merely begin or end with those
 * letters (ليبيا، بغداد، كركوك، والي، فلوجة، بلدة) stay whole.
 *
 * Works on the normalized form (normalize.h): alef variants are ا, ة is ه,
 * ى is ي. The tokenizer maps the pieces back to original byte offsets.
 */
#ifndef RASAD_CLITICS_H
#define RASAD_CLITICS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rasad.h"

typedef struct stem_lexicon stem_lexicon;

/* One piece of a normalized word: [start, end) in bytes of the norm. */
typedef struct clitic_piece {
    uint16_t start, end;
    uint8_t role; /* rasad_segment_role */
} clitic_piece;

/* The built-in stem lexicon (compiled into the library); NULL when out of
 * memory. Read-only, shared by all threads. */
const stem_lexicon *stem_lexicon_default(void);

/* Splits the normalized word norm[0..len) into at most RASAD_MAX_SEGMENTS
 * pieces in text order, exactly covering the word, exactly one of them
 * RASAD_SEG_STEM. Returns the number of pieces (1 = unsplit). lex may be
 * NULL, which keeps every word whole. */
size_t clitic_split(const stem_lexicon *lex, const char *norm, size_t len,
                    clitic_piece out[RASAD_MAX_SEGMENTS]);

/* How the corpus behind the lexicon (SaudiNewsNet) used the word
 * norm[0..len): alone, with the article ال, with a pronoun of two letters
 * or more, after a preposition (tools/gen_stems.py tells more). False,
 * and all zero, when the lexicon does not hold it. */
typedef struct stem_counts {
    uint32_t alone, with_article, with_pronoun, after_preposition;
} stem_counts;
bool stem_lexicon_counts(const stem_lexicon *lex, const char *norm, size_t len, stem_counts *out);

#endif
