/* SPDX-License-Identifier: MIT
 *
 * stack.c - the tagger's second pass features (issue 4); see stack.h.
 *
 * The window keeps one small open-addressing table of counts, keyed by
 * a light stem (how often the first pass gave it O or each entity type)
 * or by an entity phrase of up to TG_GAZ_MAXLEN light stems (how often
 * it was a whole entity of each type, and how often a longer entity
 * started with it, so phrase matching can stop early). Sliding the
 * window one sentence forward subtracts the sentence that leaves and
 * adds the one that enters; entries whose counts drop to zero stay until
 * the table is rebuilt, which happens when it gets half full.
 */
#include "tagger/stack.h"

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "tagger/eval.h"
#include "tagger/features.h"
#include "tagger/tagger.h"

struct tg_wslot {
    uint64_t key;        /* 0 = empty */
    uint32_t cnt[5];     /* O, then PER LOC ORG MISC */
    uint32_t pref;       /* entity phrases this is a proper prefix of */
};

/* Key namespaces: a stem and a one-word phrase must not share a slot. */
#define NS_STEM 0x57e3u
#define NS_PHRASE 0x9a5eu

/* Second-pass templates (numbers go into the keys: keep them stable).
 * G_BIAS .. G_ZP1 (a bias and the first-pass labels of the word and its
 * neighbours on their own) were tried and dropped: they let the second
 * pass re-weigh the first pass's decisions wholesale, which cost about a
 * point of dev F1; every feature kept says something about the document. */
enum {
    G_BIAS = 1, G_Z0, G_ZM1, G_ZP1, G_STEM, G_STEM_Z, G_DOM_Z, G_DOMM1, G_DOMP1, G_PHR, G_PHR_Z
};

static uint64_t key_nz(uint64_t k) { return k ? k : 1; }

static uint64_t stem_key(uint64_t hl) { return key_nz(tg_mix(NS_STEM, hl)); }

static tg_wslot *win_find(const tg_win *w, uint64_t key) {
    if (w->cap == 0)
        return NULL;
    size_t mask = w->cap - 1;
    for (size_t i = (size_t)key & mask;; i = (i + 1) & mask) {
        if (w->slots[i].key == key)
            return &w->slots[i];
        if (w->slots[i].key == 0)
            return NULL;
    }
}

/* The slot of key, inserted when absent (the caller keeps the table at
 * most half full, so an empty slot always exists). */
static tg_wslot *win_slot(tg_win *w, uint64_t key) {
    size_t mask = w->cap - 1;
    for (size_t i = (size_t)key & mask;; i = (i + 1) & mask) {
        if (w->slots[i].key == key)
            return &w->slots[i];
        if (w->slots[i].key == 0) {
            w->slots[i].key = key;
            w->used++;
            return &w->slots[i];
        }
    }
}

static void bump(uint32_t *c, int sign) { *c = sign > 0 ? *c + 1 : *c ? *c - 1 : 0; }

/* Adds (sign +1) or removes (-1) sentence k's labels. Removing only
 * touches keys the adding created, so it never inserts. */
static void win_sentence(tg_win *w, const tg_pass1 *p, size_t k, int sign) {
    size_t a = p->sent[k], n = p->sent[k + 1] - a;
    const uint64_t *hl = p->hl + a;
    const uint8_t *z = p->z + a;
    for (size_t i = 0; i < n; i++) {
        uint64_t key = stem_key(hl[i]);
        tg_wslot *s = sign > 0 ? win_slot(w, key) : win_find(w, key);
        if (s)
            bump(&s->cnt[z[i] == TG_O ? 0 : 1 + tg_label_type(z[i])], sign);
    }
    size_t i = 0, f, l;
    int type;
    while (tg_next_entity(z, n, &i, &f, &l, &type)) {
        size_t len = l - f + 1;
        if (len > TG_GAZ_MAXLEN)
            continue;
        uint64_t pk = 0x5a17e11e5ull;
        for (size_t j = 0; j < len; j++) {
            pk = tg_mix(pk, hl[f + j]);
            uint64_t key = key_nz(tg_mix(pk, NS_PHRASE));
            tg_wslot *s = sign > 0 ? win_slot(w, key) : win_find(w, key);
            if (!s)
                continue;
            if (j + 1 == len)
                bump(&s->cnt[1 + type], sign);
            else
                bump(&s->pref, sign);
        }
    }
}

/* Each token adds at most one stem key and one phrase key. */
static size_t tokens_in(const tg_pass1 *p, size_t lo, size_t hi) {
    return lo < hi ? p->sent[hi] - p->sent[lo] : 0;
}

void tg_win_free(tg_win *w) {
    rasad_default_mem()->free(w->slots);
    memset(w, 0, sizeof *w);
}

void tg_win_range(size_t s, size_t nsent, size_t window, size_t *lo, size_t *hi) {
    *lo = s > window ? s - window : 0;
    *hi = nsent - s > window ? s + window + 1 : nsent;
}

rasad_status tg_win_move(tg_win *w, const tg_pass1 *p, size_t lo, size_t hi) {
    if (lo > hi || hi > p->nsent)
        return RASAD_EINVAL;
    bool slide = w->cap && w->hi > w->lo && lo >= w->lo && lo <= w->hi && hi >= w->hi;
    size_t adding = slide ? tokens_in(p, w->hi, hi) : tokens_in(p, lo, hi);
    if (adding > SIZE_MAX / 8)
        return RASAD_ELIMIT;
    if (!slide || (w->used + 2 * adding) * 2 > w->cap) {
        /* rebuild: room for the whole new window at most a quarter full */
        size_t need = 2 * tokens_in(p, lo, hi), cap = 64;
        while (cap < need * 4) {
            if (cap > SIZE_MAX / 2 / sizeof(tg_wslot))
                return RASAD_ELIMIT;
            cap *= 2;
        }
        if (cap != w->cap) {
            tg_wslot *ns = rasad_default_mem()->realloc(w->slots, cap * sizeof *ns);
            if (!ns)
                return RASAD_ENOMEM;
            w->slots = ns;
            w->cap = cap;
        }
        memset(w->slots, 0, w->cap * sizeof *w->slots);
        w->used = 0;
        for (size_t k = lo; k < hi; k++)
            win_sentence(w, p, k, +1);
    } else {
        for (size_t k = w->lo; k < lo; k++)
            win_sentence(w, p, k, -1);
        for (size_t k = w->hi; k < hi; k++)
            win_sentence(w, p, k, +1);
    }
    w->lo = lo;
    w->hi = hi;
    return RASAD_OK;
}

static unsigned bucket(uint32_t c) { return c == 0 ? 0 : c == 1 ? 1 : c <= 3 ? 2 : 3; }

/* The first-pass entity starting at j (conlleval's rule), if any: its
 * length and type. */
static size_t own_entity(const uint8_t *z, size_t n, size_t j, int *type) {
    if (z[j] == TG_O)
        return 0;
    int t = tg_label_type(z[j]);
    if (tg_label_inside(z[j]) && j > 0 && z[j - 1] != TG_O && tg_label_type(z[j - 1]) == t)
        return 0; /* continues an entity that started earlier */
    size_t e = j + 1;
    while (e < n && z[e] != TG_O && tg_label_inside(z[e]) && tg_label_type(z[e]) == t)
        e++;
    *type = t;
    return e - j;
}

#define ADDK(i, tpl, v)                                                                          \
    do {                                                                                         \
        if (nf[i] < TG_S2_MAXF)                                                                  \
            keys[(i) * TG_S2_MAXF + nf[i]++] = tg_mix(0x5200u + (uint64_t)(tpl), (v));           \
    } while (0)

void tg_s2_features(const tg_win *w, const tg_pass1 *p, size_t s, uint64_t *keys, uint8_t *nf) {
    size_t a = p->sent[s], n = p->sent[s + 1] - a;
    const uint64_t *hl = p->hl + a;
    const uint8_t *z = p->z + a;
    for (size_t i = 0; i < n; i++)
        nf[i] = 0;
    /* recurring entity phrases: longest match from each start, left to
     * right, not counting the first pass's own entity at this start */
    for (size_t j = 0; j < n;) {
        int ot = 0, bt = 0;
        size_t oe = own_entity(z, n, j, &ot), best = 0;
        uint64_t pk = 0x5a17e11e5ull;
        for (size_t L = 1; L <= TG_GAZ_MAXLEN && j + L <= n; L++) {
            pk = tg_mix(pk, hl[j + L - 1]);
            const tg_wslot *sl = win_find(w, key_nz(tg_mix(pk, NS_PHRASE)));
            if (!sl)
                break;
            uint32_t c[4];
            for (int t = 0; t < 4; t++)
                c[t] = sl->cnt[1 + t] - (oe == L && ot == t && sl->cnt[1 + t] ? 1u : 0u);
            uint32_t pref = sl->pref - (oe > L && sl->pref ? 1u : 0u);
            int arg = 0;
            for (int t = 1; t < 4; t++)
                if (c[t] > c[arg])
                    arg = t;
            if (c[arg] > 0) {
                best = L;
                bt = arg;
            }
            if (pref == 0)
                break;
        }
        if (best == 0) {
            j++;
            continue;
        }
        for (size_t k = j; k < j + best; k++) {
            uint64_t v = (uint64_t)bt * 4 + (k > j) + 2 * (best > 1);
            ADDK(k, G_PHR, v);
            ADDK(k, G_PHR_Z, v << 4 | z[k]);
        }
        j += best;
    }
    /* the same light stem elsewhere in the window */
    for (size_t i = 0; i < n; i++) {
        /* dominant type per token, computed twice for neighbours: cheap
         * next to the lookups, and keeps no per-sentence scratch */
        uint8_t dom[3] = {7, 7, 7};
        uint32_t ent0 = 0, o0 = 0;
        for (int d = -1; d <= 1; d++) {
            if ((d < 0 && i == 0) || (d > 0 && i + 1 >= n))
                continue;
            size_t k = i + (size_t)(ptrdiff_t)d;
            const tg_wslot *sl = win_find(w, stem_key(hl[k]));
            if (!sl)
                continue;
            uint32_t c[5];
            memcpy(c, sl->cnt, sizeof c);
            unsigned own = z[k] == TG_O ? 0 : 1 + (unsigned)tg_label_type(z[k]);
            if (c[own])
                c[own]--;
            uint32_t ent = c[1] + c[2] + c[3] + c[4];
            int arg = 1;
            for (int t = 2; t <= 4; t++)
                if (c[t] > c[arg])
                    arg = t;
            dom[d + 1] = ent ? (uint8_t)(arg - 1) : c[0] ? 4 : 7;
            if (d == 0) {
                ent0 = ent;
                o0 = c[0];
            }
        }
        uint64_t sv = (uint64_t)dom[1] | bucket(ent0) << 3 | (o0 == 0 ? 0u : o0 <= ent0 ? 1u : 2u) << 5;
        ADDK(i, G_STEM, sv);
        ADDK(i, G_STEM_Z, sv << 4 | z[i]);
        ADDK(i, G_DOM_Z, (uint64_t)dom[1] << 4 | z[i]);
        ADDK(i, G_DOMM1, (uint64_t)dom[0] << 4 | z[i]);
        ADDK(i, G_DOMP1, (uint64_t)dom[2] << 4 | z[i]);
    }
}
