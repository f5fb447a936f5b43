/* SPDX-License-Identifier: MIT
 *
 * render_entities.c - output stage: the RASAD_VIEW_ENTITIES view, one JSON
 * object a line per matched name (rasad entities):
 *   {"text","type","start","end","norm","id","name","kind","geo": Geo|null}
 * plus "alternatives" for places and "event_kind","acled_type",
 * "acled_sub_type","cameo" for triggers. Entity fields follow SCHEMA.md
 * Entity; Geo is render_geo (geocode.h's writer), so every view prints
 * places alike.
 */
#include "knowledge/entities.h"
#include "output/render.h"

rasad_status render_entities(rasad_doc *doc, buf *out) {
    const rasad_entity *e = NULL;
    size_t n = 0;
    rasad_status st = ent_doc_entities(doc, &e, &n);
    if (st != RASAD_OK)
        return st;
    for (size_t i = 0; i < n; i++) {
        const rasad_entity *x = &e[i];
        jsonw w;
        jw_init(&w, out);
        jw_obj_begin(&w);
        render_span_text(&w, doc, "text", x->start, x->end);
        jw_kcstr(&w, "type", x->type);
        jw_kint(&w, "start", x->start);
        jw_kint(&w, "end", x->end);
        jw_kcstr(&w, "norm", x->norm);
        jw_kcstr(&w, "id", x->id);
        jw_kcstr(&w, "name", x->name);
        jw_kcstr(&w, "kind", rasad_entity_kind_name((rasad_entity_kind)x->kind));
        jw_key(&w, "geo");
        render_geo(&w, x);
        if (x->kind == RASAD_ENT_PLACE)
            jw_kint(&w, "alternatives", x->alternatives);
        if (x->kind == RASAD_ENT_TRIGGER) {
            jw_kcstr(&w, "event_kind", x->event_kind);
            jw_kcstr(&w, "acled_type", x->acled_type);
            jw_kcstr(&w, "acled_sub_type", x->acled_sub_type);
            jw_kcstr(&w, "cameo", x->cameo);
        }
        jw_obj_end(&w);
        buf_putc(out, '\n');
    }
    return RASAD_OK;
}
