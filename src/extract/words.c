/* SPDX-License-Identifier: MIT
 *
 * words.c - stage 4 helpers: the closed word sets of words.h (filled on
 * first use, read-only after), the token tests against them, and clause
 * bounds.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "extract/extract.h"
#include "text/normalize.h"
#include "util/utf8.h"

/* The word tests run for every token of every clause against sets of
 * 1-60 words (~9,000 tests per article): a strcmp per listed word was a
 * sixth of `rasad extract`. A set is therefore an open-addressing table
 * of the words' hashes with a 512-bit filter in front, and every token's
 * norm and stem are hashed once per doc (ex_word_hashes). */

EX_WORDS_SHARED(PREP_FROM, "من");
EX_WORDS_SHARED(PREP_IN, "في");
EX_WORDS_SHARED(PREP_ON, "علي");
EX_WORDS_SHARED(PREP_TO, "الي");
EX_WORDS_SHARED(PREP_ABOUT, "عن");
EX_WORDS_SHARED(PREP_SINCE, "منذ");
EX_WORDS_SHARED(PREP_BETWEEN, "بين");
EX_WORDS_SHARED(PREP_WITH, "مع");
EX_WORDS_SHARED(CONJ_AND, "و");
EX_WORDS_SHARED(PARTICLE_QAD, "قد", "وقد");
EX_WORDS_SHARED(DEMONSTRATIVES, "هذا", "هذه", "ذلك", "تلك", "هذان", "هاتان", "هذين", "هاتين", "هؤلاء", "اولئك");

/* Filling a set: one lock for all sets, taken only until each set is
 * ready (a few dozen times per process). */
static pthread_mutex_t fill_lock = PTHREAD_MUTEX_INITIALIZER;

static void fill(ex_words *ws) {
    pthread_mutex_lock(&fill_lock);
    if (!atomic_load_explicit(&ws->ready, memory_order_relaxed)) {
        /* the slots outnumber the words more than twice (EX_WORDS_SLOTS),
         * so every probe ends */
        for (const char *const *w = ws->list; *w; w++) {
            uint32_t h = ex_word_hash(*w, strlen(*w));
            uint32_t i = h & ws->mask;
            while (ws->slot[i].word)
                i = (i + 1) & ws->mask;
            ws->slot[i].word = *w;
            ws->slot[i].hash = h;
            ws->bloom[EX_WORDS_WORD(h)] |= (uint64_t)1 << EX_WORDS_BIT(h);
        }
        atomic_store_explicit(&ws->ready, true, memory_order_release);
    }
    pthread_mutex_unlock(&fill_lock);
}

static inline const ex_words *ready(ex_words *ws) {
    if (!atomic_load_explicit(&ws->ready, memory_order_acquire))
        fill(ws);
    return ws;
}

static bool set_has(const ex_words *ws, const char *n, uint32_t h) {
    if (!ex_words_maybe(ws, h))
        return false;
    for (uint32_t i = h & ws->mask; ws->slot[i].word; i = (i + 1) & ws->mask)
        if (ws->slot[i].hash == h && strcmp(ws->slot[i].word, n) == 0)
            return true;
    return false;
}

bool ex_words_has(ex_words *set, const char *s) {
    return set_has(ready(set), s, ex_word_hash(s, strlen(s)));
}

rasad_status ex_word_hashes(rasad_doc *doc) {
    if (doc->stage_data[DOC_STAGE_WORDHASH] || doc->ntokens == 0)
        return RASAD_OK;
    ex_tok_hash *th = arena_alloc_array(&doc->arena, doc->ntokens, sizeof *th);
    if (!th)
        return RASAD_ENOMEM;
    for (size_t i = 0; i < doc->ntokens; i++) {
        const rasad_token *t = &doc->tokens[i];
        const rasad_segment *st = doc_tok_stem(doc, i);
        th[i].whole = ex_word_hash(t->norm, t->norm_len);
        /* one segment is the whole word */
        th[i].same = t->seg_count <= 1 ? st->norm == t->norm || strcmp(st->norm, t->norm) == 0
                                       : st->norm_len == t->norm_len && strcmp(st->norm, t->norm) == 0;
        th[i].stem = th[i].same ? th[i].whole : ex_word_hash(st->norm, st->norm_len);
    }
    doc->stage_data[DOC_STAGE_WORDHASH] = th;
    return RASAD_OK;
}

static bool word_in(const rasad_doc *doc, size_t tok, ex_words *set, bool stem) {
    if (tok >= doc->ntokens)
        return false;
    const ex_words *ws = ready(set);
    const ex_tok_hash *th = doc->stage_data[DOC_STAGE_WORDHASH];
    if (th) {
        /* the usual case, answered from the token's hashes and the set's
         * filter: the token and segment records (elsewhere in memory) are
         * read only when the filter lets a hash through */
        th += tok;
        uint32_t hs = stem ? th->stem : th->whole;
        if (ex_words_maybe(ws, hs) && set_has(ws, stem ? doc_tok_stem(doc, tok)->norm : doc->tokens[tok].norm, hs))
            return true;
        return stem && !th->same && ex_words_maybe(ws, th->whole) && set_has(ws, doc->tokens[tok].norm, th->whole);
    }
    const char *whole = doc->tokens[tok].norm;
    const char *sn = stem ? doc_tok_stem(doc, tok)->norm : whole;
    uint32_t hw = ex_word_hash(whole, strlen(whole));
    bool same = !stem || strcmp(sn, whole) == 0;
    if (set_has(ws, sn, same ? hw : ex_word_hash(sn, strlen(sn))))
        return true;
    return !same && set_has(ws, whole, hw);
}

bool ex_word_in_full(const rasad_doc *doc, size_t tok, ex_words *set) {
    return word_in(doc, tok, set, false);
}

bool ex_stem_in_full(const rasad_doc *doc, size_t tok, ex_words *set) {
    return word_in(doc, tok, set, true);
}

const char *ex_enclitic(const rasad_doc *doc, size_t tok) {
    if (tok >= doc->ntokens)
        return NULL;
    const rasad_token *t = &doc->tokens[tok];
    for (size_t k = 0; k < t->seg_count; k++)
        if (doc->segments[t->seg_first + k].role == RASAD_SEG_ENCLITIC)
            return doc->segments[t->seg_first + k].norm;
    return NULL;
}

bool ex_possessive(const rasad_doc *doc, size_t tok) {
    const char *pron = ex_enclitic(doc, tok);
    return pron && strcmp(pron, "\xD9\x8A") != 0; /* ي YEH U+064A */
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

const char *ex_after_glued_waw(const rasad_token *tk) {
    return tk->seg_count == 1 && strncmp(tk->norm, "\xD9\x88", 2) == 0 ? tk->norm + 2 : NULL; /* و */
}

bool ex_has_lam(const rasad_doc *doc, size_t tok) {
    return ex_has_proclitic(doc, tok, "\xD9\x84") || ex_has_proclitic(doc, tok, "\xD9\x84\xD9\x84"); /* ل، لل */
}

bool ex_is_boundary(const rasad_doc *doc, size_t tok) {
    const rasad_token *t = &doc->tokens[tok];
    if (t->kind == RASAD_TOK_PUNCT)
        return strchr(";:.!?", t->norm[0]) != NULL;
    return t->kind == RASAD_TOK_BRACKET;
}

bool ex_stem_back(const rasad_doc *doc, size_t i, ex_words *set, size_t reach) {
    for (size_t k = 1; k <= reach && i >= k; k++) {
        if (ex_is_boundary(doc, i - k))
            return false;
        if (ex_stem_in(doc, i - k, set))
            return true;
    }
    return false;
}

bool ex_quote_opens_over(const rasad_doc *doc, size_t q, size_t tok) {
    if (doc->tokens[q].kind != RASAD_TOK_QUOTE)
        return false;
    /* marks pair up from the sentence's start: q opens when an even
     * number come before it, and holds tok when none closes it before */
    size_t first, end, before = 0, after = 0;
    ex_sentence_tokens(doc, doc->tokens[q].sentence, &first, &end);
    for (size_t i = first; i < q; i++)
        before += doc->tokens[i].kind == RASAD_TOK_QUOTE;
    for (size_t i = q; i < tok; i++)
        after += doc->tokens[i].kind == RASAD_TOK_QUOTE;
    return before % 2 == 0 && after == 1;
}

void ex_sentence_tokens(const rasad_doc *doc, uint32_t s, size_t *first, size_t *end) {
    const rasad_sentence *sn = &doc->sentences[s];
    *first = sn->tok_first;
    *end = (size_t)sn->tok_first + sn->tok_count;
}

/* The token whose bytes hold offset b (tokens are in text order), or
 * SIZE_MAX. */
size_t ex_tok_at_byte(const rasad_doc *doc, uint32_t b) {
    size_t lo = 0, hi = doc->ntokens;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->tokens[mid].end <= b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < doc->ntokens && doc->tokens[lo].start <= b ? lo : SIZE_MAX;
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

bool ex_span_has(const rasad_doc *doc, uint32_t start, uint32_t end, const char *needle) {
    size_t lo = 0, hi = doc->ntokens;
    while (lo < hi) { /* the first token ending after start */
        size_t mid = lo + (hi - lo) / 2;
        if (doc->tokens[mid].end <= start)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < doc->ntokens && doc->tokens[i].start < end; i++)
        if (strstr(doc->tokens[i].norm, needle))
            return true;
    return false;
}

int32_t ex_last_letter(const rasad_doc *doc, size_t tok) {
    const rasad_token *t = &doc->tokens[tok];
    const unsigned char *s = (const unsigned char *)doc->text;
    char tmp[NORM_MAX_OUT];
    for (size_t i = t->end; i > t->start;) {
        size_t k = i - 1;
        while (k > t->start && (s[k] & 0xC0) == 0x80) /* back to the character's first byte */
            k--;
        int32_t cp;
        utf8_decode(s + k, i - k, &cp);
        i = k;
        if (norm_codepoint(cp, tmp) == 0)
            continue; /* a mark, tatweel or an invisible character */
        if (cp >= 0xFB50 && cp <= 0xFEFE) {
            utf8proc_int32_t buf[8];
            utf8proc_ssize_t n = utf8proc_decompose_char(cp, buf, 8, UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE, NULL);
            if (n > 0 && n <= 8 && (n = utf8proc_normalize_utf32(buf, n, UTF8PROC_COMPOSE)) > 0)
                cp = buf[n - 1];
        }
        return cp;
    }
    return 0;
}

bool ex_written_is(const rasad_doc *doc, uint32_t a, uint32_t b, const char *norm) {
    const unsigned char *s = (const unsigned char *)doc->text;
    size_t want = strlen(norm), got = 0;
    char tmp[NORM_MAX_OUT];
    if (b > doc->len || a > b)
        return false;
    for (size_t i = a; i < b;) {
        int32_t cp;
        i += utf8_decode(s + i, b - i, &cp);
        size_t n = norm_codepoint(cp, tmp);
        if (got + n > want || memcmp(norm + got, tmp, n) != 0)
            return false;
        got += n;
    }
    return got == want;
}
