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

#include <stdbool.h>
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

/* ---- a document's row sets ------------------------------------------------
 * A model has few edge rows (12 in models/ner.bin), so the words of a
 * document bring a handful of distinct sets of them. Position t's
 * transition table, the pass's constant transitions (base) plus the sum
 * of t's rows, is then the same table for every word with that set: a
 * cache keeps one int64 table per set, and Viterbi reads position t's
 * through a pointer (tg_viterbi_tables) instead of the rows being summed
 * per word and added to base per transition. Same integers as
 * tg_edge_sums + tg_viterbi_edge. */

/* Row sets one cache holds (46 KB of tables). */
#define TG_EDGE_SETS 64u

typedef struct tg_edge_cache {
    const tagger_model *m;             /* the model the tables are of; NULL: none yet */
    int64_t base[TG_NTRANS];           /* the transitions they start from */
    uint32_t nsets;
    uint32_t key[2 * TG_EDGE_SETS];    /* open addressing: row set + 1 (bit r: row r); 0 empty */
    uint8_t idx[2 * TG_EDGE_SETS];     /* the set's table in tab */
    int64_t tab[TG_EDGE_SETS][TG_NTRANS];
} tg_edge_cache;

/* A cache with no tables yet (malloc; free()); NULL when out of memory. */
tg_edge_cache *tg_edge_cache_new(void);

/* Points tp[t], t < n, at position t's table: base plus the edge rows
 * erow[t * TG_MAX_EDGE + k], k < ne[t]. The cache (from
 * tg_edge_cache_new) starts over when m or base differ from what its
 * tables were built with; one model per cache (a model freed and another
 * loaded at its address with the same transitions would not be seen).
 * false, with tp partly written, when this does not apply: the model
 * has more than 31 edge rows, a word names one row twice, or the cache
 * is full; the caller then sums (tg_edge_sums, tg_viterbi_edge). */
bool tg_edge_tables(tg_edge_cache *c, const tagger_model *m, const int64_t *base,
                    const uint32_t *erow, const uint8_t *ne, size_t n, const int64_t **tp);

#endif
