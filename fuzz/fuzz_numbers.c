/* SPDX-License-Identifier: MIT
 *
 * fuzz_numbers.c - libFuzzer target for the quantity scanner: builds a
 * doc from arbitrary bytes, reads its quantities (rasad_doc_quantities)
 * and renders the quantity view, then checks the invariants a caller
 * relies on (spans inside the text, min <= max, one JSON line a
 * quantity) and aborts when one breaks, so the fuzzer reports it.
 * Byte 0 chooses the options: bit 0 RASAD_OPT_NO_CLITICS (the scanner
 * must not depend on the clitic splitter), bit 1 a published date.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rasad.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0)
        return 0;
    rasad_options o;
    rasad_options_init(&o);
    if (data[0] & 1)
        o.flags |= RASAD_OPT_NO_CLITICS;
    if (data[0] & 2)
        o.published = (rasad_ymd){2022, 1, 27};
    data++;
    size--;
    rasad_doc *doc = NULL;
    if (rasad_doc_new((const char *)data, size, &o, &doc) != RASAD_OK)
        return 0;
    const rasad_quantity *qs = NULL;
    size_t n = 0;
    if (rasad_doc_quantities(doc, &qs, &n) == RASAD_OK) {
        size_t len;
        (void)rasad_doc_text(doc, &len);
        for (size_t i = 0; i < n; i++) {
            const rasad_quantity *q = &qs[i];
            if (q->start >= q->end || q->end > len || q->unit_end > len || q->unit_start > q->unit_end)
                abort();
            if (q->has_min && q->has_max && q->min > q->max)
                abort();
            if (i > 0 && q->start < qs[i - 1].end)
                abort();
        }
        char *out = NULL;
        size_t olen = 0;
        if (rasad_doc_render(doc, RASAD_VIEW_QUANTITIES, &out, &olen) == RASAD_OK) {
            size_t lines = 0;
            for (size_t k = 0; k < olen; k++)
                lines += out[k] == '\n';
            if (lines != n || strlen(out) != olen)
                abort();
            rasad_free(out);
        }
    }
    rasad_doc_free(doc);
    return 0;
}
