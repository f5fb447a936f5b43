/* SPDX-License-Identifier: MIT
 *
 * edge.c - the NER tagger's edge features at tagging time (issue 4); see
 * edge.h. The edge table is small (a few thousand keys), so unlike the
 * feature table its lookups mostly hit the cache and need no prefetch.
 */
#include "tagger/edge.h"

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

void tg_edge_trans(const tagger_model *m, const int64_t *trans, const uint32_t *erow,
                   const uint8_t *ne, size_t n, int64_t *tpos) {
    for (size_t t = 0; t < n; t++) {
        int64_t *tp = tpos + t * TG_NTRANS;
        for (size_t j = 0; j < TG_NTRANS; j++)
            tp[j] = trans[j];
        for (size_t k = 0; k < ne[t]; k++) {
            const int16_t *wr = m->eweights + (size_t)erow[t * TG_MAX_EDGE + k] * TG_NTRANS;
            for (size_t j = 0; j < TG_NTRANS; j++)
                tp[j] += wr[j];
        }
    }
}
