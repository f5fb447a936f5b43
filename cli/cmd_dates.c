/* SPDX-License-Identifier: MIT
 *
 * cmd_dates.c - rasad dates [--published YYYY-MM-DD] FILE|-: the date
 * expressions of each article, one SCHEMA.md Date a line, relative ones
 * resolved against the published date (a JSONL article's own
 * "published" field, else --published).
 */
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

int cmd_dates(int argc, char **argv) {
    return cli_view_command(argc, argv, "dates", DATES_HELP, RASAD_VIEW_DATES);
}
