/* SPDX-License-Identifier: MIT
 *
 * exchange.c - the exchange algorithm for word classes (issue 4; see
 * exchange.h). With class bigram counts N(c,d) and the class marginals
 * Ml(c) = sum_d N(c,d), Mr(d) = sum_c N(c,d), the class-bigram
 * log-likelihood is, up to terms that do not depend on the classes,
 *
 *     F = sum_{c,d} f(N(c,d)) - sum_c f(Ml(c)) - sum_d f(Mr(d)),  f(x) = x ln x
 *
 * Each pass takes the words in frequency order, removes a word from its
 * class and puts it into the class where F grows most. Only the classes
 * next to the word change, so a move costs O(classes x neighbour
 * classes). f of small counts comes from a table.
 */
#include "tagger/exchange.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define XLOGX_TABLE (1u << 20)

typedef struct csr {
    size_t *off;   /* word w: entries off[w] .. off[w+1] */
    uint32_t *nb;  /* neighbour word */
    uint32_t *cnt; /* bigram count */
} csr;

static double xlx(const double *xlx_tab, int64_t x) {
    if (x <= 0)
        return 0.0;
    if ((uint64_t)x < XLOGX_TABLE)
        return xlx_tab[x];
    return (double)x * log((double)x);
}

static int u64_cmp(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Bigram lists from sorted (a << 32 | b) keys. */
static int build_csr(uint64_t *keys, size_t nk, size_t nsym, csr *out) {
    qsort(keys, nk, sizeof *keys, u64_cmp);
    out->off = calloc(nsym + 1, sizeof *out->off);
    out->nb = malloc((nk ? nk : 1) * sizeof *out->nb);
    out->cnt = malloc((nk ? nk : 1) * sizeof *out->cnt);
    if (!out->off || !out->nb || !out->cnt)
        return -1;
    size_t m = 0;
    for (size_t i = 0; i < nk;) {
        size_t j = i;
        while (j < nk && keys[j] == keys[i])
            j++;
        uint32_t a = (uint32_t)(keys[i] >> 32);
        out->nb[m] = (uint32_t)keys[i];
        out->cnt[m] = (uint32_t)(j - i);
        out->off[a + 1]++;
        m++;
        i = j;
    }
    for (size_t w = 0; w < nsym; w++)
        out->off[w + 1] += out->off[w];
    return 0;
}

static void csr_free(csr *c) {
    free(c->off);
    free(c->nb);
    free(c->cnt);
}

int tg_exchange(const uint32_t *stream, size_t ns, size_t nwords, size_t nclass, int iters,
                uint16_t *cls) {
    int rc = -1;
    size_t nsym = nwords + 2, C = nclass;
    uint32_t RARE = (uint32_t)nwords, BOUND = (uint32_t)nwords + 1;
    uint64_t *keys = NULL;
    csr succ = {0}, pred = {0};
    double *tab = NULL;
    int64_t *N = NULL, *Ml = NULL, *Mr = NULL, *R = NULL, *L = NULL, *nl = NULL, *nr = NULL;
    uint32_t *cl = NULL, *nzr = NULL, *nzl = NULL;
    if (C < 2 || C > 65535 || nsym > UINT32_MAX || C > SIZE_MAX / C / sizeof(int64_t))
        return -1;
    tab = malloc(XLOGX_TABLE * sizeof *tab);
    keys = malloc((ns ? ns : 1) * sizeof *keys);
    N = calloc(C * C, sizeof *N);
    Ml = calloc(C, sizeof *Ml);
    Mr = calloc(C, sizeof *Mr);
    R = calloc(C, sizeof *R);
    L = calloc(C, sizeof *L);
    nzr = malloc(C * sizeof *nzr);
    nzl = malloc(C * sizeof *nzl);
    nl = calloc(nsym, sizeof *nl);
    nr = calloc(nsym, sizeof *nr);
    cl = malloc(nsym * sizeof *cl);
    if (!tab || !keys || !N || !Ml || !Mr || !R || !L || !nzr || !nzl || !nl || !nr || !cl)
        goto fail;
    tab[0] = 0;
    for (size_t x = 1; x < XLOGX_TABLE; x++)
        tab[x] = (double)x * log((double)x);
    /* the bigrams, boundary to boundary excluded */
    size_t nk = 0;
    uint32_t prev = BOUND;
    for (size_t i = 0; i <= ns; i++) {
        uint32_t x = i < ns ? stream[i] : UINT32_MAX;
        uint32_t s = x < nwords ? x : x == UINT32_MAX ? BOUND : RARE;
        if (!(s == BOUND && prev == BOUND) && nk < ns)
            keys[nk++] = (uint64_t)prev << 32 | s;
        prev = s;
    }
    if (build_csr(keys, nk, nsym, &succ) != 0)
        goto fail;
    for (size_t k = 0; k < nk; k++)
        keys[k] = keys[k] << 32 | keys[k] >> 32;
    if (build_csr(keys, nk, nsym, &pred) != 0)
        goto fail;
    free(keys);
    keys = NULL;
    for (size_t w = 0; w < nsym; w++) {
        cl[w] = (uint32_t)(w % C);
        for (size_t k = succ.off[w]; k < succ.off[w + 1]; k++)
            nl[w] += succ.cnt[k];
        for (size_t k = pred.off[w]; k < pred.off[w + 1]; k++)
            nr[w] += pred.cnt[k];
    }
    for (size_t w = 0; w < nsym; w++) {
        Ml[cl[w]] += nl[w];
        Mr[cl[w]] += nr[w];
        for (size_t k = succ.off[w]; k < succ.off[w + 1]; k++)
            N[cl[w] * C + cl[succ.nb[k]]] += succ.cnt[k];
    }
    for (int it = 0; it < iters; it++) {
        for (size_t w = 0; w < nsym; w++) {
            size_t a = cl[w], nR = 0, nL = 0;
            int64_t self = 0;
            for (size_t k = succ.off[w]; k < succ.off[w + 1]; k++) {
                uint32_t v = succ.nb[k];
                if (v == w) {
                    self += succ.cnt[k];
                    continue;
                }
                uint32_t d = cl[v];
                if (R[d] == 0)
                    nzr[nR++] = d;
                R[d] += succ.cnt[k];
            }
            for (size_t k = pred.off[w]; k < pred.off[w + 1]; k++) {
                uint32_t u = pred.nb[k];
                if (u == w)
                    continue;
                uint32_t d = cl[u];
                if (L[d] == 0)
                    nzl[nL++] = d;
                L[d] += pred.cnt[k];
            }
            /* take w out of a */
            for (size_t j = 0; j < nR; j++)
                N[a * C + nzr[j]] -= R[nzr[j]];
            for (size_t j = 0; j < nL; j++)
                N[nzl[j] * C + a] -= L[nzl[j]];
            N[a * C + a] -= self;
            Ml[a] -= nl[w];
            Mr[a] -= nr[w];
            size_t best = a;
            double bestd = -INFINITY;
            for (size_t k = 0; k < C; k++) {
                double d = 0;
                const int64_t *row = N + k * C;
                for (size_t j = 0; j < nR; j++) {
                    size_t c = nzr[j];
                    if (c != k)
                        d += xlx(tab, row[c] + R[c]) - xlx(tab, row[c]);
                }
                for (size_t j = 0; j < nL; j++) {
                    size_t c = nzl[j];
                    if (c != k)
                        d += xlx(tab, N[c * C + k] + L[c]) - xlx(tab, N[c * C + k]);
                }
                d += xlx(tab, row[k] + R[k] + L[k] + self) - xlx(tab, row[k]);
                d -= xlx(tab, Ml[k] + nl[w]) - xlx(tab, Ml[k]);
                d -= xlx(tab, Mr[k] + nr[w]) - xlx(tab, Mr[k]);
                if (d > bestd + 1e-9 || (k == a && d >= bestd - 1e-9)) {
                    bestd = d;
                    best = k;
                }
            }
            /* put w into best */
            size_t b = best;
            for (size_t j = 0; j < nR; j++)
                N[b * C + nzr[j]] += R[nzr[j]];
            for (size_t j = 0; j < nL; j++)
                N[nzl[j] * C + b] += L[nzl[j]];
            N[b * C + b] += self;
            Ml[b] += nl[w];
            Mr[b] += nr[w];
            cl[w] = (uint32_t)b;
            for (size_t j = 0; j < nR; j++)
                R[nzr[j]] = 0;
            for (size_t j = 0; j < nL; j++)
                L[nzl[j]] = 0;
        }
    }
    for (size_t w = 0; w < nwords; w++)
        cls[w] = (uint16_t)cl[w];
    rc = 0;
fail:
    free(tab);
    free(keys);
    csr_free(&succ);
    csr_free(&pred);
    free(N);
    free(Ml);
    free(Mr);
    free(R);
    free(L);
    free(nzr);
    free(nzl);
    free(nl);
    free(nr);
    free(cl);
    return rc;
}
