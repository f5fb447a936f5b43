/* SPDX-License-Identifier: MIT
 *
 * cmd_normalize.c - rasad normalize FILE|-: prints the matching form of
 * the whole input (see rasad_normalize in rasad.h).
 */
#include "cli.h"
#include "commands.h"

static const char NORMALIZE_HELP[] =
    "usage: rasad normalize [--jsonl] FILE|-\n"
    "\n"
    "Prints the matching form of the text: diacritics and tatweel removed,\n"
    "alef variants unified, ى -> ي, ة -> ه, Arabic-Indic digits -> ASCII,\n"
    "presentation forms folded, bidi and zero-width marks dropped.\n";

static int normalize_one(const rasad_article *a, rasad_doc *doc, void *ctx) {
    (void)doc;
    (void)ctx;
    char *out = NULL;
    size_t len = 0;
    rasad_status st = rasad_normalize(a->text, a->text_len, RASAD_NORM_DEFAULT, &out, &len);
    if (st != RASAD_OK) {
        cli_error("normalize: %s", rasad_strerror(st));
        return EXIT_DATA;
    }
    bool ok = cli_write(out, len) && (len == 0 || out[len - 1] == '\n' || cli_write("\n", 1));
    rasad_free(out);
    return ok ? EXIT_OK : EXIT_DATA;
}

int cmd_normalize(int argc, char **argv) {
    cli_input in = {0};
    int rc = cli_parse_args(argc, argv, "normalize", NORMALIZE_HELP, NULL, NULL, &in);
    if (rc != CLI_RUN)
        return rc;
    rasad_options opts;
    rasad_options_init(&opts);
    return cli_each_article(&in, &opts, normalize_one, NULL);
}
