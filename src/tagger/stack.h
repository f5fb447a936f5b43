/* SPDX-License-Identifier: MIT
 *
 * stack.h - the tagger's second pass (issue 4): document-level features
 * computed from the first pass's labels. A name tagged in one sentence is
 * usually the same kind of name wherever it recurs in the article, and a
 * multiword name the first pass found once (بان كي مون) often appears
 * again where the local context alone was too weak. For each sentence the
 * second pass looks at a window of sentences around it: how the first
 * pass labelled the same light stem elsewhere, which of the first pass's
 * entity phrases recur at this position, and the first-pass labels of
 * the word and its neighbours. The second pass adds its weights for these
 * few features to the first pass's scores and decodes again, so it costs
 * a handful of lookups in a small table per word, not a second full pass.
 * Training and tagging share this file.
 */
#ifndef RASAD_TG_STACK_H
#define RASAD_TG_STACK_H

#include <stddef.h>
#include <stdint.h>

#include "rasad.h"

/* At most this many second-pass features per word. */
#define TG_S2_MAXF 16

/* Largest window (sentences on either side) a model may ask for. */
#define TG_S2_MAX_WINDOW 1000u

/* The first pass's result over a sequence of sentences (a document). */
typedef struct tg_pass1 {
    const uint64_t *hl;   /* light-stem hash of every token (features.h h_light) */
    const uint8_t *z;     /* first-pass labels of every token */
    const size_t *sent;   /* sentence k is tokens [sent[k], sent[k+1]) */
    size_t nsent;
} tg_pass1;

/* Counts of first-pass labels over the sentences of a window. */
typedef struct tg_wslot tg_wslot;
typedef struct tg_win {
    tg_wslot *slots;
    size_t cap, used;
    size_t lo, hi;        /* sentences counted: [lo, hi) */
} tg_win;

/* Makes w count exactly the sentences [lo, hi) of p (lo <= hi <=
 * p->nsent): incremental when the window slides forward. */
rasad_status tg_win_move(tg_win *w, const tg_pass1 *p, size_t lo, size_t hi);
void tg_win_free(tg_win *w);

/* The window of sentence s: [*lo, *hi) with `window` sentences on either
 * side, clipped to the document. */
void tg_win_range(size_t s, size_t nsent, size_t window, size_t *lo, size_t *hi);

/* Second-pass feature keys of the tokens of sentence s, which w's window
 * must contain: token i of the sentence gets keys[i * TG_S2_MAXF ..]
 * and nf[i] of them. */
void tg_s2_features(const tg_win *w, const tg_pass1 *p, size_t s, uint64_t *keys, uint8_t *nf);

#endif
