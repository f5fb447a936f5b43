/* SPDX-License-Identifier: MIT
 *
 * tagger.c - the named-entity tagger at run time (issue 4): model handles
 * (file, memory, the built-in embedded model), tagging one sentence of
 * prepared words, tagging a doc's sentences for later stages, and the
 * CoNLL tag/eval entry points of the public API.
 *
 * Scores are integers: the model's int16 weights are summed per label and
 * decoded with Viterbi, so tagging is exact and the same on every machine.
 */
#include "tagger/tagger.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "resources.h"
#include "tagger/conll.h"
#include "tagger/edge.h"
#include "tagger/eval.h"
#include "tagger/features.h"
#include "tagger/model.h"
#include "tagger/tagwork.h"
#include "tagger/viterbi.h"
#include "util/buf.h"
#include "util/embed.h"
#include "util/error.h"
#include "util/grow.h"
#include "util/hugemem.h"

struct rasad_model {
    tagger_model m;
};

const char *rasad_entity_type_name(rasad_entity_type t) {
    static const char *const NAMES[] = {"PER", "LOC", "ORG", "MISC"};
    return (unsigned)t < RASAD_ENT__COUNT ? NAMES[t] : "?";
}

/* ---- loading ------------------------------------------------------------ */

rasad_status rasad_model_load_mem(const void *data, size_t len, rasad_model **out,
                                  rasad_error *err) {
    if (!out || (!data && len)) {
        error_set(err, RASAD_EINVAL, SIZE_MAX, "no model data");
        return RASAD_EINVAL;
    }
    *out = NULL;
    const rasad_mem *mem = rasad_default_mem();
    rasad_model *m = mem->calloc(1, sizeof *m);
    /* a heap copy: calloc alignment (16) satisfies the 8 the layout needs */
    void *copy = mem->calloc(1, len ? len : 1);
    char msg[160] = "";
    rasad_status st = RASAD_ENOMEM;
    if (!m || !copy) {
        snprintf(msg, sizeof msg, "out of memory");
        goto fail;
    }
    if (len)
        memcpy(copy, data, len);
    st = tg_model_open(copy, len, &m->m, msg, sizeof msg);
    if (st != RASAD_OK)
        goto fail;
    m->m.owned = copy;
    *out = m;
    return RASAD_OK;
fail:
    error_set(err, st, SIZE_MAX, "%s", msg);
    mem->free(copy);
    mem->free(m);
    return st;
}

rasad_status rasad_model_load_ex(const char *path, rasad_model **out, rasad_error *err) {
    if (!path || !out) {
        error_set(err, RASAD_EINVAL, SIZE_MAX, "no model path");
        return RASAD_EINVAL;
    }
    *out = NULL;
    char msg[160];
    FILE *f = fopen(path, "rb");
    void *data = NULL;
    size_t len = 0, cap = 0;
    rasad_status st = RASAD_EIO;
    if (!f) {
        snprintf(msg, sizeof msg, "%s: %s", path, strerror(errno));
        goto fail;
    }
    for (;;) {
        if (cap - len < 65536) {
            size_t nc = cap ? cap * 2 : 1u << 20;
            if (nc < cap) {
                st = RASAD_ELIMIT;
                snprintf(msg, sizeof msg, "%s: too large", path);
                goto fail;
            }
            void *nd = realloc(data, nc);
            if (!nd) {
                st = RASAD_ENOMEM;
                snprintf(msg, sizeof msg, "%s: out of memory", path);
                goto fail;
            }
            data = nd;
            cap = nc;
        }
        size_t got = fread((char *)data + len, 1, cap - len, f);
        len += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        snprintf(msg, sizeof msg, "%s: read error", path);
        goto fail;
    }
    fclose(f);
    f = NULL;
    st = rasad_model_load_mem(data, len, out, err);
    free(data);
    if (st != RASAD_OK && err) {
        char tmp[160];
        snprintf(tmp, sizeof tmp, "%s", err->message);
        snprintf(err->message, sizeof err->message, "%.60s: %.90s", path, tmp);
    }
    return st;
fail:
    error_set(err, st, SIZE_MAX, "%s", msg);
    if (f)
        fclose(f);
    free(data);
    return st;
}

rasad_status rasad_model_load(const char *path, rasad_model **out) {
    return rasad_model_load_ex(path, out, NULL);
}

void rasad_model_free(rasad_model *m) {
    if (!m)
        return;
    rasad_default_mem()->free(m->m.owned);
    rasad_default_mem()->free(m);
}

/* The built-in model: models/ner.bin, embedded through data/resources.txt
 * (line "ner_model models/ner.bin"). */
EMBED_DECLARE(ner_model);

static rasad_model default_model;
static bool default_ok;
static pthread_once_t default_once = PTHREAD_ONCE_INIT;

/* The embedded bytes are copied once to memory on huge pages
 * (util/hugemem.h): tagging reads the feature table and weight rows at
 * random, and on the binary's 4 KB pages most of those reads also missed
 * the TLB. Without memory for the copy the embedded bytes are used in
 * place (.balign 16 in the generated assembly gives the alignment the
 * layout needs); the copy lives as long as the process. */
static void default_load(void) {
    const uint8_t *data = (const uint8_t *)EMBED_DATA(ner_model);
    size_t len = EMBED_LEN(ner_model);
    uint8_t *copy = huge_alloc(len);
    if (copy) {
        memcpy(copy, data, len);
        data = copy;
    }
    default_ok = tg_model_open(data, len, &default_model.m, NULL, 0) == RASAD_OK;
}

const rasad_model *rasad_model_default(void) {
    pthread_once(&default_once, default_load);
    return default_ok ? &default_model : NULL;
}

const tagger_model *tagger_model_default(void) {
    const rasad_model *m = rasad_model_default();
    return m ? &m->m : NULL;
}

/* ---- tagging a sentence ------------------------------------------------- */

void tg_work_free(tg_work *w) {
    const rasad_mem *mem = rasad_default_mem();
    mem->free(w->ti);
    mem->free(w->emit);
    mem->free(w->back);
    mem->free(w->erow);
    mem->free(w->ne);
    mem->free(w->eacc);
    free(w->ecache);
    mem->free(w->etab);
    memset(w, 0, sizeof *w);
}

rasad_status tg_work_reserve(tg_work *w, size_t n) {
    if (n <= w->cap)
        return RASAD_OK;
    size_t nc = w->cap ? w->cap : 64;
    while (nc < n)
        nc *= 2;
    if (nc > SIZE_MAX / (sizeof(int64_t) * TG_NLABELS) / 2)
        return RASAD_ELIMIT;
    const rasad_mem *mem = rasad_default_mem();
    if (!resize_to(mem, (void **)&w->ti, nc, sizeof *w->ti) ||
        !resize_to(mem, (void **)&w->emit, nc * TG_NLABELS, sizeof *w->emit) ||
        !resize_to(mem, (void **)&w->back, nc * TG_NLABELS, 1) ||
        !resize_to(mem, (void **)&w->erow, nc * TG_MAX_EDGE, sizeof *w->erow) ||
        !resize_to(mem, (void **)&w->ne, nc, 1) ||
        !resize_to(mem, (void **)&w->etab, nc, sizeof *w->etab))
        return RASAD_ENOMEM;
    /* edge scores only for a model with edge features, allocated on
     * first use (tg_tag_words) */
    mem->free(w->eacc);
    w->eacc = NULL;
    w->cap = nc;
    return RASAD_OK;
}

rasad_status tg_tag_words(const tagger_model *m, const tg_word *words, size_t n, tg_work *w,
                          uint8_t *labels) {
    if (n == 0)
        return RASAD_OK;
    rasad_status st = tg_work_reserve(w, n);
    if (st != RASAD_OK)
        return st;
    tg_res res = {&m->lex, &m->clusters, m->cluster_bits};
    if (w->memo && tg_memo_score(w->memo, m, &res, words, n, w->ti, w->emit) == RASAD_OK)
        goto decode;
    tg_prepare(&res, words, n, w->ti);
    uint64_t keys[TG_MAX_FEATS];
    uint32_t rows[TG_MAX_FEATS];
    uint32_t mask = m->fcap - 1;
    for (size_t i = 0; i < n; i++) {
        int64_t *e = w->emit + i * TG_NLABELS;
        int32_t acc[TG_NLABELS] = {0};
        size_t nf = tg_features(&res, words, w->ti, n, i, keys, NULL), nr = 0;
        /* the feature table is megabytes and the keys are random: ask for
         * every slot of the word first, then every weight row, so the
         * cache misses overlap instead of coming one after another */
        for (size_t k = 0; k < nf; k++)
            __builtin_prefetch(&m->fslots[(uint32_t)keys[k] & mask]);
        for (size_t k = 0; k < nf; k++)
            if (tg_feat_get(m, keys[k], &rows[nr])) {
                __builtin_prefetch(m->weights + (size_t)rows[nr] * TG_NLABELS);
                nr++;
            }
        for (size_t k = 0; k < nr; k++) {
            const int16_t *wr = m->weights + (size_t)rows[k] * TG_NLABELS;
            for (unsigned y = 0; y < TG_NLABELS; y++)
                acc[y] += wr[y];
        }
        for (unsigned y = 0; y < TG_NLABELS; y++)
            e[y] = acc[y];
    }
decode:;
    int64_t trans[(TG_NLABELS + 1) * TG_NLABELS];
    for (size_t k = 0; k < (TG_NLABELS + 1) * TG_NLABELS; k++)
        trans[k] = m->trans[k];
    if (!m->ecap) {
        tg_viterbi(w->emit, n, trans, w->back, labels);
        return RASAD_OK;
    }
    if (!w->eacc) {
        w->eacc = rasad_default_mem()->calloc(w->cap, sizeof *w->eacc * TG_NTRANS);
        if (!w->eacc)
            return RASAD_ENOMEM;
    }
    tg_edge_lookup(m, &res, words, w->ti, n, w->erow, w->ne);
    if (!w->ecache)
        w->ecache = tg_edge_cache_new();
    /* without memory for the cache, or where it does not apply, the sums */
    if (w->ecache && tg_edge_tables(w->ecache, m, trans, w->erow, w->ne, n, w->etab)) {
        tg_viterbi_tables(w->emit, n, w->etab, w->back, labels);
        return RASAD_OK;
    }
    tg_edge_sums(m, w->erow, w->ne, n, w->eacc);
    tg_viterbi_edge(w->emit, n, trans, w->eacc, w->back, labels);
    return RASAD_OK;
}

/* Token d of the doc as the features see it. The doc keeps a segment's
 * norm as a string of its own; the features (and training, through
 * tg_words_from_raw) expect the stem inside the word's norm, where the
 * bytes before it are the proclitics, so point there when it is there. */
static tg_word doc_word(const rasad_doc *doc, size_t d) {
    const rasad_token *tok = &doc->tokens[d];
    const rasad_segment *stem = doc_tok_stem(doc, d);
    tg_word w = {tok->norm, tok->norm_len, stem->norm, stem->norm_len};
    for (size_t o = 0; stem->norm_len && o + stem->norm_len <= tok->norm_len; o++)
        if (memcmp(tok->norm + o, stem->norm, stem->norm_len) == 0) {
            w.stem = tok->norm + o;
            break;
        }
    return w;
}

/* Confidence of an entity: the logistic of the smallest margin, over its
 * tokens, between the chosen label's score and the best other label's. A
 * heuristic in (0, 1] for ranking, not a probability. */
static float entity_score(const tagger_model *m, const int32_t *margin, size_t first,
                          size_t last) {
    double minm = 1e30;
    for (size_t t = first; t <= last; t++) {
        double v = (double)margin[t] * m->scale;
        if (v < minm)
            minm = v;
    }
    return (float)(1.0 / (1.0 + exp(-minm)));
}

/* ---- doc-level tagging -------------------------------------------------- */

typedef struct tg_doc_cache {
    tagger_entity *ents;
    size_t n;
} tg_doc_cache;

rasad_status tagger_doc_entities(rasad_doc *doc, const tagger_entity **out, size_t *n) {
    if (!doc || !out || !n)
        return RASAD_EINVAL;
    tg_doc_cache *c = doc->stage_data[DOC_STAGE_TAGGER];
    if (c) {
        *out = c->ents;
        *n = c->n;
        return RASAD_OK;
    }
    *out = NULL;
    *n = 0;
    const tagger_model *m = doc->res && doc->res->tagger ? doc->res->tagger : tagger_model_default();
    c = arena_alloc(&doc->arena, sizeof *c);
    if (!c)
        return RASAD_ENOMEM;
    if (!m || doc->ntokens == 0 || doc->nsentences == 0) {
        doc->stage_data[DOC_STAGE_TAGGER] = c;
        return RASAD_OK;
    }
    const rasad_mem *mem = rasad_default_mem();
    tg_docwork dw = {0};
    size_t ns = doc->nsentences, nents = 0, ecap = 0;
    tagger_entity *ents = NULL;
    rasad_status st = RASAD_ENOMEM;
    /* the sentences' tokens, concatenated; sbase maps back to the doc */
    size_t *sent = mem->calloc(ns + 1, sizeof *sent), *sbase = mem->calloc(ns + 1, sizeof *sbase);
    tg_word *words = NULL;
    uint8_t *labels = NULL;
    int32_t *margin = NULL;
    if (!sent || !sbase || ns + 1 == 0)
        goto fail;
    size_t total = 0, kept = 0;
    for (size_t s = 0; s < ns; s++) {
        const rasad_sentence *sen = &doc->sentences[s];
        size_t len = sen->tok_count, base = sen->tok_first;
        if (len == 0 || base > doc->ntokens || len > doc->ntokens - base || total > SIZE_MAX - len)
            continue;
        sbase[kept] = base;
        sent[kept++] = total;
        total += len;
    }
    sent[kept] = total;
    words = mem->calloc(total ? total : 1, sizeof *words);
    labels = mem->calloc(total ? total : 1, 1);
    margin = mem->calloc(total ? total : 1, sizeof *margin);
    if (!words || !labels || !margin)
        goto fail;
    for (size_t s = 0; s < kept; s++)
        for (size_t t = sent[s]; t < sent[s + 1]; t++) {
            size_t d = sbase[s] + (t - sent[s]);
            words[t] = doc_word(doc, d);
        }
    st = tg_tag_doc(m, words, sent, kept, 0, kept, &dw, labels, margin);
    if (st != RASAD_OK)
        goto fail;
    for (size_t s = 0; s < kept; s++) {
        size_t a = sent[s], len = sent[s + 1] - a, i = 0, f, l;
        int type;
        while (tg_next_entity(labels + a, len, &i, &f, &l, &type)) {
            if (nents == ecap) {
                size_t nc = ecap ? ecap * 2 : 16;
                tagger_entity *ne = mem->realloc(ents, nc * sizeof *ne);
                if (!ne) {
                    st = RASAD_ENOMEM;
                    goto fail;
                }
                ents = ne;
                ecap = nc;
            }
            ents[nents++] = (tagger_entity){(uint32_t)(sbase[s] + f), (uint32_t)(sbase[s] + l),
                                            (uint8_t)type, entity_score(m, margin + a, f, l)};
        }
    }
    if (nents) {
        c->ents = arena_alloc_array(&doc->arena, nents, sizeof *c->ents);
        if (!c->ents) {
            st = RASAD_ENOMEM;
            goto fail;
        }
        memcpy(c->ents, ents, nents * sizeof *ents);
        c->n = nents;
    }
    doc->stage_data[DOC_STAGE_TAGGER] = c;
    *out = c->ents;
    *n = c->n;
fail:
    mem->free(ents);
    mem->free(words);
    mem->free(labels);
    mem->free(margin);
    mem->free(sent);
    mem->free(sbase);
    tg_docwork_free(&dw);
    return st;
}

/* ---- CoNLL entry points ------------------------------------------------- */

static const tagger_model *pick_model(const rasad_model *m) {
    return m ? &m->m : tagger_model_default();
}

/* Sentences tagged per block of a CoNLL file: memory stays bounded by
 * the block, not the file. */
#define TG_CONLL_BLOCK 2048u

/* Tags every sentence of d, the whole file as one document (the second
 * pass's window slides over it), block by block with the window's
 * context around each block, which gives the same labels as one pass
 * over the file; labels[0..d->ntoks) gets the result. */
/* A memo of its own for a loaded model, used over the whole file. */
#define TG_CONLL_MEMO_BITS 14u

static rasad_status tag_conll_doc(const tagger_model *m, const conll_doc *d, uint8_t *labels) {
    tg_docwork dw = {0};
    dw.memo_bits = TG_CONLL_MEMO_BITS;
    tg_wordbuf wb = {0};
    rasad_status st = RASAD_OK;
    size_t W = m->s2cap ? m->s2window : 0, *sent = NULL;
    for (size_t b = 0; b < d->nsent && st == RASAD_OK; b += TG_CONLL_BLOCK) {
        size_t e = d->nsent - b > TG_CONLL_BLOCK ? b + TG_CONLL_BLOCK : d->nsent;
        size_t lo = b > W ? b - W : 0, hi = d->nsent - e > W ? e + W : d->nsent;
        size_t *ns = rasad_default_mem()->realloc(sent, (hi - lo + 1) * sizeof *sent);
        if (!ns) {
            st = RASAD_ENOMEM;
            break;
        }
        sent = ns;
        size_t base = d->sent[lo];
        for (size_t k = lo; k <= hi; k++)
            sent[k - lo] = d->sent[k] - base;
        st = tg_words_from_raw(&wb, d->toks + base, d->sent[hi] - base);
        if (st == RASAD_OK)
            st = tg_tag_doc(m, wb.words, sent, hi - lo, b - lo, e - lo, &dw, labels + base, NULL);
    }
    rasad_default_mem()->free(sent);
    tg_wordbuf_free(&wb);
    tg_docwork_free(&dw);
    return st;
}

rasad_status rasad_ner_tag_conll(const rasad_model *model, const char *text, size_t len,
                                 char **out, size_t *out_len) {
    if (!out || (!text && len))
        return RASAD_EINVAL;
    *out = NULL;
    if (out_len)
        *out_len = 0;
    const tagger_model *m = pick_model(model);
    if (!m)
        return RASAD_ENOTFOUND;
    conll_doc d;
    rasad_status st = conll_parse(text, len, false, &d, NULL, 0);
    if (st != RASAD_OK)
        return st;
    uint8_t *labels = rasad_default_mem()->calloc(d.ntoks ? d.ntoks : 1, 1);
    buf b;
    buf_init(&b, rasad_default_mem());
    if (!labels) {
        st = RASAD_ENOMEM;
        goto fail;
    }
    st = tag_conll_doc(m, &d, labels);
    if (st != RASAD_OK)
        goto fail;
    for (size_t s = 0; s < d.nsent; s++) {
        for (size_t i = d.sent[s]; i < d.sent[s + 1]; i++) {
            buf_append(&b, d.toks[i].word, d.toks[i].word_len);
            buf_putc(&b, '\t');
            buf_puts(&b, conll_label_name(labels[i]));
            buf_putc(&b, '\n');
        }
        buf_putc(&b, '\n');
    }
    buf_putc(&b, '\0');
    if (b.failed) {
        st = RASAD_ENOMEM;
        goto fail;
    }
    b.len--;
    *out = buf_detach(&b, out_len);
fail:
    buf_free(&b);
    rasad_default_mem()->free(labels);
    conll_free(&d);
    return st;
}

static void err_line(rasad_error *err, rasad_status st, const char *msg) {
    error_set(err, st, SIZE_MAX, "%s", msg[0] ? msg : rasad_strerror(st));
}

rasad_status rasad_ner_eval_conll(const rasad_model *model, const char *text, size_t len,
                                  rasad_ner_scores *out, rasad_error *err) {
    if (!out || (!text && len))
        return RASAD_EINVAL;
    memset(out, 0, sizeof *out);
    const tagger_model *m = pick_model(model);
    if (!m) {
        error_set(err, RASAD_ENOTFOUND, SIZE_MAX, "no model");
        return RASAD_ENOTFOUND;
    }
    conll_doc d;
    char msg[160] = "";
    rasad_status st = conll_parse(text, len, true, &d, msg, sizeof msg);
    if (st != RASAD_OK) {
        err_line(err, st, msg);
        return st;
    }
    uint8_t *pred = rasad_default_mem()->calloc(d.ntoks ? d.ntoks : 1, 1);
    uint8_t *gold = rasad_default_mem()->calloc(d.ntoks ? d.ntoks : 1, 1);
    if (!pred || !gold) {
        st = RASAD_ENOMEM;
        goto fail;
    }
    for (size_t i = 0; i < d.ntoks; i++)
        gold[i] = d.toks[i].label;
    st = tag_conll_doc(m, &d, pred);
    if (st != RASAD_OK)
        goto fail;
    for (size_t s = 0; s < d.nsent; s++)
        tg_eval_add(out, gold + d.sent[s], pred + d.sent[s], d.sent[s + 1] - d.sent[s]);
fail:
    if (st != RASAD_OK)
        err_line(err, st, "");
    rasad_default_mem()->free(pred);
    rasad_default_mem()->free(gold);
    conll_free(&d);
    return st;
}

rasad_status rasad_ner_score_conll(const char *gold, size_t gold_len, const char *pred,
                                   size_t pred_len, rasad_ner_scores *out, rasad_error *err) {
    if (!out || (!gold && gold_len) || (!pred && pred_len))
        return RASAD_EINVAL;
    memset(out, 0, sizeof *out);
    conll_doc g, p;
    char msg[160] = "";
    rasad_status st = conll_parse(gold, gold_len, true, &g, msg, sizeof msg);
    if (st != RASAD_OK) {
        err_line(err, st, msg);
        return st;
    }
    st = conll_parse(pred, pred_len, true, &p, msg, sizeof msg);
    if (st != RASAD_OK) {
        conll_free(&g);
        err_line(err, st, msg);
        return st;
    }
    uint8_t *gl = rasad_default_mem()->calloc(g.ntoks ? g.ntoks : 1, 1);
    uint8_t *pl = rasad_default_mem()->calloc(g.ntoks ? g.ntoks : 1, 1);
    if (!gl || !pl) {
        st = RASAD_ENOMEM;
        goto fail;
    }
    if (g.ntoks != p.ntoks || g.nsent != p.nsent) {
        st = RASAD_EFORMAT;
        snprintf(msg, sizeof msg, "gold has %zu tokens in %zu sentences, predictions %zu in %zu",
                 g.ntoks, g.nsent, p.ntoks, p.nsent);
        goto fail;
    }
    for (size_t i = 0; i < g.ntoks; i++) {
        if (g.toks[i].word_len != p.toks[i].word_len ||
            memcmp(g.toks[i].word, p.toks[i].word, g.toks[i].word_len) != 0) {
            st = RASAD_EFORMAT;
            snprintf(msg, sizeof msg, "token %zu differs (gold line %u, predicted line %u)", i + 1,
                     g.toks[i].line, p.toks[i].line);
            goto fail;
        }
        gl[i] = g.toks[i].label;
        pl[i] = p.toks[i].label;
    }
    for (size_t s = 0; s < g.nsent; s++) {
        if (g.sent[s + 1] != p.sent[s + 1]) {
            st = RASAD_EFORMAT;
            snprintf(msg, sizeof msg, "sentence %zu has different lengths", s + 1);
            goto fail;
        }
        tg_eval_add(out, gl + g.sent[s], pl + g.sent[s], g.sent[s + 1] - g.sent[s]);
    }
fail:
    if (st != RASAD_OK)
        err_line(err, st, msg);
    rasad_default_mem()->free(gl);
    rasad_default_mem()->free(pl);
    conll_free(&g);
    conll_free(&p);
    return st;
}
