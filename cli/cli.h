/* SPDX-License-Identifier: MIT
 *
 * cli.h - what the subcommands share: the command table, exit codes, and
 * the loop that reads articles (a text file, stdin or JSONL) and reports
 * bad records as "rasad: FILE:LINE: message" while the batch goes on.
 * The CLI sees only the public header rasad.h.
 */
#ifndef RASAD_CLI_H
#define RASAD_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "rasad.h"

enum { EXIT_OK = 0, EXIT_DATA = 1, EXIT_USAGE = 2 };

typedef struct cli_command {
    const char *name;
    const char *summary;
    int (*run)(int argc, char **argv); /* argv[0] is the command name */
} cli_command;

/* Prints "rasad: " + message to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Input options every article-reading command takes. */
typedef struct cli_input {
    const char *path;      /* FILE or "-" */
    bool jsonl;            /* --jsonl */
    const char *published; /* --published YYYY-MM-DD, or NULL */
    size_t max_doc_bytes;  /* --max-bytes N, 0 = default */
} cli_input;

/* Sets opts' document limit (--max-bytes, when given) and published date
 * (--published, else none) from in. */
void cli_apply_input(const cli_input *in, rasad_options *opts);

/* Handles one article; returns EXIT_OK or EXIT_DATA. */
typedef int (*cli_article_fn)(const rasad_article *a, rasad_doc *doc, void *ctx);

/* Opens in's articles for reading; on failure says why on stderr and
 * returns NULL. *name gets the input's display name ("<stdin>" for -). */
rasad_reader *cli_open_reader(const cli_input *in, size_t max_doc_bytes, const char **name);

/* Reports a record the reader could not give ("rasad: FILE:LINE:
 * message"); returns true when the batch cannot go on (I/O error, out of
 * memory). */
bool cli_record_failed(const char *name, const rasad_reader *r, rasad_status st);

/* Reads every article of in, builds its doc (options from in and the
 * article's own "published"), prints its warnings to stderr and calls fn.
 * A bad record is reported and skipped. Returns EXIT_OK, or EXIT_DATA when
 * any record failed. */
int cli_each_article(const cli_input *in, const rasad_options *base, cli_article_fn fn, void *ctx);

/* Parses the shared input options at argv[*i]; returns 1 when it took the
 * option (advancing *i), 0 when it is not an input option, -1 on a usage
 * error (already reported). */
int cli_input_option(cli_input *in, int argc, char **argv, int *i);

/* A command's own option at argv[*i]: returns 1 when it took it (moving
 * *i past a value), 0 when it is not one, -1 on a usage error (already
 * reported). */
typedef int (*cli_option_fn)(int argc, char **argv, int *i, void *ctx);

/* cli_parse_args' answer when the command should run. */
#define CLI_RUN (-1)

/* The argument loop of a command that reads articles: --help (or -h)
 * prints help on stdout; own(..., ctx) (may be NULL) takes the command's
 * own options, cli_input_option the shared ones into *in; anything else,
 * or no FILE, is a usage error "NAME: ..." followed by help. Returns
 * CLI_RUN when the command should go on, else the exit status it ends
 * with (EXIT_OK after --help, EXIT_USAGE). */
int cli_parse_args(int argc, char **argv, const char *name, const char *help, cli_option_fn own, void *ctx,
                   cli_input *in);

/* Is in read as JSONL: --jsonl, or a name ending in ".jsonl" (the
 * reader's rule)? */
bool cli_input_is_jsonl(const cli_input *in);

/* Writes rasad_doc_render(doc, view) to stdout; EXIT_OK, or EXIT_DATA
 * when it fails ("NAME: error" on stderr) or stdout does. */
int cli_write_view(rasad_doc *doc, rasad_view view, const char *name);

/* A whole command that prints one view of every article (rasad numbers,
 * rasad dates): takes --help and the shared input options, then writes
 * rasad_doc_render(view) for each article. name is the command's name for
 * messages, help its usage text. */
int cli_view_command(int argc, char **argv, const char *name, const char *help, rasad_view view);

/* Writes len bytes to stdout; false on a write error. */
bool cli_write(const char *s, size_t len);

/* Is the argument --help or -h? */
bool cli_is_help(const char *arg);

#endif
