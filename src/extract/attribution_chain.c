/* SPDX-License-Identifier: MIT
 *
 * attribution_chain.c - stage 4: the source of each sentence, read in
 * text order. attribution.c reads each sentence on its own; here the
 * sentences are read one after the other and the answers kept, so that a
 * sentence may later be read after the ones before it. A verb with no
 * subject ("وأشار إلى أن ...") names no source of its own.
 */
#include <string.h>

#include "extract/extract.h"

/* Sentence s read after the sentences before it (done[] and attr[] hold
 * their answers). */
static rasad_attribution resolve(const ex_view *v, uint32_t s) {
    ex_attr_how how;
    size_t noun;
    rasad_attribution a = ex_attribution_own(v, s, &how, &noun);
    if (how == EX_ATTR_BARE)
        memset(&a, 0, sizeof a);
    return a;
}

/* Events and claims of one sentence ask for its source each: the answer
 * is read once per sentence and kept in the view. The sentences are read
 * in order, all of those before the one asked for too, so that each
 * answer is the same whichever sentence is asked for first (the read
 * ones are always a prefix: the first unread one is found by walking
 * back). */
rasad_attribution ex_attribution(const ex_view *v, uint32_t sentence) {
    if (!v->attr || sentence >= v->doc->nsentences)
        return resolve(v, sentence);
    if (!v->attr_done[sentence]) {
        uint32_t h = sentence;
        while (h > 0 && !v->attr_done[h - 1])
            h--;
        for (uint32_t k = h; k <= sentence; k++) {
            v->attr[k] = resolve(v, k);
            v->attr_done[k] = true;
        }
    }
    return v->attr[sentence];
}
