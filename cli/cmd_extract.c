/* SPDX-License-Identifier: MIT
 *
 * cmd_extract.c - rasad extract: the main job. Reads articles (a text
 * file, stdin, or JSONL), runs the whole pipeline on each and writes the
 * SCHEMA.md article as JSON / JSONL, or ACLED-style CSV rows.
 *
 * With --threads N, articles are read in batches and each batch is shared
 * among N worker threads (the built-in resources are read-only and shared;
 * each article has its own doc); output keeps the input order. While the
 * workers run one batch, the main thread writes the batch before it and
 * reads the next, so reading and writing do not leave the cores idle.
 * The workers live as long as the command, so what the library caches
 * per thread survives from one batch to the next. A
 * bad record is reported as "rasad: FILE:LINE: message" and skipped.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"

static const char EXTRACT_HELP[] =
    "usage: rasad extract [--format json|jsonl|csv] [--db FILE] [--published YYYY-MM-DD]\n"
    "                     [--threads N] [--jsonl] [--max-bytes N] FILE|-\n"
    "\n"
    "Finds the events, claims, quotes and entities of each article (SCHEMA.md).\n"
    "  --format json   the article object (an array of them for JSONL input; default)\n"
    "  --format jsonl  one article object a line\n"
    "  --format csv    ACLED-style CSV, one row per event, with a header line\n"
    "  --db FILE       store each article object, its text and its rows (events,\n"
    "                  quantities, claims, quotes, entities) in the SQLite file\n"
    "                  FILE instead of printing it; FILE is created when absent,\n"
    "                  an article stored before (same id, or same text without\n"
    "                  one) is replaced; a summary line goes to stderr\n"
    "  --published D   the publication date of a plain-text article (anchors\n"
    "                  relative dates such as أمس); JSONL articles carry their own\n"
    "  --threads N     worker threads (default 1)\n"
    "  --jsonl         the input holds one JSON article a line (also for *.jsonl)\n"
    "  --max-bytes N   fail articles larger than N bytes (default 16 MiB)\n";

enum { FMT_JSON, FMT_JSONL, FMT_CSV };
#define BATCH 256

typedef struct job {
    char *text;
    size_t len;
    char *id, *source;
    rasad_ymd published;
    size_t line;
    char *out;       /* rendered output, or NULL */
    size_t out_len;
    char *messages;  /* warnings and errors for stderr */
    int rc;
} job;

typedef struct pool {
    job *jobs;
    size_t n;
    atomic_size_t next;
    int format;
    const char *name;
    const rasad_options *opts;
    size_t *bad;     /* counts records the reader could not give, or NULL */
} pool;

static char *dup_str(const char *s) {
    size_t n = strlen(s);
    char *p = malloc(n + 1);
    if (p)
        memcpy(p, s, n + 1);
    return p;
}

/* Appends "rasad: NAME[:LINE]: MSG\n" to the job's messages. */
static void job_msg(job *j, const char *name, const char *kind, const char *msg) {
    char line[64] = "";
    if (j->line)
        snprintf(line, sizeof line, ":%zu", j->line);
    size_t old = j->messages ? strlen(j->messages) : 0;
    size_t add = strlen(name) + strlen(line) + strlen(kind) + strlen(msg) + 16;
    char *p = realloc(j->messages, old + add);
    if (!p)
        return;
    snprintf(p + old, add, "rasad: %s%s: %s%s\n", name, line, kind, msg);
    j->messages = p;
}

static void run_job(pool *pl, job *j) {
    rasad_options o = *pl->opts;
    if (j->published.year)
        o.published = j->published;
    rasad_doc *doc = NULL;
    rasad_error err;
    rasad_status st = rasad_doc_new_ex(j->text, j->len, &o, &doc, &err);
    if (st != RASAD_OK) {
        char msg[256];
        snprintf(msg, sizeof msg, "%s%s%s", j->id[0] ? j->id : "", j->id[0] ? ": " : "", err.message);
        job_msg(j, pl->name, "", msg);
        j->rc = EXIT_DATA;
        return;
    }
    for (size_t i = 0; i < rasad_doc_warning_count(doc); i++)
        job_msg(j, pl->name, "warning: ", rasad_doc_warning(doc, i));
    rasad_doc_set_meta(doc, j->id, j->source);
    st = pl->format == FMT_CSV ? rasad_doc_render_csv(doc, &j->out, &j->out_len)
                               : rasad_doc_render(doc, RASAD_VIEW_ARTICLE, &j->out, &j->out_len);
    if (st != RASAD_OK) {
        job_msg(j, pl->name, "", rasad_strerror(st));
        j->rc = EXIT_DATA;
    }
    rasad_doc_free(doc);
}

static void *worker(void *arg) {
    pool *pl = arg;
    for (;;) {
        size_t i = atomic_fetch_add(&pl->next, 1);
        if (i >= pl->n)
            break;
        run_job(pl, &pl->jobs[i]);
    }
    return NULL;
}

static void free_job(job *j) {
    free(j->text);
    free(j->id);
    free(j->source);
    rasad_free(j->out);
    free(j->messages);
    memset(j, 0, sizeof *j);
}

typedef struct out_state {
    int format;
    bool array;   /* json format over several articles */
    size_t written;
    rasad_store *store; /* --db: articles go there, not to stdout */
    size_t failed;      /* --db: articles and records not stored */
    bool stopped;       /* --db: the store failed; nothing more is stored */
} out_state;

/* The worker threads, started once and kept for the whole input: each
 * batch wakes them, and the per-thread caches of the library (the
 * tagger's word memo, the clitic memo) stay warm from batch to batch. */
typedef struct crew {
    pthread_mutex_t mu;
    pthread_cond_t go, done;
    pool *pl;          /* the batch being worked on */
    unsigned long gen; /* batches handed out so far */
    int busy;          /* workers not yet through the current batch */
    bool quit;
    pthread_t tids[64];
    int started;
} crew;

static void *crew_worker(void *arg) {
    crew *c = arg;
    unsigned long seen = 0;
    pthread_mutex_lock(&c->mu);
    for (;;) {
        while (!c->quit && c->gen == seen)
            pthread_cond_wait(&c->go, &c->mu);
        if (c->quit)
            break;
        seen = c->gen;
        pool *pl = c->pl;
        pthread_mutex_unlock(&c->mu);
        worker(pl);
        pthread_mutex_lock(&c->mu);
        if (--c->busy == 0)
            pthread_cond_signal(&c->done);
    }
    pthread_mutex_unlock(&c->mu);
    return NULL;
}

/* Starts up to nthreads workers; fewer (even none) if threads cannot be
 * created: batch_finish then does what is left itself. */
static void crew_start(crew *c, int nthreads) {
    pthread_mutex_init(&c->mu, NULL);
    pthread_cond_init(&c->go, NULL);
    pthread_cond_init(&c->done, NULL);
    c->pl = NULL;
    c->gen = 0;
    c->busy = 0;
    c->quit = false;
    c->started = 0;
    for (int t = 0; t < nthreads && t < 64; t++)
        if (pthread_create(&c->tids[c->started], NULL, crew_worker, c) == 0)
            c->started++;
}

static void crew_stop(crew *c) {
    pthread_mutex_lock(&c->mu);
    c->quit = true;
    pthread_cond_broadcast(&c->go);
    pthread_mutex_unlock(&c->mu);
    for (int t = 0; t < c->started; t++)
        pthread_join(c->tids[t], NULL);
    pthread_cond_destroy(&c->done);
    pthread_cond_destroy(&c->go);
    pthread_mutex_destroy(&c->mu);
}

static void batch_start(crew *c, pool *pl) {
    atomic_store(&pl->next, 0);
    pthread_mutex_lock(&c->mu);
    c->pl = pl;
    c->busy = c->started;
    c->gen++;
    pthread_cond_broadcast(&c->go);
    pthread_mutex_unlock(&c->mu);
}

static void batch_finish(crew *c) {
    pthread_mutex_lock(&c->mu);
    while (c->busy > 0)
        pthread_cond_wait(&c->done, &c->mu);
    pool *pl = c->pl;
    pthread_mutex_unlock(&c->mu);
    worker(pl); /* whatever no thread took (none started: all of it) */
}

/* --db: stores a finished batch in input order, in one transaction, and
 * frees its jobs. A bad article is reported and skipped; a store error
 * (disk full, locked) is reported with the file's name, what was stored
 * is committed and os->stopped ends the run. Returns the worst rc. */
static int store_batch(pool *pl, out_state *os) {
    int rc = EXIT_OK;
    rasad_error err;
    if (!os->stopped && rasad_store_begin(os->store, &err) != RASAD_OK) {
        cli_error("%s", err.message);
        os->stopped = true;
        rc = EXIT_DATA;
    }
    for (size_t i = 0; i < pl->n; i++) {
        job *j = &pl->jobs[i];
        if (j->messages)
            fputs(j->messages, stderr);
        if (j->rc != EXIT_OK || !j->out) {
            rc = EXIT_DATA;
            os->failed++;
        } else if (!os->stopped) {
            rasad_status st = rasad_store_put_article(os->store, j->out, j->out_len, j->text, j->len, &err);
            if (st == RASAD_EJSON) { /* this article only */
                if (j->line)
                    cli_error("%s:%zu: %s", pl->name, j->line, err.message);
                else
                    cli_error("%s: %s", pl->name, err.message);
                os->failed++;
                rc = EXIT_DATA;
            } else if (st != RASAD_OK) {
                cli_error("%s", err.message);
                os->stopped = true;
                rc = EXIT_DATA;
            }
        }
        free_job(j);
    }
    pl->n = 0;
    if (rasad_store_commit(os->store, &err) != RASAD_OK) {
        cli_error("%s", err.message);
        os->stopped = true;
        rc = EXIT_DATA;
    }
    return rc;
}

/* Prints a finished batch in input order and frees its jobs; returns the
 * worst rc. */
static int write_batch(pool *pl, out_state *os) {
    if (os->store)
        return store_batch(pl, os);
    int rc = EXIT_OK;
    for (size_t i = 0; i < pl->n; i++) {
        job *j = &pl->jobs[i];
        if (j->messages)
            fputs(j->messages, stderr);
        if (j->rc != EXIT_OK)
            rc = EXIT_DATA;
        if (j->out) {
            size_t len = j->out_len;
            if (os->array && len && j->out[len - 1] == '\n')
                len--; /* the array puts its own separators */
            if (os->array)
                fputs(os->written ? ",\n" : "[\n", stdout);
            if (!cli_write(j->out, len))
                rc = EXIT_DATA;
            os->written++;
        }
        free_job(j);
    }
    pl->n = 0;
    return rc;
}

/* Reads up to BATCH articles into pl (which must be empty). Sets *done at
 * the end of the input or after a fatal read error; returns the worst rc. */
static int read_batch(rasad_reader *r, const char *name, pool *pl, bool *done) {
    int rc = EXIT_OK;
    rasad_article a;
    rasad_status st;
    *done = false;
    while (pl->n < BATCH) {
        st = rasad_reader_next(r, &a);
        if (st == RASAD_ENOTFOUND) {
            *done = true;
            break;
        }
        if (st != RASAD_OK) {
            rc = EXIT_DATA;
            if (pl->bad)
                (*pl->bad)++;
            if (cli_record_failed(name, r, st)) {
                *done = true;
                break;
            }
            continue;
        }
        job *j = &pl->jobs[pl->n];
        memset(j, 0, sizeof *j);
        j->line = a.line;
        j->text = malloc(a.text_len + 1);
        j->id = dup_str(a.id);
        j->source = dup_str(a.source);
        if (!j->text || !j->id || !j->source) {
            free_job(j);
            cli_error("out of memory");
            *done = true;
            return EXIT_DATA;
        }
        memcpy(j->text, a.text, a.text_len);
        j->len = a.text_len;
        if (a.warning)
            job_msg(j, name, "warning: ", a.warning);
        if (a.published[0] && rasad_ymd_parse(a.published, strlen(a.published), &j->published) != RASAD_OK) {
            char msg[160];
            snprintf(msg, sizeof msg, "published '%.40s' is not YYYY-MM-DD; ignored", a.published);
            job_msg(j, name, "warning: ", msg);
            memset(&j->published, 0, sizeof j->published);
        }
        pl->n++;
    }
    return rc;
}

/* --db: closes the store and says what was stored, on one stderr line. */
static int store_summary(rasad_store *store, const char *db, const out_state *os) {
    rasad_store_counts c;
    rasad_error err;
    rasad_store_session(store, &c);
    int rc = EXIT_OK;
    if (rasad_store_close(store, &err) != RASAD_OK) {
        cli_error("%s", err.message);
        rc = EXIT_DATA;
    }
    fprintf(stderr, "rasad: %s: stored %zu articles: %zu events, %zu claims, %zu quotes, %zu entities; %zu failed%s\n",
            db, c.articles, c.events, c.claims, c.quotes, c.entities, os->failed,
            os->stopped ? "; stopped at a store error" : "");
    return rc;
}

typedef struct extract_args {
    int format;   /* FMT_* */
    int nthreads; /* 1..64 */
    const char *db; /* --db FILE, or NULL */
} extract_args;

/* --format json|jsonl|csv, --threads N and --db FILE */
static int extract_option(int argc, char **argv, int *i, void *ctx) {
    extract_args *x = ctx;
    const char *a = argv[*i];
    if (strcmp(a, "--db") == 0) {
        if (*i + 1 >= argc) {
            cli_error("extract: --db needs a value");
            return -1;
        }
        x->db = argv[++*i];
        return 1;
    }
    if (strcmp(a, "--format") != 0 && strcmp(a, "--threads") != 0)
        return 0;
    if (*i + 1 >= argc) {
        cli_error("extract: %s needs a value", a);
        return -1;
    }
    const char *v = argv[++*i];
    if (a[2] == 'f') {
        if (strcmp(v, "json") == 0)
            x->format = FMT_JSON;
        else if (strcmp(v, "jsonl") == 0)
            x->format = FMT_JSONL;
        else if (strcmp(v, "csv") == 0)
            x->format = FMT_CSV;
        else {
            cli_error("extract: --format takes json, jsonl or csv, not '%s'", v);
            return -1;
        }
        return 1;
    }
    char *end;
    long n = strtol(v, &end, 10);
    if (*v == '\0' || *end != '\0' || n < 1 || n > 64) {
        cli_error("extract: --threads takes a number from 1 to 64, not '%s'", v);
        return -1;
    }
    x->nthreads = (int)n;
    return 1;
}

int cmd_extract(int argc, char **argv) {
    cli_input in = {0};
    extract_args args = {FMT_JSON, 1, NULL};
    int rc = cli_parse_args(argc, argv, "extract", EXTRACT_HELP, extract_option, &args, &in);
    if (rc != CLI_RUN)
        return rc;
    int format = args.format, nthreads = args.nthreads;
    rasad_options opts;
    rasad_options_init(&opts);
    cli_apply_input(&in, &opts);

    const char *name;
    rasad_reader *r = cli_open_reader(&in, opts.max_doc_bytes, &name);
    if (!r)
        return EXIT_DATA;
    rasad_store *store = NULL;
    if (args.db) { /* the workers render article objects, this thread stores them */
        rasad_error err;
        if (rasad_store_open(args.db, &store, &err) != RASAD_OK) {
            cli_error("%s", err.message);
            rasad_reader_free(r);
            return EXIT_DATA;
        }
        format = FMT_JSONL;
    }
    out_state os = {format, !store && format == FMT_JSON && cli_input_is_jsonl(&in), 0, store, 0, false};
    /* two batches: one runs while the other is written and refilled */
    job *jobs = calloc(2 * (size_t)BATCH, sizeof *jobs);
    if (!jobs) {
        rasad_store_close(store, NULL);
        rasad_reader_free(r);
        cli_error("out of memory");
        return EXIT_DATA;
    }
    pool pls[2];
    for (int k = 0; k < 2; k++)
        pls[k] = (pool){.jobs = jobs + k * BATCH, .format = format, .name = name, .opts = &opts, .bad = &os.failed};
    if (format == FMT_CSV)
        fputs(rasad_csv_header(), stdout);
    int cur = 0;
    rc = EXIT_OK;
    crew run;
    if (nthreads > 1)
        crew_start(&run, nthreads);
    pool *running = NULL;
    for (bool done = false; !done && !os.stopped; cur ^= 1) {
        if (read_batch(r, name, &pls[cur], &done) != EXIT_OK)
            rc = EXIT_DATA;
        if (nthreads == 1) { /* this thread does the work */
            atomic_store(&pls[cur].next, 0);
            worker(&pls[cur]);
            if (write_batch(&pls[cur], &os) != EXIT_OK)
                rc = EXIT_DATA;
            continue;
        }
        pool *prev = running;
        if (prev)
            batch_finish(&run);
        running = NULL;
        if (pls[cur].n) {
            batch_start(&run, &pls[cur]);
            running = &pls[cur];
        }
        if (prev && write_batch(prev, &os) != EXIT_OK)
            rc = EXIT_DATA;
    }
    if (running) {
        batch_finish(&run);
        if (write_batch(running, &os) != EXIT_OK)
            rc = EXIT_DATA;
    }
    if (nthreads > 1)
        crew_stop(&run);
    if (os.array)
        fputs(os.written ? "\n]\n" : "[]\n", stdout);
    if (store && store_summary(store, args.db, &os) != EXIT_OK)
        rc = EXIT_DATA;
    free(jobs);
    rasad_reader_free(r);
    return rc;
}
