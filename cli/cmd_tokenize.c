/* SPDX-License-Identifier: MIT
 *
 * cmd_tokenize.c - rasad tokenize [--json] FILE|-: the text layer's
 * tokens. Without --json, one line a token: TEXT<TAB>NORM<TAB>START-END
 * <TAB>SENTENCE<TAB>segments joined with '+'; with --json one JSON object
 * a token. Sentences are separated by a blank line in the plain form.
 */
#include <string.h>

#include "cli.h"
#include "commands.h"

static const char TOKENIZE_HELP[] =
    "usage: rasad tokenize [--json] [--no-clitics] [--jsonl] [--max-bytes N] FILE|-\n"
    "\n"
    "Splits an article into tokens with byte offsets into the input, their\n"
    "matching form (norm), sentence index and clitic segments.\n"
    "  --json        one JSON object a token:\n"
    "                {\"text\",\"start\",\"end\",\"norm\",\"kind\",\"sentence\",\"segments\":[...]}\n"
    "  --no-clitics  keep words whole\n"
    "  --jsonl       the input holds one JSON article a line (also for *.jsonl)\n"
    "  --max-bytes N fail articles larger than N bytes (default 16 MiB)\n";

typedef struct tokenize_ctx {
    bool json;        /* --json */
    bool no_clitics;  /* --no-clitics */
} tokenize_ctx;

static int print_plain(rasad_doc *doc) {
    size_t tlen;
    const char *text = rasad_doc_text(doc, &tlen);
    size_t n = rasad_doc_token_count(doc);
    for (size_t i = 0; i < n; i++) {
        const rasad_token *t = rasad_doc_token(doc, i);
        if (i > 0 && rasad_doc_token(doc, i - 1)->sentence != t->sentence)
            putchar('\n');
        printf("%.*s\t%s\t%u-%u\t%u\t", (int)(t->end - t->start), text + t->start, t->norm, t->start, t->end,
               t->sentence);
        for (size_t k = 0; k < t->seg_count; k++) {
            const rasad_segment *s = rasad_doc_segment(doc, t->seg_first + k);
            printf("%s%s", k ? "+" : "", s->norm);
        }
        putchar('\n');
    }
    return EXIT_OK;
}

static int tokenize_one(const rasad_article *a, rasad_doc *doc, void *ctx) {
    (void)a;
    const tokenize_ctx *c = ctx;
    return c->json ? cli_write_view(doc, RASAD_VIEW_TOKENS, "tokenize") : print_plain(doc);
}

static int tokenize_option(int argc, char **argv, int *i, void *ctx) {
    (void)argc;
    tokenize_ctx *c = ctx;
    if (strcmp(argv[*i], "--json") == 0)
        c->json = true;
    else if (strcmp(argv[*i], "--no-clitics") == 0)
        c->no_clitics = true;
    else
        return 0;
    return 1;
}

int cmd_tokenize(int argc, char **argv) {
    cli_input in = {0};
    tokenize_ctx ctx = {false, false};
    int rc = cli_parse_args(argc, argv, "tokenize", TOKENIZE_HELP, tokenize_option, &ctx, &in);
    if (rc != CLI_RUN)
        return rc;
    rasad_options opts;
    rasad_options_init(&opts);
    if (ctx.no_clitics)
        opts.flags |= RASAD_OPT_NO_CLITICS;
    return cli_each_article(&in, &opts, tokenize_one, &ctx);
}
