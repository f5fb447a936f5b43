/* SPDX-License-Identifier: MIT
 *
 * cmd_dates.c - rasad dates (placeholder).
 */
#include "cli.h"
#include "commands.h"

int cmd_dates(int argc, char **argv) {
    (void)argc;
    (void)argv;
    cli_error("dates: not built yet");
    return EXIT_USAGE;
}
