/* SPDX-License-Identifier: MIT
 *
 * fuzz_dates.c - the date scanner on arbitrary bytes. The first 4 bytes
 * choose the published date (year 0 = none, and out-of-range values that
 * rasad_ymd_parse would refuse are kept to test the scanner's own guard);
 * the rest is the article: rasad_doc_new, rasad_doc_dates, then the
 * date view through rasad_doc_render.
 */
#include <stdint.h>
#include <stdlib.h>

#include "rasad.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    rasad_options o;
    rasad_options_init(&o);
    if (size >= 4) {
        /* year 0..2047 (0 = none; mostly 1900..2100), month 0..15, day 0..31 */
        unsigned y = ((unsigned)data[0] << 8 | data[1]) & 0x7ff;
        o.published.year = (data[0] & 0x80) ? (int)y : (int)(1900 + y % 201);
        if (data[0] & 0x40)
            o.published.year = 0;
        o.published.month = data[2] & 0x0f;
        o.published.day = data[3] & 0x1f;
        data += 4;
        size -= 4;
    }
    rasad_doc *doc = NULL;
    if (rasad_doc_new((const char *)data, size, &o, &doc) != RASAD_OK)
        return 0;
    const rasad_date *dates = NULL;
    size_t n = 0;
    if (rasad_doc_dates(doc, &dates, &n) == RASAD_OK) {
        for (size_t i = 0; i < n; i++)
            if (dates[i].start > dates[i].end || dates[i].end > size)
                abort(); /* a span must lie inside the article */
        for (size_t i = 1; i < n; i++)
            if (dates[i].start < dates[i - 1].end)
                abort(); /* in text order, never overlapping */
    }
    char *out = NULL;
    size_t len = 0;
    if (rasad_doc_render(doc, RASAD_VIEW_DATES, &out, &len) == RASAD_OK)
        rasad_free(out);
    rasad_doc_free(doc);
    return 0;
}
