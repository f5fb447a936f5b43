/* SPDX-License-Identifier: MIT
 *
 * tagger.h - the named-entity tagger stage (issue 4), internal API: the
 * label set, the entities a doc's tagging yields, and sentence tagging
 * over prepared words. Other stages (knowledge, extract) call
 * tagger_doc_entities(); the CLI goes through the public rasad_ner_* and
 * rasad_model_* functions in rasad.h.
 */
#ifndef RASAD_TAGGER_H
#define RASAD_TAGGER_H

#include <stddef.h>
#include <stdint.h>

#include "rasad.h"

/* Entity types, in the order the labels use them. */
enum { TG_PER = 0, TG_LOC, TG_ORG, TG_MISC, TG_NTYPES };

/* BIO labels: O, then B-/I- for each type: label = 1 + 2*type + inside. */
enum {
    TG_O = 0,
    TG_B_PER, TG_I_PER,
    TG_B_LOC, TG_I_LOC,
    TG_B_ORG, TG_I_ORG,
    TG_B_MISC, TG_I_MISC,
    TG_NLABELS
};

static inline int tg_label_type(unsigned l) { return l == TG_O ? -1 : (int)((l - 1) / 2); }
static inline int tg_label_inside(unsigned l) { return l != TG_O && ((l - 1) & 1u); }

/* One entity found by the tagger in a doc. */
typedef struct tagger_entity {
    uint32_t tok_first, tok_last; /* token range [tok_first, tok_last] */
    uint8_t type;                 /* TG_PER, TG_LOC, TG_ORG, TG_MISC */
    float score;                  /* confidence in (0.5, 1]: see tagger.c */
} tagger_entity;

/* The entities of the doc, in text order, tagged sentence by sentence with
 * the doc's resources' model (the built-in one when they name none).
 * Computed on first call and cached in doc->stage_data[DOC_STAGE_TAGGER];
 * *out is borrowed from the doc's arena. */
rasad_status tagger_doc_entities(rasad_doc *doc, const tagger_entity **out, size_t *n);

/* The built-in model (embedded in the library), loaded once; NULL when it
 * is absent or broken. Read-only, shared by all threads. */
const struct tagger_model *tagger_model_default(void);

#endif
