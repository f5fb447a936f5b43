/* SPDX-License-Identifier: MIT
 *
 * model.c - the tagger's model file (issue 4): validation of untrusted
 * bytes and deterministic serialization. See model.h for the layout.
 *
 * The loader trusts nothing: the header's counts are checked for range and
 * power-of-two capacities, every section's offset is computed with
 * overflow checks and must land exactly on the file size, the checksum
 * must match, every occupied feature slot must name an existing row, and
 * every table must keep an empty slot (a full table would make a lookup
 * of an absent key probe forever).
 */
#include "tagger/model.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "tagger/features.h"
#include "tagger/stack.h"
#include "tagger/tagger.h"

/* Tables larger than this are refused: 2^26 slots is 512 MiB of keys and
 * rows, far beyond any model this project trains. */
#define TG_MAX_CAP (1u << 26)

uint32_t tg_checksum(const uint8_t *p, size_t len) {
    uint32_t h = 2166136261u;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = (h ^ (uint32_t)w) * 16777619u;
        h = (h ^ (uint32_t)(w >> 32)) * 16777619u;
    }
    if (i < len) {
        uint8_t tail[8] = {0};
        memcpy(tail, p + i, len - i);
        uint64_t w;
        memcpy(&w, tail, 8);
        h = (h ^ (uint32_t)w) * 16777619u;
        h = (h ^ (uint32_t)(w >> 32)) * 16777619u;
    }
    return h;
}

static uint32_t rd32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t rd64(const uint8_t *p) { return (uint64_t)rd32(p) | (uint64_t)rd32(p + 4) << 32; }

static void wr32(uint8_t *p, uint32_t v) {
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

static void wr64(uint8_t *p, uint64_t v) {
    wr32(p, (uint32_t)v);
    wr32(p + 4, (uint32_t)(v >> 32));
}

static void set_err(char *err, size_t errlen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void set_err(char *err, size_t errlen, const char *fmt, ...) {
    if (!err || errlen == 0)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

static bool is_pow2_or_zero(uint32_t v) { return (v & (v - 1)) == 0; }

/* Adds a section of n items of size sz at *off (rounded up to 8); false
 * on overflow or when it would pass size. */
static bool take(size_t *off, size_t n, size_t sz, size_t size, size_t *start) {
    size_t o = (*off + 7) & ~(size_t)7;
    if (o < *off || (sz && n > (SIZE_MAX - o) / sz))
        return false;
    size_t end = o + n * sz;
    if (end > size)
        return false;
    *start = o;
    *off = end;
    return true;
}

/* The layout both the loader and the writer follow: fills the section
 * offsets from the counts; returns the total size, or 0 when it does not
 * fit in limit bytes. */
typedef struct tg_layout {
    size_t trans, fslots, weights, lkeys, lvals, ckeys, cvals, s2trans, s2slots, s2weights, eslots,
        eweights, end;
} tg_layout;

/* s2cap 0: no second-pass sections at all; ecap 0: no edge sections. */
static size_t layout(uint32_t fcap, uint32_t nrows, uint32_t lcap, uint32_t ccap, uint32_t s2cap,
                     uint32_t s2rows, uint32_t ecap, uint32_t erows, size_t limit, tg_layout *l) {
    size_t off = TG_MODEL_HEADER;
    if (limit < off)
        return 0;
    if (!take(&off, (size_t)(TG_NLABELS + 1) * TG_NLABELS, 2, limit, &l->trans) ||
        !take(&off, fcap, 8, limit, &l->fslots) ||
        !take(&off, nrows, 2 * TG_NLABELS, limit, &l->weights) ||
        !take(&off, lcap, 4, limit, &l->lkeys) || !take(&off, lcap, 4, limit, &l->lvals) ||
        !take(&off, ccap, 4, limit, &l->ckeys) || !take(&off, ccap, 4, limit, &l->cvals))
        return 0;
    l->s2trans = l->s2slots = l->s2weights = 0;
    if (s2cap && (!take(&off, (size_t)(TG_NLABELS + 1) * TG_NLABELS, 4, limit, &l->s2trans) ||
                  !take(&off, s2cap, 8, limit, &l->s2slots) ||
                  !take(&off, s2rows, 4 * TG_NLABELS, limit, &l->s2weights)))
        return 0;
    l->eslots = l->eweights = 0;
    if (ecap && (!take(&off, ecap, 8, limit, &l->eslots) ||
                 !take(&off, erows, 2 * (TG_NLABELS + 1) * TG_NLABELS, limit, &l->eweights)))
        return 0;
    size_t end = (off + 7) & ~(size_t)7;
    if (end > limit)
        return 0;
    l->end = end;
    return end;
}

/* Occupied slots must leave one empty; returns false otherwise. */
static bool table_has_empty(const uint32_t *keys, uint32_t cap) {
    for (uint32_t i = 0; i < cap; i++)
        if (keys[i] == 0)
            return true;
    return cap == 0;
}

rasad_status tg_model_open(const uint8_t *data, size_t size, tagger_model *m, char *err,
                           size_t errlen) {
    memset(m, 0, sizeof *m);
    if (!data || size < TG_MODEL_HEADER) {
        set_err(err, errlen, "model truncated: %zu bytes, the header alone is %u", size,
                TG_MODEL_HEADER);
        return RASAD_EFORMAT;
    }
    if (memcmp(data, TG_MODEL_MAGIC, 8) != 0) {
        set_err(err, errlen, "not a rasad NER model (bad magic)");
        return RASAD_EFORMAT;
    }
    uint32_t version = rd32(data + 8);
    if (version != TG_MODEL_VERSION && version != TG_MODEL_VERSION_NOEDGE) {
        set_err(err, errlen, "model format version %u, this library reads versions %u and %u",
                version, TG_MODEL_VERSION_NOEDGE, TG_MODEL_VERSION);
        return RASAD_EVERSION;
    }
    if (rd32(data + 12) != 0x01020304u || ((uintptr_t)data & 7u) != 0) {
        set_err(err, errlen, "model byte order or alignment not supported on this machine");
        return RASAD_EFORMAT;
    }
    uint64_t fsize = rd64(data + 40);
    if (fsize != size) {
        set_err(err, errlen, "model size mismatch: header says %llu bytes, have %zu (truncated?)",
                (unsigned long long)fsize, size);
        return RASAD_EFORMAT;
    }
    uint32_t nlabels = rd32(data + 16), fcap = rd32(data + 24), nrows = rd32(data + 28),
             lcap = rd32(data + 32), ccap = rd32(data + 36), cbits = rd32(data + 52),
             s2cap = rd32(data + 56), s2rows = rd32(data + 60), s2window = rd32(data + 64),
             ecap = rd32(data + 68), erows = rd32(data + 72), eset = rd32(data + 76);
    /* version 2 has no edge table; version 3 always has one */
    bool edge_ok = version == TG_MODEL_VERSION_NOEDGE
                       ? ecap == 0 && erows == 0 && eset == 0
                       : ecap != 0 && ecap <= TG_MAX_CAP && is_pow2_or_zero(ecap) &&
                             erows <= TG_MAX_CAP && eset != 0 && (eset & ~TG_EDGE_ALL) == 0;
    bool reserved_zero = true;
    for (size_t i = 80; i < TG_MODEL_HEADER; i++)
        reserved_zero = reserved_zero && data[i] == 0;
    if (nlabels != TG_NLABELS || fcap == 0 || fcap > TG_MAX_CAP || !is_pow2_or_zero(fcap) ||
        lcap > TG_MAX_CAP || !is_pow2_or_zero(lcap) || ccap > TG_MAX_CAP ||
        !is_pow2_or_zero(ccap) || nrows > TG_MAX_CAP || cbits > 32 || !reserved_zero ||
        s2cap > TG_MAX_CAP || !is_pow2_or_zero(s2cap) || s2rows > TG_MAX_CAP ||
        (s2cap == 0 && s2rows != 0) || s2window > TG_S2_MAX_WINDOW || !edge_ok) {
        set_err(err, errlen, "model header out of range");
        return RASAD_EFORMAT;
    }
    tg_layout l;
    if (layout(fcap, nrows, lcap, ccap, s2cap, s2rows, ecap, erows, size, &l) != size) {
        set_err(err, errlen, "model sections do not match the file size %zu", size);
        return RASAD_EFORMAT;
    }
    uint32_t sum = tg_checksum(data + TG_CHECKSUM_FROM, size - TG_CHECKSUM_FROM);
    if (sum != rd32(data + 48)) {
        set_err(err, errlen, "model checksum mismatch (corrupted file)");
        return RASAD_ECHECKSUM;
    }
    float scale;
    memcpy(&scale, data + 20, 4);
    if (!(scale > 0.0f && scale < 1e30f)) {
        set_err(err, errlen, "model weight scale out of range");
        return RASAD_EFORMAT;
    }
    const uint64_t *fslots = (const uint64_t *)(const void *)(data + l.fslots);
    bool fempty = false;
    for (uint32_t i = 0; i < fcap; i++) {
        uint32_t fp = (uint32_t)fslots[i], row = (uint32_t)(fslots[i] >> 32);
        if (fp == 0)
            fempty = true;
        else if (row >= nrows) {
            set_err(err, errlen, "model feature slot %u names row %u of %u", i, row, nrows);
            return RASAD_EFORMAT;
        }
    }
    const uint64_t *s2slots = (const uint64_t *)(const void *)(data + l.s2slots);
    bool s2empty = s2cap == 0;
    for (uint32_t i = 0; i < s2cap; i++) {
        uint32_t fp = (uint32_t)s2slots[i], row = (uint32_t)(s2slots[i] >> 32);
        if (fp == 0)
            s2empty = true;
        else if (row >= s2rows) {
            set_err(err, errlen, "model second-pass slot %u names row %u of %u", i, row, s2rows);
            return RASAD_EFORMAT;
        }
    }
    const uint64_t *eslots = (const uint64_t *)(const void *)(data + l.eslots);
    bool eempty = ecap == 0;
    for (uint32_t i = 0; i < ecap; i++) {
        uint32_t fp = (uint32_t)eslots[i], row = (uint32_t)(eslots[i] >> 32);
        if (fp == 0)
            eempty = true;
        else if (row >= erows) {
            set_err(err, errlen, "model edge slot %u names row %u of %u", i, row, erows);
            return RASAD_EFORMAT;
        }
    }
    const uint32_t *lkeys = (const uint32_t *)(const void *)(data + l.lkeys);
    const uint32_t *ckeys = (const uint32_t *)(const void *)(data + l.ckeys);
    if (!fempty || !s2empty || !eempty || !table_has_empty(lkeys, lcap) ||
        !table_has_empty(ckeys, ccap)) {
        set_err(err, errlen, "model hash table has no empty slot");
        return RASAD_EFORMAT;
    }
    m->data = data;
    m->size = size;
    m->scale = scale;
    m->cluster_bits = cbits;
    m->trans = (const int16_t *)(const void *)(data + l.trans);
    m->fcap = fcap;
    m->fslots = fslots;
    m->nrows = nrows;
    m->weights = (const int16_t *)(const void *)(data + l.weights);
    m->lex = (tg_table){lcap, lkeys, (const uint32_t *)(const void *)(data + l.lvals)};
    m->clusters = (tg_table){ccap, ckeys, (const uint32_t *)(const void *)(data + l.cvals)};
    if (s2cap) {
        m->s2cap = s2cap;
        m->s2rows = s2rows;
        m->s2window = s2window;
        m->s2trans = (const int32_t *)(const void *)(data + l.s2trans);
        m->s2slots = s2slots;
        m->s2weights = (const int32_t *)(const void *)(data + l.s2weights);
    }
    if (ecap) {
        m->ecap = ecap;
        m->erows = erows;
        m->eset = eset;
        m->eslots = eslots;
        m->eweights = (const int16_t *)(const void *)(data + l.eweights);
    }
    return RASAD_OK;
}

/* Capacity for n keys at a load factor of at most 3/5. Probe chains stay
 * short (about 3.6 slots for an absent key, mostly one cache line of 8
 * slots), and a table half the size of a 1/2-bound one when n is just
 * past a power of two misses the cache less, which counts for more. */
static uint32_t cap_for(uint32_t n, bool allow_zero) {
    if (n == 0 && allow_zero)
        return 0;
    uint32_t cap = 16;
    while (cap < TG_MAX_CAP && (uint64_t)cap * 3 / 5 < n)
        cap *= 2;
    return cap;
}

/* Inserts n keys into a table at keys/vals (cap slots, zeroed). A key
 * whose fingerprint is already on its probe chain keeps the first value
 * (a 2^-32 event). */
static void fill_table(uint32_t *keys, uint32_t *vals, uint32_t cap, const uint64_t *src,
                       const uint32_t *srcvals, uint32_t n) {
    uint32_t mask = cap - 1;
    for (uint32_t j = 0; j < n; j++) {
        uint32_t fp = tg_fingerprint(src[j]);
        for (uint32_t i = (uint32_t)src[j] & mask;; i = (i + 1) & mask) {
            if (keys[i] == fp)
                break;
            if (keys[i] == 0) {
                keys[i] = fp;
                vals[i] = srcvals ? srcvals[j] : j;
                break;
            }
        }
    }
}

/* The feature table: row j has key src[j]. */
static void fill_slots(uint64_t *slots, uint32_t cap, const uint64_t *src, uint32_t n) {
    uint32_t mask = cap - 1;
    for (uint32_t j = 0; j < n; j++) {
        uint32_t fp = tg_fingerprint(src[j]);
        for (uint32_t i = (uint32_t)src[j] & mask;; i = (i + 1) & mask) {
            if ((uint32_t)slots[i] == fp)
                break;
            if ((uint32_t)slots[i] == 0) {
                slots[i] = fp | (uint64_t)j << 32;
                break;
            }
        }
    }
}

rasad_status tg_model_build(const tg_model_parts *p, uint8_t **out, size_t *len) {
    *out = NULL;
    *len = 0;
    bool s2 = p->s2trans != NULL;
    if (p->nrows >= TG_MAX_CAP / 2 || p->nlex >= TG_MAX_CAP / 2 || p->nclu >= TG_MAX_CAP / 2 ||
        p->s2rows >= TG_MAX_CAP / 2 || p->s2window > TG_S2_MAX_WINDOW ||
        p->erows >= TG_MAX_CAP / 2 || (p->erows && (p->eset == 0 || (p->eset & ~TG_EDGE_ALL))))
        return RASAD_ELIMIT;
    bool edge = p->erows != 0;
    uint32_t fcap = cap_for(p->nrows, false), lcap = cap_for(p->nlex, true),
             ccap = cap_for(p->nclu, true), s2cap = s2 ? cap_for(p->s2rows, false) : 0,
             s2rows = s2 ? p->s2rows : 0, ecap = edge ? cap_for(p->erows, false) : 0;
    tg_layout l;
    size_t size = layout(fcap, p->nrows, lcap, ccap, s2cap, s2rows, ecap, p->erows, SIZE_MAX / 2, &l);
    if (size == 0)
        return RASAD_ELIMIT;
    const rasad_mem *mem = rasad_default_mem();
    uint8_t *d = mem->calloc(1, size);
    if (!d)
        return RASAD_ENOMEM;
    memcpy(d, TG_MODEL_MAGIC, 8);
    wr32(d + 8, edge ? TG_MODEL_VERSION : TG_MODEL_VERSION_NOEDGE);
    wr32(d + 12, 0x01020304u);
    wr32(d + 16, TG_NLABELS);
    memcpy(d + 20, &p->scale, 4);
    wr32(d + 24, fcap);
    wr32(d + 28, p->nrows);
    wr32(d + 32, lcap);
    wr32(d + 36, ccap);
    wr64(d + 40, size);
    wr32(d + 52, p->cluster_bits);
    wr32(d + 56, s2cap);
    wr32(d + 60, s2rows);
    wr32(d + 64, s2 ? p->s2window : 0);
    wr32(d + 68, ecap);
    wr32(d + 72, p->erows);
    wr32(d + 76, edge ? p->eset : 0);
    memcpy(d + l.trans, p->trans, (size_t)(TG_NLABELS + 1) * TG_NLABELS * 2);
    fill_slots((uint64_t *)(void *)(d + l.fslots), fcap, p->feat_keys, p->nrows);
    if (p->nrows)
        memcpy(d + l.weights, p->weights, (size_t)p->nrows * TG_NLABELS * 2);
    if (lcap)
        fill_table((uint32_t *)(void *)(d + l.lkeys), (uint32_t *)(void *)(d + l.lvals), lcap,
                   p->lex_keys, p->lex_vals, p->nlex);
    if (ccap)
        fill_table((uint32_t *)(void *)(d + l.ckeys), (uint32_t *)(void *)(d + l.cvals), ccap,
                   p->clu_keys, p->clu_vals, p->nclu);
    if (s2) {
        memcpy(d + l.s2trans, p->s2trans, (size_t)(TG_NLABELS + 1) * TG_NLABELS * 4);
        fill_slots((uint64_t *)(void *)(d + l.s2slots), s2cap, p->s2keys, s2rows);
        if (s2rows)
            memcpy(d + l.s2weights, p->s2weights, (size_t)s2rows * TG_NLABELS * 4);
    }
    if (edge) {
        fill_slots((uint64_t *)(void *)(d + l.eslots), ecap, p->ekeys, p->erows);
        memcpy(d + l.eweights, p->eweights, (size_t)p->erows * (TG_NLABELS + 1) * TG_NLABELS * 2);
    }
    wr32(d + 48, tg_checksum(d + TG_CHECKSUM_FROM, size - TG_CHECKSUM_FROM));
    *out = d;
    *len = size;
    return RASAD_OK;
}
