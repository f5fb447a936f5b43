/* SPDX-License-Identifier: MIT
 *
 * tagdoc.c - tagging a whole document with both passes (issue 4); see
 * tagwork.h and stack.h. The first pass runs `window` sentences ahead of
 * the second, so when sentence s is tagged again every sentence of its
 * window already has first-pass labels; the per-token first-pass scores
 * are kept for the whole document (36 bytes a token; 29 more for the
 * edge rows, which the second pass adds to its transitions too).
 */
#include <stdlib.h>
#include <string.h>

#include "tagger/edge.h"
#include "tagger/stack.h"
#include "tagger/tagger.h"
#include "tagger/tagwork.h"
#include "tagger/viterbi.h"
#include "util/grow.h"

void tg_docwork_free(tg_docwork *dw) {
    const rasad_mem *mem = rasad_default_mem();
    tg_work_free(&dw->w);
    mem->free(dw->hl);
    mem->free(dw->z);
    mem->free(dw->e1);
    mem->free(dw->keys);
    mem->free(dw->nf);
    mem->free(dw->emit);
    mem->free(dw->back);
    mem->free(dw->eacc);
    mem->free(dw->etab);
    free(dw->ecache);
    mem->free(dw->erow);
    mem->free(dw->ne);
    tg_win_free(&dw->win);
    tg_memo_free(dw->memo_own);
    memset(dw, 0, sizeof *dw);
}

/* Resizes *p to n items of sz bytes, keeping its contents (resize_to
 * with the library's allocator): RASAD_ELIMIT when the size overflows. */
static rasad_status resize(void **p, size_t n, size_t sz) {
    if (n > SIZE_MAX / sz)
        return RASAD_ELIMIT;
    return resize_to(rasad_default_mem(), p, n, sz) ? RASAD_OK : RASAD_ENOMEM;
}

/* The capacity that holds n items, doubling from cap (first when cap is
 * 0); false when it would pass max. */
static bool doubled_cap(size_t cap, size_t first, size_t n, size_t max, size_t *out) {
    size_t nc = cap ? cap : first;
    while (nc < n) {
        if (nc > max / 2)
            return false;
        nc *= 2;
    }
    *out = nc;
    return true;
}

static rasad_status reserve_tokens(tg_docwork *dw, size_t n) {
    if (n <= dw->tcap)
        return RASAD_OK;
    size_t nc;
    if (!doubled_cap(dw->tcap, 256, n, SIZE_MAX, &nc))
        return RASAD_ELIMIT;
    rasad_status st = resize((void **)&dw->hl, nc, sizeof *dw->hl);
    if (st == RASAD_OK)
        st = resize((void **)&dw->z, nc, 1);
    if (st == RASAD_OK && nc > SIZE_MAX / TG_NLABELS)
        st = RASAD_ELIMIT;
    if (st == RASAD_OK)
        st = resize((void **)&dw->e1, nc * TG_NLABELS, sizeof *dw->e1);
    if (st == RASAD_OK && nc > SIZE_MAX / TG_MAX_EDGE)
        st = RASAD_ELIMIT;
    if (st == RASAD_OK)
        st = resize((void **)&dw->erow, nc * TG_MAX_EDGE, sizeof *dw->erow);
    if (st == RASAD_OK)
        st = resize((void **)&dw->ne, nc, 1);
    if (st == RASAD_OK)
        dw->tcap = nc;
    return st;
}

/* With edge features (edge) also the per-word edge scores. */
static rasad_status reserve_sentence(tg_docwork *dw, size_t n, bool edge) {
    if (n <= dw->scap && (!edge || dw->eacc))
        return RASAD_OK;
    size_t nc;
    if (!doubled_cap(dw->scap, 64, n, SIZE_MAX / (TG_NTRANS * sizeof(int64_t)), &nc))
        return RASAD_ELIMIT;
    rasad_status st = resize((void **)&dw->keys, nc * TG_S2_MAXF, sizeof *dw->keys);
    if (st == RASAD_OK)
        st = resize((void **)&dw->nf, nc, 1);
    if (st == RASAD_OK)
        st = resize((void **)&dw->emit, nc * TG_NLABELS, sizeof *dw->emit);
    if (st == RASAD_OK)
        st = resize((void **)&dw->back, nc * TG_NLABELS, 1);
    if (st == RASAD_OK && edge)
        st = resize((void **)&dw->eacc, nc * TG_NTRANS, sizeof *dw->eacc);
    if (st == RASAD_OK && edge)
        st = resize((void **)&dw->etab, nc, sizeof *dw->etab);
    if (st == RASAD_OK)
        dw->scap = nc;
    return st;
}

/* The chosen label's score minus the best other label's. */
static int32_t margin_of(const int64_t *e, unsigned label) {
    int64_t other = INT64_MIN;
    for (unsigned y = 0; y < TG_NLABELS; y++)
        if (y != label && e[y] > other)
            other = e[y];
    int64_t d = e[label] - other;
    return d > INT32_MAX ? INT32_MAX : d < INT32_MIN ? INT32_MIN : (int32_t)d;
}

/* Second pass over sentence s: first-pass scores plus the window's
 * features, decoded with the second pass's transitions. */
static rasad_status second_pass(const tagger_model *m, tg_docwork *dw, const tg_pass1 *p,
                                const int64_t *trans2, size_t s, uint8_t *labels,
                                int32_t *margin) {
    size_t a = p->sent[s], n = p->sent[s + 1] - a, lo, hi;
    if (n == 0)
        return RASAD_OK;
    tg_win_range(s, p->nsent, m->s2window, &lo, &hi);
    rasad_status st = tg_win_move(&dw->win, p, lo, hi);
    if (st == RASAD_OK)
        st = reserve_sentence(dw, n, m->ecap != 0);
    if (st != RASAD_OK)
        return st;
    tg_s2_features(&dw->win, p, s, dw->keys, dw->nf);
    for (size_t i = 0; i < n; i++) {
        const int32_t *e1 = dw->e1 + (a + i) * TG_NLABELS;
        /* summed in a local array: stores to the int64 scores could
         * alias the uint64 keys, which would reload them every time */
        int64_t acc[TG_NLABELS];
        for (unsigned y = 0; y < TG_NLABELS; y++)
            acc[y] = e1[y];
        const uint64_t *k = dw->keys + i * TG_S2_MAXF;
        for (size_t j = 0; j < dw->nf[i]; j++) {
            uint32_t row;
            if (!tg_slots_get(m->s2slots, m->s2cap, k[j], &row))
                continue;
            const int32_t *wr = m->s2weights + (size_t)row * TG_NLABELS;
            /* unrolled, as the first pass's sums (memo.c) */
#pragma GCC unroll 9
            for (unsigned y = 0; y < TG_NLABELS; y++)
                acc[y] += wr[y];
        }
        int64_t *e = dw->emit + i * TG_NLABELS;
        for (unsigned y = 0; y < TG_NLABELS; y++)
            e[y] = acc[y];
    }
    if (m->ecap) {
        /* the first pass's edge scores on top of the second pass's
         * transitions, as in training */
        if (!dw->ecache)
            dw->ecache = tg_edge_cache_new();
        if (dw->ecache && tg_edge_tables(dw->ecache, m, trans2, dw->erow + a * TG_MAX_EDGE,
                                         dw->ne + a, n, dw->etab)) {
            tg_viterbi_tables(dw->emit, n, dw->etab, dw->back, labels + a);
        } else {
            tg_edge_sums(m, dw->erow + a * TG_MAX_EDGE, dw->ne + a, n, dw->eacc);
            tg_viterbi_edge(dw->emit, n, trans2, dw->eacc, dw->back, labels + a);
        }
    } else {
        tg_viterbi(dw->emit, n, trans2, dw->back, labels + a);
    }
    if (margin)
        for (size_t i = 0; i < n; i++)
            margin[a + i] = margin_of(dw->emit + i * TG_NLABELS, labels[a + i]);
    return RASAD_OK;
}

rasad_status tg_tag_doc(const tagger_model *m, const tg_word *words, const size_t *sent,
                        size_t nsent, size_t first, size_t last, tg_docwork *dw, uint8_t *labels,
                        int32_t *margin) {
    if (last > nsent)
        last = nsent;
    if (first >= last)
        return RASAD_OK;
    rasad_status st = reserve_tokens(dw, sent[nsent] ? sent[nsent] : 1);
    if (st != RASAD_OK)
        return st;
    size_t W = m->s2cap ? m->s2window : 0;
    /* the built-in model's per-thread memo, or the docwork's own; without
     * memory for one the full path gives the same labels */
    tg_memo *memo = tg_memo_thread(m);
    if (!memo && dw->memo_bits) {
        if (!dw->memo_own)
            dw->memo_own = tg_memo_new(dw->memo_bits);
        memo = dw->memo_own;
    }
#ifdef RASAD_TG_NO_MEMO
    /* a build with -DRASAD_TG_NO_MEMO tags without the memo, to compare
     * whole corpora against the full path (bench/notes/ner.md, Speed) */
    memo = NULL;
#endif
    dw->w.memo = memo;
    tg_pass1 p = {dw->hl, dw->z, sent, nsent};
    int64_t trans2[(TG_NLABELS + 1) * TG_NLABELS];
    for (size_t k = 0; m->s2cap && k < (TG_NLABELS + 1) * TG_NLABELS; k++)
        trans2[k] = m->s2trans[k];
    /* the window starts empty for every document (an empty window is
     * rebuilt, never slid) */
    dw->win.lo = dw->win.hi = 0;
    /* the first pass where a wanted sentence's window reaches */
    size_t k0 = first > W ? first - W : 0;
    for (size_t k = k0; k < last + W; k++) {
        if (k < nsent) { /* without a second pass W is 0: k is in [first, last) */
            size_t a = sent[k], n = sent[k + 1] - a;
            uint8_t *z = m->s2cap ? dw->z + a : labels + a;
            st = tg_tag_words(m, words + a, n, &dw->w, z);
            if (st != RASAD_OK)
                return st;
            for (size_t i = 0; i < n; i++) {
                if (!m->s2cap) {
                    if (margin)
                        margin[a + i] = margin_of(dw->w.emit + i * TG_NLABELS, z[i]);
                    continue;
                }
                dw->hl[a + i] = dw->w.ti[i].h_light;
                if (m->ecap) {
                    memcpy(dw->erow + (a + i) * TG_MAX_EDGE, dw->w.erow + i * TG_MAX_EDGE,
                           TG_MAX_EDGE * sizeof *dw->erow);
                    dw->ne[a + i] = dw->w.ne[i];
                }
                for (unsigned y = 0; y < TG_NLABELS; y++)
                    dw->e1[(a + i) * TG_NLABELS + y] = (int32_t)dw->w.emit[i * TG_NLABELS + y];
            }
        }
        if (m->s2cap && k >= W && k - W >= first && k - W < last) {
            st = second_pass(m, dw, &p, trans2, k - W, labels, margin);
            if (st != RASAD_OK)
                return st;
        }
    }
    return RASAD_OK;
}
