/* SPDX-License-Identifier: MIT
 *
 * cmd_gazetteer.c - rasad gazetteer lookup|import|info: looks place names
 * up in the built-in (or a given) gazetteer and prints the candidates as
 * SCHEMA.md Geo objects, best first; builds a gazetteer from GeoNames
 * dump files; describes a gazetteer file.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "cli.h"
#include "commands.h"

static const char GAZETTEER_HELP[] =
    "usage: rasad gazetteer lookup [--gazetteer FILE] [--sound] NAME...|-\n"
    "       rasad gazetteer import --country SY.txt [--alternates alternateNamesV2.txt]\n"
    "                              [--admin1 admin1CodesASCII.txt] -o OUT.bin\n"
    "       rasad gazetteer info [FILE]\n"
    "\n"
    "lookup  prints every place a name may mean, one SCHEMA.md Geo object a line,\n"
    "        best first (feature and population; a leading مدينة، محافظة، قرية ...\n"
    "        steers the choice). Several NAMEs are looked up one after another;\n"
    "        '-' reads names from stdin, one a line.\n"
    "        --sound lists instead the places whose Latin name sounds like an Arabic\n"
    "        spelling the gazetteer lacks (ساريكاميس -> Sarıkamış), closest first.\n"
    "        Exit status 1 when a name has no candidate.\n"
    "import  builds a compiled gazetteer from GeoNames dumps (geonames.org/export/dump:\n"
    "        a country file, optionally the Arabic alternate names and the admin1\n"
    "        names); use it with --gazetteer FILE.\n"
    "info    prints counts, places by source, size and checksum of FILE (default:\n"
    "        the built-in gazetteer).\n"
    "GeoNames data is CC BY 4.0 (geonames.org).\n";

static int load(const char *path, const rasad_gazetteer **g, rasad_gazetteer **owned) {
    *owned = NULL;
    if (!path) {
        *g = rasad_gazetteer_default();
        if (!*g) {
            cli_error("gazetteer: the built-in gazetteer is damaged");
            return EXIT_DATA;
        }
        return EXIT_OK;
    }
    rasad_status st = rasad_gazetteer_load(path, owned);
    if (st != RASAD_OK) {
        cli_error("%s: %s", path, rasad_strerror(st));
        return EXIT_DATA;
    }
    *g = *owned;
    return EXIT_OK;
}

static int lookup_one(const rasad_gazetteer *g, const char *name, size_t len, bool sound) {
    char *json = NULL;
    size_t jl = 0;
    rasad_status st = sound ? rasad_gazetteer_lookup_sound(g, name, len, &json, &jl, NULL)
                            : rasad_gazetteer_lookup(g, name, len, &json, &jl, NULL);
    if (st == RASAD_ENOTFOUND) {
        cli_error("gazetteer lookup: no place %s '%.*s'", sound ? "sounds like" : "named", (int)len, name);
        return EXIT_DATA;
    }
    if (st != RASAD_OK) {
        cli_error("gazetteer lookup: %s", rasad_strerror(st));
        return EXIT_DATA;
    }
    bool ok = cli_write(json, jl);
    rasad_free(json);
    return ok ? EXIT_OK : EXIT_DATA;
}

static int lookup(int argc, char **argv) {
    const char *path = NULL;
    int first = 0;
    bool sound = false;
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--gazetteer") && i + 1 < argc) {
            path = argv[++i];
        } else if (!strcmp(argv[i], "--sound")) {
            sound = true;
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            cli_error("gazetteer lookup: unknown option '%s'\n%s", argv[i], GAZETTEER_HELP);
            return EXIT_USAGE;
        } else if (!first) {
            first = i;
        }
    }
    if (!first) {
        cli_error("gazetteer lookup: no NAME\n%s", GAZETTEER_HELP);
        return EXIT_USAGE;
    }
    const rasad_gazetteer *g;
    rasad_gazetteer *owned;
    int rc = load(path, &g, &owned);
    if (rc != EXIT_OK)
        return rc;
    for (int i = first; i < argc; i++) {
        if (!strcmp(argv[i], "--gazetteer")) {
            i++;
            continue;
        }
        if (!strcmp(argv[i], "--sound"))
            continue;
        if (strcmp(argv[i], "-") != 0) {
            if (lookup_one(g, argv[i], strlen(argv[i]), sound) != EXIT_OK)
                rc = EXIT_DATA;
            continue;
        }
        /* "-": one name a line from stdin */
        char *line = NULL;
        size_t cap = 0;
        ssize_t n;
        while ((n = getline(&line, &cap, stdin)) >= 0) {
            while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
                line[--n] = '\0';
            if (n > 0 && lookup_one(g, line, (size_t)n, sound) != EXIT_OK)
                rc = EXIT_DATA;
        }
        free(line);
    }
    rasad_gazetteer_free(owned);
    return rc;
}

static int import(int argc, char **argv) {
    const char *country = NULL, *alternates = NULL, *admin1 = NULL, *out = NULL;
    for (int i = 2; i < argc; i++) {
        const char **slot = !strcmp(argv[i], "--country")      ? &country
                            : !strcmp(argv[i], "--alternates") ? &alternates
                            : !strcmp(argv[i], "--admin1")     ? &admin1
                            : !strcmp(argv[i], "-o")           ? &out
                                                               : NULL;
        if (!slot || i + 1 >= argc) {
            cli_error("gazetteer import: bad option '%s'\n%s", argv[i], GAZETTEER_HELP);
            return EXIT_USAGE;
        }
        *slot = argv[++i];
    }
    if (!country || !out) {
        cli_error("gazetteer import: --country and -o are required\n%s", GAZETTEER_HELP);
        return EXIT_USAGE;
    }
    rasad_error err;
    rasad_status st = rasad_gazetteer_import(country, alternates, admin1, out, &err);
    if (st != RASAD_OK) {
        cli_error("%s", err.message[0] ? err.message : rasad_strerror(st));
        return EXIT_DATA;
    }
    rasad_gazetteer *g = NULL;
    st = rasad_gazetteer_load(out, &g);
    if (st != RASAD_OK) {
        cli_error("%s: %s", out, rasad_strerror(st));
        return EXIT_DATA;
    }
    char *json = NULL;
    size_t len = 0;
    if (rasad_gazetteer_info(g, &json, &len) == RASAD_OK) {
        fputs("rasad: wrote ", stderr);
        fwrite(json, 1, len, stderr);
        rasad_free(json);
    }
    rasad_gazetteer_free(g);
    return EXIT_OK;
}

static int info(int argc, char **argv) {
    if (argc > 3) {
        cli_error("gazetteer info: one FILE at most\n%s", GAZETTEER_HELP);
        return EXIT_USAGE;
    }
    const rasad_gazetteer *g;
    rasad_gazetteer *owned;
    int rc = load(argc == 3 ? argv[2] : NULL, &g, &owned);
    if (rc != EXIT_OK)
        return rc;
    char *json = NULL;
    size_t len = 0;
    rasad_status st = rasad_gazetteer_info(g, &json, &len);
    if (st == RASAD_OK) {
        if (!cli_write(json, len))
            rc = EXIT_DATA;
        rasad_free(json);
    } else {
        cli_error("gazetteer info: %s", rasad_strerror(st));
        rc = EXIT_DATA;
    }
    rasad_gazetteer_free(owned);
    return rc;
}

int cmd_gazetteer(int argc, char **argv) {
    if (argc < 2 || cli_is_help(argv[1])) {
        fputs(GAZETTEER_HELP, argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : EXIT_OK;
    }
    for (int i = 2; i < argc; i++)
        if (cli_is_help(argv[i])) {
            fputs(GAZETTEER_HELP, stdout);
            return EXIT_OK;
        }
    if (!strcmp(argv[1], "lookup"))
        return lookup(argc, argv);
    if (!strcmp(argv[1], "import"))
        return import(argc, argv);
    if (!strcmp(argv[1], "info"))
        return info(argc, argv);
    cli_error("gazetteer: unknown subcommand '%s'\n%s", argv[1], GAZETTEER_HELP);
    return EXIT_USAGE;
}
