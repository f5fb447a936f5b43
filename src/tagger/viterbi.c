/* SPDX-License-Identifier: MIT
 *
 * viterbi.c - first-order Viterbi decoding (issue 4); see viterbi.h.
 *
 *   delta[0][y] = trans[start][y] + emit[0][y]
 *   delta[t][y] = max_{y' allowed before y} delta[t-1][y'] + trans[y'][y] + emit[t][y]
 *
 * Ties go to the lower label number, so decoding is deterministic.
 */
#include "tagger/viterbi.h"

#define NEG_INF (INT64_MIN / 4)

/* The Viterbi of all three entry points: position t's transition
 * p -> y scores tr64[t * s64 + p * TG_NLABELS + y] (when tr64 is not
 * NULL; s64 == 0 for one table at every position) plus tr32[t * s32 +
 * ...] (when tr32 is not NULL); inlined into each, so each gets the loop
 * it needs. I-X follows only B-X or I-X, so only those two are tried for
 * it: the other moves into I-X are not allowed and never on a best path
 * (viterbi.h), and a start into I-X is NEG_INF. */
static inline __attribute__((always_inline)) void viterbi_core(const int64_t *emit, size_t n,
                                                               const int64_t *tr64, size_t s64,
                                                               const int32_t *tr32, size_t s32,
                                                               const int64_t *const *tp,
                                                               uint8_t *back, uint8_t *out) {
    if (n == 0)
        return;
    /* tp, when not NULL: position t's whole table is tp[t] */
#define TR(t, j)                                                                                 \
    (tp ? tp[t][j] : (tr64 ? tr64[(t) * s64 + (j)] : 0) + (tr32 ? tr32[(t) * s32 + (j)] : 0))
    int64_t prev[TG_NLABELS], cur[TG_NLABELS];
    for (unsigned y = 0; y < TG_NLABELS; y++)
        prev[y] = tg_allowed(TG_NLABELS, y) ? TR(0, TG_NLABELS * TG_NLABELS + y) + emit[y] : NEG_INF;
    for (size_t t = 1; t < n; t++) {
        const int64_t *e = emit + t * TG_NLABELS;
        uint8_t *b = back + t * TG_NLABELS;
        /* unrolled: the labels' maxima are independent chains the CPU
         * overlaps (half the time of the loops, same arithmetic) */
#pragma GCC unroll 9
        for (unsigned y = 0; y < TG_NLABELS; y++) {
            int64_t best;
            uint8_t arg;
            if (tg_label_inside(y)) {
                best = prev[y - 1] + TR(t, (y - 1) * TG_NLABELS + y);
                arg = (uint8_t)(y - 1);
                int64_t v = prev[y] + TR(t, y * TG_NLABELS + y);
                if (v > best) {
                    best = v;
                    arg = (uint8_t)y;
                }
            } else {
                best = prev[0] + TR(t, y);
                arg = 0;
#pragma GCC unroll 8
                for (unsigned p = 1; p < TG_NLABELS; p++) {
                    int64_t v = prev[p] + TR(t, p * TG_NLABELS + y);
                    if (v > best) {
                        best = v;
                        arg = (uint8_t)p;
                    }
                }
            }
            /* clamp, so long runs of impossible states cannot drift to overflow */
            cur[y] = best < NEG_INF ? NEG_INF : best + e[y];
            b[y] = arg;
        }
        for (unsigned y = 0; y < TG_NLABELS; y++)
            prev[y] = cur[y];
    }
#undef TR
    unsigned best = 0;
    for (unsigned y = 1; y < TG_NLABELS; y++)
        if (prev[y] > prev[best])
            best = y;
    out[n - 1] = (uint8_t)best;
    for (size_t t = n - 1; t > 0; t--)
        out[t - 1] = back[t * TG_NLABELS + out[t]];
}

void tg_viterbi(const int64_t *emit, size_t n, const int64_t *trans, uint8_t *back, uint8_t *out) {
    viterbi_core(emit, n, trans, 0, NULL, 0, NULL, back, out);
}

void tg_viterbi_pos(const int64_t *emit, size_t n, const int64_t *tpos, uint8_t *back,
                    uint8_t *out) {
    viterbi_core(emit, n, tpos, (TG_NLABELS + 1) * TG_NLABELS, NULL, 0, NULL, back, out);
}

void tg_viterbi_edge(const int64_t *emit, size_t n, const int64_t *trans, const int32_t *eacc,
                     uint8_t *back, uint8_t *out) {
    viterbi_core(emit, n, trans, 0, eacc, (TG_NLABELS + 1) * TG_NLABELS, NULL, back, out);
}

void tg_viterbi_tables(const int64_t *emit, size_t n, const int64_t *const *tp, uint8_t *back,
                       uint8_t *out) {
    viterbi_core(emit, n, NULL, 0, NULL, 0, tp, back, out);
}
