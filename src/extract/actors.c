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

/* "التنظيم", "التنظيم المتطرف": a definite generic name for the armed
 * group the article named last before it. Returns that group's entity,
 * or NULL. Only non-state armed groups are looked for: "التنظيم" is not
 * said of an army. */
#define ANAPHOR_REACH 400 /* entities back where the antecedent may stand */
static const rasad_entity *group_antecedent(const ex_view *v, const rasad_entity *e) {
    if (e->kind != RASAD_ENT_ROLE || e < v->ents || e >= v->ents + v->nents)
        return NULL;
    const char *n = e->norm;
    if (!n || !(strcmp(n, "التنظيم") == 0 || strcmp(n, "تنظيم") == 0 || strcmp(n, "الجهاديون") == 0 ||
                strcmp(n, "الجهاديين") == 0))
        return NULL;
    const lex_lexicon *lex = lex_default();
    size_t i = (size_t)(e - v->ents);
    for (size_t k = 1; k <= ANAPHOR_REACH && k <= i; k++) {
        const rasad_entity *a = &v->ents[i - k];
        if (a->kind != RASAD_ENT_ACTOR || !a->id || a->lex_index == UINT32_MAX || !lex)
            continue;
        const lex_entry *le = lex_entry_get(lex, a->lex_index);
        if (le && (le->kind == LEX_AK_REBEL || le->kind == LEX_AK_POLITICAL_MILITIA ||
                   le->kind == LEX_AK_IDENTITY_MILITIA))
            return a;
    }
    return NULL;
}

void ex_actor_from_entity(const ex_view *v, const rasad_entity *e, rasad_actor_ref *out) {
    const rasad_entity *ante = group_antecedent(v, e);
    if (ante) {
        ex_actor_from_entity(v, ante, out);
        out->start = e->start; /* the mention's own words, the group's identity */
        out->end = e->end;
        return;
    }
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
