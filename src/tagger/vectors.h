/* SPDX-License-Identifier: MIT
 *
 * vectors.h - a second, distributional view of words for the NER
 * tagger's class features (issue 4): word vectors from the positive PMI
 * of each word with its left and right neighbours, reduced by a
 * randomized SVD, then grouped by a hierarchical spherical k-means into
 * nested classes (64, 256, 1024). The exchange classes (exchange.h)
 * group words by which classes follow them; these vectors look at both
 * sides and two words away, so the two disagree usefully. Used by
 * clusters.c.
 */
#ifndef RASAD_TG_VECTORS_H
#define RASAD_TG_VECTORS_H

#include <stddef.h>
#include <stdint.h>

/* Bits of an embedding class value: the 64-class level in bits 9-4, the
 * 256-class level in bits 9-2, the 1024-class level in bits 9-0 (each
 * level is a refinement of the one above, like Brown prefixes). */
#define TG_EMB_BITS 10

/* Embedding classes of words 0..nwords) of a token stream (the stream of
 * tg_exchange(): word ranks in decreasing frequency, UINT32_MAX a
 * sentence boundary, other values rare words). Writes cls[0..nwords).
 * Deterministic (fixed seed, one thread). Returns 0, or -1 when out of
 * memory. */
int tg_emb_classes(const uint32_t *stream, size_t ns, size_t nwords, uint16_t *cls);

#endif
