/* SPDX-License-Identifier: MIT
 *
 * clitics.c - clitic segmentation (see clitics.h). Placeholder that keeps
 * every word whole until the lexicon-driven splitter lands.
 */
#include "clitics.h"

const stem_lexicon *stem_lexicon_default(void) { return NULL; }

size_t clitic_split(const stem_lexicon *lex, const char *norm, size_t len,
                    clitic_piece out[RASAD_MAX_SEGMENTS]) {
    (void)lex;
    (void)norm;
    out[0].start = 0;
    out[0].end = (uint16_t)len;
    out[0].role = RASAD_SEG_STEM;
    return 1;
}
