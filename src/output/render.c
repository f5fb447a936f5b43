/* SPDX-License-Identifier: MIT
 *
 * render.c - rasad_doc_render: dispatches a view to its stage's renderer
 * and hands the caller one NUL-terminated buffer.
 */
#include "output/render.h"

#include <string.h>

#include "knowledge/gazetteer.h"
#include "knowledge/geocode.h"

void render_span_text(jsonw *w, const rasad_doc *doc, const char *key, uint32_t start, uint32_t end) {
    jw_kstr(w, key, doc->text + start, end - start);
}

void render_span(jsonw *w, const rasad_doc *doc, uint32_t start, uint32_t end) {
    render_span_text(w, doc, "text", start, end);
    jw_kint(w, "start", start);
    jw_kint(w, "end", end);
}

void render_geo(jsonw *w, const rasad_entity *e) {
    const gaz *g = gaz_default();
    const gaz_place *p = (e && e->place_index != UINT32_MAX && g) ? gaz_place_get(g, e->place_index) : NULL;
    if (p)
        geo_write_json(w, p, e->precision);
    else
        jw_null(w);
}

rasad_status rasad_doc_render(rasad_doc *doc, rasad_view view, char **out, size_t *len) {
    if (!doc || !out || (unsigned)view >= RASAD_VIEW__COUNT)
        return RASAD_EINVAL;
    *out = NULL;
    if (len)
        *len = 0;
    buf b;
    buf_init(&b, doc->mem);
    rasad_status rc;
    switch (view) {
    case RASAD_VIEW_TOKENS:
        rc = render_tokens(doc, &b);
        break;
    case RASAD_VIEW_QUANTITIES:
        rc = render_quantities(doc, &b);
        break;
    case RASAD_VIEW_DATES:
        rc = render_dates(doc, &b);
        break;
    case RASAD_VIEW_ENTITIES:
        rc = render_entities(doc, &b);
        break;
    case RASAD_VIEW_ARTICLE:
        rc = render_article(doc, &b);
        break;
    default:
        rc = RASAD_EINVAL;
        break;
    }
    if (rc == RASAD_OK && b.failed)
        rc = RASAD_ENOMEM;
    if (rc != RASAD_OK) {
        buf_free(&b);
        return rc;
    }
    *out = buf_detach(&b, len);
    return *out ? RASAD_OK : RASAD_ENOMEM;
}
