/* SPDX-License-Identifier: MIT
 *
 * cli_common.c - the article loop and option helpers the subcommands share.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

void cli_error(const char *fmt, ...) {
    va_list ap;
    fputs("rasad: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

bool cli_is_help(const char *arg) { return strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0; }

bool cli_write(const char *s, size_t len) { return fwrite(s, 1, len, stdout) == len; }

int cli_input_option(cli_input *in, int argc, char **argv, int *i) {
    const char *a = argv[*i];
    if (strcmp(a, "--jsonl") == 0) {
        in->jsonl = true;
        return 1;
    }
    if (strcmp(a, "--published") == 0 || strcmp(a, "--max-bytes") == 0) {
        if (*i + 1 >= argc) {
            cli_error("%s needs a value", a);
            return -1;
        }
        const char *v = argv[++*i];
        if (a[2] == 'p') {
            rasad_ymd ymd;
            if (rasad_ymd_parse(v, strlen(v), &ymd) != RASAD_OK) {
                cli_error("--published: '%s' is not a date YYYY-MM-DD", v);
                return -1;
            }
            in->published = v;
        } else {
            char *end;
            unsigned long long n = strtoull(v, &end, 10);
            if (*v == '\0' || *end != '\0' || n == 0) {
                cli_error("--max-bytes: '%s' is not a positive number", v);
                return -1;
            }
            in->max_doc_bytes = (size_t)n;
        }
        return 1;
    }
    if (a[0] != '-' || strcmp(a, "-") == 0) {
        if (in->path) {
            cli_error("one input at a time: '%s' and '%s'", in->path, a);
            return -1;
        }
        in->path = a;
        return 1;
    }
    return 0;
}

static const char *display_name(const char *path) { return strcmp(path, "-") == 0 ? "<stdin>" : path; }

rasad_reader *cli_open_reader(const cli_input *in, size_t max_doc_bytes, const char **name) {
    *name = display_name(in->path);
    rasad_reader *r = NULL;
    rasad_status st = rasad_reader_open(in->path, in->jsonl ? RASAD_READ_JSONL : 0, max_doc_bytes, &r);
    if (st == RASAD_OK)
        return r;
    cli_error("%s: %s", *name, r ? rasad_reader_errmsg(r) : rasad_strerror(st));
    rasad_reader_free(r);
    return NULL;
}

bool cli_record_failed(const char *name, const rasad_reader *r, rasad_status st) {
    if (rasad_reader_line(r))
        cli_error("%s:%zu: %s", name, rasad_reader_line(r), rasad_reader_errmsg(r));
    else
        cli_error("%s: %s", name, rasad_reader_errmsg(r));
    return st == RASAD_EIO || st == RASAD_ENOMEM;
}

void cli_apply_input(const cli_input *in, rasad_options *opts) {
    if (in->max_doc_bytes)
        opts->max_doc_bytes = in->max_doc_bytes;
    rasad_ymd flag_date = {0, 0, 0};
    if (in->published)
        rasad_ymd_parse(in->published, strlen(in->published), &flag_date);
    opts->published = flag_date;
}

int cli_each_article(const cli_input *in, const rasad_options *base, cli_article_fn fn, void *ctx) {
    rasad_options opts = *base;
    cli_apply_input(in, &opts);
    rasad_ymd flag_date = opts.published;

    const char *name;
    rasad_reader *r = cli_open_reader(in, opts.max_doc_bytes, &name);
    if (!r)
        return EXIT_DATA;
    int rc = EXIT_OK;
    rasad_article a;
    rasad_status st;
    while ((st = rasad_reader_next(r, &a)) != RASAD_ENOTFOUND) {
        if (st != RASAD_OK) {
            rc = EXIT_DATA;
            if (cli_record_failed(name, r, st))
                break;
            continue;
        }
        if (a.warning)
            cli_error("%s:%zu: warning: %s", name, a.line, a.warning);
        opts.published = flag_date;
        if (a.published[0]) {
            rasad_ymd d;
            if (rasad_ymd_parse(a.published, strlen(a.published), &d) == RASAD_OK)
                opts.published = d;
            else
                cli_error("%s:%zu: warning: published '%s' is not YYYY-MM-DD; ignored", name, a.line,
                          a.published);
        }
        rasad_doc *doc = NULL;
        rasad_error err;
        st = rasad_doc_new_ex(a.text, a.text_len, &opts, &doc, &err);
        if (st != RASAD_OK) {
            if (a.line)
                cli_error("%s:%zu: %s%s%s", name, a.line, a.id[0] ? a.id : "", a.id[0] ? ": " : "",
                          err.message);
            else
                cli_error("%s: %s", name, err.message);
            rc = EXIT_DATA;
            continue;
        }
        for (size_t i = 0; i < rasad_doc_warning_count(doc); i++) {
            if (a.line)
                cli_error("%s:%zu: warning: %s", name, a.line, rasad_doc_warning(doc, i));
            else
                cli_error("%s: warning: %s", name, rasad_doc_warning(doc, i));
        }
        if (fn(&a, doc, ctx) != EXIT_OK)
            rc = EXIT_DATA;
        rasad_doc_free(doc);
    }
    rasad_reader_free(r);
    return rc;
}

bool cli_input_is_jsonl(const cli_input *in) {
    size_t n = strlen(in->path);
    return in->jsonl || (n >= 6 && strcmp(in->path + n - 6, ".jsonl") == 0);
}

int cli_parse_args(int argc, char **argv, const char *name, const char *help, cli_option_fn own, void *ctx,
                   cli_input *in) {
    for (int i = 1; i < argc; i++) {
        if (cli_is_help(argv[i])) {
            fputs(help, stdout);
            return EXIT_OK;
        }
        int took = own ? own(argc, argv, &i, ctx) : 0;
        if (took == 0)
            took = cli_input_option(in, argc, argv, &i);
        if (took < 0)
            return EXIT_USAGE;
        if (took == 0) {
            cli_error("%s: unknown option '%s'\n%s", name, argv[i], help);
            return EXIT_USAGE;
        }
    }
    if (!in->path) {
        cli_error("%s: no input (give FILE or -)\n%s", name, help);
        return EXIT_USAGE;
    }
    return CLI_RUN;
}

int cli_write_view(rasad_doc *doc, rasad_view view, const char *name) {
    char *out = NULL;
    size_t len = 0;
    rasad_status st = rasad_doc_render(doc, view, &out, &len);
    if (st != RASAD_OK) {
        cli_error("%s: %s", name, rasad_strerror(st));
        return EXIT_DATA;
    }
    bool ok = cli_write(out, len);
    rasad_free(out);
    return ok ? EXIT_OK : EXIT_DATA;
}

typedef struct view_ctx {
    const char *name;
    rasad_view view;
} view_ctx;

static int view_one(const rasad_article *a, rasad_doc *doc, void *vctx) {
    (void)a;
    const view_ctx *c = vctx;
    return cli_write_view(doc, c->view, c->name);
}

int cli_view_command(int argc, char **argv, const char *name, const char *help, rasad_view view) {
    cli_input in = {0};
    int rc = cli_parse_args(argc, argv, name, help, NULL, NULL, &in);
    if (rc != CLI_RUN)
        return rc;
    rasad_options opts;
    rasad_options_init(&opts);
    view_ctx ctx = {name, view};
    return cli_each_article(&in, &opts, view_one, &ctx);
}
