/* SPDX-License-Identifier: MIT
 *
 * fuzz_tokenize.c - the text layer on arbitrary bytes. The first byte
 * chooses the options (strict UTF-8, no clitics, a small token limit);
 * the rest is the article. Also renders the token view and normalizes.
 */
#include <stdint.h>
#include <stdlib.h>

#include "rasad.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    rasad_options o;
    rasad_options_init(&o);
    if (size > 0) {
        uint8_t c = data[0];
        if (c & 1)
            o.flags |= RASAD_OPT_STRICT_UTF8;
        if (c & 2)
            o.flags |= RASAD_OPT_NO_CLITICS;
        if (c & 4)
            o.max_token_bytes = 16;
        data++;
        size--;
    }
    rasad_doc *doc = NULL;
    if (rasad_doc_new((const char *)data, size, &o, &doc) == RASAD_OK) {
        char *out = NULL;
        size_t len = 0;
        if (rasad_doc_render(doc, RASAD_VIEW_TOKENS, &out, &len) == RASAD_OK)
            rasad_free(out);
        rasad_doc_free(doc);
    }
    char *norm = NULL;
    size_t nlen = 0;
    if (rasad_normalize((const char *)data, size, RASAD_NORM_DEFAULT, &norm, &nlen) == RASAD_OK)
        rasad_free(norm);
    return 0;
}
