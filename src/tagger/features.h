/* SPDX-License-Identifier: MIT
 *
 * features.h - the tagger's features (issue 4): what the perceptron sees
 * of each word. Words arrive normalized (text/normalize.h) with their
 * clitic-stripped stem; tg_prepare() computes per-word facts once per
 * sentence (hashes, a light stem, shape, gazetteer and trigger classes,
 * word cluster), and tg_features() turns word i and its +-2 window into
 * hashed 64-bit feature keys. Training and tagging share this file, so a
 * model always sees the same features it was trained on.
 */
#ifndef RASAD_TG_FEATURES_H
#define RASAD_TG_FEATURES_H

#include <stddef.h>
#include <stdint.h>

#include "tagger/model.h"

/* At most this many keys per word. */
#define TG_MAX_FEATS 96

/* Gazetteer phrase length limit (words). */
#define TG_GAZ_MAXLEN 6

/* Lexicon table values: the types of the entries that end with this
 * phrase, and whether a longer entry starts with it. */
#define TG_LEX_PER (1u << 0)
#define TG_LEX_LOC (1u << 1)
#define TG_LEX_ORG (1u << 2)
#define TG_LEX_PREFIX (1u << 3)
/* A named actor of the project's own lexicon (data/actors.tsv: groups,
 * agencies, media; not ANERcorp): a separate bit, so its noisier forms do
 * not blur what the ANERGazet ORG bit has learned. */
#define TG_LEX_ACT (1u << 4)

/* One word of a sentence, as the tagger needs it. */
typedef struct tg_word {
    const char *norm; /* matching form (normalize.h), not NUL-terminated */
    uint32_t norm_len;
    const char *stem; /* clitic-stripped stem (clitics.h); may equal norm */
    uint32_t stem_len;
} tg_word;

/* Per-word facts computed once a sentence. */
typedef struct tg_tokinfo {
    uint64_t h_norm, h_stem, h_light; /* hashes of the forms */
    uint32_t light_off, light_len;    /* the light stem inside norm */
    uint32_t cluster;                 /* cluster bit string, valid when has_cluster */
    uint8_t has_cluster;
    uint8_t freqb;                    /* 1 + log2 of the word's count in the news text the
                                         classes came from; 0 = not known */
    uint8_t shape;                    /* TG_SHAPE_* */
    uint8_t lenb;                     /* length bucket */
    uint8_t gaz;                      /* gazetteer: bits 0-2 begin PER/LOC/ORG, 3-5 inside,
                                         6 begins and 7 inside an actor (TG_LEX_ACT) */
    uint8_t trig;                     /* trigger class, 0 = none */
    uint8_t qpos;                     /* inside a short quote: 1 first, 2 middle, 3 last, 4 only word */
    uint8_t qtrig;                    /* trigger class of the word before the quote */
    uint64_t h_qhead;                 /* light stem of the word before the quote */
    uint8_t head;                     /* inside a phrase an ORG/MISC head noun opened:
                                         class << 3 | distance (0-4), 0 = none */
    uint64_t h_head;                  /* light stem of that head noun */
} tg_tokinfo;

/* The tables features consult (from a model, or from the trainer). */
typedef struct tg_res {
    const tg_table *lex;
    const tg_table *clusters;
    uint32_t cluster_bits;
} tg_res;

/* 64-bit FNV-1a of bytes. */
uint64_t tg_hash_bytes(const char *s, size_t len);
/* Mixes a value into a running hash (splitmix64 finalizer). */
uint64_t tg_mix(uint64_t h, uint64_t v);

/* The light stem of a normalized word: a leading WAW conjunction and the
 * article forms (ال بال كال فال لل) removed when enough of the word stays.
 * Sets *off and returns the length. */
size_t tg_light_stem(const char *norm, size_t len, size_t *off);

/* Key of a gazetteer phrase whose words' light-stem hashes are h[0..n). */
uint64_t tg_phrase_key(const uint64_t *h, size_t n);
/* Key of a word in the cluster table. */
uint64_t tg_cluster_key(const char *norm, size_t len);
/* Key of a word's frequency bucket (tg_tokinfo.freqb) in the same table. */
uint64_t tg_freq_key(const char *norm, size_t len);

/* Fills ti[0..n) for the sentence w[0..n). */
void tg_prepare(const tg_res *res, const tg_word *w, size_t n, tg_tokinfo *ti);
/* tg_prepare() in steps, for the tagger's memo. For each word:
 * tg_prepare_facts() fills the facts that depend on that word alone
 * except its class (clearing the rest of *t); tg_prepare_prefetch() asks
 * for the class and gazetteer table slots that word will need;
 * tg_prepare_class() adds its class. Then tg_prepare_ctx() adds the
 * sentence's context facts (quotes, head-noun phrases, gazetteer
 * phrases) to ti[0..n); gaz1, when not NULL, gives each word's one-word
 * gazetteer answer from tg_gaz1() (0 = look it up). A fact added to
 * tg_prepare() goes in one of these; one that depends on the word alone
 * must also be remembered by the memo (memo.c: facts_to, facts_from),
 * which test_tagger_memo checks. */
void tg_prepare_facts(const tg_word *w, tg_tokinfo *t);
void tg_prepare_prefetch(const tg_res *res, const tg_tokinfo *t);
void tg_prepare_class(const tg_res *res, const tg_word *w, tg_tokinfo *t);
void tg_prepare_ctx(const tg_res *res, const tg_word *w, size_t n, tg_tokinfo *ti,
                    const uint8_t *gaz1);

/* The gazetteer's answer for the one-word phrase of a word whose light
 * stem hashes to h_light: TG_GAZ1_KNOWN, with TG_GAZ1_FOUND and the
 * TG_LEX_* bits when it is an entry; 0 when the value does not fit (the
 * caller then lets tg_prepare_ctx look it up). */
#define TG_GAZ1_KNOWN 0x80u
#define TG_GAZ1_FOUND 0x40u
uint8_t tg_gaz1(const tg_res *res, uint64_t h_light);

/* Writes the feature keys of word i to out; returns how many. The first
 * *nident (when nident is not NULL) name the word itself (its forms and
 * the form bigrams with its neighbours): the keys word dropout hides in
 * training. */
size_t tg_features(const tg_res *res, const tg_word *w, const tg_tokinfo *ti, size_t n, size_t i,
                   uint64_t out[TG_MAX_FEATS], size_t *nident);
/* The bias key, present for every word. */
uint64_t tg_bias_key(void);

/* The keys of tg_features(), split for the tagger's per-word-type memo
 * (see features.c; both are built from the same parts): for each offset
 * o in -2..+2, tg_features_word() of word i+o (w and t point at that
 * word) or, when i+o is outside the sentence, tg_features_edge(o); plus
 * tg_features_ctx() of word i, the keys that read two or more words or a
 * context fact. Together they give the same keys as tg_features() (as a
 * multiset). Each returns the number written. */
size_t tg_features_word(const tg_res *res, const tg_word *w, const tg_tokinfo *t, int off,
                        uint64_t out[TG_MAX_FEATS]);
size_t tg_features_edge(int off, uint64_t out[TG_MAX_FEATS]);
size_t tg_features_ctx(const tg_res *res, const tg_word *w, const tg_tokinfo *ti, size_t n,
                       size_t i, uint64_t out[TG_MAX_FEATS]);

/* Edge (label-pair) keys of word i (tg_edge_features): which ones are
 * taken is a set of these bits, chosen at training time (`--edge`) and
 * kept in the model. */
#define TG_EDGE_CLU 1u        /* the word's 64-level class */
#define TG_EDGE_CLU_PAIR 2u   /* the previous word's 64-level class with the word's */
#define TG_EDGE_GAZ 4u        /* the word's gazetteer bits (tg_tokinfo.gaz) */
#define TG_EDGE_TRIGM1 8u     /* the previous word's trigger class */
#define TG_EDGE_PROCL 16u     /* the word starts with و / ال */
#define TG_EDGE_LIGHT 32u     /* the word's light stem, when frequent in the news text */
#define TG_EDGE_TRIG0 64u     /* the word's own trigger class */
#define TG_EDGE_ALL 127u
/* At most this many edge keys per word (one per bit above). */
#define TG_MAX_EDGE 7
/* TG_EDGE_LIGHT only for words with a frequency bucket at least this
 * (1 + log2 of the count: 2^11 occurrences or more). */
#define TG_EDGE_LIGHT_FREQ 12

/* Writes the edge keys of word i (the pair of words i-1, i; the sentence
 * start for i = 0) selected by set to out; returns how many. They read
 * the facts of tg_prepare() (ti, including the context facts). */
size_t tg_edge_features(const tg_res *res, const tg_word *w, const tg_tokinfo *ti, size_t n,
                        size_t i, unsigned set, uint64_t out[TG_MAX_EDGE]);

#endif
