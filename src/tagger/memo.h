/* SPDX-License-Identifier: MIT
 *
 * memo.h - the NER tagger's per-word-type memo of feature scores (issue
 * 4; issue 5's speed). Most of a word's feature keys read one word only
 * at a fixed offset from the tagged word (features.h:
 * tg_features_word), so the summed weight rows of a word type at offsets
 * -2..+2 are constants of the model. The memo remembers them for recently
 * seen word types, so a repeated word costs one memo entry instead of
 * ~45 random reads of the megabyte feature table; only the context keys
 * (tg_features_ctx) are looked up per token. News text is Zipfian, so
 * most tokens hit.
 *
 * A memo belongs to one thread (no locks) and one model at a time; the
 * model stays read-only and shared. Scores from the memo equal the full
 * path's exactly (integer sums; test_tagger_memo checks it).
 */
#ifndef RASAD_TG_MEMO_H
#define RASAD_TG_MEMO_H

#include <stddef.h>
#include <stdint.h>

#include "tagger/features.h"
#include "tagger/model.h"
#include "tagger/tagger.h"

/* Offsets -2..+2 from the tagged word. */
#define TG_MEMO_OFFS 5
/* Longest matching form remembered (bytes; 12 Arabic letters, longer
 * than nearly every word); longer words are scored without the memo. */
#define TG_MEMO_WORD 24

/* Bits of the filter of the model's key fingerprints (512 KB; with the
 * 210K keys of the fifth-round model 5% of absent keys pass it). */
#define TG_MEMO_FILTER_BITS (1u << 22)

/* One word type: its matching form and where its stem lies in it, its
 * facts (tg_prepare_facts, tg_prepare_class, tg_gaz1), and the weight sums of its single-word keys
 * at each offset. 256 bytes; the first cache line holds what a lookup
 * compares, the last the rest of the facts. */
typedef struct tg_memo_ent {
    uint64_t key;                        /* hash of form and stem place; 0 = empty */
    uint32_t stamp;                      /* the sentence that last used it */
    uint8_t nlen, soff, slen, keep;      /* form length, stem offset and length in it;
                                            keep: recent hits, protecting it from eviction */
    uint64_t h_norm, h_stem, h_light;    /* facts, as in tg_tokinfo */
    uint64_t form[TG_MEMO_WORD / 8];     /* the form's nlen bytes, zero-padded */
    int32_t v[TG_MEMO_OFFS][TG_NLABELS]; /* v[o + 2]: the word seen at offset o */
    uint32_t cluster;                    /* more facts, as in tg_tokinfo */
    uint8_t light_off, light_len, trig;
    uint8_t shape_lenb;                  /* shape << 4 | length bucket */
    uint8_t flags;                       /* TG_MEMO_F_* */
    uint8_t gaz1;                        /* tg_gaz1() of the word */
    uint8_t freqb;                       /* as in tg_tokinfo */
} tg_memo_ent;

/* tg_memo_ent.flags */
#define TG_MEMO_F_CLUSTER 1u /* has_cluster */
#define TG_MEMO_F_PENDING 2u /* claimed by this sentence, facts not yet in */

/* A key to look up and the sums its weight row goes to. */
typedef struct tg_memo_job {
    uint64_t key;
    int32_t *acc;
} tg_memo_job;

typedef struct tg_memo {
    const tagger_model *model;              /* the model the sums come from */
    int32_t edge[TG_MEMO_OFFS][TG_NLABELS]; /* sentence-edge keys' sums per offset */
    tg_memo_ent *ents;                      /* 1 << bits entries, direct-mapped */
    unsigned bits;
    uint32_t stamp;                         /* sentences scored */
    uint64_t hits, misses, bypass;          /* statistics: words answered, filled, computed
                                               without being remembered */
    /* per-sentence scratch, grown as needed */
    int32_t (**vp)[TG_NLABELS];             /* per word: its sums (entry or byp) */
    uint8_t *fill;                          /* per word: FILL_* (memo.c) */
    uint64_t *wkey;                         /* per word: its memo key */
    uint64_t (*form)[TG_MEMO_WORD / 8];     /* per word: its form, zero-padded */
    uint8_t *gaz1;                          /* per word: tg_gaz1() */
    tg_memo_ent **claim;                    /* per word: the entry it fills, or NULL */
    int32_t *byp;                           /* per word: sums not remembered, 5 x TG_NLABELS */
    int32_t *acc;                           /* per word: context keys' sums */
    size_t scap;
    tg_memo_job *jobs;                      /* keys of a block of words */
    uint64_t *filter;                       /* bit fp % TG_MEMO_FILTER_BITS set for every
                                               fingerprint fp in the model's table */
} tg_memo;

/* A memo of 1 << bits entries (bits 8..20) for use with any model;
 * NULL when out of memory. Free with tg_memo_free. */
tg_memo *tg_memo_new(unsigned bits);
void tg_memo_free(tg_memo *memo);

/* The calling thread's memo for the built-in model, allocated on first
 * use and freed at the thread's exit; NULL when m is not the built-in
 * model (a loaded model may be freed and another loaded at its address,
 * so only the built-in one, which lives as long as the process, is
 * remembered across calls) or when out of memory. */
tg_memo *tg_memo_thread(const tagger_model *m);

/* Prepares the sentence w[0..n) into ti[0..n) as tg_prepare() does, and
 * writes to emit[i * TG_NLABELS + y] (i < n) word i's first-pass scores:
 * the same integers as summing the weight rows of tg_features()'s keys,
 * word by word. Remembered word types skip their own facts and sums; new
 * ones are remembered. RASAD_ENOMEM, before anything is written, when
 * its scratch cannot grow; the caller then goes without the memo. */
rasad_status tg_memo_score(tg_memo *memo, const tagger_model *m, const tg_res *res,
                           const tg_word *w, size_t n, tg_tokinfo *ti, int64_t *emit);

/* The calling thread's memo statistics (zeros when it has none). */
void tg_memo_thread_stats(uint64_t *hits, uint64_t *misses, uint64_t *bypass);

#endif
