/* SPDX-License-Identifier: MIT
 *
 * stem_lexicon.h - private extras of the clitic splitter (text layer,
 * src/text/clitics.c) beyond clitics.h, for tests.
 *
 * The built-in lexicon (data/stems.tsv) carries each known word's split,
 * computed by tools/gen_stems.py with a mirror of the C algorithm, so that
 * loading does no splitting and clitic_split() answers known words with
 * one lookup. clitic_split_computed() always runs the C algorithm; the
 * unit test checks that it agrees with the stored splits on every form.
 */
#ifndef RASAD_STEM_LEXICON_H
#define RASAD_STEM_LEXICON_H

#include "clitics.h"

/* Like clitic_split(), ignoring the splits stored in the lexicon. */
size_t clitic_split_computed(const stem_lexicon *lex, const char *norm, size_t len,
                             clitic_piece out[RASAD_MAX_SEGMENTS]);

#endif
