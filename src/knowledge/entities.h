/* SPDX-License-Identifier: MIT
 *
 * entities.h - knowledge and resolution stages for one doc: runs the
 * shared matcher (matcher.h) over the doc's tokens, decides what each
 * match is (place, actor, source, role, trigger), reads the cue and
 * direction words around each place and resolves it with the geocoder in
 * the article's context. The result (rasad_entity, rasad.h) is cached in
 * doc->stage_data[DOC_STAGE_LEXICON]; everything lives in the doc's arena.
 *
 * When one span is both a place name and a lexicon form, a role noun or a
 * trigger wins (they are common words, a same-spelled town is the rarer
 * reading), otherwise the place wins and keeps the actor's id (روسيا is a
 * country in the entity list, and extraction may still read it as an
 * actor through the id).
 */
#ifndef RASAD_ENTITIES_H
#define RASAD_ENTITIES_H

#include "doc.h"
#include "knowledge/gazetteer.h"

/* The doc's entities (computed on first call, cached). *out borrowed. */
rasad_status ent_doc_entities(rasad_doc *doc, const rasad_entity **out, size_t *count);

/* The words a match covered before resolution widened a place to its
 * region (ريف حلب الشمالي is the entity, حلب the name). */
typedef struct ent_name_span {
    uint32_t start, end;          /* byte span, as rasad_entity.start/end were at the match */
    uint32_t tok_first, tok_last; /* token range */
} ent_name_span;

/* One name span per entity of ent_doc_entities (same order and count),
 * or NULL when the doc has none or they could not be computed. Borrowed
 * from the doc's arena. */
const ent_name_span *ent_doc_names(rasad_doc *doc);

/* Makes e the gazetteer place pl: its id, coordinates, country, admin1,
 * feature and English name (precision and alternatives are the caller's). */
void ent_set_place(rasad_entity *e, const gaz_place *pl);

#endif
