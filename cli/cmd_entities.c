/* SPDX-License-Identifier: MIT
 *
 * cmd_entities.c - rasad entities [--json] FILE|-: the places (resolved,
 * with Geo), actors, sources, role nouns and event triggers that the
 * built-in gazetteer and lexicons find in each article. Without --json an
 * aligned listing, one line a name; with --json one JSON object a name
 * (the RASAD_VIEW_ENTITIES view). For JSONL input every object also
 * carries "article": the article's id, so a batch can be split again.
 */
#include <string.h>

#include "cli.h"
#include "commands.h"

static const char ENTITIES_HELP[] =
    "usage: rasad entities [--json] [--published YYYY-MM-DD] [--jsonl] [--max-bytes N] FILE|-\n"
    "\n"
    "Finds places, actors, sources, role nouns and event triggers with the\n"
    "built-in gazetteer and lexicons (clitics such as و ب ل ال allowed on the\n"
    "first word, longest name first) and resolves each place in the\n"
    "article's context.\n"
    "  --json        one JSON object a name:\n"
    "                {\"text\",\"type\",\"start\",\"end\",\"norm\",\"id\",\"name\",\"kind\",\"geo\"}\n"
    "                (+ \"alternatives\" for places; \"event_kind\", \"acled_type\",\n"
    "                \"acled_sub_type\", \"cameo\" for triggers; \"article\" for JSONL)\n"
    "  --published D the article's date (unused here; accepted for symmetry)\n"
    "  --jsonl       the input holds one JSON article a line (also for *.jsonl)\n"
    "  --max-bytes N fail articles larger than N bytes (default 16 MiB)\n"
    "Without --json: START-END KIND TYPE TEXT ID/PLACE, aligned.\n";

typedef struct entities_ctx {
    bool json;
    bool jsonl;
} entities_ctx;

/* Writes s as a JSON string (quotes included). */
static void put_json_string(const char *s) {
    putchar('"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            printf("\\%c", *p);
        else if (*p < 0x20)
            printf("\\u%04x", *p);
        else
            putchar(*p);
    }
    putchar('"');
}

static int print_plain(rasad_doc *doc) {
    const rasad_entity *e = NULL;
    size_t n = 0;
    rasad_status st = rasad_doc_entities(doc, &e, &n);
    if (st != RASAD_OK) {
        cli_error("entities: %s", rasad_strerror(st));
        return EXIT_DATA;
    }
    size_t tlen;
    const char *text = rasad_doc_text(doc, &tlen);
    for (size_t i = 0; i < n; i++) {
        const rasad_entity *x = &e[i];
        char span[32];
        snprintf(span, sizeof span, "%u-%u", x->start, x->end);
        printf("%-12s %-8s %-5s %.*s", span, rasad_entity_kind_name((rasad_entity_kind)x->kind), x->type,
               (int)(x->end - x->start), text + x->start);
        if (x->kind == RASAD_ENT_PLACE && x->place_index != UINT32_MAX)
            printf("  -> %s (%s%s%s) %.4f,%.4f p%u alt %u", x->name ? x->name : "", x->country,
                   x->admin1[0] ? ", " : "", x->admin1, x->lat, x->lon, x->precision, x->alternatives);
        else if (x->kind == RASAD_ENT_PLACE)
            printf("  -> (unresolved)");
        else if (x->kind == RASAD_ENT_TRIGGER)
            printf("  -> %s %s / %s cameo %s", x->event_kind ? x->event_kind : "",
                   x->acled_type ? x->acled_type : "-", x->acled_sub_type ? x->acled_sub_type : "-",
                   x->cameo ? x->cameo : "-");
        else
            printf("  -> %s %s", x->id ? x->id : "-", x->name ? x->name : "");
        putchar('\n');
    }
    return EXIT_OK;
}

static int entities_one(const rasad_article *a, rasad_doc *doc, void *ctx) {
    const entities_ctx *c = ctx;
    if (!c->json)
        return print_plain(doc);
    if (!c->jsonl)
        return cli_write_view(doc, RASAD_VIEW_ENTITIES, "entities");
    char *out = NULL;
    size_t len = 0;
    rasad_status st = rasad_doc_render(doc, RASAD_VIEW_ENTITIES, &out, &len);
    if (st != RASAD_OK) {
        cli_error("entities: %s", rasad_strerror(st));
        return EXIT_DATA;
    }
    /* {"article":"ID", + the rest of each line after its '{' */
    bool ok = true;
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(out + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - out) + 1 : len;
        if (out[i] == '{') {
            fputs("{\"article\":", stdout);
            put_json_string(a->id ? a->id : "");
            putchar(',');
            ok = cli_write(out + i + 1, end - i - 1) && ok;
        } else {
            ok = cli_write(out + i, end - i) && ok;
        }
        i = end;
    }
    rasad_free(out);
    return ok ? EXIT_OK : EXIT_DATA;
}

static int entities_option(int argc, char **argv, int *i, void *ctx) {
    (void)argc;
    if (strcmp(argv[*i], "--json") != 0)
        return 0;
    ((entities_ctx *)ctx)->json = true;
    return 1;
}

int cmd_entities(int argc, char **argv) {
    cli_input in = {0};
    entities_ctx ctx = {false, false};
    int rc = cli_parse_args(argc, argv, "entities", ENTITIES_HELP, entities_option, &ctx, &in);
    if (rc != CLI_RUN)
        return rc;
    rasad_options opts;
    rasad_options_init(&opts);
    ctx.jsonl = cli_input_is_jsonl(&in);
    return cli_each_article(&in, &opts, entities_one, &ctx);
}
