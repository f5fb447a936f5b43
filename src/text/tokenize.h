/* SPDX-License-Identifier: MIT
 *
 * tokenize.h - stage 2 of the text layer: tokens with byte offsets, their
 * matching forms and clitic segments, and sentence boundaries.
 */
#ifndef RASAD_TOKENIZE_H
#define RASAD_TOKENIZE_H

#include "doc.h"

/* Fills doc->tokens, doc->segments and doc->sentences from doc->text.
 * Fails with RASAD_ETOKEN (and *err_offset) for a token longer than
 * doc->opts.max_token_bytes, RASAD_EUTF8 under RASAD_OPT_STRICT_UTF8. */
rasad_status tok_run(rasad_doc *doc, size_t *err_offset);

/* sentences.c: assigns sentence indexes to the tokens and fills
 * doc->sentences. newline_before[i] says a line break precedes token i. */
rasad_status tok_sentences(rasad_doc *doc, const unsigned char *newline_before);

#endif
