/* SPDX-License-Identifier: MIT
 *
 * sentences.c - stage 3 of the text layer: sentence boundaries over the
 * tokens.
 *
 * A sentence ends after . ! ? ؟ or an ellipsis, and at a line break (news
 * text puts one paragraph on a line; titles have no final stop). It does
 * not end inside a number (1.5 is one token) nor after an abbreviation: a
 * single Arabic letter before the stop (د. for doctor, م. for engineer,
 * أ. for professor) or a single Latin letter (U.S.). Closing quotes and
 * brackets right after the stop stay in the sentence they close.
 *
 * Text without stops or line breaks (a feed dumped as one line) would make
 * one sentence of the whole article, and every stage that works sentence
 * by sentence would size its buffers and scans by the article. So a
 * sentence that has run SENT_SOFT_MAX tokens ends at its next comma,
 * semicolon or colon, and one that reaches SENT_HARD_MAX ends there.
 * News sentences stay far below both (the longest in 5,152 SaudiNewsNet
 * articles has about 1,200 tokens).
 */
#include <string.h>

#include "text/tokenize.h"
#include "util/utf8.h"

#define SENT_SOFT_MAX 1536
#define SENT_HARD_MAX 2048

static bool is_soft_stop(const rasad_token *t) {
    return t->kind == RASAD_TOK_PUNCT && (t->norm[0] == ',' || t->norm[0] == ';' || t->norm[0] == ':') &&
           t->norm_len == 1;
}

static bool is_terminator(const rasad_token *t) {
    if (t->kind != RASAD_TOK_PUNCT)
        return false;
    const char *n = t->norm;
    return strcmp(n, "?") == 0 || strcmp(n, "!") == 0 || n[0] == '.' ||
           strcmp(n, "\xE2\x80\xA6") == 0; /* HORIZONTAL ELLIPSIS */
}

/* One letter (Arabic or Latin) word: an abbreviation before a dot. */
static bool is_abbreviation(const rasad_token *t) {
    if (t->kind != RASAD_TOK_WORD && t->kind != RASAD_TOK_LATIN)
        return false;
    int32_t cp;
    size_t n = utf8_decode((const uint8_t *)t->norm, t->norm_len, &cp);
    return t->norm_len > 0 && n == t->norm_len;
}

static bool is_closer(const rasad_token *t) {
    if (t->kind == RASAD_TOK_BRACKET)
        return strchr(")]}", t->norm[0]) != NULL;
    if (t->kind != RASAD_TOK_QUOTE)
        return false;
    /* ” » ’ and the straight quotes close; “ « ‘ open */
    return strcmp(t->norm, "\xE2\x80\x9D") == 0 || strcmp(t->norm, "\xC2\xBB") == 0 ||
           strcmp(t->norm, "\xE2\x80\x99") == 0 || strcmp(t->norm, "\"") == 0 || strcmp(t->norm, "'") == 0;
}

rasad_status tok_sentences(rasad_doc *doc, const unsigned char *newline_before) {
    size_t n = doc->ntokens;
    /* first pass: mark where sentences start */
    size_t count = 0, len = 0;
    bool break_next = true;
    for (size_t i = 0; i < n; i++) {
        rasad_token *t = &doc->tokens[i];
        if ((i > 0 && newline_before[i]) || len >= SENT_HARD_MAX)
            break_next = true;
        if (break_next) {
            count++;
            len = 0;
            break_next = false;
        }
        t->sentence = (uint32_t)(count - 1);
        len++;
        if (len >= SENT_SOFT_MAX && is_soft_stop(t))
            break_next = true;
        if (is_terminator(t) && !(t->norm[0] == '.' && t->norm_len == 1 && i > 0 &&
                                  is_abbreviation(&doc->tokens[i - 1]) && !newline_before[i])) {
            /* closing quotes and brackets right after the stop stay here */
            while (i + 1 < n && !newline_before[i + 1] && is_closer(&doc->tokens[i + 1])) {
                i++;
                len++;
                doc->tokens[i].sentence = (uint32_t)(count - 1);
            }
            break_next = true;
        }
    }
    doc->nsentences = count;
    doc->sentences = count ? arena_alloc_array(&doc->arena, count, sizeof *doc->sentences) : NULL;
    if (count && !doc->sentences)
        return RASAD_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        rasad_sentence *s = &doc->sentences[doc->tokens[i].sentence];
        if (s->tok_count == 0) {
            s->tok_first = (uint32_t)i;
            s->start = doc->tokens[i].start;
        }
        s->tok_count++;
        s->end = doc->tokens[i].end;
    }
    return RASAD_OK;
}
