/* SPDX-License-Identifier: MIT
 *
 * entity_parts.h - extraction stage, inside the entity list: what its
 * three files share. entity_list.c builds the list from the lexicon and
 * tagger names; entity_words.c answers what a word of a name is (its
 * stem, its clitics, a nationality adjective, a connective, an actor
 * form); entity_constructs.c adds the names built from a head noun
 * (مشفى الشفاء، وزارة الخارجية التركية، معهد «نيولاينز») and aircraft
 * designations.
 * Private to these files.
 */
#ifndef RASAD_ENTITY_PARTS_H
#define RASAD_ENTITY_PARTS_H

#include "extract/entity_list.h"
#include "knowledge/entities.h"
#include "extract/words.h"

#define EL_MAX_KEY 256 /* bytes of a looked-up form; longer names are left as they are */

/* The list being built, in the doc's arena. */
typedef struct el_list {
    const ex_view *v;
    const ent_name_span *names; /* v->ents' name spans (ent_doc_names), or NULL */
    ex_entity_item *items;
    size_t n, cap;
} el_list;

/* A new item for the name at tokens [a, b], bytes [start, end), of the
 * given type; NULL when out of memory (entity_list.c). */
ex_entity_item *el_push_span(el_list *c, size_t a, size_t b, uint32_t start, uint32_t end, const char *type);

/* Word sets used by more than one of the three files. */
extern ex_words EL_FAC_HEADS;  /* first words of a facility's name (entity_constructs.c) */
extern ex_words EL_ORG_HEADS;  /* first words of an institution's name (entity_constructs.c) */
extern ex_words EL_MEDIA_HEADS; /* first words of an outlet's name (entity_constructs.c) */
extern ex_words EL_PAPER_HEADS; /* nouns of a newspaper, not part of its name (entity_constructs.c) */
extern ex_words EL_LEAD_FUNC;  /* connectives before a name (entity_words.c) */
extern ex_words EL_TRAIL_FUNC; /* prepositions after a name (entity_words.c) */

/* entity_words.c: token i's stem norm (its whole norm when it has no
 * stem segment), and whether it, or its whole norm, is one of words. */
const char *el_stem_of(const rasad_doc *doc, size_t i);
bool el_stem_in(const rasad_doc *doc, size_t i, ex_words *words);
/* Has token i a segment of this role (with this norm, unless NULL)? */
bool el_has_clitic(const rasad_doc *doc, size_t i, uint8_t role, const char *norm);
/* Has token i the article ال, alone or in لل? */
bool el_has_al(const rasad_doc *doc, size_t i);
/* Is the matching form s a relative adjective, one made from a
 * country's name, a country's name? */
bool el_is_nisba(const char *s);
bool el_is_country_nisba(const char *s);
bool el_names_country(const char *s);
/* entity_list.c: is token i, a country's name, a relative adjective in
 * the accusative after an indefinite noun (مواطنا كرواتيا "a Croatian
 * citizen")? */
bool el_accusative_adjective(const ex_view *v, size_t i);
/* Where token i's name begins: after و ب ل, keeping ال and لل. */
uint32_t el_word_start(const rasad_doc *doc, size_t i);
/* Moves *a past the nationality adjectives, role nouns and connectives
 * that open a PER span [*a, b]. */
void el_trim_person(const rasad_doc *doc, size_t *a, size_t b);
/* The actor or source entry whose lexicon form tokens [a, b] are (only
 * entry want unless UINT32_MAX), or UINT32_MAX; its form's norm and
 * index in *form and *form_index when not NULL. */
uint32_t el_lookup_actor(const rasad_doc *doc, size_t a, size_t b, uint32_t want, const char **form,
                         size_t *form_index);
/* Is token i's stem a relative adjective made from a form of lexicon
 * entry entry (داعشي from داعش): one of its members, not its name? */
bool el_is_member_adjective(const rasad_doc *doc, size_t i, uint32_t entry);
/* The first token of a person's name of the actor lexicon ending tokens
 * [a, b], or SIZE_MAX. */
size_t el_person_form_at_end(const rasad_doc *doc, size_t a, size_t b);

/* entity_constructs.c: adds the head-noun names and aircraft no lexicon
 * or tagger found; false when out of memory. */
bool el_add_headed_names(el_list *c);

#endif
