/* SPDX-License-Identifier: MIT
 *
 * render_numbers.c - stage output: the quantity view (rasad numbers), one
 * SCHEMA.md Quantity a line:
 *   {"role","min","max","qualifier","unit","text","start","end"}
 * min/max are null when the expression leaves them open ("أكثر من 100"
 * has no max); unit is null when no counted noun follows the number.
 * render_quantity_obj is shared with the article view (extract).
 */
#include "output/render.h"

void render_quantity_obj(jsonw *w, const rasad_doc *doc, const rasad_quantity *q) {
    jw_obj_begin(w);
    jw_kcstr(w, "role", rasad_role_name((rasad_role)q->role));
    if (q->has_min)
        jw_kint(w, "min", q->min);
    else
        jw_knull(w, "min");
    if (q->has_max)
        jw_kint(w, "max", q->max);
    else
        jw_knull(w, "max");
    jw_kcstr(w, "qualifier", rasad_qualifier_name((rasad_qualifier)q->qualifier));
    /* spans come from the scanner and lie inside the text; check anyway so
     * a quantity built by a later stage cannot read past it */
    if (q->unit_end > q->unit_start && q->unit_end <= doc->len)
        render_span_text(w, doc, "unit", q->unit_start, q->unit_end);
    else
        jw_knull(w, "unit");
    if (q->end >= q->start && q->end <= doc->len)
        render_span_text(w, doc, "text", q->start, q->end);
    else
        jw_knull(w, "text");
    jw_kint(w, "start", q->start);
    jw_kint(w, "end", q->end);
    jw_obj_end(w);
}

rasad_status render_quantities(rasad_doc *doc, buf *out) {
    const rasad_quantity *qs;
    size_t n;
    rasad_status st = rasad_doc_quantities(doc, &qs, &n);
    if (st != RASAD_OK)
        return st;
    for (size_t i = 0; i < n; i++) {
        jsonw w;
        jw_init(&w, out);
        render_quantity_obj(&w, doc, &qs[i]);
        buf_putc(out, '\n');
    }
    return RASAD_OK;
}
