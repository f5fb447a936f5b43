/* SPDX-License-Identifier: MIT
 *
 * cmd_numbers.c - rasad numbers [--published D] [--jsonl] FILE|-: the
 * quantities of each article, one SCHEMA.md Quantity a line
 * {"role","min","max","qualifier","unit","text","start","end"} with byte
 * offsets into the article text. For JSONL input each article's
 * quantities follow one another in input order.
 */
#include <string.h>

#include "cli.h"
#include "commands.h"

static const char NUMBERS_HELP[] =
    "usage: rasad numbers [--published YYYY-MM-DD] [--jsonl] [--max-bytes N] FILE|-\n"
    "\n"
    "Prints the counted quantities of an article, one JSON object a line:\n"
    "  {\"role\",\"min\",\"max\",\"qualifier\",\"unit\",\"text\",\"start\",\"end\"}\n"
    "Digits and number words (10 آلاف، خمسة وعشرون), plural counts (عشرات،\n"
    "مئات، آلاف), qualifiers (أكثر من، نحو، ما لا يقل عن) and ranges (بين ... و ...).\n"
    "Years, day numbers of dates, percentages and phone numbers are left out.\n"
    "  --published D  the article's date (dates are kept out of quantities)\n"
    "  --jsonl        the input holds one JSON article a line (also for *.jsonl)\n"
    "  --max-bytes N  fail articles larger than N bytes (default 16 MiB)\n";

static int numbers_one(const rasad_article *a, rasad_doc *doc, void *ctx) {
    (void)a;
    (void)ctx;
    char *out = NULL;
    size_t len = 0;
    rasad_status st = rasad_doc_render(doc, RASAD_VIEW_QUANTITIES, &out, &len);
    if (st != RASAD_OK) {
        cli_error("numbers: %s", rasad_strerror(st));
        return EXIT_DATA;
    }
    bool ok = cli_write(out, len);
    rasad_free(out);
    return ok ? EXIT_OK : EXIT_DATA;
}

int cmd_numbers(int argc, char **argv) {
    cli_input in = {0};
    rasad_options opts;
    rasad_options_init(&opts);
    for (int i = 1; i < argc; i++) {
        if (cli_is_help(argv[i])) {
            fputs(NUMBERS_HELP, stdout);
            return EXIT_OK;
        }
        int took = cli_input_option(&in, argc, argv, &i);
        if (took < 0)
            return EXIT_USAGE;
        if (took == 0) {
            cli_error("numbers: unknown option '%s'\n%s", argv[i], NUMBERS_HELP);
            return EXIT_USAGE;
        }
    }
    if (!in.path) {
        cli_error("numbers: no input (give FILE or -)\n%s", NUMBERS_HELP);
        return EXIT_USAGE;
    }
    return cli_each_article(&in, &opts, numbers_one, NULL);
}
