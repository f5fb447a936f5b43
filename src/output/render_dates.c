/* SPDX-License-Identifier: MIT
 *
 * render_dates.c - the date view (output stage): one SCHEMA.md Date a
 * line, {"text","at":{"start","end"},"start","end","precision","relative"}.
 * start/end are calendar days "YYYY-MM-DD", null when a relative date has
 * no published date to resolve against. render_date_obj is shared with
 * the article view.
 */
#include "output/render.h"

void render_date_obj(jsonw *w, const rasad_doc *doc, const rasad_date *d) {
    jw_obj_begin(w);
    render_span_text(w, doc, "text", d->start, d->end);
    jw_key(w, "at");
    jw_obj_begin(w);
    jw_kint(w, "start", d->start);
    jw_kint(w, "end", d->end);
    jw_obj_end(w);
    if (d->resolved) {
        jw_kymd(w, "start", d->first.year, d->first.month, d->first.day);
        jw_kymd(w, "end", d->last.year, d->last.month, d->last.day);
    } else {
        jw_knull(w, "start");
        jw_knull(w, "end");
    }
    jw_kcstr(w, "precision", rasad_precision_name((rasad_precision)d->precision));
    jw_kbool(w, "relative", d->relative);
    jw_obj_end(w);
}

rasad_status render_dates(rasad_doc *doc, buf *out) {
    const rasad_date *dates;
    size_t n;
    rasad_status st = rasad_doc_dates(doc, &dates, &n);
    if (st != RASAD_OK)
        return st;
    for (size_t i = 0; i < n; i++) {
        jsonw w;
        jw_init(&w, out);
        render_date_obj(&w, doc, &dates[i]);
        buf_putc(out, '\n');
    }
    return RASAD_OK;
}
