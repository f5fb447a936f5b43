/* SPDX-License-Identifier: MIT
 *
 * train_perceptron.c - training the NER tagger (issue 4): a first-order
 * averaged structured perceptron (Collins 2002) over the features of
 * features.c, with the number of epochs picked on a held-out dev set.
 *
 * For each training sentence x with gold labels y, in an order shuffled
 * by a seeded generator each epoch:
 *
 *     z = argmax_z  sum_t  w . phi(x, t, z_t) + T[z_{t-1}, z_t]      (Viterbi)
 *     if z != y:  w += phi(x, y) - phi(x, z);  T likewise
 *
 * The averaged weights are wbar = w - u / c, where c counts the updates
 * seen so far (one per sentence) and u accumulates c * (every change of
 * w) (Daume's trick: no per-step copy of w). Weights move by integers, so
 * w and u are exact integers and c * wbar = c*w - u is exact too: dev
 * scoring uses it directly, and a fixed seed gives the same model bytes
 * on any machine. The final weights are quantized to int16 with one
 * scale, and features whose weights all round to zero are dropped.
 *
 * Training may decode with a margin (the "margin" parameters,
 * cost-augmented decoding): every wrong label of a word scores `margin`
 * units more, so a sentence keeps being updated until its gold labelling
 * wins by a margin proportional to the number of words it would get
 * wrong, not just barely. On ANERcorp this is what keeps the perceptron
 * from memorizing the training set in 3 epochs (dev F1 peaked early and
 * fell while the training error went to zero); the margin is a training
 * knob only, tagging is unchanged.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tagger/conll.h"
#include "tagger/eval.h"
#include "tagger/features.h"
#include "tagger/model.h"
#include "tagger/stack.h"
#include "tagger/tagger.h"
#include "tagger/tagwork.h"
#include "tagger/viterbi.h"
#include "util/error.h"
#include "util/grow.h"

/* ---- hyper-parameters: the one table ----------------------------------- */

static const rasad_ner_param PARAMS[] = {
    {"epochs", "int", "30", "most passes over the training data"},
    {"patience", "int", "6", "stop after this many epochs without a better dev F1"},
    {"seed", "int", "1", "seed of the per-epoch shuffle (same seed, same model bytes)"},
    {"refit", "int", "1", "1: retrain on train+dev for the best epoch count found on dev"},
    {"ensemble", "int", "1", "average this many perceptrons trained with seeds seed, seed+1, ..."},
    {"dropout", "int", "0", "per mille of training words whose own identity features are hidden"},
    {"prune", "int", "0", "drop features whose quantized weights are all within +-prune"},
    {"min-count", "int", "1", "use only features seen this often in train (dev not counted)"},
    {"gaz-per", "path", "", "person gazetteer, one name a line"},
    {"gaz-loc", "path", "", "location gazetteer, one name a line"},
    {"gaz-org", "path", "", "organization gazetteer, one name a line"},
    {"gaz-act", "path", "", "actor names (our own lexicon, a feature of its own), one a line"},
    {"clusters", "path", "", "word clusters: BITSTRING<TAB>WORD[<TAB>COUNT] lines"},
    {"freq", "int", "0", "1: the clusters file's COUNT gives each word a frequency bucket feature"},
    {"stack", "int", "1", "1: train a second pass on document-level features (stack.h)"},
    {"stack-folds", "int", "5", "jackknife folds giving the second pass its first-pass labels"},
    {"stack-window", "int", "20", "second pass: sentences on either side that form the context"},
    {"stack-step", "int", "5000", "second pass: update size in thousandths of a first-pass unit"},
    {"margin", "int", "0", "training only: wrong labels score this many weight units more (a margin)"},
    {"stack-margin", "int", "0", "second pass: the same, in thousandths of a first-pass unit"},
    {"edge", "int", "0", "edge (label-pair) features, a sum of: 1 word class, 2 class pair, 4 gazetteer, "
                         "8 previous trigger, 16 wa/al prefix, 32 frequent light stem, 64 trigger; 0 none"},
};
enum { P_EPOCHS, P_PATIENCE, P_SEED, P_REFIT, P_ENSEMBLE, P_DROPOUT, P_PRUNE, P_MINCOUNT, P_GAZ_PER, P_GAZ_LOC, P_GAZ_ORG, P_GAZ_ACT,
       P_CLUSTERS, P_FREQ,
       P_STACK, P_STACK_FOLDS, P_STACK_WINDOW, P_STACK_STEP, P_MARGIN, P_STACK_MARGIN, P_EDGE, P_COUNT };

const rasad_ner_param *rasad_ner_train_params(size_t *count) {
    if (count)
        *count = P_COUNT;
    return PARAMS;
}

/* ---- small helpers ------------------------------------------------------ */

typedef struct trainer {
    char msg[160];
    rasad_log_fn log;
    void *log_ctx;
    /* cost-augmented training (the "margin" parameters): while training,
     * every wrong label of a word scores this much more than it would, so
     * a sentence is updated until gold wins by a margin, not just barely
     * (first pass in weight units, second pass in FX units) */
    long margin, s2margin;
    /* edge features (features.h, TG_EDGE_* bits; 0 = none): their keys'
     * rows, numbered like the feature rows */
    unsigned eset;
    struct u64map *erows;
} trainer;

static void say(trainer *tr, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(trainer *tr, const char *fmt, ...) {
    if (!tr->log)
        return;
    char line[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    tr->log(line, tr->log_ctx);
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *d = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (!grow_to(NULL, (void **)&d, &cap, n + 65537, 1)) {
            free(d);
            fclose(f);
            return NULL;
        }
        size_t got = fread(d + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        free(d);
        return NULL;
    }
    d[n] = '\0';
    *len = n;
    return d;
}

/* A growing map from 64-bit keys to 32-bit values (key 0 is stored as 1). */
typedef struct u64map u64map;
struct u64map {
    uint64_t *keys;
    uint32_t *vals;
    size_t cap, n;
};

static uint32_t *map_slot(u64map *m, uint64_t key, bool insert, bool *fresh) {
    if (key == 0)
        key = 1;
    *fresh = false;
    if (insert && (m->n + 1) * 2 > m->cap) {
        size_t nc = m->cap ? m->cap * 2 : 1u << 16;
        uint64_t *nk = calloc(nc, sizeof *nk);
        uint32_t *nv = calloc(nc, sizeof *nv);
        if (!nk || !nv) {
            free(nk);
            free(nv);
            return NULL;
        }
        for (size_t i = 0; i < m->cap; i++)
            if (m->keys[i]) {
                size_t j = (size_t)m->keys[i] & (nc - 1);
                while (nk[j])
                    j = (j + 1) & (nc - 1);
                nk[j] = m->keys[i];
                nv[j] = m->vals[i];
            }
        free(m->keys);
        free(m->vals);
        m->keys = nk;
        m->vals = nv;
        m->cap = nc;
    }
    if (m->cap == 0)
        return NULL;
    size_t j = (size_t)key & (m->cap - 1);
    while (m->keys[j] && m->keys[j] != key)
        j = (j + 1) & (m->cap - 1);
    if (m->keys[j])
        return &m->vals[j];
    if (!insert)
        return NULL;
    m->keys[j] = key;
    m->vals[j] = 0;
    m->n++;
    *fresh = true;
    return &m->vals[j];
}

static void map_free(u64map *m) {
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

/* xorshift64*: the shuffle's generator (fixed, so the seed fixes the model). */
static uint64_t rng_next(uint64_t *s) {
    uint64_t x = *s;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *s = x;
    return x * 2685821657736338717ull;
}

/* ---- resources: gazetteers and clusters -------------------------------- */

typedef struct kv {
    uint64_t k;
    uint32_t v;
} kv;

static int kv_cmp(const void *a, const void *b) {
    uint64_t x = ((const kv *)a)->k, y = ((const kv *)b)->k;
    return x < y ? -1 : x > y;
}

/* Reads a whole resource file; on failure says so in tr->msg. */
static char *read_resource(trainer *tr, const char *path, size_t *len) {
    char *text = read_file(path, len);
    if (!text)
        snprintf(tr->msg, sizeof tr->msg, "%s: cannot read", path);
    return text;
}

/* Steps *p over text[0, len) one line at a time: the line is
 * [*line, *line + *line_len), without its newline. */
static bool next_line(const char *text, size_t len, size_t *p, const char **line, size_t *line_len) {
    if (*p >= len)
        return false;
    const char *nl = memchr(text + *p, '\n', len - *p);
    size_t e = nl ? (size_t)(nl - text) : len;
    *line = text + *p;
    *line_len = e - *p;
    *p = e + 1;
    return true;
}

/* Splits a line into words (spaces/tabs) as conll tokens. */
static size_t split_words(const char *s, size_t len, conll_tok *out, size_t max) {
    size_t n = 0;
    for (size_t i = 0; i < len && n < max;) {
        while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'))
            i++;
        size_t a = i;
        while (i < len && s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
            i++;
        if (i > a)
            out[n++] = (conll_tok){s + a, (uint32_t)(i - a), 0, false, 0};
    }
    return n;
}

static rasad_status load_gazetteer(trainer *tr, const char *path, uint32_t bit, u64map *lex) {
    size_t len;
    char *text = read_resource(tr, path, &len);
    if (!text)
        return RASAD_EIO;
    tg_wordbuf wb = {0};
    rasad_status st = RASAD_OK;
    size_t entries = 0;
    const char *line;
    size_t line_len;
    for (size_t p = 0; next_line(text, len, &p, &line, &line_len);) {
        conll_tok toks[TG_GAZ_MAXLEN + 1];
        size_t n = split_words(line, line_len, toks, TG_GAZ_MAXLEN + 1);
        if (n == 0 || n > TG_GAZ_MAXLEN || (toks[0].word_len >= 2 && toks[0].word[0] == '='))
            continue;
        st = tg_words_from_raw(&wb, toks, n);
        if (st != RASAD_OK)
            break;
        uint64_t h[TG_GAZ_MAXLEN];
        for (size_t i = 0; i < n; i++) {
            size_t off, ll = tg_light_stem(wb.words[i].norm, wb.words[i].norm_len, &off);
            h[i] = tg_hash_bytes(wb.words[i].norm + off, ll);
        }
        for (size_t k = 1; k <= n; k++) {
            bool fresh;
            uint32_t *v = map_slot(lex, tg_phrase_key(h, k), true, &fresh);
            if (!v) {
                st = RASAD_ENOMEM;
                goto done;
            }
            *v |= k == n ? bit : TG_LEX_PREFIX;
        }
        entries++;
    }
done:
    say(tr, "%s: %zu entries", path, entries);
    tg_wordbuf_free(&wb);
    free(text);
    return st;
}

/* A bit string's value (at most 32 bits). */
static uint32_t bits_value(const char *s, size_t len, uint32_t maxb) {
    uint32_t v = 0, nb = 0;
    for (size_t i = 0; i < len && nb < maxb; i++, nb++)
        v = v << 1 | (s[i] == '1');
    return v << (maxb - nb);
}

/* Adds key -> v to the class map unless the key is there already; counts
 * the new ones. */
static rasad_status class_put(u64map *clu, uint64_t key, uint32_t v, size_t *added) {
    bool fresh;
    uint32_t *slot = map_slot(clu, key, true, &fresh);
    if (!slot)
        return RASAD_ENOMEM;
    if (fresh) {
        *slot = v;
        ++*added;
    }
    return RASAD_OK;
}

/* 1 + log2 of a decimal count (0 for none or 0), at most 255. */
static uint32_t freq_bucket(const char *s, size_t len) {
    uint64_t c = 0;
    for (size_t i = 0; i < len && s[i] >= '0' && s[i] <= '9' && c < (1ull << 40); i++)
        c = c * 10 + (uint64_t)(s[i] - '0');
    uint32_t b = 0;
    while (c) {
        b++;
        c >>= 1;
    }
    return b;
}

static rasad_status load_clusters(trainer *tr, const char *path, bool freq, u64map *clu,
                                  uint32_t *bits) {
    size_t len;
    char *text = read_resource(tr, path, &len);
    if (!text)
        return RASAD_EIO;
    tg_wordbuf wb = {0};
    rasad_status st = RASAD_OK;
    /* first pass: the longest bit string, capped at 32 */
    uint32_t maxb = 0;
    const char *line;
    size_t line_len;
    for (size_t p = 0; next_line(text, len, &p, &line, &line_len);) {
        size_t b = 0;
        while (b < line_len && (line[b] == '0' || line[b] == '1'))
            b++;
        if (b > maxb)
            maxb = (uint32_t)b;
    }
    if (maxb > 32)
        maxb = 32;
    size_t words = 0, freqs = 0;
    for (size_t p = 0; maxb && next_line(text, len, &p, &line, &line_len);) {
        conll_tok toks[3];
        size_t n = split_words(line, line_len, toks, 3);
        if (n < 2)
            continue;
        st = tg_words_from_raw(&wb, &toks[1], 1);
        if (st != RASAD_OK)
            break;
        const tg_word *w = &wb.words[0];
        st = class_put(clu, tg_cluster_key(w->norm, w->norm_len),
                       bits_value(toks[0].word, toks[0].word_len, maxb), &words);
        uint32_t fb = freq && n >= 3 ? freq_bucket(toks[2].word, toks[2].word_len) : 0;
        if (st == RASAD_OK && fb)
            st = class_put(clu, tg_freq_key(w->norm, w->norm_len), fb, &freqs);
        if (st != RASAD_OK)
            break;
    }
    *bits = maxb;
    say(tr, "%s: %zu words, %u bits, %zu frequency buckets", path, words, maxb, freqs);
    tg_wordbuf_free(&wb);
    free(text);
    return st;
}

/* Sorted key/value arrays of a map, for a deterministic table layout. */
static rasad_status map_sorted(const u64map *m, uint64_t **keys, uint32_t **vals) {
    *keys = NULL;
    *vals = NULL;
    kv *a = malloc((m->n ? m->n : 1) * sizeof *a);
    uint64_t *k = malloc((m->n ? m->n : 1) * sizeof *k);
    uint32_t *v = malloc((m->n ? m->n : 1) * sizeof *v);
    if (!a || !k || !v) {
        free(a);
        free(k);
        free(v);
        return RASAD_ENOMEM;
    }
    size_t n = 0;
    for (size_t i = 0; i < m->cap; i++)
        if (m->keys[i])
            a[n++] = (kv){m->keys[i], m->vals[i]};
    qsort(a, n, sizeof *a, kv_cmp);
    for (size_t i = 0; i < n; i++) {
        k[i] = a[i].k;
        v[i] = a[i].v;
    }
    free(a);
    *keys = k;
    *vals = v;
    return RASAD_OK;
}

/* ---- the corpus as feature rows ---------------------------------------- */

typedef struct corpus {
    uint32_t *feat;   /* feature rows of every token, concatenated */
    size_t nfeat, fcap;
    size_t *toff;     /* token t's rows: feat[toff[t] .. toff[t+1]) */
    size_t tcap;
    uint8_t *gold;
    size_t gcap;
    uint64_t *hl;     /* light-stem hash of every token (the second pass reads it) */
    size_t hcap;
    uint8_t *nid;     /* token t's first nid[t] rows name the word itself (dropout hides them) */
    size_t icap;
    size_t ntok;
    size_t *sent;     /* sentence s: tokens sent[s] .. sent[s+1] */
    size_t scap, nsent;
    uint32_t *erow;   /* with edge features: token t's edge rows erow[t * TG_MAX_EDGE + k], */
    uint8_t *ne;      /* k < ne[t] */
    size_t ecap, necap;
} corpus;

/* The weight row of feature key: found, or (insert) added with the next
 * row number. NULL when absent and not inserted, or out of memory. */
static uint32_t *row_of(u64map *rows, uint64_t key, bool insert) {
    bool fresh;
    uint32_t *v = map_slot(rows, key, insert, &fresh);
    if (v && fresh)
        *v = (uint32_t)(rows->n - 1);
    return v;
}

static void corpus_free(corpus *c) {
    free(c->feat);
    free(c->toff);
    free(c->gold);
    free(c->hl);
    free(c->nid);
    free(c->sent);
    free(c->erow);
    free(c->ne);
    memset(c, 0, sizeof *c);
}

/* Adds the sentences of a CoNLL text; features are inserted into rows
 * when insert, else only looked up (unknown ones dropped). */
static rasad_status corpus_add(trainer *tr, corpus *c, const char *text, size_t len,
                               const tg_res *res, u64map *rows, bool insert, const u64map *keep,
                               const char *what) {
    conll_doc d;
    rasad_status st = conll_parse(text, len, true, &d, tr->msg, sizeof tr->msg);
    if (st != RASAD_OK) {
        char tmp[160];
        snprintf(tmp, sizeof tmp, "%s", tr->msg);
        snprintf(tr->msg, sizeof tr->msg, "%.20s: %.130s", what, tmp);
        return st;
    }
    tg_wordbuf wb = {0};
    tg_tokinfo *ti = NULL;
    size_t ticap = 0;
    if (c->nsent == 0) {
        if (!grow_to(NULL, (void **)&c->sent, &c->scap, 1, sizeof(size_t)) ||
            !grow_to(NULL, (void **)&c->toff, &c->tcap, 1, sizeof(size_t)))
            goto nomem;
        c->sent[0] = 0;
        c->toff[0] = 0;
    }
    for (size_t s = 0; s < d.nsent; s++) {
        size_t a = d.sent[s], n = d.sent[s + 1] - a;
        st = tg_words_from_raw(&wb, d.toks + a, n);
        if (st != RASAD_OK)
            goto fail;
        if (!grow_to(NULL, (void **)&ti, &ticap, n, sizeof *ti))
            goto nomem;
        tg_prepare(res, wb.words, n, ti);
        for (size_t i = 0; i < n; i++) {
            uint64_t keys[TG_MAX_FEATS];
            size_t nident, nid = 0;
            size_t nf = tg_features(res, wb.words, ti, n, i, keys, &nident);
            if (!grow_to(NULL, (void **)&c->feat, &c->fcap, c->nfeat + nf, sizeof(uint32_t)))
                goto nomem;
            for (size_t k = 0; k < nf; k++) {
                bool fresh;
                if (keep && keys[k] != tg_bias_key() &&
                    !map_slot((u64map *)keep, keys[k], false, &fresh))
                    continue; /* too rare in training (the bias always stays) */
                uint32_t *v = row_of(rows, keys[k], insert);
                if (!v) {
                    if (insert)
                        goto nomem;
                    continue;
                }
                c->feat[c->nfeat++] = *v;
                nid += k < nident;
            }
            if (!grow_to(NULL, (void **)&c->toff, &c->tcap, c->ntok + 2, sizeof(size_t)) ||
                !grow_to(NULL, (void **)&c->gold, &c->gcap, c->ntok + 1, 1) ||
                !grow_to(NULL, (void **)&c->hl, &c->hcap, c->ntok + 1, sizeof(uint64_t)) ||
                !grow_to(NULL, (void **)&c->nid, &c->icap, c->ntok + 1, 1))
                goto nomem;
            c->nid[c->ntok] = (uint8_t)nid;
            if (tr->eset) {
                uint64_t ek[TG_MAX_EDGE];
                size_t nk = tg_edge_features(res, wb.words, ti, n, i, tr->eset, ek), ne = 0;
                if (!grow_to(NULL, (void **)&c->erow, &c->ecap, (c->ntok + 1) * TG_MAX_EDGE,
                             sizeof(uint32_t)) ||
                    !grow_to(NULL, (void **)&c->ne, &c->necap, c->ntok + 1, 1))
                    goto nomem;
                for (size_t k = 0; k < nk; k++) {
                    uint32_t *v = row_of(tr->erows, ek[k], insert);
                    if (!v) {
                        if (insert)
                            goto nomem;
                        continue;
                    }
                    c->erow[c->ntok * TG_MAX_EDGE + ne++] = *v;
                }
                c->ne[c->ntok] = (uint8_t)ne;
            }
            c->hl[c->ntok] = ti[i].h_light;
            c->gold[c->ntok++] = d.toks[a + i].label;
            c->toff[c->ntok] = c->nfeat;
        }
        if (!grow_to(NULL, (void **)&c->sent, &c->scap, c->nsent + 2, sizeof(size_t)))
            goto nomem;
        c->sent[++c->nsent] = c->ntok;
    }
    goto fail;
nomem:
    st = RASAD_ENOMEM;
    snprintf(tr->msg, sizeof tr->msg, "out of memory");
fail:
    free(ti);
    tg_wordbuf_free(&wb);
    conll_free(&d);
    return st;
}

/* With min_count > 1, fills *keep with the features seen at least
 * min_count times in train (dev is never counted, also not for the refit,
 * so dev scores stay honest). Rare features mostly memorize single
 * sentences. */
static rasad_status feature_filter(trainer *tr, const char *train, size_t train_len,
                                   const tg_res *res, long min_count, u64map *keep) {
    if (min_count <= 1)
        return RASAD_OK;
    corpus tmp = {0};
    u64map ids = {0};
    uint32_t *cnt = NULL;
    rasad_status st = corpus_add(tr, &tmp, train, train_len, res, &ids, true, NULL, "train");
    if (st != RASAD_OK)
        goto done;
    st = RASAD_ENOMEM;
    cnt = calloc(ids.n ? ids.n : 1, sizeof *cnt);
    if (!cnt)
        goto done;
    for (size_t k = 0; k < tmp.nfeat; k++)
        cnt[tmp.feat[k]]++;
    for (size_t i = 0; i < ids.cap; i++) {
        bool fresh;
        if (ids.keys[i] && cnt[ids.vals[i]] >= (uint32_t)min_count &&
            !map_slot(keep, ids.keys[i], true, &fresh))
            goto done;
    }
    st = RASAD_OK;
done:
    free(cnt);
    corpus_free(&tmp);
    map_free(&ids);
    return st;
}

/* ---- the perceptron ----------------------------------------------------- */

#define NTRANS ((TG_NLABELS + 1) * TG_NLABELS)

typedef struct weights {
    int32_t *w;  /* nrows x TG_NLABELS */
    int64_t *u;  /* c-weighted sum of changes */
    int32_t tw[NTRANS];
    int64_t tu[NTRANS];
    int64_t c;   /* examples seen + 1 */
    size_t nrows;
    int32_t *ew; /* edge rows: nerows x NTRANS (first pass only; NULL without) */
    int64_t *eu;
    size_t nerows;
} weights;

/* Where token t's rows begin in score() and update(): word dropout
 * (drop, when set) skips the rows that name the word itself, which
 * tg_features() puts first (corpus.nid). */
static size_t first_row(const corpus *c, size_t t, bool drop) {
    return c->toff[t] + (drop ? c->nid[t] : 0);
}

static void score(const corpus *c, size_t s, const int32_t *w, const int64_t *u, int64_t cc,
                  int64_t *emit, const uint8_t *drop) {
    size_t a = c->sent[s], b = c->sent[s + 1];
    for (size_t t = a; t < b; t++) {
        int64_t *e = emit + (t - a) * TG_NLABELS;
        for (unsigned y = 0; y < TG_NLABELS; y++)
            e[y] = 0;
        for (size_t k = first_row(c, t, drop && drop[t - a]); k < c->toff[t + 1]; k++) {
            size_t r = (size_t)c->feat[k] * TG_NLABELS;
            if (u)
                for (unsigned y = 0; y < TG_NLABELS; y++)
                    e[y] += (int64_t)w[r + y] * cc - u[r + y];
            else
                for (unsigned y = 0; y < TG_NLABELS; y++)
                    e[y] += w[r + y];
        }
    }
}

/* Cost augmentation: every label of emit[0, n) other than gold's gets
 * cost more (Hamming loss), so training decodes the most violating
 * labelling rather than the best one. */
static void add_cost(int64_t *emit, const uint8_t *gold, size_t n, long cost) {
    if (cost <= 0)
        return;
    for (size_t t = 0; t < n; t++)
        for (unsigned y = 0; y < TG_NLABELS; y++)
            if (y != gold[t])
                emit[t * TG_NLABELS + y] += cost;
}

static void update(weights *W, const corpus *c, size_t t, unsigned y, int delta, bool drop) {
    for (size_t k = first_row(c, t, drop); k < c->toff[t + 1]; k++) {
        size_t r = (size_t)c->feat[k] * TG_NLABELS + y;
        W->w[r] += delta;
        W->u[r] += W->c * delta;
    }
}

static void update_trans(weights *W, unsigned prev, unsigned y, int delta) {
    W->tw[prev * TG_NLABELS + y] += delta;
    W->tu[prev * TG_NLABELS + y] += W->c * delta;
}

/* The transition update at position t of a wrongly tagged sentence:
 * into gold[t] from the gold label before it, away from the predicted
 * pair, when the pairs differ. The edge rows of the token (c, token
 * index ct; first pass with edge features only) move the same way: they
 * are the transitions' observations,
 *
 *     E[k][y', y] += 1 for the gold pair, -= 1 for the predicted pair,
 *
 * for every edge key k of the word, averaged like every other weight. */
static void update_trans_at(weights *W, const corpus *c, size_t ct, const uint8_t *gold,
                            const uint8_t *pred, size_t t) {
    unsigned pg = t ? gold[t - 1] : TG_NLABELS, pp = t ? pred[t - 1] : TG_NLABELS;
    if (pg != pp || gold[t] != pred[t]) {
        update_trans(W, pg, gold[t], +1);
        update_trans(W, pp, pred[t], -1);
        if (!W->ew || !c || !c->ne)
            return;
        size_t jg = pg * TG_NLABELS + gold[t], jp = pp * TG_NLABELS + pred[t];
        for (size_t k = 0; k < c->ne[ct]; k++) {
            size_t r = (size_t)c->erow[ct * TG_MAX_EDGE + k] * NTRANS;
            W->ew[r + jg] += 1;
            W->eu[r + jg] += W->c;
            W->ew[r + jp] -= 1;
            W->eu[r + jp] -= W->c;
        }
    }
}

/* Per-position transitions of sentence s of c with edge features:
 * tpos[t][j] = trans[j] + the summed edge rows of token t (current
 * weights, or averaged times W->c when avg). */
static void edge_tpos(const corpus *c, size_t s, const weights *W, bool avg, const int64_t *trans,
                      int64_t *tpos) {
    size_t a = c->sent[s], b = c->sent[s + 1];
    for (size_t t = a; t < b; t++) {
        int64_t *tp = tpos + (t - a) * NTRANS;
        for (size_t j = 0; j < NTRANS; j++)
            tp[j] = trans[j];
        for (size_t k = 0; k < c->ne[t]; k++) {
            size_t r = (size_t)c->erow[t * TG_MAX_EDGE + k] * NTRANS;
            if (avg)
                for (size_t j = 0; j < NTRANS; j++)
                    tp[j] += (int64_t)W->ew[r + j] * W->c - W->eu[r + j];
            else
                for (size_t j = 0; j < NTRANS; j++)
                    tp[j] += W->ew[r + j];
        }
    }
}

/* Does the first pass over c use edge features with weights W? */
static bool has_edges(const corpus *c, const weights *W) { return c->ne && W->ew; }

/* The O-label penalties tried on dev, in quarters of a weight unit: the
 * perceptron's labelling is precise but misses entities, and a penalty on
 * O trades precision for recall. It is folded into the transitions into O.
 * Up to 8: with the exchange classes dev often preferred more than 3. */
#define NBIAS 49

/* Entity F1 of the averaged weights on corpus dev, for each O penalty
 * bias = k/4 (k < NBIAS); f1[k] gets the scores. */
static void dev_f1(const weights *W, const corpus *dev, int64_t *emit, uint8_t *back, uint8_t *pred,
                   int64_t *tpos, double f1[NBIAS]) {
    rasad_ner_scores sc[NBIAS];
    memset(sc, 0, sizeof sc);
    for (size_t s = 0; s < dev->nsent; s++) {
        size_t a = dev->sent[s], n = dev->sent[s + 1] - a;
        score(dev, s, W->w, W->u, W->c, emit, NULL);
        if (has_edges(dev, W)) {
            /* the O penalty on every transition into O is the same as a
             * penalty on O's score at every word (one transition enters
             * each word), so the per-position tables are built once */
            int64_t trans[NTRANS];
            for (size_t j = 0; j < NTRANS; j++)
                trans[j] = (int64_t)W->tw[j] * W->c - W->tu[j];
            edge_tpos(dev, s, W, true, trans, tpos);
            int64_t prevpen = 0;
            for (int k = 0; k < NBIAS; k++) {
                int64_t pen = W->c * k / 4;
                for (size_t t = 0; t < n; t++)
                    emit[t * TG_NLABELS + TG_O] -= pen - prevpen;
                prevpen = pen;
                tg_viterbi_pos(emit, n, tpos, back, pred);
                tg_eval_add(&sc[k], dev->gold + a, pred, n);
            }
            continue;
        }
        for (int k = 0; k < NBIAS; k++) {
            int64_t trans[NTRANS];
            for (size_t j = 0; j < NTRANS; j++)
                trans[j] = (int64_t)W->tw[j] * W->c - W->tu[j] - (j % TG_NLABELS == TG_O ? W->c * k / 4 : 0);
            tg_viterbi(emit, n, trans, back, pred);
            tg_eval_add(&sc[k], dev->gold + a, pred, n);
        }
    }
    for (int k = 0; k < NBIAS; k++)
        rasad_ner_prf(&sc[k], RASAD_ENT__COUNT, NULL, NULL, &f1[k]);
}

/* Tokens in the longest sentence of c (at least 1). */
static size_t max_sentence(const corpus *c) {
    size_t m = 1;
    for (size_t s = 0; s < c->nsent; s++)
        if (c->sent[s + 1] - c->sent[s] > m)
            m = c->sent[s + 1] - c->sent[s];
    return m;
}

/* What one perceptron run needs besides its weights: Viterbi buffers for
 * the longest sentence of train or dev, and the training order. */
typedef struct scratch {
    size_t maxlen; /* tokens in the longest sentence */
    int64_t *emit;
    int64_t *tpos; /* per-position transitions (edge features), maxlen x NTRANS */
    uint8_t *back, *pred;
    size_t *order;
} scratch;

static void scratch_free(scratch *x) {
    free(x->emit);
    free(x->tpos);
    free(x->back);
    free(x->pred);
    free(x->order);
    memset(x, 0, sizeof *x);
}

/* Zeroed weights of nrows rows (and nerows edge rows) and the scratch
 * for c and dev (may be NULL); false when out of memory (both then hold
 * what was allocated). */
static bool run_init(weights *W, size_t nrows, size_t nerows, scratch *x, const corpus *c,
                     const corpus *dev) {
    size_t maxlen = max_sentence(c);
    if (dev && max_sentence(dev) > maxlen)
        maxlen = max_sentence(dev);
    x->maxlen = maxlen;
    memset(W, 0, sizeof *W);
    W->nrows = nrows;
    W->c = 1;
    W->w = calloc(nrows ? nrows * TG_NLABELS : 1, sizeof *W->w);
    W->u = calloc(nrows ? nrows * TG_NLABELS : 1, sizeof *W->u);
    bool eok = true;
    if (nerows) {
        W->nerows = nerows;
        W->ew = calloc(nerows * NTRANS, sizeof *W->ew);
        W->eu = calloc(nerows * NTRANS, sizeof *W->eu);
        x->tpos = malloc(maxlen * NTRANS * sizeof *x->tpos);
        eok = W->ew && W->eu && x->tpos;
    }
    x->emit = malloc(maxlen * TG_NLABELS * sizeof *x->emit);
    x->back = malloc(maxlen * TG_NLABELS);
    x->pred = malloc(maxlen);
    x->order = malloc((c->nsent ? c->nsent : 1) * sizeof *x->order);
    return W->w && W->u && eok && x->emit && x->back && x->pred && x->order;
}

/* Fisher-Yates over order[0, n) with the run's generator. */
static void shuffle(size_t *order, size_t n, uint64_t *rng) {
    for (size_t s = n; s > 1; s--) {
        size_t j = (size_t)(rng_next(rng) % s);
        size_t tmp = order[s - 1];
        order[s - 1] = order[j];
        order[j] = tmp;
    }
}

/* Early stopping: keeps epoch ep when its dev F1 f (with O penalty bk) is
 * the best so far; true when patience epochs passed without a gain. */
static bool stop_early(double f, int bk, long ep, long patience, long *since, double *best_f1, long *best_epoch,
                       int *best_bias) {
    if (f > *best_f1) {
        *best_f1 = f;
        *best_epoch = ep;
        *best_bias = bk;
        *since = 0;
        return false;
    }
    return ++*since >= patience;
}

static rasad_status perceptron(trainer *tr, const corpus *c, const corpus *dev, size_t nrows,
                               long epochs, long patience, uint64_t seed, long dropout, weights *W,
                               long *best_epoch, double *best_f1, int *best_bias, size_t ex_a,
                               size_t ex_b);

static void weights_free(weights *W) {
    free(W->w);
    free(W->u);
    free(W->ew);
    free(W->eu);
    W->w = NULL;
    W->u = NULL;
    W->ew = NULL;
    W->eu = NULL;
}

/* ---- the second pass (stack.h) ----------------------------------------- */

/* First-pass scores are kept in fixed point: FX = one weight unit. */
#define FX 1000

/* Scores and labels the averaged weights W give sentences [sa, sb) of c,
 * with the O penalty bias (quarters of a unit): e1 in FX units. With
 * edge features (tpos a maxlen x NTRANS scratch) te1 gets every token's
 * summed edge rows in FX units: the second pass adds them to its
 * transitions. */
static void pass1_out(const weights *W, const corpus *c, size_t sa, size_t sb, int bias,
                      int64_t *emit, uint8_t *back, int64_t *tpos, int64_t *e1, uint8_t *z,
                      int64_t *t1, int32_t *te1) {
    int64_t trans[NTRANS];
    for (size_t j = 0; j < NTRANS; j++)
        trans[j] = (int64_t)W->tw[j] * W->c - W->tu[j] - (j % TG_NLABELS == TG_O ? W->c * bias / 4 : 0);
    for (size_t s = sa; s < sb; s++) {
        size_t a = c->sent[s], n = c->sent[s + 1] - a;
        for (size_t j = 0; j < NTRANS; j++)
            t1[s * NTRANS + j] = trans[j] * FX / W->c;
        score(c, s, W->w, W->u, W->c, emit, NULL);
        if (has_edges(c, W)) {
            edge_tpos(c, s, W, true, trans, tpos);
            tg_viterbi_pos(emit, n, tpos, back, z + a);
            for (size_t t = 0; t < n; t++)
                for (size_t j = 0; j < NTRANS; j++)
                    te1[(a + t) * NTRANS + j] =
                        (int32_t)((tpos[t * NTRANS + j] - trans[j]) * FX / W->c);
        } else {
            tg_viterbi(emit, n, trans, back, z + a);
        }
        for (size_t k = 0; k < n * TG_NLABELS; k++)
            e1[a * TG_NLABELS + k] = emit[k] * FX / W->c;
    }
}

/* First-pass output for every sentence of c from models that never saw
 * it: c is cut into `folds` blocks of consecutive sentences and each block
 * is tagged by a perceptron trained on the others (the second pass must
 * learn from first-pass mistakes like the ones it will see). */
static rasad_status jackknife(trainer *tr, const corpus *c, size_t nrows, long epochs,
                              uint64_t seed, long dropout, int bias, size_t folds, int64_t *e1,
                              uint8_t *z, int64_t *t1, int32_t *te1) {
    size_t maxlen = max_sentence(c);
    int64_t *emit = malloc(maxlen * TG_NLABELS * sizeof *emit);
    int64_t *tpos = malloc(maxlen * NTRANS * sizeof *tpos);
    uint8_t *back = malloc(maxlen * TG_NLABELS);
    rasad_status st = RASAD_ENOMEM;
    if (!emit || !back || !tpos)
        goto done;
    for (size_t k = 0; k < folds; k++) {
        size_t sa = c->nsent * k / folds, sb = c->nsent * (k + 1) / folds;
        weights W;
        long be;
        double bf;
        int bb;
        st = perceptron(tr, c, NULL, nrows, epochs, 0, seed, dropout, &W, &be, &bf, &bb, sa, sb);
        if (st == RASAD_OK)
            pass1_out(&W, c, sa, sb, bias, emit, back, tpos, e1, z, t1, te1);
        weights_free(&W);
        if (st != RASAD_OK)
            goto done;
    }
    st = RASAD_OK;
done:
    if (st == RASAD_ENOMEM)
        snprintf(tr->msg, sizeof tr->msg, "out of memory");
    free(emit);
    free(tpos);
    free(back);
    return st;
}

/* The second pass's features of a corpus, as rows (like corpus.feat). */
typedef struct s2corp {
    uint32_t *feat;
    size_t nfeat, fcap;
    size_t *toff; /* ntok + 1 */
} s2corp;

static void s2corp_free(s2corp *f) {
    free(f->feat);
    free(f->toff);
    memset(f, 0, sizeof *f);
}

static rasad_status s2_build(trainer *tr, const corpus *c, const uint8_t *z, size_t window,
                             u64map *rows2, bool insert, s2corp *f) {
    tg_pass1 p = {c->hl, z, c->sent, c->nsent};
    tg_win win = {0};
    size_t maxlen = max_sentence(c);
    uint64_t *keys = malloc(maxlen * TG_S2_MAXF * sizeof *keys);
    uint8_t *nf = malloc(maxlen);
    rasad_status st = RASAD_ENOMEM;
    s2corp_free(f);
    f->toff = malloc((c->ntok + 1) * sizeof *f->toff);
    if (!keys || !nf || !f->toff)
        goto done;
    f->toff[0] = 0;
    for (size_t s = 0; s < c->nsent; s++) {
        size_t lo, hi, a = c->sent[s], n = c->sent[s + 1] - a;
        tg_win_range(s, c->nsent, window, &lo, &hi);
        st = tg_win_move(&win, &p, lo, hi);
        if (st != RASAD_OK)
            goto done;
        st = RASAD_ENOMEM;
        tg_s2_features(&win, &p, s, keys, nf);
        for (size_t i = 0; i < n; i++) {
            if (!grow_to(NULL, (void **)&f->feat, &f->fcap, f->nfeat + TG_S2_MAXF, sizeof(uint32_t)))
                goto done;
            for (size_t k = 0; k < nf[i]; k++) {
                uint32_t *v = row_of(rows2, keys[i * TG_S2_MAXF + k], insert);
                if (!v) {
                    if (insert)
                        goto done;
                    continue;
                }
                f->feat[f->nfeat++] = *v;
            }
            f->toff[a + i + 1] = f->nfeat;
        }
    }
    st = RASAD_OK;
done:
    if (st == RASAD_ENOMEM)
        snprintf(tr->msg, sizeof tr->msg, "out of memory");
    tg_win_free(&win);
    free(keys);
    free(nf);
    return st;
}

/* Second-pass scores of sentence s: the first pass's (e1, FX units) plus
 * step times the feature weights; averaged (c*w - u, all times c) when
 * avg. */
static void s2_score(const corpus *c, const s2corp *f, const int64_t *e1, size_t s,
                     const weights *W, bool avg, long step, int64_t *emit) {
    size_t a = c->sent[s], b = c->sent[s + 1];
    for (size_t t = a; t < b; t++) {
        int64_t *e = emit + (t - a) * TG_NLABELS, acc[TG_NLABELS] = {0};
        for (size_t k = f->toff[t]; k < f->toff[t + 1]; k++) {
            size_t r = (size_t)f->feat[k] * TG_NLABELS;
            for (unsigned y = 0; y < TG_NLABELS; y++)
                acc[y] += avg ? (int64_t)W->w[r + y] * W->c - W->u[r + y] : W->w[r + y];
        }
        for (unsigned y = 0; y < TG_NLABELS; y++)
            e[y] = e1[t * TG_NLABELS + y] * (avg ? W->c : 1) + step * acc[y];
    }
}

/* Second-pass transitions: the first pass's (t1, FX units, with its O
 * penalty) plus step times the learned change; averaged with the O
 * penalty (bias - NBIAS/2)/4 when avg. */
static void s2_trans(const weights *W, bool avg, long step, int bias, const int64_t *t1,
                     int64_t *trans) {
    for (size_t j = 0; j < NTRANS; j++)
        trans[j] = t1[j] * (avg ? W->c : 1) +
                   step * (avg ? (int64_t)W->tw[j] * W->c - W->tu[j] : W->tw[j]) -
                   (avg && j % TG_NLABELS == TG_O ? W->c * (bias - NBIAS / 2) * (FX / 4) : 0);
}

static void s2_update(weights *W, const s2corp *f, size_t t, unsigned y, int delta) {
    for (size_t k = f->toff[t]; k < f->toff[t + 1]; k++) {
        size_t r = (size_t)f->feat[k] * TG_NLABELS + y;
        W->w[r] += delta;
        W->u[r] += W->c * delta;
    }
}

/* ---- the epoch loop, shared by both passes ------------------------------ */

/* What differs between the passes' training: how a sentence is scored
 * and updated, and how dev is scored. The first pass has f == NULL; the
 * second pass scores its features (f) on top of the first pass's fixed
 * scores (e1, t1). */
typedef struct pass {
    const char *name;      /* log prefix */
    const corpus *c, *dev; /* dev may be NULL */
    long margin, dropout;  /* dropout: per mille of words, first pass only */
    uint64_t salt;         /* of the shuffle's generator */
    int bias0;             /* the O-penalty index meaning no penalty */
    const s2corp *f, *fdev;
    const int64_t *e1, *t1, *e1dev, *t1dev;
    const int32_t *te1, *te1dev; /* second pass: first-pass edge scores per token, or NULL */
    long step;
    size_t nerows;         /* first pass: edge rows (0 = no edge features) */
} pass;

/* Per-position transitions of sentence s of corpus c (dev or train)
 * from the sentence's transitions trans, for weights W (averaged, times
 * W->c, when avg), into tpos; false when the pass has no edge features
 * (then trans alone is used). */
static bool pass_tpos(const pass *p, const corpus *c, const int32_t *te1, const weights *W,
                      size_t s, bool avg, const int64_t *trans, int64_t *tpos) {
    if (!p->f) {
        if (!has_edges(c, W))
            return false;
        edge_tpos(c, s, W, avg, trans, tpos);
        return true;
    }
    if (!te1)
        return false;
    int64_t mul = avg ? W->c : 1;
    for (size_t t = c->sent[s]; t < c->sent[s + 1]; t++) {
        int64_t *tp = tpos + (t - c->sent[s]) * NTRANS;
        for (size_t j = 0; j < NTRANS; j++)
            tp[j] = trans[j] + (int64_t)te1[t * NTRANS + j] * mul;
    }
    return true;
}

/* Training-time scores and transitions of sentence s (current weights). */
static void pass_score(const pass *p, const weights *W, size_t s, const uint8_t *drop,
                       int64_t *emit, int64_t trans[NTRANS]) {
    if (p->f) {
        s2_trans(W, false, p->step, 0, p->t1 + s * NTRANS, trans);
        s2_score(p->c, p->f, p->e1, s, W, false, p->step, emit);
        return;
    }
    for (size_t k = 0; k < NTRANS; k++)
        trans[k] = W->tw[k];
    score(p->c, s, W->w, NULL, 0, emit, drop);
}

static void pass_update(const pass *p, weights *W, size_t t, unsigned y, int delta, bool drop) {
    if (p->f)
        s2_update(W, p->f, t, y, delta);
    else
        update(W, p->c, t, y, delta, drop);
}

/* Dev F1 of the averaged weights for every O penalty index. */
static void pass_dev(const pass *p, const weights *W, scratch *x, double f1[NBIAS]) {
    if (!p->f) {
        dev_f1(W, p->dev, x->emit, x->back, x->pred, x->tpos, f1);
        return;
    }
    rasad_ner_scores sc[NBIAS];
    memset(sc, 0, sizeof sc);
    for (size_t s = 0; s < p->dev->nsent; s++) {
        size_t a = p->dev->sent[s], n = p->dev->sent[s + 1] - a;
        s2_score(p->dev, p->fdev, p->e1dev, s, W, true, p->step, x->emit);
        for (int k = 0; k < NBIAS; k++) {
            int64_t trans[NTRANS];
            s2_trans(W, true, p->step, k, p->t1dev + s * NTRANS, trans);
            if (pass_tpos(p, p->dev, p->te1dev, W, s, true, trans, x->tpos))
                tg_viterbi_pos(x->emit, n, x->tpos, x->back, x->pred);
            else
                tg_viterbi(x->emit, n, trans, x->back, x->pred);
            tg_eval_add(&sc[k], p->dev->gold + a, x->pred, n);
        }
    }
    for (int k = 0; k < NBIAS; k++)
        rasad_ner_prf(&sc[k], RASAD_ENT__COUNT, NULL, NULL, &f1[k]);
}

/* Runs a pass's perceptron for up to epochs passes over the sentences of
 * p->c outside [ex_a, ex_b), each epoch in an order shuffled by a seeded
 * generator; with dev, stops after patience epochs without improvement
 * and reports the best epoch count and O penalty. */
static rasad_status run_epochs(trainer *tr, const pass *p, size_t nrows, long epochs,
                               long patience, uint64_t seed, weights *W, long *best_epoch,
                               double *best_f1, int *best_bias, size_t ex_a, size_t ex_b) {
    rasad_status st = RASAD_ENOMEM;
    const corpus *c = p->c, *dev = p->dev;
    scratch x = {0};
    bool ok = run_init(W, nrows, p->nerows, &x, c, dev);
    if (ok && p->f && p->te1 && !x.tpos) {
        /* the second pass learns no edge rows but decodes with the first
         * pass's */
        x.tpos = malloc(x.maxlen * NTRANS * sizeof *x.tpos);
        ok = x.tpos != NULL;
    }
    uint8_t *drop = malloc(x.maxlen ? x.maxlen : 1);
    if (!ok || !drop)
        goto fail;
    size_t norder = 0;
    for (size_t s = 0; s < c->nsent; s++)
        if (s < ex_a || s >= ex_b)
            x.order[norder++] = s;
    uint64_t rng = seed * 0x9E3779B97F4A7C15ull + p->salt;
    *best_epoch = epochs;
    *best_f1 = -1;
    *best_bias = p->bias0;
    long since = 0;
    for (long ep = 1; ep <= epochs; ep++) {
        shuffle(x.order, norder, &rng);
        size_t wrong = 0;
        for (size_t oi = 0; oi < norder; oi++) {
            size_t s = x.order[oi], a = c->sent[s], n = c->sent[s + 1] - a;
            int64_t trans[NTRANS];
            for (size_t t = 0; t < n; t++)
                drop[t] = p->dropout > 0 && (rng_next(&rng) >> 40) % 1000 < (uint64_t)p->dropout;
            pass_score(p, W, s, drop, x.emit, trans);
            add_cost(x.emit, c->gold + a, n, p->margin);
            if (pass_tpos(p, c, p->te1, W, s, false, trans, x.tpos))
                tg_viterbi_pos(x.emit, n, x.tpos, x.back, x.pred);
            else
                tg_viterbi(x.emit, n, trans, x.back, x.pred);
            const uint8_t *gold = c->gold + a, *pred = x.pred;
            if (memcmp(pred, gold, n) != 0) {
                wrong++;
                for (size_t t = 0; t < n; t++) {
                    if (gold[t] != pred[t]) {
                        pass_update(p, W, a + t, gold[t], +1, drop[t]);
                        pass_update(p, W, a + t, pred[t], -1, drop[t]);
                    }
                    update_trans_at(W, p->f ? NULL : c, a + t, gold, pred, t);
                }
            }
            W->c++;
        }
        if (!dev || !dev->nsent) {
            say(tr, "%sepoch %ld: %zu of %zu training sentences wrong", p->name, ep, wrong, norder);
            continue;
        }
        double f1[NBIAS], fb = -1;
        pass_dev(p, W, &x, f1);
        int bk = 0;
        for (int k = 0; k < NBIAS; k++)
            if (f1[k] > fb) {
                fb = f1[k];
                bk = k;
            }
        say(tr, "%sepoch %ld: %zu of %zu training sentences wrong, dev F1 %.2f (%.2f with O penalty %.2f)",
            p->name, ep, wrong, norder, f1[p->bias0], fb, (bk - p->bias0) / 4.0);
        if (stop_early(fb, bk, ep, patience, &since, best_f1, best_epoch, best_bias))
            break;
    }
    st = RASAD_OK;
fail:
    if (st != RASAD_OK)
        snprintf(tr->msg, sizeof tr->msg, "out of memory");
    scratch_free(&x);
    free(drop);
    return st;
}

/* The first pass's perceptron over the sentences of c outside [ex_a,
 * ex_b), with word dropout and the trainer's margin. */
static rasad_status perceptron(trainer *tr, const corpus *c, const corpus *dev, size_t nrows,
                               long epochs, long patience, uint64_t seed, long dropout, weights *W,
                               long *best_epoch, double *best_f1, int *best_bias, size_t ex_a,
                               size_t ex_b) {
    pass p = {.name = "", .c = c, .dev = dev, .margin = tr->margin, .dropout = dropout,
              .salt = 0x2545F4914F6CDD1Dull, .bias0 = 0,
              .nerows = tr->eset && tr->erows ? tr->erows->n : 0};
    return run_epochs(tr, &p, nrows, epochs, patience, seed, W, best_epoch, best_f1, best_bias,
                      ex_a, ex_b);
}

/* The second pass's perceptron: over the s2 features with the first-pass
 * scores as a fixed offset; its O penalty index NBIAS/2 means none, so
 * dev may also pick a negative penalty. */
static rasad_status s2_perceptron(trainer *tr, const corpus *c, const s2corp *f, const int64_t *e1,
                                  const int64_t *t1, const corpus *dev, const s2corp *fdev,
                                  const int64_t *e1dev, const int64_t *t1dev, const int32_t *te1,
                                  const int32_t *te1dev, size_t nrows, long epochs, long patience,
                                  uint64_t seed, long step, weights *W, long *best_epoch,
                                  double *best_f1, int *best_bias) {
    pass p = {.name = "second pass, ", .c = c, .dev = dev, .margin = tr->s2margin, .dropout = 0,
              .salt = 0x51ac4ull, .bias0 = NBIAS / 2, .f = f, .fdev = fdev, .e1 = e1, .t1 = t1,
              .e1dev = e1dev, .t1dev = t1dev, .te1 = te1, .te1dev = te1dev, .step = step};
    return run_epochs(tr, &p, nrows, epochs, patience, seed, W, best_epoch, best_f1, best_bias,
                      0, 0);
}

/* The second pass's settings and result. */
typedef struct s2state {
    size_t folds, window;
    long step, epochs, patience;
    uint64_t seed;
    long best;      /* epochs picked on dev */
    int bias;       /* O penalty picked on dev, quarters */
    u64map rows;    /* feature key -> row */
    weights W;      /* the final weights (W.w NULL until fitted) */
} s2state;

static void s2state_free(s2state *s2) {
    map_free(&s2->rows);
    weights_free(&s2->W);
}

/* First-pass output (e1, z) of every sentence of c by jackknifing, and
 * its second-pass features. */
static rasad_status s2_prepare(trainer *tr, const corpus *c, size_t nrows, long epochs,
                               uint64_t seed, long dropout, int bias, s2state *s2, int64_t **e1,
                               uint8_t **z, int64_t **t1, int32_t **te1, s2corp *f) {
    *e1 = malloc((c->ntok ? c->ntok : 1) * TG_NLABELS * sizeof **e1);
    *z = malloc(c->ntok ? c->ntok : 1);
    *t1 = malloc((c->nsent ? c->nsent : 1) * NTRANS * sizeof **t1);
    *te1 = tr->eset ? malloc((c->ntok ? c->ntok : 1) * NTRANS * sizeof **te1) : NULL;
    if (!*e1 || !*z || !*t1 || (tr->eset && !*te1)) {
        snprintf(tr->msg, sizeof tr->msg, "out of memory");
        return RASAD_ENOMEM;
    }
    rasad_status st = jackknife(tr, c, nrows, epochs, seed, dropout, bias, s2->folds, *e1, *z, *t1,
                                *te1);
    if (st == RASAD_OK) {
        rasad_ner_scores sc;
        memset(&sc, 0, sizeof sc);
        for (size_t k = 0; k < c->nsent; k++)
            tg_eval_add(&sc, c->gold + c->sent[k], *z + c->sent[k], c->sent[k + 1] - c->sent[k]);
        double fj;
        rasad_ner_prf(&sc, RASAD_ENT__COUNT, NULL, NULL, &fj);
        say(tr, "second pass: jackknifed first-pass F1 %.2f over %zu sentences", fj, c->nsent);
    }
    if (st == RASAD_OK)
        st = s2_build(tr, c, *z, s2->window, &s2->rows, true, f);
    return st;
}

/* Picks the second pass's epoch count and O penalty on dev: the train
 * side from jackknifed first-pass output, the dev side from a first pass
 * trained on all of train, as at tagging time. */
static rasad_status s2_select(trainer *tr, const corpus *ctrain, const corpus *cdev, size_t nrows,
                              long epochs, uint64_t seed, long dropout, int bias, s2state *s2) {
    int64_t *e1 = NULL, *e1d = NULL, *emit = NULL, *t1 = NULL, *t1d = NULL, *tpos = NULL;
    int32_t *te1 = NULL, *te1d = NULL;
    uint8_t *z = NULL, *zd = NULL, *back = NULL;
    s2corp f = {0}, fd = {0};
    weights W = {0}, W2 = {0};
    rasad_status st = s2_prepare(tr, ctrain, nrows, epochs, seed, dropout, bias, s2, &e1, &z, &t1,
                                 &te1, &f);
    if (st != RASAD_OK)
        goto done;
    st = RASAD_ENOMEM;
    size_t maxlen = max_sentence(cdev);
    e1d = malloc(cdev->ntok * TG_NLABELS * sizeof *e1d);
    zd = malloc(cdev->ntok);
    t1d = malloc(cdev->nsent * NTRANS * sizeof *t1d);
    emit = malloc(maxlen * TG_NLABELS * sizeof *emit);
    back = malloc(maxlen * TG_NLABELS);
    tpos = malloc(maxlen * NTRANS * sizeof *tpos);
    te1d = tr->eset ? malloc((cdev->ntok ? cdev->ntok : 1) * NTRANS * sizeof *te1d) : NULL;
    if (!e1d || !zd || !t1d || !emit || !back || !tpos || (tr->eset && !te1d)) {
        snprintf(tr->msg, sizeof tr->msg, "out of memory");
        goto done;
    }
    long be;
    double bf;
    int bb;
    st = perceptron(tr, ctrain, NULL, nrows, epochs, 0, seed, dropout, &W, &be, &bf, &bb, 0, 0);
    if (st != RASAD_OK)
        goto done;
    pass1_out(&W, cdev, 0, cdev->nsent, bias, emit, back, tpos, e1d, zd, t1d, te1d);
    st = s2_build(tr, cdev, zd, s2->window, &s2->rows, false, &fd);
    if (st != RASAD_OK)
        goto done;
    double f2;
    st = s2_perceptron(tr, ctrain, &f, e1, t1, cdev, &fd, e1d, t1d, te1, te1d, s2->rows.n,
                       s2->epochs, s2->patience, s2->seed, s2->step, &W2, &s2->best, &f2, &s2->bias);
    if (st == RASAD_OK)
        say(tr, "second pass: best dev F1 %.2f after %ld epochs, O penalty %.2f", f2, s2->best,
            (s2->bias - NBIAS / 2) / 4.0);
done:
    free(t1);
    free(t1d);
    free(te1);
    free(te1d);
    free(tpos);
    weights_free(&W);
    weights_free(&W2);
    s2corp_free(&f);
    s2corp_free(&fd);
    free(e1);
    free(e1d);
    free(z);
    free(zd);
    free(emit);
    free(back);
    return st;
}

/* Trains the shipped second pass on all of c for s2->best epochs. */
static rasad_status s2_fit(trainer *tr, const corpus *c, size_t nrows, long epochs, uint64_t seed,
                           long dropout, int bias, s2state *s2) {
    int64_t *e1 = NULL, *t1 = NULL;
    int32_t *te1 = NULL;
    uint8_t *z = NULL;
    s2corp f = {0};
    map_free(&s2->rows); /* the features of the final corpus only */
    rasad_status st = s2_prepare(tr, c, nrows, epochs, seed, dropout, bias, s2, &e1, &z, &t1, &te1, &f);
    if (st == RASAD_OK) {
        long be;
        double bf;
        int bb;
        st = s2_perceptron(tr, c, &f, e1, t1, NULL, NULL, NULL, NULL, te1, NULL, s2->rows.n, s2->best,
                           0, s2->seed, s2->step, &s2->W, &be, &bf, &bb);
    }
    s2corp_free(&f);
    free(e1);
    free(t1);
    free(te1);
    free(z);
    return st;
}

/* Rounds v to a long and saturates it to +-32767 (the model's int16
 * weights: feature rows, transitions, edge rows). */
static long quant16(double v) {
    long iv = lrint(v);
    return iv > 32767 ? 32767 : iv < -32767 ? -32767 : iv;
}

/* Rounds to int32, saturating (a second-pass weight is at most a few
 * hundred first-pass units; 2^31 scale steps is far beyond that). */
static int32_t quant32(double v) {
    if (!(v < 2147483647.0))
        return v != v ? 0 : INT32_MAX;
    if (!(v > -2147483647.0))
        return -INT32_MAX;
    return (int32_t)lrint(v);
}

/* ---- the entry point ---------------------------------------------------- */

static bool parse_long(const char *s, long *out) {
    char *end;
    long v = strtol(s, &end, 10);
    if (!*s || *end || v < 0 || v > 1000000000L)
        return false;
    *out = v;
    return true;
}

rasad_status rasad_ner_train(const char *train, size_t train_len, const char *dev, size_t dev_len,
                             const char *const *names, const char *const *values, size_t n,
                             rasad_log_fn log, void *log_ctx, void **model, size_t *model_len,
                             rasad_error *err) {
    trainer tr = {"", log, log_ctx};
    const char *val[P_COUNT];
    long num[P_COUNT] = {0};
    u64map lexmap = {0}, clumap = {0}, rows = {0}, common = {0}, erows = {0};
    corpus ctrain = {0}, cdev = {0};
    weights W = {0};
    uint64_t *lkeys = NULL, *ckeys = NULL, *fkeys = NULL;
    uint32_t *lvals = NULL, *cvals = NULL;
    uint8_t *resbytes = NULL, *out = NULL;
    int16_t *q = NULL;
    double *avg = NULL, *a2 = NULL;
    int32_t *q2 = NULL;
    uint64_t *k2 = NULL, *ekeys = NULL;
    double *eavg = NULL;
    int16_t *qe = NULL;
    s2state s2 = {0};
    uint32_t *rowmap = NULL;
    size_t reslen = 0, outlen = 0;
    rasad_status st = RASAD_EINVAL;
    if (!model || !model_len || (!train && train_len) || (!dev && dev_len)) {
        snprintf(tr.msg, sizeof tr.msg, "bad arguments");
        goto fail;
    }
    *model = NULL;
    *model_len = 0;
    for (size_t p = 0; p < P_COUNT; p++)
        val[p] = PARAMS[p].def;
    for (size_t i = 0; i < n; i++) {
        size_t p = 0;
        while (p < P_COUNT && strcmp(PARAMS[p].name, names[i]) != 0)
            p++;
        if (p == P_COUNT) {
            snprintf(tr.msg, sizeof tr.msg, "unknown parameter '%s'", names[i]);
            goto fail;
        }
        val[p] = values[i];
    }
    for (size_t p = 0; p < P_COUNT; p++)
        if (strcmp(PARAMS[p].type, "int") == 0 && !parse_long(val[p], &num[p])) {
            snprintf(tr.msg, sizeof tr.msg, "parameter '%s' wants a non-negative integer, not '%s'",
                     PARAMS[p].name, val[p]);
            goto fail;
        }
    if (num[P_EPOCHS] < 1) {
        snprintf(tr.msg, sizeof tr.msg, "epochs must be at least 1");
        goto fail;
    }
    tr.margin = num[P_MARGIN];
    tr.s2margin = num[P_STACK_MARGIN];
    if (num[P_EDGE] > (long)TG_EDGE_ALL) {
        snprintf(tr.msg, sizeof tr.msg, "edge is a sum of feature bits, at most %u", TG_EDGE_ALL);
        goto fail;
    }
    tr.eset = (unsigned)num[P_EDGE];
    tr.erows = &erows;

    /* resources first: the features read them */
    static const uint32_t GAZ_BITS[4] = {TG_LEX_PER, TG_LEX_LOC, TG_LEX_ORG, TG_LEX_ACT};
    for (int g = 0; g < 4; g++)
        if (val[P_GAZ_PER + g][0]) {
            st = load_gazetteer(&tr, val[P_GAZ_PER + g], GAZ_BITS[g], &lexmap);
            if (st != RASAD_OK)
                goto fail;
        }
    uint32_t cbits = 0;
    if (val[P_CLUSTERS][0]) {
        st = load_clusters(&tr, val[P_CLUSTERS], num[P_FREQ] != 0, &clumap, &cbits);
        if (st != RASAD_OK)
            goto fail;
    }
    st = map_sorted(&lexmap, &lkeys, &lvals);
    if (st == RASAD_OK)
        st = map_sorted(&clumap, &ckeys, &cvals);
    if (st != RASAD_OK)
        goto fail;
    int16_t zero_trans[NTRANS] = {0};
    tg_model_parts parts = {1.0f, cbits, zero_trans, NULL, 0, NULL,
                            lkeys, lvals, (uint32_t)lexmap.n, ckeys, cvals, (uint32_t)clumap.n};
    st = tg_model_build(&parts, &resbytes, &reslen);
    if (st != RASAD_OK)
        goto fail;
    tagger_model resm;
    st = tg_model_open(resbytes, reslen, &resm, tr.msg, sizeof tr.msg);
    if (st != RASAD_OK)
        goto fail;
    tg_res res = {&resm.lex, &resm.clusters, resm.cluster_bits};

    long epochs = num[P_EPOCHS];
    st = feature_filter(&tr, train, train_len, &res, num[P_MINCOUNT], &common);
    if (st != RASAD_OK)
        goto fail;
    st = corpus_add(&tr, &ctrain, train, train_len, &res, &rows, true, common.n ? &common : NULL, "train");
    if (st != RASAD_OK)
        goto fail;
    if (dev && dev_len) {
        st = corpus_add(&tr, &cdev, dev, dev_len, &res, &rows, false, NULL, "dev");
        if (st != RASAD_OK)
            goto fail;
    }
    say(&tr, "train: %zu sentences, %zu tokens, %zu features; dev: %zu sentences", ctrain.nsent,
        ctrain.ntok, rows.n, cdev.nsent);
    if (tr.eset)
        say(&tr, "edge features (set %u): %zu keys", tr.eset, erows.n);
    long best = epochs;
    double bestf = 0;
    int bias = 0;
    st = perceptron(&tr, &ctrain, cdev.nsent ? &cdev : NULL, rows.n, epochs, num[P_PATIENCE],
                    (uint64_t)num[P_SEED], num[P_DROPOUT], &W, &best, &bestf, &bias, 0, 0);
    if (st != RASAD_OK)
        goto fail;
    /* the final weights: the average of `ensemble` perceptrons trained
     * with seeds seed, seed+1, ... (each one averaged itself) */
    long nens = num[P_ENSEMBLE] < 1 ? 1 : num[P_ENSEMBLE];
    int first_done = 0;
    /* the second pass needs two sentences to jackknife */
    s2.folds = (size_t)num[P_STACK_FOLDS] < ctrain.nsent ? (size_t)num[P_STACK_FOLDS] : ctrain.nsent;
    bool stack = num[P_STACK] && s2.folds >= 2;
    s2.window = (size_t)num[P_STACK_WINDOW];
    s2.step = num[P_STACK_STEP] ? num[P_STACK_STEP] : 1;
    s2.epochs = epochs;
    s2.patience = num[P_PATIENCE];
    s2.seed = (uint64_t)num[P_SEED];
    s2.best = epochs;
    s2.bias = NBIAS / 2; /* no second-pass O penalty unless dev picks one */
    if (s2.window > TG_S2_MAX_WINDOW) {
        st = RASAD_EINVAL;
        snprintf(tr.msg, sizeof tr.msg, "stack-window is at most %u", TG_S2_MAX_WINDOW);
        goto fail;
    }
    if (cdev.nsent) {
        say(&tr, "best dev F1 %.2f after %ld epochs, O penalty %.2f", bestf, best, bias / 4.0);
        weights_free(&W);
        if (stack) {
            st = s2_select(&tr, &ctrain, &cdev, rows.n, best, (uint64_t)num[P_SEED],
                           num[P_DROPOUT], bias, &s2);
            if (st != RASAD_OK)
                goto fail;
        }
        if (num[P_REFIT]) {
            /* retrain on train + dev: the dev sentences join the corpus
             * and add their features */
            corpus_free(&cdev);
            st = corpus_add(&tr, &ctrain, dev, dev_len, &res, &rows, true, common.n ? &common : NULL, "dev");
            if (st != RASAD_OK)
                goto fail;
            say(&tr, "refit on train+dev: %zu sentences, %zu features, %ld epochs", ctrain.nsent,
                rows.n, best);
        }
    } else {
        first_done = 1; /* the run above is the first member */
    }
    if (stack) {
        st = s2_fit(&tr, &ctrain, rows.n, best, (uint64_t)num[P_SEED], num[P_DROPOUT], bias, &s2);
        if (st != RASAD_OK)
            goto fail;
    }
    avg = calloc(rows.n ? rows.n * TG_NLABELS : 1, sizeof *avg);
    if (!avg) {
        st = RASAD_ENOMEM;
        snprintf(tr.msg, sizeof tr.msg, "out of memory");
        goto fail;
    }
    double tavg[NTRANS] = {0};
    size_t ne = tr.eset ? erows.n * NTRANS : 0;
    eavg = calloc(ne ? ne : 1, sizeof *eavg);
    if (!eavg) {
        st = RASAD_ENOMEM;
        snprintf(tr.msg, sizeof tr.msg, "out of memory");
        goto fail;
    }
    for (long k = 0; k < nens; k++) {
        if (!(k == 0 && first_done)) {
            long b2;
            double f2;
            int bias2;
            st = perceptron(&tr, &ctrain, NULL, rows.n, best, 0, (uint64_t)(num[P_SEED] + k),
                            num[P_DROPOUT], &W, &b2, &f2, &bias2, 0, 0);
            if (st != RASAD_OK)
                goto fail;
        }
        for (size_t j = 0; j < W.nrows * TG_NLABELS; j++)
            avg[j] += ((double)W.w[j] - (double)W.u[j] / (double)W.c) / (double)nens;
        for (size_t j = 0; j < NTRANS; j++)
            tavg[j] += ((double)W.tw[j] - (double)W.tu[j] / (double)W.c) / (double)nens;
        for (size_t j = 0; W.ew && j < W.nerows * NTRANS && j < ne; j++)
            eavg[j] += ((double)W.ew[j] - (double)W.eu[j] / (double)W.c) / (double)nens;
        if (k + 1 < nens)
            weights_free(&W);
    }

    /* averaged weights, quantized to int16 with one scale */
    double maxabs = 0;
    size_t nw = W.nrows * TG_NLABELS;
    for (size_t k = 0; k < nw; k++) {
        double a = fabs(avg[k]);
        if (a > maxabs)
            maxabs = a;
    }
    /* the O penalty picked on dev joins the transitions into O */
    for (size_t k = 0; k < NTRANS; k++)
        tavg[k] -= k % TG_NLABELS == TG_O ? bias / 4.0 : 0.0;
    for (size_t k = 0; k < NTRANS; k++) {
        double a = fabs(tavg[k]);
        if (a > maxabs)
            maxabs = a;
    }
    for (size_t k = 0; k < ne; k++) {
        double a = fabs(eavg[k]);
        if (a > maxabs)
            maxabs = a;
    }
    /* the second pass's averaged weights, in first-pass units */
    size_t n2 = stack ? s2.W.nrows * TG_NLABELS : 0;
    a2 = malloc((n2 ? n2 : 1) * sizeof *a2);
    if (!a2) {
        st = RASAD_ENOMEM;
        snprintf(tr.msg, sizeof tr.msg, "out of memory");
        goto fail;
    }
    double ta2[NTRANS] = {0};
    for (size_t k = 0; k < n2; k++)
        a2[k] = ((double)s2.W.w[k] - (double)s2.W.u[k] / (double)s2.W.c) * (double)s2.step / FX;
    for (size_t k = 0; stack && k < NTRANS; k++) {
        /* the first pass's transitions (with its O penalty) plus the
         * learned change and the second pass's own O penalty */
        ta2[k] = tavg[k] +
                 ((double)s2.W.tw[k] - (double)s2.W.tu[k] / (double)s2.W.c) * (double)s2.step / FX -
                 (k % TG_NLABELS == TG_O ? (s2.bias - NBIAS / 2) / 4.0 : 0.0);
    }
    /* (the second pass's weights are int32 in the same scale: they do not
     * take part in choosing it) */
    double scale = maxabs > 0 ? maxabs / 32767.0 : 1.0;
    q = malloc((nw ? nw : 1) * sizeof *q);
    fkeys = malloc((W.nrows ? W.nrows : 1) * sizeof *fkeys);
    rowmap = malloc((W.nrows ? W.nrows : 1) * sizeof *rowmap);
    if (!q || !fkeys || !rowmap) {
        st = RASAD_ENOMEM;
        snprintf(tr.msg, sizeof tr.msg, "out of memory");
        goto fail;
    }
    /* rows are numbered in first-seen order; the map gives each its key */
    for (size_t i = 0; i < rows.cap; i++)
        if (rows.keys[i])
            fkeys[rows.vals[i]] = rows.keys[i];
    long prune = num[P_PRUNE];
    uint32_t kept = 0;
    for (size_t r = 0; r < W.nrows; r++) {
        int16_t row[TG_NLABELS];
        int keep = 0;
        for (unsigned y = 0; y < TG_NLABELS; y++) {
            size_t k = r * TG_NLABELS + y;
            long iv = quant16(avg[k] / scale);
            row[y] = (int16_t)iv;
            if (labs(iv) > prune)
                keep = 1;
        }
        if (!keep)
            continue;
        memcpy(q + (size_t)kept * TG_NLABELS, row, sizeof row);
        fkeys[kept] = fkeys[r];
        kept++;
    }
    int16_t qt[NTRANS];
    for (size_t k = 0; k < NTRANS; k++) {
        qt[k] = (int16_t)quant16(tavg[k] / scale);
    }
    say(&tr, "model: %u of %zu features kept, weight scale %g", kept, W.nrows, scale);
    tg_model_parts fin = {(float)scale, cbits, qt, fkeys, kept, q,
                          lkeys, lvals, (uint32_t)lexmap.n, ckeys, cvals, (uint32_t)clumap.n,
                          NULL, NULL, 0, NULL, 0, 0, NULL, 0, NULL};
    if (ne) {
        /* edge rows, quantized like the feature rows; all-zero rows go */
        qe = malloc(ne * sizeof *qe);
        ekeys = malloc(erows.n * sizeof *ekeys);
        if (!qe || !ekeys) {
            st = RASAD_ENOMEM;
            snprintf(tr.msg, sizeof tr.msg, "out of memory");
            goto fail;
        }
        for (size_t i = 0; i < erows.cap; i++)
            if (erows.keys[i])
                ekeys[erows.vals[i]] = erows.keys[i];
        uint32_t ekept = 0;
        for (size_t r = 0; r < erows.n; r++) {
            int keep = 0;
            int16_t *row = qe + (size_t)ekept * NTRANS;
            for (size_t j = 0; j < NTRANS; j++) {
                row[j] = (int16_t)quant16(eavg[r * NTRANS + j] / scale);
                keep |= row[j] != 0;
            }
            if (keep)
                ekeys[ekept++] = ekeys[r];
        }
        say(&tr, "edge features: %u of %zu keys kept", ekept, erows.n);
        if (ekept) {
            fin.eset = tr.eset;
            fin.ekeys = ekeys;
            fin.erows = ekept;
            fin.eweights = qe;
        }
    }
    int32_t qt2[NTRANS];
    if (stack) {
        q2 = malloc((n2 ? n2 : 1) * sizeof *q2);
        k2 = malloc((s2.rows.n ? s2.rows.n : 1) * sizeof *k2);
        if (!q2 || !k2) {
            st = RASAD_ENOMEM;
            snprintf(tr.msg, sizeof tr.msg, "out of memory");
            goto fail;
        }
        for (size_t k = 0; k < n2; k++)
            q2[k] = quant32(a2[k] / scale);
        for (size_t k = 0; k < NTRANS; k++)
            qt2[k] = quant32(ta2[k] / scale);
        for (size_t i = 0; i < s2.rows.cap; i++)
            if (s2.rows.keys[i])
                k2[s2.rows.vals[i]] = s2.rows.keys[i];
        fin.s2trans = qt2;
        fin.s2keys = k2;
        fin.s2rows = (uint32_t)s2.W.nrows;
        fin.s2weights = q2;
        fin.s2window = (uint32_t)s2.window;
        say(&tr, "second pass: %zu features, window %zu sentences", s2.W.nrows, s2.window);
    }
    st = tg_model_build(&fin, &out, &outlen);
    if (st != RASAD_OK) {
        snprintf(tr.msg, sizeof tr.msg, "cannot build the model: %s", rasad_strerror(st));
        goto fail;
    }
    *model = out;
    *model_len = outlen;
    out = NULL;
fail:
    if (st != RASAD_OK)
        error_set(err, st, SIZE_MAX, "%s", tr.msg[0] ? tr.msg : rasad_strerror(st));
    weights_free(&W);
    s2state_free(&s2);
    free(a2);
    free(q2);
    free(k2);
    corpus_free(&ctrain);
    corpus_free(&cdev);
    map_free(&lexmap);
    map_free(&clumap);
    map_free(&rows);
    map_free(&common);
    map_free(&erows);
    free(ekeys);
    free(eavg);
    free(qe);
    free(lkeys);
    free(lvals);
    free(ckeys);
    free(cvals);
    free(fkeys);
    free(rowmap);
    free(q);
    free(avg);
    rasad_free(resbytes);
    rasad_free(out);
    return st;
}
