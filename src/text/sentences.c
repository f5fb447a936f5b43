/* SPDX-License-Identifier: MIT
 *
 * sentences.c - stage 3 of the text layer: sentence boundaries over the
 * tokens.
 *
 * A sentence ends after . ! ? ؟ or an ellipsis, and at a line break (news
 * text puts one paragraph on a line; titles have no final stop), except a
 * line break that folds a sentence (line_goes_on). It does
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
 *
 * A stop inside an open quotation is no sentence end when the quotation
 * goes on after it: «... منذ صباح اليوم (...) وترافقت مع قصف ...» and
 * "القتلى 6. والجرحى 10" are one sentence each, so the quote keeps its
 * closing mark and the speaker before it. A stop followed by the closing
 * mark ends the sentence as before. An unclosed or unbalanced mark must
 * not swallow the rest of an article: the open quotation lapses at a line
 * break and QUOTE_SPAN_MAX tokens after its opening mark, and a stop
 * keeps it only when its closing mark follows within that span (before
 * another opening mark). A straight quote faces the word it is
 * written against (counting them by turns goes wrong for the rest of the
 * paragraph after one unclosed mark); inside «...» or “...” straight
 * quotes are nested marks and change nothing.
 */
#include <stdint.h>
#include <string.h>

#include "text/tokenize.h"
#include "util/utf8.h"

#define SENT_SOFT_MAX 1536
#define SENT_HARD_MAX 2048
/* Tokens after an opening quotation mark during which a stop inside the
 * quotation does not end the sentence. */
#define QUOTE_SPAN_MAX 160

static bool is_terminator(const rasad_token *t);

/* A quotation mark's direction and family: guillemets and curly quotes
 * (GUILL) say which way they face; a straight quote (STRAIGHT) faces the
 * word it is written against: "النصر opens, أدنى". closes. A straight
 * quote with spaces on both sides or none is left out (Q_NONE). */
enum { Q_NONE, Q_OPEN_GUILL, Q_CLOSE_GUILL, Q_OPEN_STRAIGHT, Q_CLOSE_STRAIGHT };

static int quote_mark(const rasad_doc *doc, size_t i) {
    const rasad_token *t = &doc->tokens[i];
    if (t->kind != RASAD_TOK_QUOTE)
        return Q_NONE;
    const char *n = t->norm;
    if (strcmp(n, "\xC2\xAB") == 0 || strcmp(n, "\xE2\x80\x9C") == 0) /* « “ */
        return Q_OPEN_GUILL;
    if (strcmp(n, "\xC2\xBB") == 0 || strcmp(n, "\xE2\x80\x9D") == 0) /* » ” */
        return Q_CLOSE_GUILL;
    if (strcmp(n, "\"") != 0)
        return Q_NONE; /* the single marks are apostrophes as often as quotes */
    /* written against a word (or a number, or a stop before it: ."),
     * not against a comma, colon or bracket: ،"الكلام opens, غارة". closes */
    bool left = false, right = false;
    if (i > 0 && doc->tokens[i - 1].end == t->start) {
        const rasad_token *p = &doc->tokens[i - 1];
        left = p->kind == RASAD_TOK_PUNCT ? is_terminator(p)
                                          : p->kind != RASAD_TOK_QUOTE && !(p->kind == RASAD_TOK_BRACKET && strchr("([{", p->norm[0]));
    }
    if (i + 1 < doc->ntokens && doc->tokens[i + 1].start == t->end) {
        const rasad_token *x = &doc->tokens[i + 1];
        right = x->kind != RASAD_TOK_PUNCT && x->kind != RASAD_TOK_QUOTE &&
                !(x->kind == RASAD_TOK_BRACKET && strchr(")]}", x->norm[0]));
    }
    if (right && !left)
        return Q_OPEN_STRAIGHT;
    if (left && !right)
        return Q_CLOSE_STRAIGHT;
    return Q_NONE;
}

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

/* Does the quotation opened at token qopen (SIZE_MAX: none) still hold
 * at token i? */
static bool quote_holds(size_t qopen, size_t i) {
    return qopen != SIZE_MAX && i - qopen <= QUOTE_SPAN_MAX;
}

/* Follows the quotation state over token i: qopen is the opening mark's
 * index, qkind its kind (Q_OPEN_GUILL or Q_OPEN_STRAIGHT). An opening
 * mark while a quotation is open starts a new one (the first was left
 * unclosed), except straight quotes nested in guillemets. */
static void quote_track(const rasad_doc *doc, size_t i, size_t *qopen, int *qkind) {
    int q = quote_mark(doc, i);
    if (q == Q_NONE)
        return;
    bool open = quote_holds(*qopen, i);
    if (q == Q_OPEN_GUILL || (q == Q_OPEN_STRAIGHT && !(open && *qkind == Q_OPEN_GUILL))) {
        *qopen = i;
        *qkind = q;
    } else if (open && q == *qkind + 1) {
        *qopen = SIZE_MAX; /* the closing mark of the open quotation */
    }
}

/* What the scan for a quotation's closing mark found, kept so the stops
 * of one long quotation do not scan its rest again and again: for the
 * quotation opened at open, the first mark that decides (or the end of the
 * span or line) is at token at, and it closes that quotation or not. A
 * later stop before at finds the same. */
typedef struct quote_scan {
    size_t open; /* SIZE_MAX: nothing kept */
    size_t at;
    bool closes;
} quote_scan;

/* After the stop at token i, inside the quotation opened at qopen with
 * kind qkind: does the quotation go on? It does when the next token
 * (after any closing brackets: "(...)") is on the same line and no
 * quotation mark, and the quotation's closing mark comes later in the
 * line, before any other opening mark and within QUOTE_SPAN_MAX tokens of
 * the opening one. A quotation never closed ("إن العناصر ... انتحاري.
 * وأضاف ... "لكننا ...") leaves its stops alone. */
static bool quote_goes_on(const rasad_doc *doc, const unsigned char *newline_before, size_t i, size_t qopen,
                          int qkind, quote_scan *memo) {
    size_t n = doc->ntokens, j = i + 1;
    while (j < n && !newline_before[j] && doc->tokens[j].kind == RASAD_TOK_BRACKET &&
           strchr(")]}", doc->tokens[j].norm[0]))
        j++;
    if (j >= n || newline_before[j] || quote_mark(doc, j) != Q_NONE)
        return false;
    if (memo->open == qopen && j < memo->at)
        return memo->closes;
    size_t lim = qopen + QUOTE_SPAN_MAX, k = j + 1;
    bool closes = false;
    for (; k < n && k <= lim && !newline_before[k]; k++) {
        int q = quote_mark(doc, k);
        if (q == Q_NONE || (qkind == Q_OPEN_GUILL && (q == Q_OPEN_STRAIGHT || q == Q_CLOSE_STRAIGHT)))
            continue;
        closes = q == qkind + 1;
        break;
    }
    memo->open = qopen;
    memo->at = k;
    memo->closes = closes;
    return closes;
}

/* "كما قتل تفجيران انتحاريان 13 شخصًا على الأقل⏎ في شمال الكاميرون": a
 * line that breaks a sentence of some length after a word, the next line
 * opening with a preposition, is one sentence folded, not a paragraph
 * (0.6% of SaudiNewsNet's line breaks end without a stop, a twentieth of
 * them before a preposition; titles are shorter) */
#define FOLDED_MIN 8 /* tokens of the sentence before a folded line break */
static bool line_goes_on(const rasad_doc *doc, size_t i, size_t len) {
    static const char *const PREPS[] = {"في", "من", "علي", "الي", "عن", NULL};
    if (len < FOLDED_MIN || doc->tokens[i - 1].kind != RASAD_TOK_WORD || doc->tokens[i].kind != RASAD_TOK_WORD)
        return false;
    const rasad_token *t = &doc->tokens[i];
    for (const char *const *p = PREPS; *p; p++)
        if (t->norm_len == strlen(*p) && memcmp(t->norm, *p, t->norm_len) == 0)
            return true;
    return false;
}

rasad_status tok_sentences(rasad_doc *doc, const unsigned char *newline_before) {
    size_t n = doc->ntokens;
    /* first pass: mark where sentences start */
    size_t count = 0, len = 0;
    size_t qopen = SIZE_MAX; /* the open quotation's opening mark */
    quote_scan memo = {SIZE_MAX, 0, false};
    int qkind = Q_NONE;
    bool break_next = true;
    for (size_t i = 0; i < n; i++) {
        rasad_token *t = &doc->tokens[i];
        bool line_break = i > 0 && newline_before[i] && !line_goes_on(doc, i, len);
        if (line_break)
            qopen = SIZE_MAX;
        if (line_break || len >= SENT_HARD_MAX)
            break_next = true;
        if (break_next) {
            count++;
            len = 0;
            break_next = false;
        }
        t->sentence = (uint32_t)(count - 1);
        len++;
        quote_track(doc, i, &qopen, &qkind);
        if (len >= SENT_SOFT_MAX && is_soft_stop(t))
            break_next = true;
        if (is_terminator(t) && !(t->norm[0] == '.' && t->norm_len == 1 && i > 0 &&
                                  is_abbreviation(&doc->tokens[i - 1]) && !newline_before[i])) {
            if (quote_holds(qopen, i) && quote_goes_on(doc, newline_before, i, qopen, qkind, &memo))
                continue;
            /* closing quotes and brackets right after the stop stay here;
             * a straight quote written against the next word opens the
             * next sentence's quotation */
            while (i + 1 < n && !newline_before[i + 1] && is_closer(&doc->tokens[i + 1]) &&
                   quote_mark(doc, i + 1) != Q_OPEN_STRAIGHT) {
                i++;
                len++;
                doc->tokens[i].sentence = (uint32_t)(count - 1);
                quote_track(doc, i, &qopen, &qkind);
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
