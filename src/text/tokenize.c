/* SPDX-License-Identifier: MIT
 *
 * tokenize.c - stage 2 of the text layer: splits the original bytes into
 * tokens (words, Latin words, numbers, punctuation, quotes, brackets, URLs,
 * e-mails, hashtags, symbols), writes each token's matching form
 * (normalize.h) and splits Arabic words into clitic segments (clitics.h).
 *
 * Invariants the tests check:
 *  - tokens are in text order, never overlap, and the bytes between them
 *    are only white space, line breaks and ignorable marks, so spans plus
 *    gaps rebuild the input byte for byte;
 *  - each token's segments cover the token exactly, in order;
 *  - an invalid byte or NUL is a token of its own (a SYMBOL whose norm is
 *    U+FFFD) and adds a warning naming its offset: nothing is dropped.
 */
#include "tokenize.h"

#include <stdarg.h>
#include <string.h>

#include "resources.h"
#include "text/clitics.h"
#include "text/normalize.h"
#include "util/grow.h"
#include "util/utf8.h"

/* At most this many warnings name single bad bytes; the rest are counted. */
#define TOK_MAX_BYTE_WARNINGS 20

typedef struct tok_state {
    rasad_doc *doc;
    const uint8_t *s;
    size_t len;
    const stem_lexicon *stems;
    bool split_clitics;

    size_t cap_tokens, cap_segments, cap_newline;
    unsigned char *newline_before; /* per token, heap */
    bool pending_newline;

    bool arabic_norm; /* scan_word() saw only Arabic letters go into the norm (false = unknown) */
    bool dropped;    /* the current token had a code point the norm drops (diacritic, tatweel, mark) */
    char *norm;      /* scratch: the current token's matching form */
    uint32_t *map;   /* scratch: map[k] = original offset of the code point that wrote norm[k] */
    size_t norm_len, norm_cap;

    char *pool;      /* arena chunk the norms are copied into */
    size_t pool_left;
} tok_state;

static bool norm_grow(tok_state *st) {
    size_t ncap = st->norm_cap ? st->norm_cap * 2 : 256;
    char *n = st->doc->mem->realloc(st->norm, ncap);
    if (!n)
        return false;
    st->norm = n;
    uint32_t *m = st->doc->mem->realloc(st->map, ncap * sizeof *m);
    if (!m)
        return false;
    st->map = m;
    st->norm_cap = ncap;
    return true;
}

/* Appends the matching form of cp (which starts at byte off) to the
 * scratch norm. Code points below U+0800 (ASCII and Arabic) map through
 * the table, one or two bytes, with no call. */
static inline __attribute__((always_inline)) bool norm_push(tok_state *st, int32_t cp, size_t off) {
    if (st->norm_cap - st->norm_len < NORM_MAX_OUT + 1 && !norm_grow(st))
        return false;
    if (cp >= 0 && cp < NORM_TABLE_SIZE) {
        uint16_t m = norm_table[cp].map;
        int32_t out = m == NORM_SELF ? cp : m;
        if (m == 0) {
            st->dropped = true;
            return true;
        }
        size_t k = st->norm_len;
        if (out < 0x80) {
            st->norm[k] = (char)out;
            st->map[k] = (uint32_t)off;
            st->norm_len = k + 1;
        } else {
            st->norm[k] = (char)(0xC0 | (out >> 6));
            st->norm[k + 1] = (char)(0x80 | (out & 0x3F));
            st->map[k] = st->map[k + 1] = (uint32_t)off;
            st->norm_len = k + 2;
        }
        return true;
    }
    size_t n = norm_codepoint(cp, st->norm + st->norm_len);
    st->dropped |= n == 0;
    for (size_t k = 0; k < n; k++)
        st->map[st->norm_len + k] = (uint32_t)off;
    st->norm_len += n;
    return true;
}

/* Copies len bytes of s plus a NUL into the doc's string pool. s is
 * always inside the scratch norm. */
#define POOL_FAST 32u
static const char *pool_copy(tok_state *st, const char *s, size_t len) {
    /* Nearly every norm is short: when 32 bytes can be read from s
     * (inside the scratch buffer) and written at the pool's end, copy a
     * fixed 32 bytes, two vector moves inlined instead of a call to the
     * general memcpy; the bytes past the NUL are overwritten by the next
     * copy. Measured (cachegrind, 2000 articles): pool_copy 141 -> 123 M
     * instructions, 1% of tok_run; see bench/notes/text.md. */
    if (len < POOL_FAST && st->pool_left >= POOL_FAST &&
        st->norm_cap - (size_t)(s - st->norm) >= POOL_FAST) {
        memcpy(st->pool, s, POOL_FAST);
    } else {
        if (st->pool_left < len + 1) {
            size_t chunk = len + 1 > 64 * 1024 ? len + 1 : 64 * 1024;
            st->pool = arena_alloc_uninit(&st->doc->arena, chunk);
            if (!st->pool)
                return NULL;
            st->pool_left = chunk;
        }
        memcpy(st->pool, s, len);
    }
    char *p = st->pool;
    p[len] = '\0';
    st->pool += len + 1;
    st->pool_left -= len + 1;
    return p;
}

static bool is_arabic_word(const char *norm, size_t len) {
    for (size_t i = 0; i < len;) {
        int32_t cp;
        i += utf8_decode((const uint8_t *)norm + i, len - i, &cp);
        if (!norm_is_arabic_letter(cp))
            return false;
    }
    return len > 0;
}

/* Emits the token [start, end) of the given kind with the scratch norm. */
static rasad_status emit(tok_state *st, size_t start, size_t end, rasad_token_kind kind, uint8_t flags) {
    rasad_doc *doc = st->doc;
    if (end - start > doc->opts.max_token_bytes)
        return RASAD_ETOKEN;
    if (!grow_to(doc->mem, (void **)&doc->tokens, &st->cap_tokens, doc->ntokens + 1, sizeof *doc->tokens) ||
        !grow_to(doc->mem, (void **)&st->newline_before, &st->cap_newline, doc->ntokens + 1, 1))
        return RASAD_ENOMEM;

    const char *norm = pool_copy(st, st->norm, st->norm_len);
    if (!norm)
        return RASAD_ENOMEM;
    rasad_token *t = &doc->tokens[doc->ntokens];
    memset(t, 0, sizeof *t);
    t->start = (uint32_t)start;
    t->end = (uint32_t)end;
    t->norm = norm;
    t->norm_len = (uint32_t)st->norm_len;
    t->kind = (uint8_t)kind;
    t->flags = flags;
    st->newline_before[doc->ntokens] = st->pending_newline;
    st->pending_newline = false;

    clitic_piece pieces[RASAD_MAX_SEGMENTS];
    size_t np = 1;
    pieces[0].start = 0;
    pieces[0].end = (uint16_t)st->norm_len;
    pieces[0].role = RASAD_SEG_STEM;
    if (kind == RASAD_TOK_WORD && st->split_clitics && st->norm_len < UINT16_MAX &&
        ((st->arabic_norm && st->norm_len > 0) || is_arabic_word(st->norm, st->norm_len)))
        np = clitic_split(st->stems, st->norm, st->norm_len, pieces);
    if (np == 0 || np > RASAD_MAX_SEGMENTS)
        np = 1, pieces[0].start = 0, pieces[0].end = (uint16_t)st->norm_len, pieces[0].role = RASAD_SEG_STEM;

    if (!grow_to(doc->mem, (void **)&doc->segments, &st->cap_segments, doc->nsegments + np, sizeof *doc->segments))
        return RASAD_ENOMEM;
    t->seg_first = (uint32_t)doc->nsegments;
    t->seg_count = (uint16_t)np;
    t->stem_seg = t->seg_first;
    for (size_t k = 0; k < np; k++) {
        rasad_segment *sg = &doc->segments[doc->nsegments++];
        size_t a = pieces[k].start, b = pieces[k].end;
        sg->start = (uint32_t)(k == 0 ? start : st->map[a]);
        sg->end = (uint32_t)(k + 1 == np || b >= st->norm_len ? end : st->map[b]);
        sg->role = pieces[k].role;
        if (np == 1) {
            sg->norm = norm;
            sg->norm_len = t->norm_len;
        } else {
            sg->norm = pool_copy(st, st->norm + a, b - a);
            if (!sg->norm)
                return RASAD_ENOMEM;
            sg->norm_len = (uint32_t)(b - a);
        }
        if (sg->role == RASAD_SEG_STEM)
            t->stem_seg = (uint32_t)(doc->nsegments - 1);
    }
    doc->ntokens++;
    st->norm_len = 0;
    return RASAD_OK;
}

/* Guillemets written mirrored, as some Arabic sites do after a bidi
 * conversion: "وقال لـ»الجزيرة»:" opens with » and "«الجزيرة«،" closes
 * with «. A » with a letter right after it and no letter right before it
 * (or only a one-letter proclitic ل ب و ف ك, or a tatweel) can only open;
 * a « with a letter or digit right before it and none after it can only
 * close. Their matching form is the mark they stand for, so the quote
 * stages pair them like any other; the offsets keep the text as written. */
#define LEFT_GUILLEMET 0x00AB  /* « LEFT-POINTING DOUBLE ANGLE QUOTATION MARK */
#define RIGHT_GUILLEMET 0x00BB /* » RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK */
#define TATWEEL 0x0640         /* ـ ARABIC TATWEEL */

static size_t prev_char(const tok_state *st, size_t pos, int32_t *cp) {
    size_t i = pos;
    while (i > 0 && pos - i < 4 && (st->s[i - 1] & 0xC0) == 0x80)
        i--;
    if (i == 0 || pos - i >= 4) {
        *cp = -1;
        return pos;
    }
    i--;
    utf8_decode(st->s + i, pos - i, cp);
    return i;
}

static bool word_char(int32_t cp) {
    norm_class c = cp < 0 ? NC_SPACE : norm_classify(cp);
    return c == NC_LETTER || c == NC_LATIN || c == NC_DIGIT;
}

static bool one_letter_proclitic(int32_t cp) {
    return cp == 0x0644 || cp == 0x0628 || cp == 0x0648 || cp == 0x0641 || cp == 0x0643; /* ل ب و ف ك */
}

static int32_t guillemet_as_meant(const tok_state *st, int32_t cp, size_t pos, size_t n) {
    if (cp != LEFT_GUILLEMET && cp != RIGHT_GUILLEMET)
        return cp;
    int32_t before, before2 = -1, after = -1;
    size_t b = prev_char(st, pos, &before);
    if (before >= 0)
        prev_char(st, b, &before2);
    if (pos + n < st->len)
        utf8_decode(st->s + pos + n, st->len - pos - n, &after);
    if (cp == RIGHT_GUILLEMET && word_char(after) &&
        (before == TATWEEL || !word_char(before) || (one_letter_proclitic(before) && !word_char(before2))))
        return LEFT_GUILLEMET;
    if (cp == LEFT_GUILLEMET && word_char(before) && !word_char(after) && after != LEFT_GUILLEMET)
        return RIGHT_GUILLEMET;
    return cp;
}

static inline norm_class class_at(const tok_state *st, size_t i, int32_t *cp, size_t *n) {
    *n = utf8_decode(st->s + i, st->len - i, cp);
    if (*cp >= 0 && *cp < NORM_TABLE_SIZE)
        return (norm_class)norm_table[*cp].cls; /* norm_init() ran in tok_run */
    return norm_classify(*cp);
}

static bool ascii_prefix_ci(const uint8_t *s, size_t len, const char *p) {
    size_t n = strlen(p);
    if (len < n)
        return false;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (uint8_t)(c + 32);
        if (c != (uint8_t)p[i])
            return false;
    }
    return true;
}

static bool email_char(uint8_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '%' || c == '+' || c == '-';
}

/* Length of an e-mail address starting at i, or 0. */
static size_t email_len(const tok_state *st, size_t i) {
    size_t j = i;
    while (j < st->len && email_char(st->s[j]) && st->s[j] != '.')
        j++;
    while (j < st->len && email_char(st->s[j]))
        j++;
    if (j == i || j >= st->len || st->s[j] != '@')
        return 0;
    size_t at = j++;
    size_t dot = 0;
    while (j < st->len && email_char(st->s[j]) && st->s[j] != '_' && st->s[j] != '%' && st->s[j] != '+') {
        if (st->s[j] == '.')
            dot = j;
        j++;
    }
    while (j > at + 1 && (st->s[j - 1] == '.' || st->s[j - 1] == '-'))
        j--;
    if (!dot || dot >= j - 1 || dot == at + 1)
        return 0;
    return j - i;
}

/* Length of a URL starting at i ("http://", "https://", "www."), or 0. */
static size_t url_len(const tok_state *st, size_t i) {
    const uint8_t *s = st->s + i;
    size_t len = st->len - i;
    if (!ascii_prefix_ci(s, len, "http://") && !ascii_prefix_ci(s, len, "https://") &&
        !ascii_prefix_ci(s, len, "www."))
        return 0;
    size_t j = 0;
    while (j < len) {
        int32_t cp;
        size_t n = utf8_decode(s + j, len - j, &cp);
        norm_class c = norm_classify(cp);
        if (c == NC_SPACE || c == NC_NEWLINE || c == NC_QUOTE || c == NC_INVALID || cp == '<' || cp == '>' ||
            c == NC_LETTER || c == NC_MARK)
            break;
        j += n;
    }
    /* trailing punctuation belongs to the sentence, not the URL */
    while (j > 0 && strchr(".,;:!?)]}'", s[j - 1]))
        j--;
    return j > 4 ? j : 0;
}

/* Consumes code points while their class is in the mask; pushes norms. */
static inline __attribute__((always_inline)) rasad_status scan_run(tok_state *st, size_t *pos, unsigned mask) {
    while (*pos < st->len) {
        int32_t cp;
        size_t n;
        norm_class c = class_at(st, *pos, &cp, &n);
        if (!(mask & (1u << c)))
            break;
        if (!norm_push(st, cp, *pos))
            return RASAD_ENOMEM;
        *pos += n;
        if (st->norm_len > st->doc->opts.max_token_bytes * 4 + 64)
            return RASAD_ETOKEN; /* stop early on a giant run; emit() checks the exact limit */
    }
    return RASAD_OK;
}

#define BIT(c) (1u << (c))

#define AR_LEAD_MIN 0xD8 /* UTF-8 lead bytes of U+0600..U+06FF, the Arabic block */
#define AR_LEAD_MAX 0xDB

/* scan_run() for a word: the same result, with a fast path for the
 * Arabic block (two-byte sequences D8-DB 80-BF), which is nearly every
 * byte of a news text. Such a code point is assembled from its two bytes
 * and classified and mapped by one table read, without the general
 * decoder's branches, and the word's "Arabic letters only" property is
 * tracked on the way so emit() needs no second pass over the norm.
 * Measured gain: see bench/notes/text.md. */
static inline __attribute__((always_inline)) rasad_status scan_word(tok_state *st, size_t *pos) {
    const unsigned mask = BIT(NC_LETTER) | BIT(NC_MARK) | BIT(NC_IGNORABLE);
    const uint8_t *s = st->s;
    const size_t len = st->len;
    const size_t limit = st->doc->opts.max_token_bytes * 4 + 64;
    size_t p = *pos;
    bool arabic = true;
    /* The fast path keeps the scratch pointers and length in locals and
     * writes them back only around the slow path: its stores through a
     * char pointer may alias st, and with st's fields the compiler
     * reloaded them after every byte written. Measured with the one-
     * compare letter test below: text-noclitics 270 -> 278-288 MB/s
     * (wall, binaries alternated), tok_run's data reads -13% and the
     * letter test 77 -> 23 M instructions (cachegrind, 2000 articles);
     * see bench/notes/text.md. */
    char *norm = st->norm;
    uint32_t *map = st->map;
    size_t k = st->norm_len, cap = st->norm_cap;
    bool dropped = false;
    while (p < len) {
        uint8_t b0 = s[p];
        if (b0 >= AR_LEAD_MIN && b0 <= AR_LEAD_MAX && p + 1 < len && (s[p + 1] & 0xC0) == 0x80) {
            int32_t cp = ((int32_t)(b0 & 0x1F) << 6) | (s[p + 1] & 0x3F);
            norm_entry e = norm_table[cp];
            if (!(mask & BIT(e.cls)))
                break;
            if (cap - k < NORM_MAX_OUT + 1) {
                st->norm_len = k;
                if (!norm_grow(st))
                    return RASAD_ENOMEM;
                norm = st->norm, map = st->map, cap = st->norm_cap;
            }
            if (e.map == 0) {
                dropped = true;
            } else {
                int32_t out = e.map == NORM_SELF ? cp : e.map;
                /* ARABIC LETTER KASHMIRI YEH .. YEH, nearly every letter,
                 * decided by one compare */
                arabic &= ((uint32_t)(out - 0x0620) <= 0x2Au) || norm_is_arabic_letter(out) != 0;
                if (out < 0x80) {
                    norm[k] = (char)out;
                    map[k] = (uint32_t)p;
                    k += 1;
                } else {
                    norm[k] = (char)(0xC0 | (out >> 6));
                    norm[k + 1] = (char)(0x80 | (out & 0x3F));
                    map[k] = map[k + 1] = (uint32_t)p;
                    k += 2;
                }
            }
            p += 2;
        } else {
            st->norm_len = k;
            int32_t cp;
            size_t n;
            norm_class c = class_at(st, p, &cp, &n);
            if (!(mask & BIT(c)))
                break;
            size_t before = st->norm_len;
            if (!norm_push(st, cp, p))
                return RASAD_ENOMEM;
            if (st->norm_len != before)
                arabic = false; /* emit() checks the norm itself */
            p += n;
            norm = st->norm, map = st->map, cap = st->norm_cap, k = st->norm_len;
        }
        if (k > limit) {
            st->norm_len = k;
            st->dropped |= dropped;
            *pos = p;
            return RASAD_ETOKEN; /* stop early on a giant run; emit() checks the exact limit */
        }
    }
    st->norm_len = k;
    st->dropped |= dropped;
    *pos = p;
    st->arabic_norm = arabic;
    return RASAD_OK;
}

static rasad_status warn_byte(tok_state *st, size_t off, uint8_t byte) {
    rasad_doc *doc = st->doc;
    doc->invalid_bytes++;
    if (doc->invalid_bytes <= TOK_MAX_BYTE_WARNINGS) {
        bool ok = byte == 0 ? doc_warn(doc, "NUL byte at byte %zu replaced", off)
                            : doc_warn(doc, "invalid UTF-8 at byte %zu replaced", off);
        if (!ok)
            return RASAD_ENOMEM;
    }
    return RASAD_OK;
}

static rasad_status tok_loop(tok_state *st, size_t *err_offset) {
    rasad_status rc = RASAD_OK;
    size_t pos = 0;
    while (pos < st->len) {
        int32_t cp;
        size_t n;
        size_t start = pos;
        norm_class c = class_at(st, pos, &cp, &n);
        rasad_token_kind kind;
        uint8_t flags = 0;
        st->norm_len = 0;
        st->dropped = false;
        st->arabic_norm = false;
        switch (c) {
        case NC_SPACE:
        case NC_IGNORABLE:
            pos += n;
            continue;
        case NC_NEWLINE:
            st->pending_newline = true;
            pos += n;
            continue;
        case NC_LETTER:
        case NC_MARK:
            kind = RASAD_TOK_WORD;
            rc = scan_word(st, &pos);
            break;
        case NC_LATIN:
        case NC_DIGIT: {
            size_t m = url_len(st, pos);
            if (m) {
                kind = RASAD_TOK_URL;
            } else if ((m = email_len(st, pos)) != 0) {
                kind = RASAD_TOK_EMAIL;
            }
            if (m) {
                for (size_t e = pos + m; pos < e;) {
                    size_t k = utf8_decode(st->s + pos, e - pos, &cp);
                    if (!norm_push(st, cp, pos))
                        return RASAD_ENOMEM;
                    pos += k;
                }
                break;
            }
            if (c == NC_LATIN) {
                kind = RASAD_TOK_LATIN;
                rc = scan_run(st, &pos, BIT(NC_LATIN) | BIT(NC_DIGIT) | BIT(NC_MARK) | BIT(NC_IGNORABLE));
                break;
            }
            /* a number: digits with inner separators (1,000  1.5  ١٬٠٠٠  ٢٫٥) */
            kind = RASAD_TOK_NUMBER;
            for (;;) {
                rc = scan_run(st, &pos, BIT(NC_DIGIT));
                if (rc != RASAD_OK || pos >= st->len)
                    break;
                int32_t sep, next;
                size_t k = utf8_decode(st->s + pos, st->len - pos, &sep);
                if (!(sep == '.' || sep == ',' || sep == 0x066B || sep == 0x066C) || pos + k >= st->len)
                    break;
                utf8_decode(st->s + pos + k, st->len - pos - k, &next);
                if (norm_classify(next) != NC_DIGIT)
                    break;
                if (!norm_push(st, sep, pos))
                    return RASAD_ENOMEM;
                pos += k;
            }
            break;
        }
        case NC_PUNCT:
            kind = RASAD_TOK_PUNCT;
            if (cp == '#' && pos + 1 < st->len) {
                int32_t nx;
                size_t k;
                norm_class nc = class_at(st, pos + 1, &nx, &k);
                if (nc == NC_LETTER || nc == NC_LATIN || nc == NC_DIGIT) {
                    kind = RASAD_TOK_HASHTAG;
                    if (!norm_push(st, cp, pos))
                        return RASAD_ENOMEM;
                    pos += n;
                    rc = scan_run(st, &pos, BIT(NC_LETTER) | BIT(NC_LATIN) | BIT(NC_DIGIT) | BIT(NC_MARK) |
                                                BIT(NC_IGNORABLE));
                    break;
                }
            }
            if (!norm_push(st, cp, pos))
                return RASAD_ENOMEM;
            pos += n;
            if (cp == '.') /* an ellipsis written as dots is one token */
                while (pos < st->len && st->s[pos] == '.' && norm_push(st, '.', pos))
                    pos++;
            break;
        case NC_QUOTE:
        case NC_BRACKET:
        case NC_SYMBOL:
            kind = c == NC_QUOTE ? RASAD_TOK_QUOTE : c == NC_BRACKET ? RASAD_TOK_BRACKET : RASAD_TOK_SYMBOL;
            if (!norm_push(st, c == NC_QUOTE ? guillemet_as_meant(st, cp, pos, n) : cp, pos))
                return RASAD_ENOMEM;
            pos += n;
            break;
        case NC_INVALID:
        default:
            if (st->doc->opts.flags & RASAD_OPT_STRICT_UTF8) {
                *err_offset = pos;
                return RASAD_EUTF8;
            }
            rc = warn_byte(st, pos, st->s[pos]);
            if (rc != RASAD_OK)
                return rc;
            kind = RASAD_TOK_SYMBOL;
            flags = RASAD_TOKF_REPLACED;
            if (!norm_push(st, UTF8_INVALID, pos))
                return RASAD_ENOMEM;
            pos += 1;
            break;
        }
        if (rc == RASAD_ETOKEN) {
            *err_offset = start;
            return rc;
        }
        if (rc != RASAD_OK)
            return rc;
        if (st->dropped && (kind == RASAD_TOK_WORD || kind == RASAD_TOK_LATIN || kind == RASAD_TOK_HASHTAG))
            flags |= RASAD_TOKF_DIACRITIC;
        rc = emit(st, start, pos, kind, flags);
        if (rc == RASAD_ETOKEN)
            *err_offset = start;
        if (rc != RASAD_OK)
            return rc;
    }
    return RASAD_OK;
}

rasad_status tok_run(rasad_doc *doc, size_t *err_offset) {
    tok_state st;
    memset(&st, 0, sizeof st);
    st.doc = doc;
    st.s = (const uint8_t *)doc->text;
    st.len = doc->len;
    st.split_clitics = !(doc->opts.flags & RASAD_OPT_NO_CLITICS);
    st.stems = NULL;
    if (st.split_clitics)
        st.stems = (doc->res && doc->res->stems) ? doc->res->stems : stem_lexicon_default();
    *err_offset = SIZE_MAX;
    norm_init();

    /* Size the token, newline and segment arrays for the whole article at
     * once: a token takes ~10 bytes of text (SaudiNewsNet: 9.8 M tokens
     * in 96 MB), so len/8 tokens and 4/3 as many segments are rarely
     * outgrown. Growing from scratch by doubling cost ~7 reallocs and
     * copies an article. Capped, so a huge article still grows as before. */
    size_t est = doc->len / 8 + 16;
    if (est > ((size_t)1 << 20))
        est = (size_t)1 << 20;
    rasad_status rc = RASAD_ENOMEM;
    if (grow_to(doc->mem, (void **)&doc->tokens, &st.cap_tokens, est, sizeof *doc->tokens) &&
        grow_to(doc->mem, (void **)&st.newline_before, &st.cap_newline, est, 1) &&
        grow_to(doc->mem, (void **)&doc->segments, &st.cap_segments, est / 3 * 4, sizeof *doc->segments))
        rc = tok_loop(&st, err_offset);
    if (rc == RASAD_OK && doc->invalid_bytes > TOK_MAX_BYTE_WARNINGS &&
        !doc_warn(doc, "%zu more invalid bytes replaced", doc->invalid_bytes - TOK_MAX_BYTE_WARNINGS))
        rc = RASAD_ENOMEM;
    if (rc == RASAD_OK)
        rc = tok_sentences(doc, st.newline_before);
    doc->mem->free(st.newline_before);
    doc->mem->free(st.norm);
    doc->mem->free(st.map);
    return rc;
}
