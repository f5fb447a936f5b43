/* SPDX-License-Identifier: MIT
 *
 * conll.h - reading CoNLL-style NER files (issue 4): one token a line,
 * the token in the first column and the BIO tag in the last, a blank line
 * between sentences, extra columns ignored. Safe on arbitrary bytes: the
 * parser only splits; tags are checked when the caller needs them. Also
 * turns raw words into the normalized words the tagger's features read.
 */
#ifndef RASAD_TG_CONLL_H
#define RASAD_TG_CONLL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rasad.h"
#include "tagger/features.h"

typedef struct conll_tok {
    const char *word; /* borrowed from the parsed text, not NUL-terminated */
    uint32_t word_len;
    uint8_t label;    /* TG_* label when has_label */
    bool has_label;
    uint32_t line;    /* 1-based line number */
} conll_tok;

typedef struct conll_doc {
    conll_tok *toks;
    size_t ntoks;
    size_t *sent;     /* sentence k is toks[sent[k] .. sent[k+1]) */
    size_t nsent;
} conll_doc;

/* Parses text[0..len). With need_labels every token line must carry a
 * valid tag in its last column (O, B-X, I-X with X in PER PERS LOC ORG
 * MISC); otherwise a line's tag is read when present and valid and
 * ignored when not. A line longer than 65535 bytes is an error. On error
 * writes "line N: why" to err. Caller frees with conll_free. */
rasad_status conll_parse(const char *text, size_t len, bool need_labels, conll_doc *out,
                         char *err, size_t errlen);
void conll_free(conll_doc *d);

/* Parses a tag ("B-PER", "I-PERS", "O"); false when it is not one. */
bool conll_label_parse(const char *s, size_t len, uint8_t *label);
/* "O", "B-PER", ... */
const char *conll_label_name(unsigned label);

/* Scratch space for normalizing words; reuse it across sentences. */
typedef struct tg_wordbuf {
    char *bytes;
    size_t len, cap;
    tg_word *words;
    size_t wcap;
} tg_wordbuf;

/* Fills wb->words[0..n) from raw UTF-8 words: matching form through
 * normalize.h, stem through clitics.h with the built-in stem lexicon. The
 * words stay valid until the next call. */
rasad_status tg_words_from_raw(tg_wordbuf *wb, const conll_tok *toks, size_t n);
void tg_wordbuf_free(tg_wordbuf *wb);

#endif
