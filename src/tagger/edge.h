/* SPDX-License-Identifier: MIT
 *
 * edge.h - the NER tagger's edge features at tagging time (issue 4):
 * the label-pair scores a model's edge table (model.h) gives each word,
 * added to the transitions where the word stands. Training keeps its own
 * copy of the same sums (train_perceptron.c); the keys come from
 * features.c (tg_edge_features) for both.
 */
#ifndef RASAD_TG_EDGE_H
#define RASAD_TG_EDGE_H

#include <stddef.h>
#include <stdint.h>

#include "tagger/features.h"
#include "tagger/model.h"
#include "tagger/tagger.h"

/* Entries of one position's transition table. */
#define TG_NTRANS ((TG_NLABELS + 1) * TG_NLABELS)

/* The edge rows of words 0..n) of a prepared sentence (ti from
 * tg_prepare or the memo): erow[i * TG_MAX_EDGE + k] for k < ne[i]. The
 * model must have an edge table (m->ecap != 0). */
void tg_edge_lookup(const tagger_model *m, const tg_res *res, const tg_word *w,
                    const tg_tokinfo *ti, size_t n, uint32_t *erow, uint8_t *ne);

/* Position t's edge scores, eacc[t * TG_NTRANS + j] = the summed
 * weights of t's edge rows, for t < n (for tg_viterbi_edge, on top of
 * the model's transitions). */
void tg_edge_sums(const tagger_model *m, const uint32_t *erow, const uint8_t *ne, size_t n,
                  int32_t *eacc);

#endif
