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
    bool json;
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
    if (!c->json)
        return print_plain(doc);
    char *out = NULL;
    size_t len = 0;
    rasad_status st = rasad_doc_render(doc, RASAD_VIEW_TOKENS, &out, &len);
    if (st != RASAD_OK) {
        cli_error("tokenize: %s", rasad_strerror(st));
        return EXIT_DATA;
    }
    bool ok = cli_write(out, len);
    rasad_free(out);
    return ok ? EXIT_OK : EXIT_DATA;
}

int cmd_tokenize(int argc, char **argv) {
    cli_input in = {0};
    tokenize_ctx ctx = {false};
    rasad_options opts;
    rasad_options_init(&opts);
    for (int i = 1; i < argc; i++) {
        if (cli_is_help(argv[i])) {
            fputs(TOKENIZE_HELP, stdout);
            return EXIT_OK;
        }
        if (strcmp(argv[i], "--json") == 0) {
            ctx.json = true;
            continue;
        }
        if (strcmp(argv[i], "--no-clitics") == 0) {
            opts.flags |= RASAD_OPT_NO_CLITICS;
            continue;
        }
        int took = cli_input_option(&in, argc, argv, &i);
        if (took < 0)
            return EXIT_USAGE;
        if (took == 0) {
            cli_error("tokenize: unknown option '%s'\n%s", argv[i], TOKENIZE_HELP);
            return EXIT_USAGE;
        }
    }
    if (!in.path) {
        cli_error("tokenize: no input (give FILE or -)\n%s", TOKENIZE_HELP);
        return EXIT_USAGE;
    }
    return cli_each_article(&in, &opts, tokenize_one, &ctx);
}
