/* SPDX-License-Identifier: MIT
 *
 * bench_match.c - times the knowledge stage over a JSONL corpus
 * (bench/prepare_corpus.py writes SaudiNewsNet as one), one thread, the
 * median of N runs of thread CPU time, articles held in memory:
 *   text      rasad_doc_new (normalize + tokenize + clitics + sentences)
 *   match     the shared matcher over the doc's tokens (places, actors,
 *             sources, roles, triggers), nothing else
 *   entities  rasad_doc_entities: match + decide + geocode
 *   total     text + entities (issue 3's "normalize + segment + match")
 * and the one-time costs: loading the built-in gazetteer (header,
 * checksum and every offset checked) and parsing the built-in actor and
 * trigger lexicons, each the median of 5 fresh loads, then the matcher's
 * build (first use) and size.
 *
 * usage: bench_match [--runs N] CORPUS.jsonl
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "doc.h"
#include "knowledge/gazetteer.h"
#include "knowledge/lexicon.h"
#include "knowledge/matcher.h"
#include "util/embed.h"
#include "rasad.h"

typedef struct text_copy {
    char *text;
    size_t len;
} text_copy;

/* CPU time of this thread, not wall time: the figure is per core and
 * stays honest on a machine shared with other jobs. */
static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

EMBED_DECLARE(gazetteer);
EMBED_DECLARE(actors);
EMBED_DECLARE(triggers);

static bool count_match(const match *mt, void *ctx) {
    (void)mt;
    (*(size_t *)ctx)++;
    return true;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Median of 5 fresh loads of the built-in gazetteer and lexicons, in ms
 * (issue 3: the gazetteer must load in under 50 ms). */
static int time_loads(void) {
    double tg[5], tl[5];
    for (int r = 0; r < 5; r++) {
        double t0 = now();
        gaz *g = NULL;
        rasad_status st = gaz_load_mem(EMBED_DATA(gazetteer), EMBED_LEN(gazetteer), 0, &g);
        double t1 = now();
        lex_lexicon *lex = NULL;
        int sl = lex_parse(EMBED_DATA(actors), EMBED_LEN(actors), EMBED_DATA(triggers), EMBED_LEN(triggers), &lex,
                           NULL, NULL, 0);
        double t2 = now();
        gaz_free(g);
        lex_free(lex);
        if (st != RASAD_OK || sl != RASAD_OK) {
            fprintf(stderr, "bench_match: built-in gazetteer or lexicon does not load\n");
            return 1;
        }
        tg[r] = t1 - t0;
        tl[r] = t2 - t1;
    }
    qsort(tg, 5, sizeof tg[0], cmp_double);
    qsort(tl, 5, sizeof tl[0], cmp_double);
    printf("loads: gazetteer %.2f ms, actor and trigger lexicons %.2f ms (median of 5, CPU time)\n", tg[2] * 1e3,
           tl[2] * 1e3);
    return 0;
}

int main(int argc, char **argv) {
    int runs = 5;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = atoi(argv[++i]);
        else if (argv[i][0] != '-')
            path = argv[i];
    }
    if (!path || runs < 1) {
        fprintf(stderr, "usage: bench_match [--runs N] CORPUS.jsonl\n");
        return 2;
    }
    rasad_reader *r = NULL;
    if (rasad_reader_open(path, RASAD_READ_JSONL, 0, &r) != RASAD_OK) {
        fprintf(stderr, "bench_match: cannot open %s\n", path);
        return 1;
    }
    text_copy *docs = NULL;
    size_t n = 0, cap = 0, bytes = 0;
    rasad_article a;
    rasad_status st;
    while ((st = rasad_reader_next(r, &a)) != RASAD_ENOTFOUND) {
        if (st != RASAD_OK)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 1024;
            text_copy *p = realloc(docs, cap * sizeof *p);
            if (!p)
                return 1;
            docs = p;
        }
        docs[n].text = malloc(a.text_len + 1);
        if (!docs[n].text)
            return 1;
        memcpy(docs[n].text, a.text, a.text_len);
        docs[n].len = a.text_len;
        bytes += a.text_len;
        n++;
    }
    rasad_reader_free(r);

    if (time_loads() != 0)
        return 1;
    double t0 = now();
    const matcher *m = matcher_default();
    double build = now() - t0;
    if (!m) {
        fprintf(stderr, "bench_match: no matcher\n");
        return 1;
    }
    printf("corpus: %s, %zu articles, %.1f MB; median of %d runs, one thread\n", path, n, (double)bytes / 1e6, runs);
    printf("matcher: %zu words, %zu trie nodes, %zu patterns, %.1f MB, built in %.1f ms\n", matcher_word_count(m),
           matcher_node_count(m), matcher_pattern_count(m), (double)matcher_memory(m) / 1e6, build * 1e3);

    double *tt = calloc((size_t)runs, sizeof *tt), *tm = calloc((size_t)runs, sizeof *tm),
           *te = calloc((size_t)runs, sizeof *te);
    size_t matches = 0, ents = 0, tokens = 0;
    matcher_token *mt = NULL;
    size_t mt_cap = 0;
    for (int run = -1; run < runs; run++) { /* run -1 warms the resources up */
        double text = 0, match_t = 0, ent = 0;
        matches = ents = tokens = 0;
        for (size_t i = 0; i < n; i++) {
            rasad_doc *doc = NULL;
            double a0 = now();
            if (rasad_doc_new(docs[i].text, docs[i].len, NULL, &doc) != RASAD_OK)
                continue;
            double a1 = now();
            if (doc->ntokens > mt_cap) {
                free(mt);
                mt_cap = doc->ntokens * 2;
                mt = malloc(mt_cap * sizeof *mt);
                if (!mt)
                    return 1;
            }
            for (size_t k = 0; k < doc->ntokens; k++) {
                const rasad_token *t = &doc->tokens[k];
                const rasad_segment *s = doc_tok_stem(doc, k);
                mt[k] = (matcher_token){t->norm, t->norm_len, NULL, 0, 0};
                if (t->seg_count > 1)
                    mt[k].stem = s->norm, mt[k].stem_len = s->norm_len;
            }
            double a2 = now();
            matcher_scan(m, mt, doc->ntokens, count_match, &matches);
            double a3 = now();
            const rasad_entity *e;
            size_t ne = 0;
            rasad_doc_entities(doc, &e, &ne);
            double a4 = now();
            ents += ne;
            tokens += doc->ntokens;
            text += a1 - a0;
            match_t += a3 - a2;
            ent += a4 - a3;
            rasad_doc_free(doc);
        }
        if (run >= 0) {
            tt[run] = text;
            tm[run] = match_t;
            te[run] = ent;
        }
    }
    qsort(tt, (size_t)runs, sizeof *tt, cmp_double);
    qsort(tm, (size_t)runs, sizeof *tm, cmp_double);
    qsort(te, (size_t)runs, sizeof *te, cmp_double);
    double mb = (double)bytes / 1e6;
    double t = tt[runs / 2], mm = tm[runs / 2], e = te[runs / 2];
    printf("%-10s %9s %9s %13s\n", "stage", "seconds", "MB/s", "tokens/s");
    printf("%-10s %9.3f %9.1f %13.0f\n", "text", t, mb / t, (double)tokens / t);
    printf("%-10s %9.3f %9.1f %13.0f\n", "match", mm, mb / mm, (double)tokens / mm);
    printf("%-10s %9.3f %9.1f %13.0f\n", "entities", e, mb / e, (double)tokens / e);
    printf("%-10s %9.3f %9.1f %13.0f\n", "total", t + e, mb / (t + e), (double)tokens / (t + e));
    printf("%zu tokens, %zu matches, %zu entities a run\n", tokens, matches, ents);
    free(tt);
    free(tm);
    free(te);
    free(mt);
    for (size_t i = 0; i < n; i++)
        free(docs[i].text);
    free(docs);
    return 0;
}
