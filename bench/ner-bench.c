/* SPDX-License-Identifier: MIT
 *
 * ner-bench.c - timing of the NER tagger (issue 4): loading the model,
 * tagging a CoNLL file (normalization, features, Viterbi, output), and
 * tagging the sentences of whole articles through tagger_doc_entities
 * (the tokenizer's time measured apart and subtracted). Median of N runs,
 * in CPU time; the share of words the per-word-type memo answered.
 *
 * usage: ner-bench [--runs N] MODEL CONLL_FILE [ARTICLES_TXT]
 * (ARTICLES_TXT: one article a line, e.g. tools/gen_saudinews_text.py's
 * output). Build: cc -O2 -Iinclude -Isrc bench/ner-bench.c BUILD/librasad.a
 * $(pkg-config --libs libutf8proc jansson sqlite3) -lpthread -lm
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "rasad.h"
#include "tagger/memo.h"
#include "tagger/tagger.h"

/* CPU time of the process, not the wall clock: the machine is shared,
 * and waiting for a core says nothing about the tagger. */
static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_d(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *d = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (d && fread(d, 1, (size_t)n, f) != (size_t)n) {
        free(d);
        d = NULL;
    }
    fclose(f);
    if (d) {
        d[n] = '\0';
        *len = (size_t)n;
    }
    return d;
}

int main(int argc, char **argv) {
    int runs = 5, a = 1;
    if (argc > 2 && strcmp(argv[1], "--runs") == 0) {
        runs = atoi(argv[2]);
        a = 3;
    }
    if (runs < 1 || runs > 99 || argc - a < 2) {
        fprintf(stderr, "usage: ner-bench [--runs N] MODEL CONLL_FILE [ARTICLES_TXT]\n");
        return 2;
    }
    double t[99];
    rasad_model *m = NULL;
    for (int r = 0; r < runs; r++) {
        double t0 = now();
        if (rasad_model_load(argv[a], &m) != RASAD_OK) {
            fprintf(stderr, "cannot load %s\n", argv[a]);
            return 1;
        }
        t[r] = now() - t0;
        if (r + 1 < runs)
            rasad_model_free(m);
    }
    qsort(t, (size_t)runs, sizeof t[0], cmp_d);
    printf("model load (file, checked): %.2f ms\n", t[runs / 2] * 1e3);
    double t0 = now();
    const rasad_model *def = rasad_model_default();
    printf("built-in model first use: %.3f ms (%s)\n", (now() - t0) * 1e3, def ? "ok" : "absent");

    size_t len;
    char *conll = slurp(argv[a + 1], &len);
    if (!conll) {
        fprintf(stderr, "cannot read %s\n", argv[a + 1]);
        return 1;
    }
    size_t ntok = 0;
    for (size_t i = 0; i + 1 < len; i++)
        ntok += conll[i] == '\n' && conll[i + 1] != '\n';
    for (int r = 0; r < runs; r++) {
        char *out;
        size_t olen;
        double s = now();
        if (rasad_ner_tag_conll(m, conll, len, &out, &olen) != RASAD_OK)
            return 1;
        t[r] = now() - s;
        rasad_free(out);
    }
    qsort(t, (size_t)runs, sizeof t[0], cmp_d);
    printf("tag CoNLL: %zu tokens in %.1f ms = %.0f tokens/s\n", ntok, t[runs / 2] * 1e3,
           (double)ntok / t[runs / 2]);
    free(conll);

    if (argc - a >= 3) {
        char *text = slurp(argv[a + 2], &len);
        if (!text)
            return 1;
        double tt[99], tk[99];
        size_t toks = 0, ents = 0;
        for (int r = 0; r < runs; r++) {
            tt[r] = tk[r] = 0;
            toks = ents = 0;
            for (size_t p = 0; p < len;) {
                char *nl = memchr(text + p, '\n', len - p);
                size_t e = nl ? (size_t)(nl - text) : len;
                rasad_doc *d = NULL;
                double s = now();
                if (rasad_doc_new(text + p, e - p, NULL, &d) == RASAD_OK) {
                    double s2 = now();
                    tk[r] += s2 - s;
                    const tagger_entity *es;
                    size_t n;
                    if (tagger_doc_entities(d, &es, &n) == RASAD_OK)
                        ents += n;
                    tt[r] += now() - s2;
                    toks += rasad_doc_token_count(d);
                    rasad_doc_free(d);
                }
                p = e + 1;
            }
        }
        qsort(tt, (size_t)runs, sizeof tt[0], cmp_d);
        qsort(tk, (size_t)runs, sizeof tk[0], cmp_d);
        printf("articles: %zu tokens, %zu entities; text layer %.0f ms; tagger %.0f ms = %.0f tokens/s\n",
               toks, ents, tk[runs / 2] * 1e3, tt[runs / 2] * 1e3, (double)toks / tt[runs / 2]);
        uint64_t hit, miss, bypass;
        tg_memo_thread_stats(&hit, &miss, &bypass);
        if (hit + miss + bypass)
            printf("word-type memo (all runs): %.1f%% of words answered, %.1f%% filled, %.1f%% "
                   "scored without being remembered\n",
                   100.0 * (double)hit / (double)(hit + miss + bypass),
                   100.0 * (double)miss / (double)(hit + miss + bypass),
                   100.0 * (double)bypass / (double)(hit + miss + bypass));
        free(text);
    }
    rasad_model_free(m);
    return 0;
}
