/* SPDX-License-Identifier: MIT
 *
 * test_tagger_edgecache.c - the NER tagger's cache of edge row sets
 * (tagger/edge.h, tg_edge_tables; issue 5's speed): every position's
 * table equals the pass's transitions plus tg_edge_sums' scores integer
 * for integer, tg_viterbi_tables decodes what tg_viterbi_edge decodes, a
 * new base or model starts the cache over, and the cases it does not take
 * (a row named twice, more than 31 rows, a full cache) answer false so
 * the caller sums as before.
 */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "tagger/edge.h"
#include "tagger/model.h"
#include "tagger/viterbi.h"

enum { N = 40, NROWS = 12, NT = TG_NTRANS };

static uint32_t lcg(uint64_t *s) {
    *s = *s * 6364136223846793005ull + 1442695040888963407ull;
    return (uint32_t)(*s >> 33);
}

static int16_t weights[NROWS * NT];

static tagger_model model_with_rows(uint64_t *seed) {
    tagger_model m;
    memset(&m, 0, sizeof m);
    for (size_t k = 0; k < NROWS * NT; k++)
        weights[k] = (int16_t)((int32_t)(lcg(seed) % 65535) - 32767);
    m.erows = NROWS;
    m.eweights = weights;
    return m;
}

/* n positions with 0..most distinct rows each of rows 0..nrows). */
static void random_rows(uint64_t *seed, size_t n, uint32_t nrows, unsigned most, uint32_t *erow,
                        uint8_t *ne) {
    for (size_t t = 0; t < n; t++) {
        uint32_t used = 0;
        ne[t] = (uint8_t)(lcg(seed) % (most + 1));
        for (size_t k = 0; k < ne[t]; k++) {
            uint32_t r;
            do
                r = lcg(seed) % nrows;
            while (used >> r & 1u);
            used |= 1u << r;
            erow[t * TG_MAX_EDGE + k] = r;
        }
    }
}

static void test_same_as_sums(void) {
    uint64_t seed = 17;
    tagger_model m = model_with_rows(&seed);
    tg_edge_cache *c = tg_edge_cache_new();
    OK(c != NULL);
    if (!c)
        return;
    static int64_t emit[N * TG_NLABELS], trans[NT];
    static int32_t eacc[N * NT];
    static uint32_t erow[N * TG_MAX_EDGE];
    static uint8_t ne[N], back[N * TG_NLABELS], a[N], b[N];
    const int64_t *tp[N];
    int same_tab = 1, same_lab = 1, took = 0;
    for (int round = 0; round < 300; round++) {
        size_t n = 1 + lcg(&seed) % N;
        /* a new base now and then: the cache must start over */
        if (round % 50 == 0)
            for (size_t j = 0; j < NT; j++)
                trans[j] = (int64_t)(lcg(&seed) % 200001) - 100000;
        for (size_t k = 0; k < n * TG_NLABELS; k++)
            emit[k] = (int64_t)(lcg(&seed) % 400001) - 200000;
        /* at most two of ten rows: 56 sets, which the cache holds (the
         * words of real text bring a few dozen) */
        random_rows(&seed, n, 10, 2, erow, ne);
        if (!tg_edge_tables(c, &m, trans, erow, ne, n, tp))
            continue;
        took++;
        tg_edge_sums(&m, erow, ne, n, eacc);
        for (size_t t = 0; t < n; t++)
            for (size_t j = 0; j < NT; j++)
                same_tab &= tp[t][j] == trans[j] + eacc[t * NT + j];
        tg_viterbi_edge(emit, n, trans, eacc, back, a);
        tg_viterbi_tables(emit, n, tp, back, b);
        same_lab &= memcmp(a, b, n) == 0;
    }
    OK(took == 300, "the cache declined %d sentences of at most 56 row sets", 300 - took);
    OK(same_tab, "a cached table differs from transitions + tg_edge_sums");
    OK(same_lab, "tg_viterbi_tables decodes differently from tg_viterbi_edge");
    free(c);
}

static void test_declines(void) {
    uint64_t seed = 5;
    tagger_model m = model_with_rows(&seed);
    tg_edge_cache *c = tg_edge_cache_new();
    OK(c != NULL);
    if (!c)
        return;
    int64_t trans[NT] = {0};
    static uint32_t erow[N * TG_MAX_EDGE];
    static uint8_t ne[N];
    const int64_t *tp[N];
    /* one row named twice (two keys with one fingerprint) */
    ne[0] = 2;
    erow[0] = erow[1] = 3;
    OK(!tg_edge_tables(c, &m, trans, erow, ne, 1, tp));
    /* a row the model does not have */
    erow[1] = NROWS;
    OK(!tg_edge_tables(c, &m, trans, erow, ne, 1, tp));
    /* more rows than a 32-bit set holds */
    tagger_model big = m;
    big.erows = 40;
    erow[1] = 4;
    OK(!tg_edge_tables(c, &big, trans, erow, ne, 1, tp));
    OK(tg_edge_tables(c, &m, trans, erow, ne, 1, tp));
    /* TG_EDGE_SETS distinct sets fit, one more does not */
    size_t sets = 0;
    int full = 0;
    for (uint32_t mask = 0; mask < (1u << NROWS) && !full; mask++) {
        uint8_t k = 0;
        for (uint32_t r = 0; r < NROWS && k < TG_MAX_EDGE; r++)
            if (mask >> r & 1u)
                erow[k++] = r;
        if (__builtin_popcount(mask) != k)
            continue;
        ne[0] = k;
        if (tg_edge_tables(c, &m, trans, erow, ne, 1, tp))
            sets++;
        else
            full = 1;
    }
    INT_EQ(sets, TG_EDGE_SETS);
    OK(full);
    /* another base starts over */
    trans[0] = 1;
    ne[0] = 0;
    OK(tg_edge_tables(c, &m, trans, erow, ne, 1, tp));
    OK(tp[0][0] == 1);
    free(c);
}

TEST_MAIN(test_same_as_sums, test_declines)
