/* SPDX-License-Identifier: MIT
 *
 * fuzz_extract.c - libFuzzer target for the extraction stage of one doc
 * (issue 5): events, merging, claims and quotes, rendered as the article
 * JSON view and as ACLED CSV, on arbitrary bytes.
 * Byte 0 chooses the options: bit 0 sets a published date (byte 1 picks
 * its day of 2022, so relative dates resolve); without it the article has
 * none; bit 1 sets an id and a source so the CSV carries them.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rasad.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2)
        return 0;
    uint8_t flags = data[0];
    rasad_options o;
    rasad_options_init(&o);
    if (flags & 1) {
        unsigned d = data[1] % 365u; /* a day of 2022 */
        static const int month_len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        int m = 0;
        while (d >= (unsigned)month_len[m]) {
            d -= (unsigned)month_len[m];
            m++;
        }
        o.published.year = 2022;
        o.published.month = m + 1;
        o.published.day = (int)d + 1;
    }
    rasad_doc *doc = NULL;
    if (rasad_doc_new((const char *)data + 2, size - 2, &o, &doc) != RASAD_OK)
        return 0;
    if (flags & 2)
        (void)rasad_doc_set_meta(doc, "fuzz-1", "fuzz");
    char *out = NULL;
    size_t len = 0;
    if (rasad_doc_render(doc, RASAD_VIEW_ARTICLE, &out, &len) == RASAD_OK) {
        if (len && out[len - 1] != '\n')
            abort(); /* the article view is one line */
        rasad_free(out);
    }
    out = NULL;
    if (rasad_doc_render_csv(doc, &out, &len) == RASAD_OK)
        rasad_free(out);
    rasad_doc_free(doc);
    return 0;
}
