/* SPDX-License-Identifier: MIT
 *
 * fuzz_entities.c - libFuzzer target for the knowledge stage of one doc:
 * matching, clitic keys, modifier words and geocoding (rasad_doc_entities
 * and the entities view), and the matcher's pattern parser.
 * Byte 0 chooses the options: bit 0 RASAD_OPT_NO_CLITICS; bit 1 also
 * builds a private matcher whose patterns are the input's lines and scans
 * the doc's tokens with it.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "knowledge/matcher.h"
#include "rasad.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool count_match(const match *mt, void *ctx) {
    size_t *n = ctx;
    (void)mt;
    (*n)++;
    return true;
}

static void private_matcher(rasad_doc *doc, const char *s, size_t len) {
    matcher *m = matcher_new();
    if (!m)
        return;
    size_t i = 0;
    uint32_t k = 0;
    while (i < len) {
        const char *nl = memchr(s + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - s) : len;
        (void)matcher_add(m, s + i, end - i, (k & 1) ? k : MATCH_NONE, (k & 1) ? MATCH_NONE : k);
        k++;
        i = end + 1;
    }
    matcher_token *toks = calloc(doc->ntokens ? doc->ntokens : 1, sizeof *toks);
    if (toks) {
        for (size_t t = 0; t < doc->ntokens; t++) {
            toks[t].norm = doc->tokens[t].norm;
            toks[t].norm_len = doc->tokens[t].norm_len;
        }
        size_t n = 0;
        (void)matcher_scan(m, toks, doc->ntokens, count_match, &n);
        free(toks);
    }
    matcher_free(m);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    unsigned opt = data[0];
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    rasad_options o;
    rasad_options_init(&o);
    if (opt & 1)
        o.flags |= RASAD_OPT_NO_CLITICS;
    rasad_doc *doc = NULL;
    if (rasad_doc_new(text, len, &o, &doc) != RASAD_OK)
        return 0;
    const rasad_entity *e = NULL;
    size_t n = 0;
    if (rasad_doc_entities(doc, &e, &n) == RASAD_OK) {
        for (size_t i = 0; i < n; i++)
            if (e[i].start > e[i].end || e[i].end > len || !e[i].type || !e[i].norm)
                abort();
    }
    char *out = NULL;
    size_t olen = 0;
    if (rasad_doc_render(doc, RASAD_VIEW_ENTITIES, &out, &olen) == RASAD_OK)
        rasad_free(out);
    if (opt & 2)
        private_matcher(doc, text, len);
    rasad_doc_free(doc);
    return 0;
}
