/* SPDX-License-Identifier: MIT
 *
 * eval.c - entity-level precision, recall and F1 (issue 4); see eval.h.
 */
#include "tagger/eval.h"

#include <string.h>

#include "tagger/tagger.h"

int tg_next_entity(const uint8_t *labels, size_t n, size_t *i, size_t *first, size_t *last,
                   int *type) {
    size_t k = *i;
    while (k < n && labels[k] == TG_O)
        k++;
    if (k >= n) {
        *i = n;
        return 0;
    }
    int t = tg_label_type(labels[k]);
    size_t e = k + 1;
    while (e < n && tg_label_inside(labels[e]) && tg_label_type(labels[e]) == t)
        e++;
    *first = k;
    *last = e - 1;
    *type = t;
    *i = e;
    return 1;
}

void tg_eval_add(rasad_ner_scores *s, const uint8_t *gold, const uint8_t *pred, size_t n) {
    const int ALL = RASAD_ENT__COUNT;
    s->sentences++;
    s->tokens += n;
    for (size_t k = 0; k < n; k++)
        s->token_correct += gold[k] == pred[k];
    /* both entity lists are in text order: walk them together */
    size_t gi = 0, pi = 0, gf = 0, gl = 0, pf = 0, pl = 0;
    int gt = -1, pt = -1;
    int hg = tg_next_entity(gold, n, &gi, &gf, &gl, &gt);
    int hp = tg_next_entity(pred, n, &pi, &pf, &pl, &pt);
    while (hg || hp) {
        if (hg && hp && gf == pf && gl == pl && gt == pt) {
            s->tp[gt]++;
            s->tp[ALL]++;
            hg = tg_next_entity(gold, n, &gi, &gf, &gl, &gt);
            hp = tg_next_entity(pred, n, &pi, &pf, &pl, &pt);
        } else if (hg && (!hp || gf < pf || (gf == pf && gl <= pl))) {
            s->fn[gt]++;
            s->fn[ALL]++;
            hg = tg_next_entity(gold, n, &gi, &gf, &gl, &gt);
        } else {
            s->fp[pt]++;
            s->fp[ALL]++;
            hp = tg_next_entity(pred, n, &pi, &pf, &pl, &pt);
        }
    }
}

void rasad_ner_prf(const rasad_ner_scores *s, int t, double *p, double *r, double *f1) {
    double pp = 0, rr = 0, ff = 0;
    if (s && t >= 0 && t <= RASAD_ENT__COUNT) {
        size_t tp = s->tp[t], fp = s->fp[t], fn = s->fn[t];
        pp = tp + fp ? 100.0 * (double)tp / (double)(tp + fp) : 0;
        rr = tp + fn ? 100.0 * (double)tp / (double)(tp + fn) : 0;
        ff = pp + rr > 0 ? 2 * pp * rr / (pp + rr) : 0;
    }
    if (p)
        *p = pp;
    if (r)
        *r = rr;
    if (f1)
        *f1 = ff;
}
