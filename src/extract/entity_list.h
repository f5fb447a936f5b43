/* SPDX-License-Identifier: MIT
 *
 * entity_list.h - extraction stage: the article's "entities" list of
 * SCHEMA.md, chosen from the lexicon and gazetteer matches and the
 * tagger's names (entity_list.c says what is kept and how spans are cut).
 * The output stage only writes it (render_article.c).
 */
#ifndef RASAD_ENTITY_LIST_H
#define RASAD_ENTITY_LIST_H

#include "extract/extract.h"

/* One entry of the list. Borrowed view into the doc's arena. */
typedef struct ex_entity_item {
    uint32_t start, end;          /* byte span of the name as written */
    uint32_t tok_first, tok_last; /* its tokens */
    const char *type;             /* "PER", "ORG", "LOC", "FAC", "MISC" */
    const char *norm;             /* the lexicon or gazetteer form, NULL for a tagger name */
    const char *id;               /* lexicon id, or NULL */
    const rasad_entity *place;    /* the resolved place (for its Geo), or NULL */
} ex_entity_item;

/* The doc's entity list in text order (computed from v on each call, in
 * the doc's arena). *out borrowed; RASAD_OK or RASAD_ENOMEM. */
rasad_status ex_entity_list(const ex_view *v, const ex_entity_item **out, size_t *n);

#endif
