/* SPDX-License-Identifier: MIT
 *
 * doc.c - one article through the text layer: rasad_doc_new copies the
 * input, checks the limits and runs the tokenizer (normalization, tokens,
 * clitic segments, sentences); the accessors give read-only views.
 */
#include "doc.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "text/tokenize.h"
#include "util/error.h"

bool doc_warn(rasad_doc *doc, const char *fmt, ...) {
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (!arena_grow(&doc->arena, (void **)&doc->warnings, &doc->warnings_cap, doc->nwarnings, sizeof *doc->warnings,
                    8))
        return false;
    char *copy = arena_strndup(&doc->arena, msg, strlen(msg));
    if (!copy)
        return false;
    doc->warnings[doc->nwarnings++] = copy;
    return true;
}

bool doc_tok_is(const rasad_doc *d, size_t i, const char *s) {
    return i < d->ntokens && strcmp(d->tokens[i].norm, s) == 0;
}

rasad_status rasad_doc_new_ex(const char *text, size_t len, const rasad_options *opts, rasad_doc **out,
                              rasad_error *err) {
    error_set(err, RASAD_OK, SIZE_MAX, "ok");
    if (!out || (!text && len)) {
        error_set(err, RASAD_EINVAL, SIZE_MAX, "invalid argument");
        return RASAD_EINVAL;
    }
    *out = NULL;
    rasad_options o;
    if (opts)
        o = *opts;
    else
        rasad_options_init(&o);
    if (o.flags & ~RASAD_OPT__ALL) {
        error_set(err, RASAD_EINVAL, SIZE_MAX, "unknown option bits 0x%x", o.flags & ~RASAD_OPT__ALL);
        return RASAD_EINVAL;
    }
    if (len > o.max_doc_bytes || len >= UINT32_MAX) {
        error_set(err, RASAD_ETOOBIG, SIZE_MAX, "article too large: %zu bytes (limit %zu)", len,
                  o.max_doc_bytes < UINT32_MAX - 1 ? o.max_doc_bytes : (size_t)UINT32_MAX - 1);
        return RASAD_ETOOBIG;
    }
    const rasad_mem *mem = rasad_default_mem();
    rasad_doc *doc = mem->calloc(1, sizeof *doc);
    if (!doc) {
        error_set(err, RASAD_ENOMEM, SIZE_MAX, "out of memory");
        return RASAD_ENOMEM;
    }
    doc->mem = mem;
    arena_init(&doc->arena, mem);
    doc->opts = o;
    doc->res = o.resources ? o.resources : rasad_resources_default();
    rasad_status rc = RASAD_ENOMEM;
    size_t offset = SIZE_MAX;
    char *copy = arena_strndup(&doc->arena, text ? text : "", len);
    if (!copy)
        goto fail;
    doc->text = copy;
    doc->len = len;
    rc = tok_run(doc, &offset);
    if (rc != RASAD_OK)
        goto fail;
    *out = doc;
    return RASAD_OK;

fail:
    if (rc == RASAD_ETOKEN)
        error_set(err, rc, offset, "token too long at byte %zu (limit %zu bytes)", offset, o.max_token_bytes);
    else if (rc == RASAD_EUTF8)
        error_set(err, rc, offset, "invalid UTF-8 at byte %zu", offset);
    else
        error_set(err, rc, offset, "%s", rasad_strerror(rc));
    rasad_doc_free(doc);
    return rc;
}

rasad_status rasad_doc_new(const char *text, size_t len, const rasad_options *opts, rasad_doc **out) {
    return rasad_doc_new_ex(text, len, opts, out, NULL);
}

void rasad_doc_free(rasad_doc *doc) {
    if (!doc)
        return;
    const rasad_mem *mem = doc->mem;
    mem->free(doc->tokens);
    mem->free(doc->segments);
    arena_free(&doc->arena);
    mem->free(doc);
}

const char *rasad_doc_text(const rasad_doc *doc, size_t *len) {
    if (!doc)
        return NULL;
    if (len)
        *len = doc->len;
    return doc->text;
}

size_t rasad_doc_token_count(const rasad_doc *doc) { return doc ? doc->ntokens : 0; }

const rasad_token *rasad_doc_token(const rasad_doc *doc, size_t i) {
    return doc && i < doc->ntokens ? &doc->tokens[i] : NULL;
}

size_t rasad_doc_segment_count(const rasad_doc *doc) { return doc ? doc->nsegments : 0; }

const rasad_segment *rasad_doc_segment(const rasad_doc *doc, size_t i) {
    return doc && i < doc->nsegments ? &doc->segments[i] : NULL;
}

size_t rasad_doc_sentence_count(const rasad_doc *doc) { return doc ? doc->nsentences : 0; }

const rasad_sentence *rasad_doc_sentence(const rasad_doc *doc, size_t i) {
    return doc && i < doc->nsentences ? &doc->sentences[i] : NULL;
}

size_t rasad_doc_warning_count(const rasad_doc *doc) { return doc ? doc->nwarnings : 0; }

const char *rasad_doc_warning(const rasad_doc *doc, size_t i) {
    return doc && i < doc->nwarnings ? doc->warnings[i] : NULL;
}

const char *rasad_token_kind_name(rasad_token_kind k) {
    static const char *names[RASAD_TOK__COUNT] = {"word", "latin", "number", "punct", "quote",
                                                   "bracket", "url", "email", "hashtag", "symbol"};
    return (unsigned)k < RASAD_TOK__COUNT ? names[k] : "unknown";
}

const char *rasad_segment_role_name(rasad_segment_role r) {
    switch (r) {
    case RASAD_SEG_PROCLITIC: return "proclitic";
    case RASAD_SEG_STEM: return "stem";
    case RASAD_SEG_ENCLITIC: return "enclitic";
    }
    return "unknown";
}
