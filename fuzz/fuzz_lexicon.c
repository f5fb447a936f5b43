/* SPDX-License-Identifier: MIT
 *
 * fuzz_lexicon.c - the actor/trigger lexicon parser (knowledge stage) on
 * arbitrary bytes. The first byte chooses where the input splits into the
 * actors text and the triggers text; every parsed form is then looked up
 * again and every entry found by id, so the sorted tables are exercised.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "knowledge/lexicon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    size_t split = 0;
    if (size > 0) {
        split = (size_t)data[0] * (size - 1) / 255;
        data++;
        size--;
    }
    lex_lexicon *lex = NULL;
    size_t bad = 0;
    char err[96];
    if (lex_parse((const char *)data, split, (const char *)data + split, size - split, &lex, &bad,
                  err, sizeof err) != 0)
        return 0;
    size_t nf = lex_form_count(lex);
    for (size_t i = 0; i < nf; i++) {
        const char *norm;
        size_t len, first;
        uint32_t e;
        lex_form_at(lex, i, &norm, &len, &e);
        if (lex_lookup(lex, norm, len, &first) == 0 || first > i || !lex_entry_get(lex, e))
            abort();
    }
    for (size_t i = 0; i < lex_entry_count(lex); i++) {
        const lex_entry *x = lex_entry_get(lex, i);
        if (!lex_entry_by_id(lex, x->id, NULL))
            abort();
        (void)lex_class_name(x->cls);
        (void)lex_actor_kind_name(x->kind);
        (void)lex_event_kind_name(x->kind);
    }
    lex_free(lex);
    return 0;
}
