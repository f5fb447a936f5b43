/* SPDX-License-Identifier: MIT
 *
 * edge.c - the NER tagger's edge features at tagging time (issue 4); see
 * edge.h. The edge table is small (a few thousand keys), so unlike the
 * feature table its lookups mostly hit the cache and need no prefetch.
 */
#include "tagger/edge.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* The largest multiple of 16 not above TG_NTRANS. */
#define VEC_N (TG_NTRANS / 16 * 16)

void tg_edge_lookup(const tagger_model *m, const tg_res *res, const tg_word *w,
                    const tg_tokinfo *ti, size_t n, uint32_t *erow, uint8_t *ne) {
    for (size_t i = 0; i < n; i++) {
        uint64_t keys[TG_MAX_EDGE];
        size_t nk = tg_edge_features(res, w, ti, n, i, m->eset, keys), nr = 0;
        for (size_t k = 0; k < nk; k++)
            if (tg_slots_get(m->eslots, m->ecap, keys[k], &erow[i * TG_MAX_EDGE + nr]))
                nr++;
        ne[i] = (uint8_t)nr;
    }
}

void tg_edge_sums(const tagger_model *m, const uint32_t *erow, const uint8_t *ne, size_t n,
                  int32_t *eacc) {
    for (size_t t = 0; t < n; t++) {
        /* the first VEC_N entries in loops whose count is a multiple of
         * the vector width, which -O2's cheap vectorizer does 8 at a time,
         * the rest one by one; the int16 rows cannot alias the int32 sums */
        int32_t *acc = eacc + t * TG_NTRANS;
        if (ne[t] == 0) {
            memset(acc, 0, TG_NTRANS * sizeof *acc);
            continue;
        }
        const int16_t *wr = m->eweights + (size_t)erow[t * TG_MAX_EDGE] * TG_NTRANS;
        for (size_t j = 0; j < VEC_N; j++)
            acc[j] = wr[j];
        for (size_t j = VEC_N; j < TG_NTRANS; j++)
            acc[j] = wr[j];
        for (size_t k = 1; k < ne[t]; k++) {
            wr = m->eweights + (size_t)erow[t * TG_MAX_EDGE + k] * TG_NTRANS;
            for (size_t j = 0; j < VEC_N; j++)
                acc[j] += wr[j];
            for (size_t j = VEC_N; j < TG_NTRANS; j++)
                acc[j] += wr[j];
        }
    }
}

tg_edge_cache *tg_edge_cache_new(void) {
    /* only the header is read before it is written: not the 46 KB of tables */
    tg_edge_cache *c = malloc(sizeof *c);
    if (c)
        c->m = NULL;
    return c;
}

/* The table of row set `set` (bit r: row r), from the cache or added to
 * it; NULL when the cache is full. */
static const int64_t *set_table(tg_edge_cache *c, const uint32_t *erow, size_t nr, uint32_t set) {
    uint32_t mask = 2 * TG_EDGE_SETS - 1, i = (set * 0x9E3779B1u) >> 25 & mask;
    for (; c->key[i]; i = (i + 1) & mask)
        if (c->key[i] == set + 1)
            return c->tab[c->idx[i]];
    if (c->nsets == TG_EDGE_SETS)
        return NULL;
    int64_t *tab = c->tab[c->nsets];
    /* the rows summed in int32 first, as tg_edge_sums does */
    int32_t acc[TG_NTRANS] = {0};
    for (size_t k = 0; k < nr; k++) {
        const int16_t *wr = c->m->eweights + (size_t)erow[k] * TG_NTRANS;
        for (size_t j = 0; j < TG_NTRANS; j++)
            acc[j] += wr[j];
    }
    for (size_t j = 0; j < TG_NTRANS; j++)
        tab[j] = c->base[j] + acc[j];
    c->key[i] = set + 1;
    c->idx[i] = (uint8_t)c->nsets++;
    return tab;
}

bool tg_edge_tables(tg_edge_cache *c, const tagger_model *m, const int64_t *base,
                    const uint32_t *erow, const uint8_t *ne, size_t n, const int64_t **tp) {
    if (m->erows > 31)
        return false;
    if (c->m != m || memcmp(c->base, base, sizeof c->base) != 0) {
        memset(c, 0, offsetof(tg_edge_cache, tab));
        memcpy(c->base, base, sizeof c->base);
        c->m = m;
    }
    for (size_t t = 0; t < n; t++) {
        const uint32_t *r = erow + t * TG_MAX_EDGE;
        uint32_t set = 0;
        for (size_t k = 0; k < ne[t]; k++) {
            if (r[k] >= m->erows || (set >> r[k] & 1u))
                return false;
            set |= 1u << r[k];
        }
        if (!(tp[t] = set_table(c, r, ne[t], set)))
            return false;
    }
    return true;
}
