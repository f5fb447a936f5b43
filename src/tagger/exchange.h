/* SPDX-License-Identifier: MIT
 *
 * exchange.h - word classes for the NER tagger's cluster features (issue
 * 4), by the exchange algorithm (Kneser & Ney 1993; Martin, Liermann & Ney
 * 1998): the class-bigram likelihood that Brown clustering also maximizes,
 * improved by moving one word at a time to its best class. Used by
 * clusters.c.
 */
#ifndef RASAD_TG_EXCHANGE_H
#define RASAD_TG_EXCHANGE_H

#include <stddef.h>
#include <stdint.h>

/* Clusters words 0..nwords) of a token stream into nclass classes.
 * stream[i] < nwords is a word, UINT32_MAX a sentence boundary, and any
 * other value a rare word (boundaries and rare words are two extra
 * symbols, clustered too but never reported). Words are expected
 * in decreasing frequency order (the initial classes are rank % nclass).
 * Runs iters passes; writes cls[0..nwords). Deterministic. Returns 0, or
 * -1 when out of memory. */
int tg_exchange(const uint32_t *stream, size_t ns, size_t nwords, size_t nclass, int iters,
                uint16_t *cls);

#endif
