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

/* "أعلن المتحدث باسم القوات الموالية مقتل أربعة متمردين": a
 * spokesman tells the act, whoever did it */
static bool spokesman(const rasad_entity *e) {
    static const char *const FORMS[] = {"المتحدث باسم", "الناطق باسم", "متحدث باسم", "ناطق باسم", NULL};
    for (size_t k = 0; e->norm && FORMS[k]; k++)
        if (strncmp(e->norm, FORMS[k], strlen(FORMS[k])) == 0)
            return true;
    return false;
}

bool ex_is_actor_entity(const rasad_entity *e) {
    return e && (e->kind == RASAD_ENT_ACTOR || (e->kind == RASAD_ENT_ROLE && !spokesman(e)) ||
                 (e->kind == RASAD_ENT_SOURCE && e->id && strcmp(e->id, "UN") != 0));
}

const struct lex_entry *ex_lex_entry(const rasad_entity *e) {
    if (e->lex_index == UINT32_MAX)
        return NULL;
    const lex_lexicon *lex = lex_default();
    return lex ? lex_entry_get(lex, e->lex_index) : NULL;
}

EX_WORDS(TANZIM, "تنظيم");

/* Is the armed group a is one the press calls "تنظيم" (ISIS, al-Qaeda
 * and its branches, al-Nusra, Hurras al-Din), or was it named so here
 * ("تنظيم X")? Those are what a later "التنظيم" points back to; a party
 * (حزب العمال الكردستاني) or a militia is not. */
static bool called_tanzim(const ex_view *v, const rasad_entity *a) {
    static const char *const PREFIXES[] = {"ISIS", "AQ", "HTS", "HURRAS", NULL};
    for (size_t k = 0; PREFIXES[k]; k++)
        if (strncmp(a->id, PREFIXES[k], strlen(PREFIXES[k])) == 0)
            return true;
    if (a->norm && strncmp(a->norm, "تنظيم", strlen("تنظيم")) == 0)
        return true;
    return a->tok_first > 0 && ex_stem_in(v->doc, a->tok_first - 1, &TANZIM);
}

/* Is the role mention a definite generic name for one armed group:
 * "التنظيم", "تنظيم", "التنظيم المتطرف", "التنظيم الإرهابي", "الجهاديون"
 * (not the plural "التنظيمات")? */
static bool group_anaphor(const char *n) {
    if (!n)
        return false;
    if (strcmp(n, "الجهاديون") == 0 || strcmp(n, "الجهاديين") == 0)
        return true;
    const char *w = strncmp(n, "ال", strlen("ال")) == 0 ? n + strlen("ال") : n;
    if (strncmp(w, "تنظيم", strlen("تنظيم")) != 0)
        return false;
    w += strlen("تنظيم");
    return *w == '\0' || *w == ' ';
}

/* "التنظيم", "التنظيم المتطرف": a definite generic name for the armed
 * group the article named last before it. Returns that group's entity,
 * or NULL. Only non-state armed groups are looked for: "التنظيم" is not
 * said of an army. The last group the press calls تنظيم is preferred over
 * any armed group named after it ("ضد تنظيم داعش ثم حملة على حزب العمال
 * ... تفجير نسب للتنظيم" is ISIS's bombing). */
#define ANAPHOR_REACH 400 /* entities back where the antecedent may stand */
static const rasad_entity *group_antecedent(const ex_view *v, const rasad_entity *e) {
    if (e->kind != RASAD_ENT_ROLE || e < v->ents || e >= v->ents + v->nents)
        return NULL;
    if (!group_anaphor(e->norm))
        return NULL;
    const lex_lexicon *lex = lex_default();
    if (!lex)
        return NULL;
    size_t i = (size_t)(e - v->ents);
    const rasad_entity *any = NULL;
    for (size_t k = 1; k <= ANAPHOR_REACH && k <= i; k++) {
        const rasad_entity *a = &v->ents[i - k];
        if (a->kind != RASAD_ENT_ACTOR || !a->id || a->lex_index == UINT32_MAX)
            continue;
        const lex_entry *le = lex_entry_get(lex, a->lex_index);
        if (!le || !(le->kind == LEX_AK_REBEL || le->kind == LEX_AK_POLITICAL_MILITIA ||
                     le->kind == LEX_AK_IDENTITY_MILITIA))
            continue;
        if (called_tanzim(v, a))
            return a;
        if (!any)
            any = a;
    }
    return any;
}

/* "تنظيم «داعش»", "جماعة \"بوكو حرام\"": a group's head noun with its
 * name in quotation marks after it. Returns the named group's entity, or
 * NULL. */
static const rasad_entity *quoted_name(const ex_view *v, const rasad_entity *e) {
    if (e->kind != RASAD_ENT_ROLE || e < v->ents || e + 1 >= v->ents + v->nents || !group_anaphor(e->norm))
        return NULL;
    const rasad_entity *n = e + 1;
    size_t q = e->tok_last + 1;
    if (q >= v->doc->ntokens || v->doc->tokens[q].kind != RASAD_TOK_QUOTE || n->tok_first != q + 1 ||
        n->kind != RASAD_ENT_ACTOR || !n->id)
        return NULL;
    return n;
}

void ex_actor_from_entity(const ex_view *v, const rasad_entity *e, rasad_actor_ref *out) {
    const rasad_entity *named = quoted_name(v, e);
    if (named) {
        ex_actor_from_entity(v, named, out);
        out->start = e->start; /* the head noun, the quoted name */
        size_t close = named->tok_last + 1;
        if (close < v->doc->ntokens && v->doc->tokens[close].kind == RASAD_TOK_QUOTE)
            out->end = v->doc->tokens[close].end;
        return;
    }
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
    const lex_entry *le = ex_lex_entry(e);
    if (le) {
        const char *k = lex_actor_kind_name(le->kind);
        out->kind = (k && *k) ? k : NULL;
        out->country = le->country;
    }
    /* role nouns are unnamed actors: no id, except that a civilian role
     * is coded CIVILIANS as the gold guidelines do, and a crowd
     * PROTESTERS */
    if (e->kind == RASAD_ENT_ROLE) {
        out->id = NULL;
        if (le && le->kind == LEX_AK_CIVILIANS)
            out->id = "CIVILIANS";
        /* a crowd is coded by what it does, as ACLED codes Protesters
         * (GUIDELINES.md ids in the same style); rioters are coded so by
         * the riot they are in (merge.c): "ملثمون" may be armed men */
        else if (le && le->kind == LEX_AK_PROTESTERS)
            out->id = "PROTESTERS";
    } else
        out->id = e->id;
}

void ex_actor_from_ner(const ex_view *v, const tagger_entity *e, rasad_actor_ref *out) {
    memset(out, 0, sizeof *out);
    out->present = true;
    out->start = v->doc->tokens[e->tok_first].start;
    out->end = v->doc->tokens[e->tok_last].end;
    out->kind = e->type == TG_PER ? "other" : NULL;
}
