/* SPDX-License-Identifier: MIT
 *
 * words.c - stage 4 helpers: small closed-class word tests and clause
 * bounds. Word lists are written in rasad's matching form (no diacritics,
 * ا for every alef, ه for ة, ي for ى), compared with a token's whole norm
 * or with its stem segment (the word without و ف ب ل ال and pronouns).
 */
#include <string.h>

#include "extract/extract.h"

/* The word tests run for every token of every clause against lists of
 * 2-60 words; a libc strcmp per list word was a sixth of `rasad extract`.
 * Almost every list word differs from the token within its first two
 * bytes (one Arabic letter), so those are compared inline first and the
 * rest of the word only when they agree. */
static inline bool same_rest(const char *a, const char *b) {
    while (*a == *b) {
        if (!*a)
            return true;
        a++;
        b++;
    }
    return false;
}

/* Is the NUL-terminated n one of words? */
static bool in_list(const char *n, const char *const *words) {
    const char c0 = n[0];
    if (!c0) {
        for (; *words; words++)
            if (!**words)
                return true;
        return false;
    }
    const char c1 = n[1];
    for (; *words; words++) {
        const char *w = *words;
        /* w[0] == c0 != NUL, so w[1] exists */
        if (w[0] == c0 && w[1] == c1 && (!c1 || same_rest(n + 2, w + 2)))
            return true;
    }
    return false;
}

bool ex_word_in(const rasad_doc *doc, size_t tok, const char *const *words) {
    if (tok >= doc->ntokens)
        return false;
    return in_list(doc->tokens[tok].norm, words);
}

bool ex_stem_in(const rasad_doc *doc, size_t tok, const char *const *words) {
    if (tok >= doc->ntokens)
        return false;
    const char *stem = doc_tok_stem(doc, tok)->norm, *whole = doc->tokens[tok].norm;
    if (in_list(stem, words))
        return true;
    /* a listed form that keeps its ال; nothing new when the stem is the
     * whole word */
    return strcmp(stem, whole) != 0 && in_list(whole, words);
}

bool ex_has_proclitic(const rasad_doc *doc, size_t tok, const char *clitic) {
    if (tok >= doc->ntokens)
        return false;
    const rasad_token *t = &doc->tokens[tok];
    for (size_t k = 0; k < t->seg_count; k++) {
        const rasad_segment *s = &doc->segments[t->seg_first + k];
        if (s->role == RASAD_SEG_PROCLITIC && strcmp(s->norm, clitic) == 0)
            return true;
    }
    return false;
}

bool ex_is_boundary(const rasad_doc *doc, size_t tok) {
    const rasad_token *t = &doc->tokens[tok];
    if (t->kind == RASAD_TOK_PUNCT)
        return strchr(";:.!?", t->norm[0]) != NULL;
    return t->kind == RASAD_TOK_BRACKET;
}

void ex_sentence_tokens(const rasad_doc *doc, uint32_t s, size_t *first, size_t *end) {
    const rasad_sentence *sn = &doc->sentences[s];
    *first = sn->tok_first;
    *end = (size_t)sn->tok_first + sn->tok_count;
}

/* A clause runs from the trigger back to the previous boundary and on to
 * the next one, within the sentence. Commas do not end a clause: Arabic
 * news strings long clauses together with them. */
ex_clause ex_clause_around(const rasad_doc *doc, size_t tok) {
    size_t first, end;
    ex_sentence_tokens(doc, doc->tokens[tok].sentence, &first, &end);
    ex_clause c = {tok, tok};
    while (c.first > first && !ex_is_boundary(doc, c.first - 1))
        c.first--;
    while (c.last + 1 < end && !ex_is_boundary(doc, c.last + 1))
        c.last++;
    return c;
}
