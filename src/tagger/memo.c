/* SPDX-License-Identifier: MIT
 *
 * memo.c - the NER tagger's per-word-type memo of feature scores (issue
 * 4); see memo.h. A direct-mapped table: a word type's slot comes from
 * the top bits of a hash of its form and stem place, the entry is
 * verified by comparing the form's bytes, and a new type simply replaces
 * whatever held its slot. An entry's sums are computed by the same
 * tg_features_word() keys and the same table lookups as the full path,
 * so a hit gives the very integers a miss would.
 */
#include "tagger/memo.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "util/grow.h"
#include "util/hugemem.h"

_Static_assert(sizeof(tg_memo_ent) == 256, "a memo entry is four cache lines");

/* Words scored per batch of table lookups, and the keys such a batch may
 * hold: each word's five offsets and its context. */
#define MEMO_BLOCK 8u
#define MEMO_JOBS (MEMO_BLOCK * (TG_MEMO_OFFS + 1) * TG_MAX_FEATS)

/* How many of a batch's table slots are asked for ahead of the lookup. */
#define PREFETCH_AHEAD 16u

tg_memo *tg_memo_new(unsigned bits) {
    if (bits < 8 || bits > 20)
        return NULL;
    tg_memo *memo = calloc(1, sizeof *memo);
    size_t bytes = ((size_t)1 << bits) * sizeof(tg_memo_ent);
    if (!memo)
        return NULL;
    memo->ents = huge_alloc(bytes); /* zeroed by memo_bind, before any use */
    memo->jobs = malloc(MEMO_JOBS * sizeof *memo->jobs);
    memo->filter = malloc(TG_MEMO_FILTER_BITS / 8);
    if (!memo->ents || !memo->jobs || !memo->filter) {
        tg_memo_free(memo);
        return NULL;
    }
    memo->bits = bits;
    return memo;
}

void tg_memo_free(tg_memo *memo) {
    if (!memo)
        return;
    huge_free(memo->ents);
    free(memo->jobs);
    free(memo->filter);
    free(memo->vp);
    free(memo->byp);
    free(memo->acc);
    free(memo->fill);
    free(memo->wkey);
    free(memo->form);
    free(memo->gaz1);
    free(memo->claim);
    free(memo);
}

/* Grows the per-sentence scratch to n words. */
static rasad_status reserve(tg_memo *memo, size_t n) {
    if (n <= memo->scap)
        return RASAD_OK;
    size_t nc = memo->scap ? memo->scap : 64;
    while (nc < n) {
        if (nc > SIZE_MAX / (2 * TG_MEMO_OFFS * TG_NLABELS * sizeof(int32_t)))
            return RASAD_ELIMIT;
        nc *= 2;
    }
    /* the largest array is byp's, whose size the loop above bounds */
    if (!resize_to(NULL, (void **)&memo->vp, nc, sizeof *memo->vp) ||
        !resize_to(NULL, (void **)&memo->byp, nc * TG_MEMO_OFFS * TG_NLABELS, sizeof *memo->byp) ||
        !resize_to(NULL, (void **)&memo->acc, nc * TG_NLABELS, sizeof *memo->acc) ||
        !resize_to(NULL, (void **)&memo->fill, nc, 1) || !resize_to(NULL, (void **)&memo->wkey, nc, sizeof *memo->wkey) ||
        !resize_to(NULL, (void **)&memo->form, nc, sizeof *memo->form) ||
        !resize_to(NULL, (void **)&memo->gaz1, nc, 1) || !resize_to(NULL, (void **)&memo->claim, nc, sizeof *memo->claim))
        return RASAD_ENOMEM;
    memo->scap = nc;
    return RASAD_OK;
}

/* Is key's fingerprint among the model's (memo->filter)? When not, the
 * key is not in the table: no false negatives, so results are exact. */
static bool may_have(const uint64_t *filter, uint64_t key) {
    uint32_t fp = tg_fingerprint(key) & (TG_MEMO_FILTER_BITS - 1);
    return filter[fp >> 6] >> (fp & 63) & 1u;
}

/* Looks every job's key up in m's first-pass table and adds the rows
 * found to the jobs' sums. The table is megabytes and the keys random:
 * slots are asked for PREFETCH_AHEAD keys ahead and every row found
 * before any is summed, so the cache misses overlap. */
static void run_jobs(const tagger_model *m, tg_memo_job *jobs, size_t nj) {
    uint32_t mask = m->fcap - 1;
    for (size_t k = 0; k < nj && k < PREFETCH_AHEAD; k++)
        __builtin_prefetch(&m->fslots[(uint32_t)jobs[k].key & mask]);
    size_t nr = 0;
    for (size_t k = 0; k < nj; k++) {
        if (k + PREFETCH_AHEAD < nj)
            __builtin_prefetch(&m->fslots[(uint32_t)jobs[k + PREFETCH_AHEAD].key & mask]);
        uint32_t row;
        if (tg_feat_get(m, jobs[k].key, &row)) {
            __builtin_prefetch(m->weights + (size_t)row * TG_NLABELS);
            /* found rows are packed to the front, the key replaced by the row */
            jobs[nr].key = row;
            jobs[nr].acc = jobs[k].acc;
            nr++;
        }
    }
    for (size_t r = 0; r < nr; r++) {
        const int16_t *wr = m->weights + (size_t)jobs[r].key * TG_NLABELS;
        int32_t *acc = jobs[r].acc;
        /* unrolled: nine labels, a loop's own counting would double the work */
#pragma GCC unroll 9
        for (unsigned y = 0; y < TG_NLABELS; y++)
            acc[y] += wr[y];
    }
}

/* Appends those of keys[0..nk) that may be in the model's table as jobs
 * summing into acc. Half the keys are not in the table: the fingerprint
 * filter drops most of them before run_jobs reads a slot. The filter's
 * words are asked for first (it is 512 KB and falls out of the L2 cache
 * between words), and the kept keys packed without a branch: half pass,
 * at random, so a branch would be mispredicted at every other key. */
static size_t add_jobs(const uint64_t *filter, tg_memo_job *jobs, size_t nj, const uint64_t *keys,
                       size_t nk, int32_t *acc) {
    for (size_t k = 0; k < nk; k++)
        __builtin_prefetch(&filter[(tg_fingerprint(keys[k]) & (TG_MEMO_FILTER_BITS - 1)) >> 6]);
    for (size_t k = 0; k < nk; k++) {
        jobs[nj] = (tg_memo_job){keys[k], acc};
        nj += may_have(filter, keys[k]);
    }
    return nj;
}

/* Binds the memo to model m: forgets every entry, sets the filter's bit
 * of every fingerprint in m's table, and sums the edge keys. */
static void memo_bind(tg_memo *memo, const tagger_model *m) {
    memset(memo->ents, 0, ((size_t)1 << memo->bits) * sizeof(tg_memo_ent));
    memset(memo->filter, 0, TG_MEMO_FILTER_BITS / 8);
    for (uint32_t i = 0; i < m->fcap; i++) {
        uint32_t fp = (uint32_t)m->fslots[i];
        if (fp) {
            fp &= TG_MEMO_FILTER_BITS - 1;
            memo->filter[fp >> 6] |= 1ull << (fp & 63);
        }
    }
    memset(memo->edge, 0, sizeof memo->edge);
    uint64_t keys[TG_MAX_FEATS];
    for (int o = -2; o <= 2; o++) {
        size_t nj = add_jobs(memo->filter, memo->jobs, 0, keys, tg_features_edge(o, keys),
                             memo->edge[o + 2]);
        run_jobs(m, memo->jobs, nj);
    }
    memo->model = m;
}

/* The memo key of word w, with its form zero-padded into form; 0 when
 * the word cannot be remembered: a form too long, or a stem that does
 * not lie inside the form (its bytes would not be determined by the
 * form). Not the features' hash of the form: eight bytes at a time, so
 * a word found in the memo is never hashed byte by byte. */
static uint64_t word_key(const tg_word *w, uint64_t form[TG_MEMO_WORD / 8]) {
    uintptr_t sp = (uintptr_t)w->stem, np = (uintptr_t)w->norm;
    if (w->norm_len > TG_MEMO_WORD || sp < np || w->stem_len > w->norm_len ||
        sp - np > w->norm_len - w->stem_len)
        return 0;
    memset(form, 0, TG_MEMO_WORD);
    memcpy(form, w->norm, w->norm_len);
    uint64_t k = (uint64_t)w->norm_len | (uint64_t)(sp - np) << 8 | (uint64_t)w->stem_len << 16;
    for (size_t i = 0; i < TG_MEMO_WORD / 8; i++)
        k = (k ^ form[i]) * 0x9E3779B97F4A7C15ull;
    k ^= k >> 29; /* the slot comes from the top bits: fold the low ones in */
    k = (k ^ (k >> 32)) * 0xBF58476D1CE4E5B9ull;
    return k ? k : 1;
}

/* Appends the jobs that sum word w's single-word keys at the five
 * offsets into v (zeroed here). */
static size_t word_jobs(const tg_res *res, const uint64_t *filter, const tg_word *w,
                        const tg_tokinfo *t, int32_t (*v)[TG_NLABELS], tg_memo_job *jobs,
                        size_t nj) {
    uint64_t keys[TG_MAX_FEATS];
    memset(v, 0, sizeof(int32_t) * TG_MEMO_OFFS * TG_NLABELS);
    for (int o = -2; o <= 2; o++)
        nj = add_jobs(filter, jobs, nj, keys, tg_features_word(res, w, t, o, keys), v[o + 2]);
    return nj;
}

static void add_row(int64_t *e, const int32_t *v) {
#pragma GCC unroll 9
    for (unsigned y = 0; y < TG_NLABELS; y++)
        e[y] += v[y];
}

/* Copies an entry's facts into a word's, and back. */
static void facts_from(tg_tokinfo *t, const tg_memo_ent *e) {
    t->h_norm = e->h_norm;
    t->h_stem = e->h_stem;
    t->h_light = e->h_light;
    t->light_off = e->light_off;
    t->light_len = e->light_len;
    t->cluster = e->cluster;
    t->has_cluster = (e->flags & TG_MEMO_F_CLUSTER) != 0;
    t->freqb = e->freqb;
    t->shape = e->shape_lenb >> 4;
    t->lenb = e->shape_lenb & 15u;
    t->trig = e->trig;
}

static void facts_to(tg_memo_ent *e, const tg_tokinfo *t) {
    e->h_norm = t->h_norm;
    e->h_stem = t->h_stem;
    e->h_light = t->h_light;
    e->light_off = (uint8_t)t->light_off;
    e->light_len = (uint8_t)t->light_len;
    e->cluster = t->cluster;
    e->freqb = t->freqb;
    e->flags = (uint8_t)((e->flags & TG_MEMO_F_PENDING) | (t->has_cluster ? TG_MEMO_F_CLUSTER : 0));
    e->shape_lenb = (uint8_t)(t->shape << 4 | (t->lenb & 15u));
    e->trig = t->trig;
}

/* What is left to compute of a word after resolve_word. */
enum {
    FILL_NONE = 0, /* answered by the memo */
    FILL_SUMS,     /* facts and sums */
    FILL_FACTS     /* facts only: a repeat of a word whose entry is being filled */
};

/* Word j's facts and where its sums come from: a remembered entry (a
 * hit; or one it claims, whose facts and sums are then to be computed),
 * or its own scratch. An entry used earlier in this sentence is never
 * evicted, so every vp[] stays valid until the scatter. A word not
 * answered gets the facts that need no table (tg_prepare_facts) and its
 * table slots asked for. */
static void resolve_word(tg_memo *memo, const tg_res *res, const tg_word *wj, uint64_t k,
                         tg_tokinfo *t, size_t j) {
    memo->fill[j] = FILL_SUMS;
    memo->claim[j] = NULL;
    if (k) {
        tg_memo_ent *e = &memo->ents[k >> (64 - memo->bits)];
        uint8_t soff = (uint8_t)(wj->stem - wj->norm);
        const uint64_t *form = memo->form[j];
        bool same = e->key == k && e->nlen == wj->norm_len && e->soff == soff &&
                    e->slen == wj->stem_len;
        for (size_t i = 0; i < TG_MEMO_WORD / 8; i++)
            same = same && e->form[i] == form[i];
        if (same) {
            memo->hits++;
            memo->vp[j] = e->v;
            if (e->flags & TG_MEMO_F_PENDING) {
                /* its facts come with the claim's, in finish_facts */
                memo->fill[j] = FILL_FACTS;
                tg_prepare_facts(wj, t);
                return;
            }
            /* the sums are read at the scatter, after the batches */
            __builtin_prefetch(&e->v[0][0]);
            __builtin_prefetch((const char *)e + 128);
            e->stamp = memo->stamp;
            if (e->keep < 3)
                e->keep++;
            facts_from(t, e);
            memo->gaz1[j] = e->gaz1;
            memo->fill[j] = FILL_NONE;
            return;
        }
        /* a word that keeps hitting survives a few newcomers, so the
         * words seen once do not push the frequent ones out */
        if (e->stamp != memo->stamp && e->key && e->keep) {
            e->keep--;
        } else if (e->stamp != memo->stamp) {
            e->key = k;
            e->stamp = memo->stamp;
            e->nlen = (uint8_t)wj->norm_len;
            e->soff = soff;
            e->slen = (uint8_t)wj->stem_len;
            e->keep = 0;
            e->flags = TG_MEMO_F_PENDING;
            memcpy(e->form, form, sizeof e->form);
            memo->misses++;
            memo->claim[j] = e;
            memo->vp[j] = e->v;
            tg_prepare_facts(wj, t);
            tg_prepare_prefetch(res, t);
            return;
        }
    }
    memo->bypass++;
    memo->vp[j] = (int32_t(*)[TG_NLABELS])(memo->byp + j * TG_MEMO_OFFS * TG_NLABELS);
    tg_prepare_facts(wj, t);
    tg_prepare_prefetch(res, t);
}

/* The table facts of the words resolve_word did not answer: class and
 * one-word gazetteer answer; claimed entries remember them. */
static void finish_facts(tg_memo *memo, const tg_res *res, const tg_word *w, tg_tokinfo *ti,
                         size_t n) {
    for (size_t j = 0; j < n; j++) {
        if (!memo->fill[j])
            continue;
        tg_prepare_class(res, &w[j], &ti[j]);
        memo->gaz1[j] = tg_gaz1(res, ti[j].h_light);
        tg_memo_ent *e = memo->claim[j];
        if (e) {
            facts_to(e, &ti[j]);
            e->gaz1 = memo->gaz1[j];
            e->flags &= (uint8_t)~TG_MEMO_F_PENDING;
        }
    }
}

rasad_status tg_memo_score(tg_memo *memo, const tagger_model *m, const tg_res *res,
                           const tg_word *w, size_t n, tg_tokinfo *ti, int64_t *emit) {
    rasad_status st = reserve(memo, n);
    if (st != RASAD_OK)
        return st;
    if (memo->model != m)
        memo_bind(memo, m);
    memo->stamp++;
    unsigned shift = 64 - memo->bits;
    /* the words' keys, and their entries' first and last lines asked for */
    for (size_t j = 0; j < n; j++) {
        memset(&ti[j], 0, sizeof ti[j]);
        uint64_t k = word_key(&w[j], memo->form[j]);
        memo->wkey[j] = k;
        if (k) {
            const char *e = (const char *)&memo->ents[k >> shift];
            __builtin_prefetch(e);
            __builtin_prefetch(e + 192);
        }
    }
    for (size_t j = 0; j < n; j++)
        resolve_word(memo, res, &w[j], memo->wkey[j], &ti[j], j);
    finish_facts(memo, res, w, ti, n);
    tg_prepare_ctx(res, w, n, ti, memo->gaz1);
    uint64_t keys[TG_MAX_FEATS];
    for (size_t b = 0; b < n; b += MEMO_BLOCK) {
        size_t e = n - b > MEMO_BLOCK ? b + MEMO_BLOCK : n, nj = 0;
        for (size_t j = b; j < e; j++)
            if (memo->fill[j] == FILL_SUMS)
                nj = word_jobs(res, memo->filter, &w[j], &ti[j], memo->vp[j], memo->jobs, nj);
        for (size_t i = b; i < e; i++) {
            int32_t *acc = memo->acc + i * TG_NLABELS;
            memset(acc, 0, TG_NLABELS * sizeof *acc);
            nj = add_jobs(memo->filter, memo->jobs, nj, keys,
                          tg_features_ctx(res, w, ti, n, i, keys), acc);
        }
        run_jobs(m, memo->jobs, nj);
    }
    for (size_t i = 0; i < n; i++)
        for (unsigned y = 0; y < TG_NLABELS; y++)
            emit[i * TG_NLABELS + y] = memo->acc[i * TG_NLABELS + y];
    /* word j is at offset o from word i = j - o */
    for (size_t j = 0; j < n; j++) {
        const int32_t(*v)[TG_NLABELS] = (const int32_t(*)[TG_NLABELS])memo->vp[j];
        for (int o = -2; o <= 2; o++) {
            if ((o > 0 && j < (size_t)o) || (o < 0 && j + (size_t)-o >= n))
                continue;
            add_row(emit + (size_t)((ptrdiff_t)j - o) * TG_NLABELS, v[o + 2]);
        }
    }
    /* offsets that fall outside the sentence see its edge */
    for (size_t i = 0; i < n && i < 2; i++)
        for (int o = -2; o < 0; o++)
            if (i < (size_t)-o)
                add_row(emit + i * TG_NLABELS, memo->edge[o + 2]);
    for (size_t i = n >= 2 ? n - 2 : 0; i < n; i++)
        for (int o = 1; o <= 2; o++)
            if (i + (size_t)o >= n)
                add_row(emit + i * TG_NLABELS, memo->edge[o + 2]);
    return RASAD_OK;
}

/* ---- the per-thread memo of the built-in model ---------------------------
 * The built-in model lives as long as the process, so its sums never go
 * stale; each thread gets a memo on first use, freed when the thread
 * exits. Callers that tag many articles keep their threads (the CLI's
 * workers live for the whole input), so the memo stays warm. */
#define THREAD_MEMO_BITS 15u

static _Thread_local tg_memo *tl_memo;
static _Thread_local bool tl_failed;
static pthread_key_t memo_key;
static bool memo_key_ok;
static pthread_once_t memo_once = PTHREAD_ONCE_INIT;

/* Runs in the exiting thread: later calls there go without a memo. */
static void thread_memo_free(void *p) {
    tl_memo = NULL;
    tl_failed = true;
    tg_memo_free(p);
}

static void memo_key_init(void) {
    memo_key_ok = pthread_key_create(&memo_key, thread_memo_free) == 0;
}

tg_memo *tg_memo_thread(const tagger_model *m) {
    if (!m || m != tagger_model_default())
        return NULL;
    if (tl_memo || tl_failed)
        return tl_memo;
    pthread_once(&memo_once, memo_key_init);
    tg_memo *memo = memo_key_ok ? tg_memo_new(THREAD_MEMO_BITS) : NULL;
    if (memo && pthread_setspecific(memo_key, memo) != 0) {
        tg_memo_free(memo);
        memo = NULL;
    }
    tl_memo = memo;
    tl_failed = memo == NULL;
    return memo;
}

void tg_memo_thread_stats(uint64_t *hits, uint64_t *misses, uint64_t *bypass) {
    *hits = tl_memo ? tl_memo->hits : 0;
    *misses = tl_memo ? tl_memo->misses : 0;
    *bypass = tl_memo ? tl_memo->bypass : 0;
}
