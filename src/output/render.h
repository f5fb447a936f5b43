/* SPDX-License-Identifier: MIT
 *
 * render.h - the JSON views of a doc, one renderer per pipeline stage.
 * Each writes JSON lines into out. The *_obj helpers write one SCHEMA.md
 * object so the article view (extract) reuses the same shapes.
 */
#ifndef RASAD_RENDER_H
#define RASAD_RENDER_H

#include "doc.h"
#include "output/jsonw.h"

rasad_status render_tokens(rasad_doc *doc, buf *out);     /* render_tokens.c */
rasad_status render_quantities(rasad_doc *doc, buf *out); /* render_numbers.c */
rasad_status render_dates(rasad_doc *doc, buf *out);      /* render_dates.c */
rasad_status render_entities(rasad_doc *doc, buf *out);  /* render_entities.c */
rasad_status render_article(rasad_doc *doc, buf *out);   /* render_article.c */

/* One SCHEMA.md Quantity object. */
void render_quantity_obj(jsonw *w, const rasad_doc *doc, const rasad_quantity *q);
/* One SCHEMA.md Date object. */
void render_date_obj(jsonw *w, const rasad_doc *doc, const rasad_date *d);

/* "text": the original bytes of [start, end) */
void render_span_text(jsonw *w, const rasad_doc *doc, const char *key, uint32_t start, uint32_t end);
/* "text", "start", "end" of the span [start, end) */
void render_span(jsonw *w, const rasad_doc *doc, uint32_t start, uint32_t end);
/* The SCHEMA.md Geo object of entity e's place in the built-in
 * gazetteer, or null (no entity, unresolved, no gazetteer). */
void render_geo(jsonw *w, const rasad_entity *e);

#endif
