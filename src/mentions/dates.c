/* SPDX-License-Identifier: MIT
 *
 * dates.c - date expressions (placeholder until the date parser lands).
 */
#include "mentions/mentions.h"

rasad_status dates_scan(rasad_doc *doc) {
    doc->dates_done = true;
    doc->ndates = 0;
    return RASAD_OK;
}

rasad_status rasad_doc_dates(rasad_doc *doc, const rasad_date **out, size_t *count) {
    if (!doc || !out || !count)
        return RASAD_EINVAL;
    if (!doc->dates_done) {
        rasad_status st = dates_scan(doc);
        if (st != RASAD_OK)
            return st;
    }
    *out = doc->dates;
    *count = doc->ndates;
    return RASAD_OK;
}
