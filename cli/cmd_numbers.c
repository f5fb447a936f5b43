/* SPDX-License-Identifier: MIT
 *
 * cmd_numbers.c - rasad numbers [--published D] [--jsonl] FILE|-: the
 * quantities of each article, one SCHEMA.md Quantity a line
 * {"role","min","max","qualifier","unit","text","start","end"} with byte
 * offsets into the article text. For JSONL input each article's
 * quantities follow one another in input order.
 */
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

int cmd_numbers(int argc, char **argv) {
    return cli_view_command(argc, argv, "numbers", NUMBERS_HELP, RASAD_VIEW_QUANTITIES);
}
