/* SPDX-License-Identifier: MIT
 *
 * clusters.c - word clusters for the NER tagger, induced from unlabeled
 * news text (issue 4). Brown clustering is too slow for 2 cores and our
 * time budget, so each word gets a 32-bit signature instead: a random
 * projection (SimHash, Charikar 2002) of its centred context distribution.
 * Words used in similar contexts share most bits, so prefixes and slices
 * of the signature act as coarse-to-fine classes for words the labelled
 * corpus never saw.
 *
 * Words are the light stems (features.h) of normalized tokens. A word's
 * context vector counts the C most frequent words at positions -2, -1,
 * +1, +2 (each position its own dimensions), each occurrence weighted by
 * 1024 / sqrt(count of the context word) so that function words do not
 * dominate. Bit b of the signature is the sign of
 *
 *     T * sum_d v_w[d] r_b(d)  -  n_w * sum_d G[d] r_b(d)
 *
 * where r_b(d) = +-1 comes from a hash of (d, b), G is the context vector
 * summed over all words, T the total of G's weights and n_w the count of
 * w: the projection of v_w minus n_w times the average context, i.e. how
 * w's contexts differ from everyone's. Integer arithmetic throughout, so
 * the output is identical on every machine.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tagger/features.h"
#include "text/normalize.h"
#include "util/buf.h"
#include "util/utf8.h"

#define CL_DIMS 128 /* projection dimensions */
#define CL_COARSE 64  /* k-means classes, coarse */
#define CL_FINE 1024  /* k-means classes, fine */
#define CL_ITERS 10

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
        uint32_t *c = realloc(v->count, nc * sizeof *c);
        if (!c)
            return UINT32_MAX;
        v->count = c;
        size_t *po = realloc(v->pool_off, nc * sizeof *po);
        if (!po)
            return UINT32_MAX;
        v->pool_off = po;
        uint32_t *pl = realloc(v->pool_len, nc * sizeof *pl);
        if (!pl)
            return UINT32_MAX;
        v->pool_len = pl;
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

/* Counts of (word, dimension) pairs: open addressing on key + 1. */
typedef struct cooc {
    uint64_t *keys;
    uint32_t *counts;
    size_t cap, n;
} cooc;

static int cooc_add(cooc *m, uint64_t key) {
    key += 1;
    if ((m->n + 1) * 2 > m->cap) {
        size_t nc = m->cap ? m->cap * 2 : 1u << 20;
        uint64_t *nk = calloc(nc, sizeof *nk);
        uint32_t *ncn = calloc(nc, sizeof *ncn);
        if (!nk || !ncn) {
            free(nk);
            free(ncn);
            return 0;
        }
        for (size_t i = 0; i < m->cap; i++)
            if (m->keys[i]) {
                size_t j = (size_t)tg_mix(m->keys[i], 0) & (nc - 1);
                while (nk[j])
                    j = (j + 1) & (nc - 1);
                nk[j] = m->keys[i];
                ncn[j] = m->counts[i];
            }
        free(m->keys);
        free(m->counts);
        m->keys = nk;
        m->counts = ncn;
        m->cap = nc;
    }
    size_t j = (size_t)tg_mix(key, 0) & (m->cap - 1);
    while (m->keys[j] && m->keys[j] != key)
        j = (j + 1) & (m->cap - 1);
    if (!m->keys[j]) {
        m->keys[j] = key;
        m->n++;
    }
    m->counts[j]++;
    return 1;
}

static void cooc_free(cooc *m) {
    free(m->keys);
    free(m->counts);
    memset(m, 0, sizeof *m);
}

/* Spherical k-means of n unit vectors into k classes (CL_ITERS rounds),
 * seeded with evenly spaced vectors (the input is sorted by frequency, so
 * the seeds span frequent and rare words). Deterministic. */
static int kmeans(const float *vec, size_t n, size_t k, uint16_t *cls) {
    if (n == 0)
        return 0;
    if (k > n)
        k = n;
    float *cen = calloc(k * CL_DIMS, sizeof *cen);
    double *sum = calloc(k * CL_DIMS, sizeof *sum);
    if (!cen || !sum) {
        free(cen);
        free(sum);
        return -1;
    }
    for (size_t c = 0; c < k; c++)
        memcpy(cen + c * CL_DIMS, vec + (c * n / k) * CL_DIMS, CL_DIMS * sizeof *cen);
    for (int it = 0; it < CL_ITERS; it++) {
        for (size_t i = 0; i < n; i++) {
            const float *x = vec + i * CL_DIMS;
            float best = -1e30f;
            size_t arg = 0;
            for (size_t c = 0; c < k; c++) {
                const float *y = cen + c * CL_DIMS;
                float d = 0;
                for (int b = 0; b < CL_DIMS; b++)
                    d += x[b] * y[b];
                if (d > best) {
                    best = d;
                    arg = c;
                }
            }
            cls[i] = (uint16_t)arg;
        }
        memset(sum, 0, k * CL_DIMS * sizeof *sum);
        for (size_t i = 0; i < n; i++)
            for (int b = 0; b < CL_DIMS; b++)
                sum[cls[i] * CL_DIMS + b] += vec[i * CL_DIMS + b];
        for (size_t c = 0; c < k; c++) {
            double nn = 0;
            for (int b = 0; b < CL_DIMS; b++)
                nn += sum[c * CL_DIMS + b] * sum[c * CL_DIMS + b];
            if (nn <= 0)
                continue; /* an empty class keeps its centre */
            nn = 1.0 / sqrt(nn);
            for (int b = 0; b < CL_DIMS; b++)
                cen[c * CL_DIMS + b] = (float)(sum[c * CL_DIMS + b] * nn);
        }
    }
    free(cen);
    free(sum);
    return 0;
}

rasad_status rasad_ner_clusters(const char *text, size_t len, size_t contexts, size_t min_count,
                                rasad_log_fn logfn, void *log_ctx, char **out, size_t *out_len) {
    if (!out || (!text && len) || contexts == 0 || contexts > 100000)
        return RASAD_EINVAL;
    *out = NULL;
    if (out_len)
        *out_len = 0;
    rasad_status st = RASAD_ENOMEM;
    vocab v;
    memset(&v, 0, sizeof v);
    buf_init(&v.pool, rasad_default_mem());
    uint32_t *stream = NULL, *order = NULL;
    int32_t *ctx = NULL;
    int64_t *weight = NULL;
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
    /* 2. the context words: the most frequent ones */
    order = malloc((v.n ? v.n : 1) * sizeof *order);
    ctx = malloc((v.n ? v.n : 1) * sizeof *ctx);
    weight = malloc((contexts ? contexts : 1) * sizeof *weight);
    if (!order || !ctx || !weight)
        goto fail;
    for (size_t i = 0; i < v.n; i++) {
        order[i] = (uint32_t)i;
        ctx[i] = -1;
    }
    sort_vocab = &v;
    qsort(order, v.n, sizeof *order, by_count);
    size_t nc = contexts < v.n ? contexts : v.n;
    for (size_t k = 0; k < nc; k++) {
        ctx[order[k]] = (int32_t)k;
        weight[k] = (int64_t)lrint(1024.0 / sqrt((double)v.count[order[k]]));
        if (weight[k] < 1)
            weight[k] = 1;
    }
    /* 3. sparse co-occurrence counts n(w, d) of the target words (seen
     * min_count times) with dimension d = position * C + context word */
    size_t nw = 0;
    while (nw < v.n && v.count[order[nw]] >= min_count)
        nw++;
    int32_t *target = malloc((v.n ? v.n : 1) * sizeof *target);
    if (!target)
        goto fail;
    for (size_t i = 0; i < v.n; i++)
        target[i] = -1;
    for (size_t k = 0; k < nw; k++)
        target[order[k]] = (int32_t)k;
    static const int OFFS[4] = {-2, -1, 1, 2};
    cooc co = {0};
    for (size_t i = 0; i < ns; i++) {
        uint32_t w = stream[i];
        if (w >= UINT32_MAX - 1 || target[w] < 0)
            continue;
        for (int k = 0; k < 4; k++) {
            int o = OFFS[k];
            if ((o < 0 && i < (size_t)-o) || (o > 0 && i + (size_t)o >= ns))
                continue;
            /* do not look across a boundary */
            int crossed = 0;
            for (int sft = o < 0 ? o : 1; sft <= (o < 0 ? -1 : o); sft++)
                if (stream[i + (size_t)(ptrdiff_t)sft] >= UINT32_MAX - 1)
                    crossed = 1;
            if (crossed)
                continue;
            int32_t c = ctx[stream[i + (size_t)(ptrdiff_t)o]];
            if (c < 0)
                continue;
            if (!cooc_add(&co, (uint64_t)(uint32_t)target[w] << 32 | ((uint32_t)k * (uint32_t)nc + (uint32_t)c))) {
                free(target);
                cooc_free(&co);
                goto fail;
            }
        }
    }
    free(target);
    cl_log(logfn, log_ctx, "%zu co-occurrence pairs of %zu words", co.n, nw);
    /* 4. PPMI with context smoothing (Levy et al. 2015, alpha 0.75),
     * projected onto CL_DIMS random +-1 directions, normalized */
    size_t ndims = 4 * nc;
    double *nd = calloc(ndims ? ndims : 1, sizeof *nd), *nwt = calloc(nw ? nw : 1, sizeof *nwt);
    float *vec = calloc(nw ? nw * CL_DIMS : 1, sizeof *vec);
    uint32_t *sig = calloc(nw ? nw : 1, sizeof *sig);
    uint16_t *coarse = calloc(nw ? nw : 1, sizeof *coarse), *fine = calloc(nw ? nw : 1, sizeof *fine);
    uint64_t *dirs = malloc((ndims ? ndims : 1) * sizeof(uint64_t) * (CL_DIMS / 64));
    int ok = nd && nwt && vec && sig && coarse && fine && dirs;
    double *xv = ok ? calloc(nw ? nw * CL_DIMS : 1, sizeof *xv) : NULL;
    if (!xv)
        ok = 0;
    if (ok) {
        for (size_t j = 0; j < co.cap; j++)
            if (co.keys[j]) {
                nd[(uint32_t)(co.keys[j] - 1)] += co.counts[j];
                nwt[(co.keys[j] - 1) >> 32] += co.counts[j];
            }
        double zsum = 0;
        for (size_t d = 0; d < ndims; d++) {
            nd[d] = pow(nd[d], 0.75);
            zsum += nd[d];
        }
        for (size_t d = 0; d < ndims; d++)
            for (int q = 0; q < CL_DIMS / 64; q++)
                dirs[d * (CL_DIMS / 64) + (size_t)q] = tg_mix(d * 16 + (size_t)q, 0xd1e5);
        for (size_t j = 0; j < co.cap; j++) {
            if (!co.keys[j])
                continue;
            uint64_t key = co.keys[j] - 1;
            size_t w = (size_t)(key >> 32), d = (uint32_t)key;
            double pmi = log(((double)co.counts[j] / nwt[w]) / (nd[d] / zsum));
            if (pmi <= 0)
                continue;
            double *x = xv + w * CL_DIMS;
            const uint64_t *r = dirs + d * (CL_DIMS / 64);
            for (int b = 0; b < CL_DIMS; b++)
                x[b] += (r[b / 64] >> (b % 64) & 1u) ? pmi : -pmi;
        }
        for (size_t k = 0; k < nw; k++) {
            double norm = 0, *x = xv + k * CL_DIMS;
            for (int b = 0; b < CL_DIMS; b++) {
                norm += x[b] * x[b];
                if (b < 16 && x[b] > 0)
                    sig[k] |= 1u << (15 - b);
            }
            norm = norm > 0 ? 1.0 / sqrt(norm) : 0;
            for (int b = 0; b < CL_DIMS; b++)
                vec[k * CL_DIMS + b] = (float)(x[b] * norm);
        }
    }
    free(xv);
    free(nd);
    free(nwt);
    free(dirs);
    cooc_free(&co);
    if (!ok || kmeans(vec, nw, CL_COARSE, coarse) != 0 || kmeans(vec, nw, CL_FINE, fine) != 0) {
        free(vec);
        free(sig);
        free(coarse);
        free(fine);
        goto fail;
    }
    /* 5. the output: coarse class (6 bits), fine class (10 bits) and 16
     * sign bits of the projection, as one 32-bit string */
    size_t kept = 0;
    for (size_t k = 0; k < nw; k++) {
        uint32_t w = order[k];
        uint32_t val = (uint32_t)coarse[k] << 26 | (uint32_t)fine[k] << 16 | sig[k];
        char bits[33];
        for (int b = 0; b < 32; b++)
            bits[b] = (val >> (31 - b) & 1u) ? '1' : '0';
        bits[32] = '\0';
        buf_printf(&res, "%s\t%.*s\t%u\n", bits, (int)v.pool_len[w], v.pool.data + v.pool_off[w],
                   v.count[w]);
        kept++;
    }
    free(vec);
    free(sig);
    free(coarse);
    free(fine);
    if (res.failed)
        goto fail;
    cl_log(logfn, log_ctx, "%zu words with signatures", kept);
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
    free(ctx);
    free(weight);
    buf_free(&word);
    buf_free(&res);
    return st;
}
