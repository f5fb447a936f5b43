/* SPDX-License-Identifier: MIT
 *
 * model.h - the tagger's binary model file (issue 4): layout, loader and
 * writer. The loader validates the header and every section against the
 * file size and checksum, then uses the bytes in place (the embedded
 * model is never copied or parsed). A loaded model is read-only and may
 * be shared by any number of threads.
 *
 * Layout (little-endian; every section starts at a multiple of 8):
 *   header, 96 bytes:
 *     0  char[8] magic "RASADNER"
 *     8  u32 format version (TG_MODEL_VERSION)
 *    12  u32 byte-order mark 0x01020304
 *    16  u32 number of labels (TG_NLABELS)
 *    20  f32 weight scale: a weight is int16 * scale
 *    24  u32 feature table capacity (a power of two)
 *    28  u32 number of weight rows
 *    32  u32 lexicon table capacity (0 or a power of two)
 *    36  u32 cluster table capacity (0 or a power of two)
 *    40  u64 file size
 *    48  u32 checksum of bytes [TG_CHECKSUM_FROM, size) (tg_checksum): the
 *        header fields after it and the body
 *    52  u32 cluster bits used by the features
 *    56  u32 second-pass feature table capacity (0 = no second pass)
 *    60  u32 number of second-pass weight rows
 *    64  u32 second-pass window: sentences on either side (stack.h)
 *    68  u32 edge feature table capacity (0 = no edge features)
 *    72  u32 number of edge weight rows
 *    76  u32 edge key set (TG_EDGE_* bits of features.h; 0 iff no table)
 *    80  16 bytes reserved, 0
 *   A model with edge features is format version 3 (TG_MODEL_VERSION);
 *   one without is written as version 2 (TG_MODEL_VERSION_NOEDGE), byte
 *   for byte as before, so both versions are read.
 *   transitions: (nlabels + 1) x nlabels int16, the last row from the start
 *   feature slots: cap u64, each fingerprint | row << 32 (fingerprint 0 =
 *                 empty), open addressing, linear probing from the low
 *                 bits of the 64-bit key; one slot is one memory access,
 *                 which the tagging speed depends on
 *   weights:      rows x nlabels int16
 *   lexicon keys, values: cap u32 each (gazetteer entries, see features.h)
 *   cluster keys, values: cap u32 each (word -> cluster bit string)
 *   second pass (stack.h), only when its capacity is not 0: transitions
 *                 (nlabels + 1) x nlabels int32, feature slots as above,
 *                 weights rows x nlabels int32. They share the first
 *                 pass's scale (a word's second-pass score is its
 *                 first-pass score plus these) and are int32 because
 *                 they are far larger than the first pass's.
 */
#ifndef RASAD_TG_MODEL_H
#define RASAD_TG_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rasad.h"

#define TG_MODEL_MAGIC "RASADNER"
#define TG_MODEL_VERSION 3u
#define TG_MODEL_VERSION_NOEDGE 2u
#define TG_MODEL_HEADER 96u
#define TG_CHECKSUM_FROM 52u

/* A read-only key -> value table (open addressing, linear probing). */
typedef struct tg_table {
    uint32_t cap;          /* 0 or a power of two; always has an empty slot */
    const uint32_t *keys;  /* fingerprints, 0 = empty */
    const uint32_t *vals;
} tg_table;

typedef struct tagger_model {
    const uint8_t *data;   /* the file's bytes (owned when owned != NULL) */
    size_t size;
    void *owned;           /* heap copy to free, or NULL (embedded) */
    float scale;           /* weight = int16 * scale */
    uint32_t cluster_bits; /* length of the cluster bit strings */
    const int16_t *trans;  /* (TG_NLABELS + 1) x TG_NLABELS */
    uint32_t fcap;         /* feature slots, a power of two */
    const uint64_t *fslots; /* fingerprint | row << 32 */
    uint32_t nrows;
    const int16_t *weights; /* nrows x TG_NLABELS */
    tg_table lex;          /* gazetteer: key -> TG_LEX_* bits */
    tg_table clusters;     /* word -> cluster bit string */
    /* second pass (stack.h); s2cap 0 when the model has none */
    uint32_t s2cap, s2rows, s2window;
    const int32_t *s2trans;  /* (TG_NLABELS + 1) x TG_NLABELS */
    const uint64_t *s2slots; /* like fslots */
    const int32_t *s2weights; /* s2rows x TG_NLABELS */
    /* edge features (features.h); ecap 0 when the model has none */
    uint32_t ecap, erows, eset;
    const uint64_t *eslots;  /* like fslots */
    const int16_t *eweights; /* erows x (TG_NLABELS + 1) x TG_NLABELS */
} tagger_model;

/* Fingerprint of a 64-bit key: its high half, never 0. */
static inline uint32_t tg_fingerprint(uint64_t key) {
    uint32_t f = (uint32_t)(key >> 32);
    return f ? f : 1u;
}

/* Looks key up; returns true and sets *val when present. */
static inline bool tg_table_get(const tg_table *t, uint64_t key, uint32_t *val) {
    if (t->cap == 0)
        return false;
    uint32_t mask = t->cap - 1, fp = tg_fingerprint(key);
    for (uint32_t i = (uint32_t)key & mask;; i = (i + 1) & mask) {
        uint32_t k = t->keys[i];
        if (k == fp) {
            *val = t->vals[i];
            return true;
        }
        if (k == 0)
            return false;
    }
}

/* Looks a feature key up in a slot table (fingerprint | row << 32, cap
 * a power of two with an empty slot); true and *row when present. */
static inline bool tg_slots_get(const uint64_t *slots, uint32_t cap, uint64_t key, uint32_t *row) {
    uint32_t mask = cap - 1, fp = tg_fingerprint(key);
    for (uint32_t i = (uint32_t)key & mask;; i = (i + 1) & mask) {
        uint64_t s = slots[i];
        if ((uint32_t)s == fp) {
            *row = (uint32_t)(s >> 32);
            return true;
        }
        if ((uint32_t)s == 0)
            return false;
    }
}

/* Looks a first-pass feature key up. */
static inline bool tg_feat_get(const tagger_model *m, uint64_t key, uint32_t *row) {
    return tg_slots_get(m->fslots, m->fcap, key, row);
}

/* Checksum of the model body: 32-bit FNV-1a over 64-bit little-endian
 * words (a tail shorter than 8 bytes is zero-padded). */
uint32_t tg_checksum(const uint8_t *p, size_t len);

/* Validates data[0..size) and fills *m to use it in place (m->owned is
 * left NULL; the bytes must outlive m and be 8-byte aligned). On failure
 * writes a message to err (errlen bytes, may be 0). Returns RASAD_OK,
 * RASAD_EFORMAT, RASAD_EVERSION or RASAD_ECHECKSUM. */
rasad_status tg_model_open(const uint8_t *data, size_t size, tagger_model *m, char *err,
                           size_t errlen);

/* What the writer needs: the weights and tables in memory. */
typedef struct tg_model_parts {
    float scale;
    uint32_t cluster_bits;
    const int16_t *trans;      /* (TG_NLABELS + 1) x TG_NLABELS */
    const uint64_t *feat_keys; /* nrows keys, row i has key feat_keys[i] */
    uint32_t nrows;
    const int16_t *weights;    /* nrows x TG_NLABELS */
    const uint64_t *lex_keys;  /* nlex keys with their values */
    const uint32_t *lex_vals;
    uint32_t nlex;
    const uint64_t *clu_keys;
    const uint32_t *clu_vals;
    uint32_t nclu;
    /* second pass: s2rows 0 and s2trans NULL for none */
    const int32_t *s2trans;
    const uint64_t *s2keys;
    uint32_t s2rows;
    const int32_t *s2weights;
    uint32_t s2window;
    /* edge features: erows 0 for none */
    uint32_t eset;             /* TG_EDGE_* bits; not 0 when erows is not */
    const uint64_t *ekeys;     /* erows keys */
    uint32_t erows;
    const int16_t *eweights;   /* erows x (TG_NLABELS + 1) x TG_NLABELS */
} tg_model_parts;

/* Serializes parts into a new heap buffer (caller frees with
 * rasad_free). Deterministic: equal parts give identical bytes. */
rasad_status tg_model_build(const tg_model_parts *parts, uint8_t **out, size_t *len);

#endif
