/* SPDX-License-Identifier: MIT
 *
 * fuzz_clitics.c - clitic segmentation (src/text/clitics.c) on arbitrary
 * input. The first byte chooses the mode: bit 0 maps every further byte to
 * an Arabic letter (mostly clitic letters, so the splitter's candidates are
 * exercised instead of rejected as non-Arabic); bit 1 uses the computed
 * split instead of the stored one; bit 2 passes no lexicon. Every split is
 * checked: the pieces cover the word in order, one stem, proclitics before
 * it and enclitics after, and the stem split again stays whole.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/clitics.h"
#include "text/stem_lexicon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t split(int computed, const stem_lexicon *lex, const char *w, size_t len,
                    clitic_piece out[RASAD_MAX_SEGMENTS]) {
    return computed ? clitic_split_computed(lex, w, len, out) : clitic_split(lex, w, len, out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char letters[] = "وفبكلساهمنيتعرقدحة";
    static char word[2 * 4096];
    if (size == 0)
        return 0;
    uint8_t mode = data[0];
    data++, size--;
    if (size > 4096)
        size = 4096;
    size_t len = 0;
    if (mode & 1) {
        size_t nletters = (sizeof letters - 1) / 2;
        for (size_t i = 0; i < size; i++) {
            memcpy(word + len, letters + 2 * (data[i] % nletters), 2);
            len += 2;
        }
    } else {
        memcpy(word, data, size);
        len = size;
    }
    const stem_lexicon *lex = (mode & 4) ? NULL : stem_lexicon_default();
    int computed = (mode & 2) != 0;

    clitic_piece p[RASAD_MAX_SEGMENTS];
    size_t n = split(computed, lex, word, len, p);
    if (n < 1 || n > RASAD_MAX_SEGMENTS)
        abort();
    size_t at = 0, stems = 0, stem = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i].start != at || p[i].end < p[i].start || (p[i].end == p[i].start && len))
            abort();
        at = p[i].end;
        if (p[i].role == RASAD_SEG_STEM)
            stems++, stem = i;
        else if ((p[i].role == RASAD_SEG_PROCLITIC) == (stems > 0))
            abort(); /* a proclitic after the stem or an enclitic before it */
    }
    if (at != len || stems != 1)
        abort();
    if (n > 1) {
        clitic_piece q[RASAD_MAX_SEGMENTS];
        if (split(computed, lex, word + p[stem].start, (size_t)(p[stem].end - p[stem].start), q) != 1)
            abort();
    }
    return 0;
}
