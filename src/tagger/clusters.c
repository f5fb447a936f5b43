/* SPDX-License-Identifier: MIT
 *
 * clusters.c - word clusters for the NER tagger, induced from unlabeled
 * news text (issue 4). Words are the light stems (features.h) of
 * normalized tokens; those seen min_count times or more are clustered by
 * the exchange algorithm (exchange.c), which maximizes the same
 * class-bigram likelihood as Brown clustering but moves words between a
 * fixed number of classes instead of merging, so it fits the training
 * budget on 2 cores. Four independent clusterings of different sizes
 * (64, 256, 128 and 16 classes) stand in for Brown's prefixes of
 * different lengths; each word's four class numbers are written as one
 * 32-bit string (coarse 6 bits, fine 10 bits, then 8 and 8 bits), the
 * layout features.c reads.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tagger/exchange.h"
#include "tagger/features.h"
#include "text/normalize.h"
#include "util/buf.h"
#include "util/grow.h"
#include "util/utf8.h"

#define CL_XCOARSE 64 /* classes of each clustering */
#define CL_XFINE 256
#define CL_XMID 128
#define CL_XSMALL 16

typedef struct vocab {
    uint64_t *keys;  /* open addressing on the light-stem hash */
    uint32_t *ids;
    size_t cap, n;
    uint32_t *count;
    size_t *pool_off; /* id -> offset of its bytes in pool */
    uint32_t *pool_len;
    size_t idcap;
    buf pool;
} vocab;

static int vocab_grow(vocab *v) {
    size_t nc = v->cap ? v->cap * 2 : 1u << 18;
    uint64_t *nk = calloc(nc, sizeof *nk);
    uint32_t *ni = calloc(nc, sizeof *ni);
    if (!nk || !ni) {
        free(nk);
        free(ni);
        return 0;
    }
    for (size_t i = 0; i < v->cap; i++)
        if (v->keys[i]) {
            size_t j = (size_t)v->keys[i] & (nc - 1);
            while (nk[j])
                j = (j + 1) & (nc - 1);
            nk[j] = v->keys[i];
            ni[j] = v->ids[i];
        }
    free(v->keys);
    free(v->ids);
    v->keys = nk;
    v->ids = ni;
    v->cap = nc;
    return 1;
}

/* Id of the word s[0..len) with hash h, added when new; UINT32_MAX when
 * out of memory. */
static uint32_t vocab_id(vocab *v, uint64_t h, const char *s, size_t len) {
    if (h == 0)
        h = 1;
    if ((v->n + 1) * 2 > v->cap && !vocab_grow(v))
        return UINT32_MAX;
    size_t j = (size_t)h & (v->cap - 1);
    while (v->keys[j] && v->keys[j] != h)
        j = (j + 1) & (v->cap - 1);
    if (v->keys[j]) {
        v->count[v->ids[j]]++;
        return v->ids[j];
    }
    if (v->n == v->idcap) {
        size_t nc = v->idcap ? v->idcap * 2 : 1u << 16;
        if (!resize_to(NULL, (void **)&v->count, nc, sizeof *v->count) ||
            !resize_to(NULL, (void **)&v->pool_off, nc, sizeof *v->pool_off) ||
            !resize_to(NULL, (void **)&v->pool_len, nc, sizeof *v->pool_len))
            return UINT32_MAX;
        v->idcap = nc;
    }
    uint32_t id = (uint32_t)v->n++;
    v->keys[j] = h;
    v->ids[j] = id;
    v->count[id] = 1;
    v->pool_off[id] = v->pool.len;
    v->pool_len[id] = (uint32_t)len;
    buf_append(&v->pool, s, len);
    return v->pool.failed ? UINT32_MAX : id;
}

static void vocab_free(vocab *v) {
    free(v->keys);
    free(v->ids);
    free(v->count);
    free(v->pool_off);
    free(v->pool_len);
    buf_free(&v->pool);
}

/* Does cp end a word (space, punctuation)? */
static int is_break(int32_t cp) {
    norm_class c = norm_classify(cp);
    return c == NC_SPACE || c == NC_NEWLINE || c == NC_PUNCT || c == NC_QUOTE || c == NC_BRACKET ||
           c == NC_INVALID;
}

static const vocab *sort_vocab;
static int by_count(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    const vocab *v = sort_vocab;
    if (v->count[x] != v->count[y])
        return v->count[x] > v->count[y] ? -1 : 1;
    size_t lx = v->pool_len[x], ly = v->pool_len[y];
    int c = memcmp(v->pool.data + v->pool_off[x], v->pool.data + v->pool_off[y], lx < ly ? lx : ly);
    if (c)
        return c;
    return lx < ly ? -1 : lx > ly;
}

static void cl_log(rasad_log_fn log, void *ctx, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
#include <stdarg.h>
static void cl_log(rasad_log_fn log, void *ctx, const char *fmt, ...) {
    if (!log)
        return;
    char line[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    log(line, ctx);
}

rasad_status rasad_ner_clusters(const char *text, size_t len, size_t passes, size_t min_count,
                                rasad_log_fn logfn, void *log_ctx, char **out, size_t *out_len) {
    if (!out || (!text && len) || passes == 0 || passes > 1000)
        return RASAD_EINVAL;
    *out = NULL;
    if (out_len)
        *out_len = 0;
    rasad_status st = RASAD_ENOMEM;
    vocab v;
    memset(&v, 0, sizeof v);
    buf_init(&v.pool, rasad_default_mem());
    uint32_t *stream = NULL, *order = NULL, *rank = NULL;
    uint16_t *cls[4] = {NULL, NULL, NULL, NULL};
    size_t ns = 0, scap = 0;
    buf word, res;
    buf_init(&word, rasad_default_mem());
    buf_init(&res, rasad_default_mem());
    /* 1. tokens -> light-stem ids; a line break is a boundary (UINT32_MAX) */
    const uint8_t *p = (const uint8_t *)text;
    for (size_t i = 0; i <= len;) {
        int32_t cp = '\n';
        size_t n = 1;
        if (i < len)
            n = utf8_decode(p + i, len - i, &cp);
        if (i == len || is_break(cp)) {
            uint32_t id = UINT32_MAX - 1; /* nothing */
            if (word.len) {
                size_t off, ll = tg_light_stem(word.data, word.len, &off);
                id = vocab_id(&v, tg_hash_bytes(word.data + off, ll), word.data + off, ll);
                if (id == UINT32_MAX)
                    goto fail;
                buf_clear(&word);
            }
            uint32_t ids[2] = {id, UINT32_MAX - 1};
            norm_class c = i < len ? norm_classify(cp) : NC_NEWLINE;
            if (c == NC_NEWLINE || (c == NC_PUNCT && (cp == '.' || cp == 0x06D4)))
                ids[1] = UINT32_MAX; /* sentence or article boundary */
            for (int k = 0; k < 2; k++) {
                if (ids[k] == UINT32_MAX - 1)
                    continue;
                if (ns == scap) {
                    size_t nc = scap ? scap * 2 : 1u << 20;
                    uint32_t *s2 = realloc(stream, nc * sizeof *s2);
                    if (!s2)
                        goto fail;
                    stream = s2;
                    scap = nc;
                }
                stream[ns++] = ids[k];
            }
        } else {
            char tmp[NORM_MAX_OUT];
            size_t m = norm_codepoint(cp, tmp);
            buf_append(&word, tmp, m);
            if (word.failed)
                goto fail;
        }
        i += n;
    }
    cl_log(logfn, log_ctx, "%zu tokens, %zu distinct light stems", ns, v.n);
    /* 2. the words by frequency; those seen min_count times are clustered */
    order = malloc((v.n ? v.n : 1) * sizeof *order);
    rank = malloc((v.n ? v.n : 1) * sizeof *rank);
    if (!order || !rank)
        goto fail;
    for (size_t i = 0; i < v.n; i++)
        order[i] = (uint32_t)i;
    sort_vocab = &v;
    qsort(order, v.n, sizeof *order, by_count);
    size_t nw = 0;
    while (nw < v.n && v.count[order[nw]] >= min_count)
        nw++;
    for (size_t i = 0; i < v.n; i++)
        rank[i] = UINT32_MAX - 1; /* a rare word */
    for (size_t k = 0; k < nw; k++)
        rank[order[k]] = (uint32_t)k;
    /* 3. the stream in frequency ranks (boundaries stay UINT32_MAX) */
    for (size_t i = 0; i < ns; i++)
        if (stream[i] != UINT32_MAX)
            stream[i] = rank[stream[i]];
    static const size_t SIZES[4] = {CL_XCOARSE, CL_XFINE, CL_XMID, CL_XSMALL};
    for (int c = 0; c < 4; c++) {
        cls[c] = calloc(nw ? nw : 1, sizeof *cls[c]);
        if (!cls[c] || tg_exchange(stream, ns, nw, SIZES[c], (int)passes, cls[c]) != 0)
            goto fail;
        cl_log(logfn, log_ctx, "%zu words in %zu classes", nw, SIZES[c]);
    }
    /* 4. the output: the four class numbers as one 32-bit string */
    for (size_t k = 0; k < nw; k++) {
        uint32_t w = order[k];
        uint32_t val = (uint32_t)cls[0][k] << 26 | (uint32_t)cls[1][k] << 16 |
                       (uint32_t)cls[2][k] << 8 | cls[3][k];
        char bits[33];
        for (int b = 0; b < 32; b++)
            bits[b] = (val >> (31 - b) & 1u) ? '1' : '0';
        bits[32] = '\0';
        buf_printf(&res, "%s\t%.*s\t%u\n", bits, (int)v.pool_len[w], v.pool.data + v.pool_off[w],
                   v.count[w]);
    }
    if (res.failed)
        goto fail;
    cl_log(logfn, log_ctx, "%zu words with classes", nw);
    buf_putc(&res, '\0');
    if (res.failed)
        goto fail;
    res.len--;
    *out = buf_detach(&res, out_len);
    st = RASAD_OK;
fail:
    vocab_free(&v);
    free(stream);
    free(order);
    free(rank);
    for (int c = 0; c < 4; c++)
        free(cls[c]);
    buf_free(&word);
    buf_free(&res);
    return st;
}
