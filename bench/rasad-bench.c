/* SPDX-License-Identifier: MIT
 *
 * rasad-bench.c - times each pipeline stage separately over a JSONL
 * corpus (bench/prepare_corpus.py writes SaudiNewsNet as one) and reports
 * MB/s and tokens/s per core, the median of N runs. Articles are loaded
 * into memory first, so reading the file is not timed.
 *
 * usage: rasad-bench [--runs N] [--cpu] [--stage NAME]... CORPUS.jsonl
 * --cpu: time with the thread's CPU clock instead of the wall clock
 * stages: text (normalize + tokenize + clitics + sentences),
 *         text-noclitics, numbers, dates, entities (lexicon and gazetteer
 *         matching + geocoding), extract (events, claims, quotes and the
 *         JSON article; the tagger runs here) -- each timed on its own,
 *         without the stages before it -- and all (the whole pipeline,
 *         text to JSON, as `rasad extract` runs it)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "rasad.h"

typedef struct article_copy {
    char *text;
    size_t len;
    rasad_ymd published;
} article_copy;

typedef struct corpus {
    article_copy *a;
    size_t n, cap;
    size_t bytes;
} corpus;

/* Wall clock by default; --cpu counts this thread's CPU time instead,
 * which a machine shared with other jobs does not inflate as much (it
 * still pays for their cache traffic). */
static clockid_t clock_id = CLOCK_MONOTONIC;

static double now(void) {
    struct timespec ts;
    clock_gettime(clock_id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int load(const char *path, corpus *c) {
    rasad_reader *r = NULL;
    if (rasad_reader_open(path, RASAD_READ_JSONL, 0, &r) != RASAD_OK) {
        fprintf(stderr, "rasad-bench: %s: %s\n", path, r ? rasad_reader_errmsg(r) : "cannot open");
        rasad_reader_free(r);
        return -1;
    }
    rasad_article a;
    rasad_status st;
    while ((st = rasad_reader_next(r, &a)) != RASAD_ENOTFOUND) {
        if (st != RASAD_OK)
            continue;
        if (c->n == c->cap) {
            c->cap = c->cap ? c->cap * 2 : 1024;
            c->a = realloc(c->a, c->cap * sizeof *c->a);
            if (!c->a)
                return -1;
        }
        article_copy *d = &c->a[c->n++];
        d->text = malloc(a.text_len + 1);
        if (!d->text)
            return -1;
        memcpy(d->text, a.text, a.text_len);
        d->len = a.text_len;
        memset(&d->published, 0, sizeof d->published);
        rasad_ymd_parse(a.published, strlen(a.published), &d->published);
        c->bytes += a.text_len;
    }
    rasad_reader_free(r);
    return 0;
}

typedef enum {
    STAGE_TEXT,
    STAGE_TEXT_NOCLITICS,
    STAGE_NUMBERS,
    STAGE_DATES,
    STAGE_ENTITIES,
    STAGE_EXTRACT,
    STAGE_ALL,
    STAGE__COUNT
} stage_id;
static const char *STAGE_NAMES[STAGE__COUNT] = {"text",     "text-noclitics", "numbers", "dates",
                                                "entities", "extract",        "all"};

/* One run of a stage over the corpus; returns seconds, adds tokens. */
static double run_stage(const corpus *c, stage_id s, size_t *tokens) {
    double total = 0;
    rasad_options o;
    rasad_options_init(&o);
    if (s == STAGE_TEXT_NOCLITICS)
        o.flags |= RASAD_OPT_NO_CLITICS;
    for (size_t i = 0; i < c->n; i++) {
        o.published = c->a[i].published;
        rasad_doc *doc = NULL;
        double t0 = now();
        if (rasad_doc_new(c->a[i].text, c->a[i].len, &o, &doc) != RASAD_OK)
            continue;
        double t1 = now();
        const void *out;
        size_t n;
        if (s == STAGE_NUMBERS)
            rasad_doc_quantities(doc, (const rasad_quantity **)&out, &n);
        else if (s == STAGE_DATES)
            rasad_doc_dates(doc, (const rasad_date **)&out, &n);
        else if (s == STAGE_ENTITIES)
            rasad_doc_entities(doc, (const rasad_entity **)&out, &n);
        else if (s == STAGE_EXTRACT || s == STAGE_ALL) {
            /* extract needs every earlier stage: time them apart first,
             * so "extract" is the events/claims/quotes step alone */
            if (s == STAGE_EXTRACT) {
                rasad_doc_quantities(doc, (const rasad_quantity **)&out, &n);
                rasad_doc_dates(doc, (const rasad_date **)&out, &n);
                rasad_doc_entities(doc, (const rasad_entity **)&out, &n);
                t1 = now();
            }
            char *json = NULL;
            rasad_doc_render(doc, RASAD_VIEW_ARTICLE, &json, &n);
            rasad_free(json);
        }
        double t2 = now();
        if (s == STAGE_ALL)
            total += t2 - t0;
        else
            total += (s == STAGE_TEXT || s == STAGE_TEXT_NOCLITICS) ? t1 - t0 : t2 - t1;
        *tokens += rasad_doc_token_count(doc);
        rasad_doc_free(doc);
    }
    return total;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    int runs = 5;
    int want[STAGE__COUNT] = {0};
    int any = 0;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc) {
            runs = atoi(argv[++i]);
        } else if (strcmp(argv[i], "--stage") == 0 && i + 1 < argc) {
            const char *name = argv[++i];
            int found = 0;
            for (int s = 0; s < STAGE__COUNT; s++)
                if (strcmp(name, STAGE_NAMES[s]) == 0)
                    want[s] = found = any = 1;
            if (!found) {
                fprintf(stderr, "rasad-bench: unknown stage '%s'\n", name);
                return 2;
            }
        } else if (strcmp(argv[i], "--cpu") == 0) {
            clock_id = CLOCK_THREAD_CPUTIME_ID;
        } else if (argv[i][0] != '-') {
            path = argv[i];
        } else {
            fprintf(stderr, "usage: rasad-bench [--runs N] [--cpu] [--stage NAME]... CORPUS.jsonl\n");
            return 2;
        }
    }
    if (!path || runs < 1) {
        fprintf(stderr, "usage: rasad-bench [--runs N] [--cpu] [--stage NAME]... CORPUS.jsonl\n");
        return 2;
    }
    corpus c = {0};
    if (load(path, &c) != 0)
        return 1;
    printf("corpus: %s, %zu articles, %.1f MB; median of %d runs, one thread, %s time\n", path, c.n,
           (double)c.bytes / 1e6, runs, clock_id == CLOCK_MONOTONIC ? "wall" : "CPU");
    printf("%-16s %10s %10s %14s\n", "stage", "seconds", "MB/s", "tokens/s");
    double *times = calloc((size_t)runs, sizeof *times);
    for (int s = 0; s < STAGE__COUNT; s++) {
        if (any && !want[s])
            continue;
        size_t tokens = 0;
        run_stage(&c, (stage_id)s, &tokens); /* warm-up: loads the built-in resources */
        for (int r = 0; r < runs; r++) {
            tokens = 0;
            times[r] = run_stage(&c, (stage_id)s, &tokens);
        }
        qsort(times, (size_t)runs, sizeof *times, cmp_double);
        double med = times[runs / 2];
        printf("%-16s %10.3f %10.1f %14.0f\n", STAGE_NAMES[s], med, (double)c.bytes / 1e6 / med,
               (double)tokens / med);
    }
    free(times);
    for (size_t i = 0; i < c.n; i++)
        free(c.a[i].text);
    free(c.a);
    return 0;
}
