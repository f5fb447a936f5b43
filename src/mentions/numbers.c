/* SPDX-License-Identifier: MIT
 *
 * numbers.c - quantities (placeholder until the number parser lands).
 */
#include "mentions/mentions.h"

rasad_status numbers_scan(rasad_doc *doc) {
    doc->quantities_done = true;
    doc->nquantities = 0;
    return RASAD_OK;
}

rasad_status rasad_doc_quantities(rasad_doc *doc, const rasad_quantity **out, size_t *count) {
    if (!doc || !out || !count)
        return RASAD_EINVAL;
    if (!doc->quantities_done) {
        rasad_status st = numbers_scan(doc);
        if (st != RASAD_OK)
            return st;
    }
    *out = doc->quantities;
    *count = doc->nquantities;
    return RASAD_OK;
}
