/* SPDX-License-Identifier: MIT
 *
 * eval.h - entity-level evaluation of BIO sequences (issue 4), as the
 * CoNLL-2003 conlleval script counts: an entity starts at B-X, or at an
 * I-X that does not continue an entity of type X, and it is correct only
 * when the gold data has the same type over exactly the same tokens.
 */
#ifndef RASAD_TG_EVAL_H
#define RASAD_TG_EVAL_H

#include <stddef.h>
#include <stdint.h>

#include "rasad.h"

/* Finds the next entity at or after *i in labels[0..n): sets [*first,
 * *last] and *type and moves *i past it. Returns 0 when there is none. */
int tg_next_entity(const uint8_t *labels, size_t n, size_t *i, size_t *first, size_t *last,
                   int *type);

/* Adds one sentence's counts to s. */
void tg_eval_add(rasad_ner_scores *s, const uint8_t *gold, const uint8_t *pred, size_t n);

#endif
