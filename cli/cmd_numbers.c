/* SPDX-License-Identifier: MIT
 *
 * cmd_numbers.c - rasad numbers (placeholder).
 */
#include "cli.h"
#include "commands.h"

int cmd_numbers(int argc, char **argv) {
    (void)argc;
    (void)argv;
    cli_error("numbers: not built yet");
    return EXIT_USAGE;
}
