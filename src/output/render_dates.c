/* SPDX-License-Identifier: MIT
 *
 * render_dates.c - JSON for dates (placeholder).
 */
#include "output/render.h"

rasad_status render_dates(rasad_doc *doc, buf *out) {
    (void)doc;
    (void)out;
    return RASAD_OK;
}

void render_date_obj(jsonw *w, const rasad_doc *doc, const rasad_date *d) {
    (void)doc;
    (void)d;
    jw_null(w);
}
