/* SPDX-License-Identifier: MIT
 *
 * vectors.c - embedding classes for the NER tagger (issue 4; see
 * vectors.h). Three steps, all single-threaded and seeded, so the same
 * text gives the same classes:
 *
 *  1. counts of (word, context) pairs: contexts are the EV_CTX most
 *     frequent words, on the left or on the right (two columns each),
 *     within EV_WINDOW words and inside a sentence; the nearer neighbour
 *     counts double. These become positive PMI values with the context
 *     distribution smoothed by the power 0.75 (Levy, Goldberg & Dagan
 *     2015), a sparse matrix M (words x contexts).
 *  2. a randomized SVD of M (Halko, Martinsson & Tropp 2011): a Gaussian
 *     sketch, one power iteration, orthonormalization by Cholesky QR done
 *     twice, and the small eigenproblem by cyclic Jacobi. A word's vector
 *     is its row of U times the square root of the singular values,
 *     scaled to unit length.
 *  3. a hierarchical spherical k-means: 64 classes, each split in 4, and
 *     each of those in 4 again, so the class numbers nest like Brown
 *     prefixes and each level costs only a few passes over the words.
 */
#include "tagger/vectors.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define EV_CTX 10000u   /* context words: the most frequent */
#define EV_WINDOW 2     /* words on either side */
#define EV_SKETCH 96    /* width of the random sketch */
#define EV_DIM 64       /* dimensions kept */
#define EV_KM_ITERS 12  /* k-means passes per level */
#define EV_TOP 64       /* classes of the first level */
#define EV_SPLIT 4      /* each class is split this many ways, twice */

typedef struct pairmap {
    uint64_t *keys; /* (word + 1) << 32 | column; 0 = empty */
    uint32_t *cnt;
    size_t cap, n;
} pairmap;

static uint64_t ev_hash(uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33;
    return k;
}

static int pm_grow(pairmap *m) {
    size_t nc = m->cap ? m->cap * 2 : (size_t)1 << 22;
    uint64_t *nk = calloc(nc, sizeof *nk);
    uint32_t *nv = calloc(nc, sizeof *nv);
    if (!nk || !nv) {
        free(nk);
        free(nv);
        return -1;
    }
    for (size_t i = 0; i < m->cap; i++)
        if (m->keys[i]) {
            size_t j = (size_t)ev_hash(m->keys[i]) & (nc - 1);
            while (nk[j])
                j = (j + 1) & (nc - 1);
            nk[j] = m->keys[i];
            nv[j] = m->cnt[i];
        }
    free(m->keys);
    free(m->cnt);
    m->keys = nk;
    m->cnt = nv;
    m->cap = nc;
    return 0;
}

static int pm_add(pairmap *m, uint32_t w, uint32_t col, uint32_t inc) {
    if ((m->n + 1) * 2 > m->cap && pm_grow(m) != 0)
        return -1;
    uint64_t k = ((uint64_t)w + 1) << 32 | col;
    size_t j = (size_t)ev_hash(k) & (m->cap - 1);
    while (m->keys[j] && m->keys[j] != k)
        j = (j + 1) & (m->cap - 1);
    if (!m->keys[j]) {
        m->keys[j] = k;
        m->n++;
    }
    m->cnt[j] += inc;
    return 0;
}

/* The PPMI matrix, rows = words, in compressed sparse rows. */
typedef struct spm {
    size_t rows, cols;
    size_t *off;
    uint32_t *col;
    double *val;
} spm;

/* Y (rows x l) = M X, X cols x l. */
static void mul_m(const spm *m, const double *x, double *y, size_t l) {
    for (size_t r = 0; r < m->rows; r++) {
        double *yr = y + r * l;
        memset(yr, 0, l * sizeof *yr);
        for (size_t e = m->off[r]; e < m->off[r + 1]; e++) {
            const double *xc = x + (size_t)m->col[e] * l;
            double v = m->val[e];
            for (size_t j = 0; j < l; j++)
                yr[j] += v * xc[j];
        }
    }
}

/* Z (cols x l) = M^T Q, Q rows x l. */
static void mul_mt(const spm *m, const double *q, double *z, size_t l) {
    memset(z, 0, m->cols * l * sizeof *z);
    for (size_t r = 0; r < m->rows; r++) {
        const double *qr = q + r * l;
        for (size_t e = m->off[r]; e < m->off[r + 1]; e++) {
            double *zc = z + (size_t)m->col[e] * l;
            double v = m->val[e];
            for (size_t j = 0; j < l; j++)
                zc[j] += v * qr[j];
        }
    }
}

/* G (l x l) = Y^T Y for Y n x l. */
static void gram(const double *y, size_t n, size_t l, double *g) {
    memset(g, 0, l * l * sizeof *g);
    for (size_t r = 0; r < n; r++) {
        const double *yr = y + r * l;
        for (size_t a = 0; a < l; a++) {
            double ya = yr[a];
            if (ya == 0.0)
                continue;
            for (size_t b = a; b < l; b++)
                g[a * l + b] += ya * yr[b];
        }
    }
    for (size_t a = 0; a < l; a++)
        for (size_t b = 0; b < a; b++)
            g[a * l + b] = g[b * l + a];
}

/* Orthonormalizes the columns of Y (n x l) in place: Cholesky of Y^T Y
 * = R^T R, then Y R^-1; done twice, since one round loses orthogonality
 * when Y is ill-conditioned. A column that is numerically dependent is
 * kept finite by a small ridge. */
static void orth(double *y, size_t n, size_t l, double *g) {
    for (int round = 0; round < 2; round++) {
        gram(y, n, l, g);
        double tr = 0;
        for (size_t a = 0; a < l; a++)
            tr += g[a * l + a];
        double ridge = tr > 0 ? tr * 1e-12 : 1e-12;
        /* in place: upper triangle of g becomes R */
        for (size_t j = 0; j < l; j++) {
            double d = g[j * l + j] + ridge;
            for (size_t k = 0; k < j; k++)
                d -= g[k * l + j] * g[k * l + j];
            d = d > ridge ? sqrt(d) : sqrt(ridge);
            g[j * l + j] = d;
            for (size_t i = j + 1; i < l; i++) {
                double s = g[j * l + i];
                for (size_t k = 0; k < j; k++)
                    s -= g[k * l + j] * g[k * l + i];
                g[j * l + i] = s / d;
            }
        }
        for (size_t r = 0; r < n; r++) {
            double *yr = y + r * l;
            for (size_t j = 0; j < l; j++) {
                double s = yr[j];
                for (size_t k = 0; k < j; k++)
                    s -= yr[k] * g[k * l + j];
                yr[j] = s / g[j * l + j];
            }
        }
    }
}

/* Eigen-decomposition of the symmetric a (l x l) by cyclic Jacobi: a's
 * diagonal ends as the eigenvalues, v's columns the eigenvectors. */
static void jacobi(double *a, double *v, size_t l) {
    for (size_t i = 0; i < l; i++)
        for (size_t j = 0; j < l; j++)
            v[i * l + j] = i == j;
    for (int sweep = 0; sweep < 50; sweep++) {
        double off = 0, diag = 0;
        for (size_t i = 0; i < l; i++) {
            diag += a[i * l + i] * a[i * l + i];
            for (size_t j = i + 1; j < l; j++)
                off += a[i * l + j] * a[i * l + j];
        }
        if (off <= 1e-22 * diag)
            break;
        for (size_t p = 0; p < l; p++)
            for (size_t q = p + 1; q < l; q++) {
                double apq = a[p * l + q];
                if (fabs(apq) < 1e-300)
                    continue;
                double theta = (a[q * l + q] - a[p * l + p]) / (2 * apq);
                double t = (theta >= 0 ? 1.0 : -1.0) / (fabs(theta) + sqrt(theta * theta + 1));
                double c = 1 / sqrt(t * t + 1), s = t * c;
                for (size_t k = 0; k < l; k++) {
                    double akp = a[k * l + p], akq = a[k * l + q];
                    a[k * l + p] = c * akp - s * akq;
                    a[k * l + q] = s * akp + c * akq;
                }
                for (size_t k = 0; k < l; k++) {
                    double apk = a[p * l + k], aqk = a[q * l + k];
                    a[p * l + k] = c * apk - s * aqk;
                    a[q * l + k] = s * apk + c * aqk;
                }
                for (size_t k = 0; k < l; k++) {
                    double vkp = v[k * l + p], vkq = v[k * l + q];
                    v[k * l + p] = c * vkp - s * vkq;
                    v[k * l + q] = s * vkp + c * vkq;
                }
            }
    }
}

static float dot(const float *a, const float *b) {
    float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (size_t k = 0; k < EV_DIM; k += 4) {
        s0 += a[k] * b[k];
        s1 += a[k + 1] * b[k + 1];
        s2 += a[k + 2] * b[k + 2];
        s3 += a[k + 3] * b[k + 3];
    }
    return (s0 + s1) + (s2 + s3);
}

/* Spherical k-means of the points idx[0..m) (rows of e, unit length,
 * idx in frequency order) into k classes; the k most frequent points
 * seed the centroids. Writes out[0..m). cen holds k x EV_DIM floats. */
static void kmeans(const float *e, const uint32_t *idx, size_t m, size_t k, uint8_t *out,
                   float *cen, double *acc) {
    if (m <= k) {
        for (size_t i = 0; i < m; i++)
            out[i] = (uint8_t)i;
        return;
    }
    for (size_t c = 0; c < k; c++)
        memcpy(cen + c * EV_DIM, e + (size_t)idx[c] * EV_DIM, EV_DIM * sizeof *cen);
    memset(out, 0xff, m);
    for (int it = 0; it < EV_KM_ITERS; it++) {
        size_t moved = 0;
        for (size_t i = 0; i < m; i++) {
            const float *x = e + (size_t)idx[i] * EV_DIM;
            size_t best = 0;
            float bd = dot(x, cen);
            for (size_t c = 1; c < k; c++) {
                float d = dot(x, cen + c * EV_DIM);
                if (d > bd) {
                    bd = d;
                    best = c;
                }
            }
            moved += out[i] != best;
            out[i] = (uint8_t)best;
        }
        if (moved == 0)
            break;
        memset(acc, 0, k * EV_DIM * sizeof *acc);
        for (size_t i = 0; i < m; i++) {
            const float *x = e + (size_t)idx[i] * EV_DIM;
            double *a = acc + (size_t)out[i] * EV_DIM;
            for (size_t d = 0; d < EV_DIM; d++)
                a[d] += x[d];
        }
        for (size_t c = 0; c < k; c++) {
            double nn = 0;
            for (size_t d = 0; d < EV_DIM; d++)
                nn += acc[c * EV_DIM + d] * acc[c * EV_DIM + d];
            if (nn <= 0)
                continue; /* empty: keeps its centroid */
            nn = 1 / sqrt(nn);
            for (size_t d = 0; d < EV_DIM; d++)
                cen[c * EV_DIM + d] = (float)(acc[c * EV_DIM + d] * nn);
        }
    }
}

/* splitmix64 and a Gaussian by Box-Muller, for the sketch. */
static uint64_t ev_next(uint64_t *s) {
    uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static double ev_gauss(uint64_t *s) {
    double u1 = ((double)(ev_next(s) >> 11) + 1.0) / 9007199254740993.0;
    double u2 = (double)(ev_next(s) >> 11) / 9007199254740992.0;
    return sqrt(-2 * log(u1)) * cos(6.283185307179586 * u2);
}

/* Steps 1: the PPMI matrix of the stream. */
static int build_ppmi(const uint32_t *stream, size_t ns, size_t nw, spm *m) {
    int rc = -1;
    pairmap pm = {0};
    size_t nctx = nw < EV_CTX ? nw : EV_CTX, cols = 2 * nctx;
    double *rowsum = calloc(nw ? nw : 1, sizeof *rowsum);
    double *colp = calloc(cols ? cols : 1, sizeof *colp);
    if (!rowsum || !colp)
        goto fail;
    for (size_t i = 0; i < ns; i++) {
        uint32_t w = stream[i];
        if (w >= nw)
            continue;
        for (size_t d = 1; d <= EV_WINDOW && d <= i; d++) {
            uint32_t c = stream[i - d];
            if (c == UINT32_MAX)
                break;
            if (c < nctx && pm_add(&pm, w, 2 * c, d == 1 ? 2 : 1) != 0)
                goto fail;
        }
        for (size_t d = 1; d <= EV_WINDOW && i + d < ns; d++) {
            uint32_t c = stream[i + d];
            if (c == UINT32_MAX)
                break;
            if (c < nctx && pm_add(&pm, w, 2 * c + 1, d == 1 ? 2 : 1) != 0)
                goto fail;
        }
    }
    m->rows = nw;
    m->cols = cols;
    m->off = calloc(nw + 1, sizeof *m->off);
    m->col = malloc((pm.n ? pm.n : 1) * sizeof *m->col);
    m->val = malloc((pm.n ? pm.n : 1) * sizeof *m->val);
    if (!m->off || !m->col || !m->val)
        goto fail;
    for (size_t j = 0; j < pm.cap; j++)
        if (pm.keys[j]) {
            size_t w = (size_t)(pm.keys[j] >> 32) - 1, c = (size_t)(pm.keys[j] & 0xffffffffu);
            rowsum[w] += pm.cnt[j];
            colp[c] += pm.cnt[j];
            m->off[w + 1]++;
        }
    double z = 0;
    for (size_t c = 0; c < cols; c++) {
        colp[c] = pow(colp[c], 0.75);
        z += colp[c];
    }
    for (size_t c = 0; c < cols && z > 0; c++)
        colp[c] /= z;
    for (size_t w = 0; w < nw; w++)
        m->off[w + 1] += m->off[w];
    /* fill in slot order (deterministic), then drop the non-positive */
    size_t *pos = malloc((nw ? nw : 1) * sizeof *pos);
    if (!pos)
        goto fail;
    memcpy(pos, m->off, nw * sizeof *pos);
    for (size_t j = 0; j < pm.cap; j++)
        if (pm.keys[j]) {
            size_t w = (size_t)(pm.keys[j] >> 32) - 1, c = (size_t)(pm.keys[j] & 0xffffffffu);
            double pmi = log((double)pm.cnt[j] / (rowsum[w] * colp[c]));
            m->col[pos[w]] = (uint32_t)c;
            m->val[pos[w]++] = pmi > 0 ? pmi : 0;
        }
    free(pos);
    rc = 0;
fail:
    free(pm.keys);
    free(pm.cnt);
    free(rowsum);
    free(colp);
    return rc;
}

/* Step 2: unit-length word vectors (nw x EV_DIM) from M. */
static int embed(const spm *m, float *e) {
    int rc = -1;
    const size_t l = EV_SKETCH, n = m->rows;
    double *y = malloc(n * l * sizeof *y), *z = malloc(m->cols * l * sizeof *z);
    double *g = malloc(l * l * sizeof *g), *v = malloc(l * l * sizeof *v);
    if (!y || !z || !g || !v)
        goto fail;
    uint64_t seed = 0x7e57ab1e5eedull;
    for (size_t i = 0; i < m->cols * l; i++)
        z[i] = ev_gauss(&seed);
    mul_m(m, z, y, l);  /* Y = M Omega */
    orth(y, n, l, g);
    mul_mt(m, y, z, l); /* one power iteration: Y = M M^T Q */
    mul_m(m, z, y, l);
    orth(y, n, l, g);
    mul_mt(m, y, z, l); /* Z = M^T Q = B^T; B B^T = Z^T Z */
    gram(z, m->cols, l, g);
    jacobi(g, v, l);
    /* the eigenvalues in decreasing order */
    size_t order[EV_SKETCH];
    for (size_t i = 0; i < l; i++)
        order[i] = i;
    for (size_t i = 1; i < l; i++)
        for (size_t j = i; j > 0 && g[order[j] * l + order[j]] > g[order[j - 1] * l + order[j - 1]];
             j--) {
            size_t t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
    double scale[EV_DIM];
    for (size_t k = 0; k < EV_DIM; k++) {
        double lam = g[order[k] * l + order[k]];
        scale[k] = lam > 0 ? pow(lam, 0.25) : 0; /* sqrt of the singular value */
    }
    for (size_t r = 0; r < n; r++) {
        const double *yr = y + r * l;
        double u[EV_DIM], nn = 0;
        for (size_t k = 0; k < EV_DIM; k++) {
            double s = 0;
            for (size_t j = 0; j < l; j++)
                s += yr[j] * v[j * l + order[k]];
            u[k] = s * scale[k];
            nn += u[k] * u[k];
        }
        nn = nn > 0 ? 1 / sqrt(nn) : 0;
        for (size_t k = 0; k < EV_DIM; k++)
            e[r * EV_DIM + k] = (float)(u[k] * nn);
    }
    rc = 0;
fail:
    free(y);
    free(z);
    free(g);
    free(v);
    return rc;
}

int tg_emb_classes(const uint32_t *stream, size_t ns, size_t nwords, uint16_t *cls) {
    int rc = -1;
    spm m = {0};
    float *e = NULL, *cen = NULL;
    double *acc = NULL;
    uint32_t *idx = NULL, *tmp = NULL;
    uint8_t *asg = NULL;
    if (nwords == 0)
        return 0;
    if (nwords > SIZE_MAX / EV_DIM / sizeof(double) / EV_SKETCH)
        return -1;
    if (build_ppmi(stream, ns, nwords, &m) != 0)
        goto fail;
    e = malloc(nwords * EV_DIM * sizeof *e);
    cen = malloc(EV_TOP * EV_DIM * sizeof *cen);
    acc = malloc(EV_TOP * EV_DIM * sizeof *acc);
    idx = malloc(nwords * sizeof *idx);
    tmp = malloc(nwords * sizeof *tmp);
    asg = malloc(nwords);
    if (!e || !cen || !acc || !idx || !tmp || !asg || embed(&m, e) != 0)
        goto fail;
    for (size_t i = 0; i < nwords; i++) {
        idx[i] = (uint32_t)i;
        cls[i] = 0;
    }
    /* level by level: the members of each class (in frequency order)
     * are split in turn; groups[] are contiguous runs of idx */
    size_t k = EV_TOP, ngroups = 1;
    size_t start[EV_TOP * EV_SPLIT * EV_SPLIT + 1];
    start[0] = 0;
    start[1] = nwords;
    for (int level = 0; level < 3; level++) {
        size_t nstart[EV_TOP * EV_SPLIT * EV_SPLIT + 1], ng = 0;
        nstart[0] = 0;
        for (size_t gi = 0; gi < ngroups; gi++) {
            size_t a = start[gi], mm = start[gi + 1] - a;
            kmeans(e, idx + a, mm, k, asg, cen, acc);
            /* stable regroup by class */
            size_t t = 0;
            for (size_t c = 0; c < k; c++) {
                for (size_t i = 0; i < mm; i++)
                    if (asg[i] == c) {
                        tmp[t++] = idx[a + i];
                        cls[idx[a + i]] = (uint16_t)(cls[idx[a + i]] * (level ? EV_SPLIT : 1) + c);
                    }
                nstart[++ng] = a + t;
            }
            memcpy(idx + a, tmp, mm * sizeof *idx);
        }
        memcpy(start, nstart, (ng + 1) * sizeof *start);
        ngroups = ng;
        k = EV_SPLIT;
    }
    rc = 0;
fail:
    free(m.off);
    free(m.col);
    free(m.val);
    free(e);
    free(cen);
    free(acc);
    free(idx);
    free(tmp);
    free(asg);
    return rc;
}
