/* SPDX-License-Identifier: MIT
 *
 * cmd_dates.c - rasad dates [--published YYYY-MM-DD] FILE|-: the date
 * expressions of each article, one SCHEMA.md Date a line, relative ones
 * resolved against the published date (a JSONL article's own
 * "published" field, else --published).
 */
#include <string.h>

#include "cli.h"
#include "commands.h"

static const char DATES_HELP[] =
    "usage: rasad dates [--published YYYY-MM-DD] [--jsonl] [--max-bytes N] FILE|-\n"
    "\n"
    "Prints the date expressions of an article, one JSON object a line:\n"
    "  {\"text\",\"at\":{\"start\",\"end\"},\"start\",\"end\",\"precision\",\"relative\"}\n"
    "at: byte offsets of the expression; start/end: the calendar range\n"
    "(YYYY-MM-DD), null for a relative date without a published date;\n"
    "precision: day|week|month|quarter|year. Hijri dates are converted with\n"
    "the tabular Islamic calendar (may differ by a day or two from sighting).\n"
    "  --published D  the article's date, anchors \"yesterday\", \"last Thursday\"...\n"
    "  --jsonl        one JSON article a line (also for *.jsonl); each line's\n"
    "                 \"published\" anchors its own dates\n"
    "  --max-bytes N  fail articles larger than N bytes (default 16 MiB)\n";

static int dates_one(const rasad_article *a, rasad_doc *doc, void *ctx) {
    (void)a;
    (void)ctx;
    char *out = NULL;
    size_t len = 0;
    rasad_status st = rasad_doc_render(doc, RASAD_VIEW_DATES, &out, &len);
    if (st != RASAD_OK) {
        cli_error("dates: %s", rasad_strerror(st));
        return EXIT_DATA;
    }
    bool ok = cli_write(out, len);
    rasad_free(out);
    return ok ? EXIT_OK : EXIT_DATA;
}

int cmd_dates(int argc, char **argv) {
    cli_input in = {0};
    rasad_options opts;
    rasad_options_init(&opts);
    for (int i = 1; i < argc; i++) {
        if (cli_is_help(argv[i])) {
            fputs(DATES_HELP, stdout);
            return EXIT_OK;
        }
        int took = cli_input_option(&in, argc, argv, &i);
        if (took < 0)
            return EXIT_USAGE;
        if (took == 0) {
            cli_error("dates: unknown option '%s'\n%s", argv[i], DATES_HELP);
            return EXIT_USAGE;
        }
    }
    if (!in.path) {
        cli_error("dates: no input (give FILE or -)\n%s", DATES_HELP);
        return EXIT_USAGE;
    }
    return cli_each_article(&in, &opts, dates_one, NULL);
}
