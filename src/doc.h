/* SPDX-License-Identifier: MIT
 *
 * doc.h - the private layout of a rasad_doc: one article and everything
 * the pipeline derives from it. All arrays live in the doc's arena.
 *
 * Stages fill it in pipeline order:
 *   text/      tokens, segments, sentences, warnings   (rasad_doc_new)
 *   mentions/  quantities, dates                      (lazily, cached)
 *   knowledge/ tagger/ extract/                       (later stages)
 */
#ifndef RASAD_DOC_H
#define RASAD_DOC_H

#include <stdbool.h>
#include <stddef.h>

#include "rasad.h"
#include "util/arena.h"

struct rasad_doc {
    arena arena;                /* owns every array below */
    const rasad_mem *mem;
    rasad_options opts;         /* copy of the caller's options */
    const rasad_resources *res; /* borrowed, read-only, shared */

    const char *text;           /* the doc's own NUL-terminated copy of the input */
    size_t len;

    rasad_token *tokens;
    size_t ntokens;
    rasad_segment *segments;
    size_t nsegments;
    rasad_sentence *sentences;
    size_t nsentences;

    char **warnings;
    size_t nwarnings, warnings_cap;
    size_t invalid_bytes;       /* invalid UTF-8 bytes and NULs replaced */

    /* mentions, computed on first request */
    bool quantities_done;
    rasad_quantity *quantities;
    size_t nquantities;
    bool dates_done;
    rasad_date *dates;
    size_t ndates;

    const char *meta_id;        /* article id and source for the article view (borrowed) */
    const char *meta_source;

    void *stage_data[8];        /* per-stage caches of later stages (see stage ids) */
};

/* Ids into stage_data for later stages. */
enum { DOC_STAGE_LEXICON = 0, DOC_STAGE_TAGGER, DOC_STAGE_GEO, DOC_STAGE_EXTRACT, DOC_STAGE_WORDHASH };

/* Adds a printf-style warning to the doc. Returns false when out of memory. */
bool doc_warn(rasad_doc *doc, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Text of token i's original bytes. */
static inline const char *doc_tok_text(const rasad_doc *d, size_t i, size_t *len) {
    *len = d->tokens[i].end - d->tokens[i].start;
    return d->text + d->tokens[i].start;
}

/* Norm of token i's stem segment (the word without clitics). */
static inline const rasad_segment *doc_tok_stem(const rasad_doc *d, size_t i) {
    return &d->segments[d->tokens[i].stem_seg];
}

/* true when token i's norm equals the NUL-terminated s */
bool doc_tok_is(const rasad_doc *d, size_t i, const char *s);

#endif
