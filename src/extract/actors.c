/* SPDX-License-Identifier: MIT
 *
 * actors.c - stage 4 helpers: turning lexicon matches and tagger entities
 * into SCHEMA.md Actor references, and finding the entity at a token.
 */
#include <string.h>

#include "extract/extract.h"
#include "knowledge/lexicon.h"

const rasad_entity *ex_entity_at(const ex_view *v, size_t tok) {
    if (tok >= v->doc->ntokens || v->ent_at[tok] < 0)
        return NULL;
    return &v->ents[v->ent_at[tok]];
}

const tagger_entity *ex_ner_at(const ex_view *v, size_t tok) {
    if (tok >= v->doc->ntokens || v->ner_at[tok] < 0)
        return NULL;
    return &v->ner[v->ner_at[tok]];
}

bool ex_is_actor_entity(const rasad_entity *e) {
    return e && (e->kind == RASAD_ENT_ACTOR || e->kind == RASAD_ENT_ROLE ||
                 (e->kind == RASAD_ENT_SOURCE && e->id && strcmp(e->id, "UN") != 0));
}

static const lex_entry *entry_of(const rasad_entity *e) {
    if (e->lex_index == UINT32_MAX)
        return NULL;
    const lex_lexicon *lex = lex_default();
    return lex ? lex_entry_get(lex, e->lex_index) : NULL;
}

void ex_actor_from_entity(const ex_view *v, const rasad_entity *e, rasad_actor_ref *out) {
    (void)v;
    memset(out, 0, sizeof *out);
    out->present = true;
    out->start = e->start;
    out->end = e->end;
    out->name = e->name;
    const lex_entry *le = entry_of(e);
    if (le) {
        const char *k = lex_actor_kind_name(le->kind);
        out->kind = (k && *k) ? k : NULL;
        out->country = le->country;
    }
    /* role nouns are unnamed actors: no id, except that a civilian role
     * is coded CIVILIANS as the gold guidelines do */
    if (e->kind == RASAD_ENT_ROLE)
        out->id = (le && le->kind == LEX_AK_CIVILIANS) ? "CIVILIANS" : NULL;
    else
        out->id = e->id;
}

void ex_actor_from_ner(const ex_view *v, const tagger_entity *e, rasad_actor_ref *out) {
    memset(out, 0, sizeof *out);
    out->present = true;
    out->start = v->doc->tokens[e->tok_first].start;
    out->end = v->doc->tokens[e->tok_last].end;
    out->kind = e->type == TG_PER ? "other" : NULL;
}
