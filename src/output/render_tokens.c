/* SPDX-License-Identifier: MIT
 *
 * render_tokens.c - the token view: one JSON object a token,
 * {"text","start","end","norm","kind","sentence","segments":[{"text","start","end","norm","role"}]}.
 */
#include "output/render.h"

rasad_status render_tokens(rasad_doc *doc, buf *out) {
    for (size_t i = 0; i < doc->ntokens; i++) {
        const rasad_token *t = &doc->tokens[i];
        jsonw w;
        jw_init(&w, out);
        jw_obj_begin(&w);
        render_span(&w, doc, t->start, t->end);
        jw_kstr(&w, "norm", t->norm, t->norm_len);
        jw_kcstr(&w, "kind", rasad_token_kind_name((rasad_token_kind)t->kind));
        jw_kint(&w, "sentence", t->sentence);
        jw_key(&w, "segments");
        jw_arr_begin(&w);
        for (size_t k = 0; k < t->seg_count; k++) {
            const rasad_segment *s = &doc->segments[t->seg_first + k];
            jw_obj_begin(&w);
            render_span(&w, doc, s->start, s->end);
            jw_kstr(&w, "norm", s->norm, s->norm_len);
            jw_kcstr(&w, "role", rasad_segment_role_name((rasad_segment_role)s->role));
            jw_obj_end(&w);
        }
        jw_arr_end(&w);
        jw_obj_end(&w);
        buf_putc(out, '\n');
    }
    return RASAD_OK;
}
