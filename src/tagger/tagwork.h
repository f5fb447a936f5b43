/* SPDX-License-Identifier: MIT
 *
 * tagwork.h - tagging one sentence of prepared words with a model (issue
 * 4), with scratch buffers reused across sentences. Used by tagger.c and
 * the trainer's dev evaluation.
 */
#ifndef RASAD_TG_TAGWORK_H
#define RASAD_TG_TAGWORK_H

#include <stddef.h>
#include <stdint.h>

#include "rasad.h"
#include "tagger/features.h"
#include "tagger/memo.h"
#include "tagger/model.h"
#include "tagger/stack.h"

typedef struct tg_work {
    tg_tokinfo *ti;
    int64_t *emit; /* cap x TG_NLABELS */
    uint8_t *back; /* cap x TG_NLABELS */
    size_t cap;
    /* with an edge table (model.h): per word its edge rows and summed
     * edge scores (edge.h) */
    uint32_t *erow; /* cap x TG_MAX_EDGE */
    uint8_t *ne;    /* cap */
    int32_t *eacc;  /* cap x (TG_NLABELS + 1) x TG_NLABELS */
    struct tg_edge_cache *ecache; /* the row sets' tables (edge.h), allocated on first use */
    const int64_t **etab;         /* cap: per word, its table in ecache */
    tg_memo *memo; /* borrowed: word-type sums for the model tagged with, or NULL */
} tg_work;

rasad_status tg_work_reserve(tg_work *w, size_t n);
void tg_work_free(tg_work *w);

/* Tags words[0..n) with m's first pass, writing labels[0..n); w->emit
 * and w->ti keep the sentence's scores and word facts. With w->memo set
 * (bound to m, or rebound), the single-word keys' sums come from it:
 * same scores, fewer table reads. */
rasad_status tg_tag_words(const tagger_model *m, const tg_word *words, size_t n, tg_work *w,
                          uint8_t *labels);

/* Scratch for tagging a document with both passes; zero-initialize,
 * reuse across documents, free with tg_docwork_free. */
typedef struct tg_docwork {
    tg_work w;
    uint64_t *hl;   /* per token: light-stem hash */
    uint8_t *z;     /* per token: first-pass label */
    int32_t *e1;    /* per token: first-pass scores, TG_NLABELS each */
    size_t tcap;
    uint64_t *keys; /* per sentence word: second-pass keys, TG_S2_MAXF each */
    uint8_t *nf;
    int64_t *emit;  /* per sentence word: second-pass scores */
    uint8_t *back;
    int32_t *eacc;  /* per sentence word: edge scores (edge table only) */
    const int64_t **etab; /* per sentence word: its table in ecache (edge table only) */
    size_t scap;
    struct tg_edge_cache *ecache; /* the second pass's row-set tables, on first use */
    uint32_t *erow; /* per token: edge rows, TG_MAX_EDGE each (edge table only) */
    uint8_t *ne;
    tg_win win;
    unsigned memo_bits; /* set by the caller: with a model other than the
                           built-in one, a memo of 1 << memo_bits entries of
                           its own (0 = none); one model per docwork */
    tg_memo *memo_own;
} tg_docwork;

/* Tags sentences [first, last) of a document whose sentence k is
 * words[sent[k] .. sent[k+1]) (sent[0] = 0); the other sentences are
 * context only. The first pass tags each sentence; with a second pass in
 * the model each sentence is then tagged again with its window's
 * first-pass labels (stack.h). Writes labels[t] and, when margin is not
 * NULL, margin[t] (the label's score minus the best other label's, in
 * weight units: times m->scale) for the tokens t of [first, last).
 * Tagging a long file block by block, each block given m->s2window
 * sentences of context on either side, gives what one call over the
 * whole file gives. */
rasad_status tg_tag_doc(const tagger_model *m, const tg_word *words, const size_t *sent,
                        size_t nsent, size_t first, size_t last, tg_docwork *dw, uint8_t *labels,
                        int32_t *margin);
void tg_docwork_free(tg_docwork *dw);

#endif
