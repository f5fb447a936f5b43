/* SPDX-License-Identifier: MIT
 *
 * edge.c - the NER tagger's edge features at tagging time (issue 4); see
 * edge.h. The edge table is small (a few thousand keys), so unlike the
 * feature table its lookups mostly hit the cache and need no prefetch.
 */
#include "tagger/edge.h"

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
