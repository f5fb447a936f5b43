/* SPDX-License-Identifier: MIT
 *
 * render_numbers.c - JSON for quantities (placeholder).
 */
#include "output/render.h"

rasad_status render_quantities(rasad_doc *doc, buf *out) {
    (void)doc;
    (void)out;
    return RASAD_OK;
}

void render_quantity_obj(jsonw *w, const rasad_doc *doc, const rasad_quantity *q) {
    (void)doc;
    (void)q;
    jw_null(w);
}
