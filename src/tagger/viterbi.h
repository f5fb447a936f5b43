/* SPDX-License-Identifier: MIT
 *
 * viterbi.h - first-order Viterbi decoding over the BIO labels (issue 4),
 * shared by training and tagging. An I-X label may only follow B-X or
 * I-X, so every decoded sequence is well formed.
 */
#ifndef RASAD_TG_VITERBI_H
#define RASAD_TG_VITERBI_H

#include <stddef.h>
#include <stdint.h>

#include "tagger/tagger.h"

/* emit: n x TG_NLABELS scores; trans: (TG_NLABELS + 1) x TG_NLABELS, row
 * TG_NLABELS from the sentence start. back: n x TG_NLABELS scratch. Writes
 * the best labels to out[0..n). */
void tg_viterbi(const int64_t *emit, size_t n, const int64_t *trans, uint8_t *back, uint8_t *out);

/* The same with a transition table per position (edge features,
 * features.h): tpos is n x (TG_NLABELS + 1) x TG_NLABELS, position t's
 * table read from row TG_NLABELS (the start) at t = 0 and rows
 * 0..TG_NLABELS-1 after. Disallowed transitions need no special value;
 * they are never taken. Equals tg_viterbi when every position's table is
 * trans. */
void tg_viterbi_pos(const int64_t *emit, size_t n, const int64_t *tpos, uint8_t *back,
                    uint8_t *out);

/* The same with the constant table trans plus a per-position int32 one,
 * eacc (n x (TG_NLABELS + 1) x TG_NLABELS: the edge scores of a loaded
 * model, edge.h): what tg_viterbi_pos gives for tpos = trans + eacc,
 * without writing that sum out. */
void tg_viterbi_edge(const int64_t *emit, size_t n, const int64_t *trans, const int32_t *eacc,
                     uint8_t *back, uint8_t *out);

/* The same with position t's table (laid out as tg_viterbi_pos's) at
 * tp[t]: positions with equal tables share one (edge.h,
 * tg_edge_tables). */
void tg_viterbi_tables(const int64_t *emit, size_t n, const int64_t *const *tp, uint8_t *back,
                       uint8_t *out);

/* Is the transition prev -> cur allowed (prev TG_NLABELS = start)? */
static inline int tg_allowed(unsigned prev, unsigned cur) {
    if (!tg_label_inside(cur))
        return 1;
    return prev != TG_NLABELS && prev != TG_O && tg_label_type(prev) == tg_label_type(cur);
}

#endif
