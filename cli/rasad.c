/* SPDX-License-Identifier: MIT
 *
 * rasad.c - the command-line tool: a thin subcommand dispatcher over
 * librasad (only rasad.h is included). Exit codes: 0 ok, 1 data error,
 * 2 usage.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "rasad.h"

static int cmd_help(int argc, char **argv);

static const cli_command COMMANDS[] = {
    {"help", "list the commands, or show one command's help", cmd_help},
    {"normalize", "print the matching form of the text", cmd_normalize},
    {"tokenize", "tokens with offsets, norms, clitic segments and sentences", cmd_tokenize},
    {"numbers", "quantities (SCHEMA.md Quantity), one JSON a line", cmd_numbers},
    {"dates", "date expressions (SCHEMA.md Date), one JSON a line", cmd_dates},
    {"gazetteer", "look places up (SCHEMA.md Geo), import GeoNames dumps, describe a gazetteer", cmd_gazetteer},
    {"entities", "places (with Geo), actors, sources and triggers found, one JSON a line", cmd_entities},
    {"ner", "named-entity tagger: train, eval, tag (CoNLL files)", cmd_ner},
    {"extract", "events, claims, quotes and entities (SCHEMA.md) as JSON, JSONL or CSV", cmd_extract},
    /* more commands: one line each, in pipeline order */
};
#define NCOMMANDS (sizeof COMMANDS / sizeof COMMANDS[0])

static void usage(FILE *out) {
    fprintf(out, "usage: rasad COMMAND [OPTIONS] FILE|-\n\n"
                 "rasad reads Arabic news and turns it into structured conflict-event data.\n\n"
                 "commands:\n");
    for (size_t i = 0; i < NCOMMANDS; i++)
        fprintf(out, "  %-12s %s\n", COMMANDS[i].name, COMMANDS[i].summary);
    fprintf(out, "\n'rasad COMMAND --help' shows a command's options. 'rasad --version' prints versions.\n"
                 "Exit status: 0 ok, 1 data error, 2 usage error.\n");
}

/* The command of that name, or NULL after saying so on stderr. */
static const cli_command *find_command(const char *name) {
    for (size_t i = 0; i < NCOMMANDS; i++)
        if (strcmp(COMMANDS[i].name, name) == 0)
            return &COMMANDS[i];
    cli_error("unknown command '%s' (try 'rasad help')", name);
    return NULL;
}

static int cmd_help(int argc, char **argv) {
    if (argc < 2) {
        usage(stdout);
        return EXIT_OK;
    }
    const cli_command *c = find_command(argv[1]);
    if (!c)
        return EXIT_USAGE;
    char *help_argv[] = {argv[1], "--help", NULL};
    return c->run(2, help_argv);
}

/* The library's version, then the versions of the data built into it:
 * the gazetteer's header and whether a tagger model is embedded. */
static void print_version(void) {
    printf("rasad %s (output schema v%d, Unicode %s)\n", rasad_version(), RASAD_SCHEMA_VERSION,
           rasad_unicode_version());
    char *gaz = NULL;
    size_t len = 0;
    if (rasad_gazetteer_info(rasad_gazetteer_default(), &gaz, &len) == RASAD_OK)
        printf("gazetteer %.*s", (int)len, gaz);
    rasad_free(gaz);
    printf("ner model: %s\n", rasad_model_default() ? "built in" : "none");
}

int main(int argc, char **argv) {
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
        print_version();
        return EXIT_OK;
    }
    if (cli_is_help(argv[1])) {
        usage(stdout);
        return EXIT_OK;
    }
    const cli_command *c = find_command(argv[1]);
    if (!c)
        return EXIT_USAGE;
    return c->run(argc - 1, argv + 1);
}
