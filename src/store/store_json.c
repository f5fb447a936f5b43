/* SPDX-License-Identifier: MIT
 *
 * store_json.c - the embedded store's JSON reader (after output): one
 * recursive-descent pass over an article object into a flat node array
 * (store_json.h). Strings keep their place in the text and are decoded
 * only when a column reads one with escapes, so a put allocates nothing
 * per value. jansson, tried first, builds a hash table per object and
 * cost as much as SQLite's JSON1 had (bench/notes/store.md).
 */
#include "store/store_json.h"

#include <stdlib.h>
#include <string.h>

#define FAIL SIZE_MAX

typedef struct {
    sj_doc *d;
    const char *s;
    size_t len;
    bool nomem;
} parser;

static size_t skip_ws(const parser *p, size_t i) {
    while (i < p->len && (p->s[i] == ' ' || p->s[i] == '\t' || p->s[i] == '\n' || p->s[i] == '\r'))
        i++;
    return i;
}

/* Appends a node; its index, or FAIL when out of memory. */
static size_t push(parser *p, uint8_t type, size_t start) {
    sj_doc *d = p->d;
    if (d->n == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 256;
        if (cap > SIZE_MAX / sizeof *d->nodes) {
            p->nomem = true;
            return FAIL;
        }
        sj_node *nodes = realloc(d->nodes, cap * sizeof *nodes);
        if (!nodes) {
            p->nomem = true;
            return FAIL;
        }
        d->nodes = nodes;
        d->cap = cap;
    }
    d->nodes[d->n] = (sj_node){type, false, start, 0, d->n + 1};
    return d->n++;
}

static int hex4(const char *s) {
    int v = 0;
    for (int k = 0; k < 4; k++) {
        char c = s[k];
        int h = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

/* A string starting at the quote s[i]; the index after its closing quote.
 * Checks every escape (a surrogate escape must be a proper pair). */
static size_t string(parser *p, size_t i, bool *escaped) {
    *escaped = false;
    for (i++; i < p->len; i++) {
        unsigned char c = (unsigned char)p->s[i];
        if (c == '"')
            return i + 1;
        if (c < 0x20)
            return FAIL;
        if (c != '\\')
            continue;
        *escaped = true;
        if (++i >= p->len)
            return FAIL;
        switch (p->s[i]) {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
            break;
        case 'u': {
            int v = i + 4 < p->len ? hex4(p->s + i + 1) : -1;
            if (v <= 0 || (v >= 0xDC00 && v <= 0xDFFF)) /* \u0000, a lone low surrogate */
                return FAIL;
            i += 4;
            if (v >= 0xD800 && v <= 0xDBFF) { /* must be followed by \uDC00-\uDFFF */
                int lo = i + 6 < p->len && p->s[i + 1] == '\\' && p->s[i + 2] == 'u' ? hex4(p->s + i + 3) : -1;
                if (lo < 0xDC00 || lo > 0xDFFF)
                    return FAIL;
                i += 6;
            }
            break;
        }
        default:
            return FAIL;
        }
    }
    return FAIL;
}

static bool digit(const parser *p, size_t i) {
    return i < p->len && p->s[i] >= '0' && p->s[i] <= '9';
}

/* A number at s[i] (JSON's grammar); the index after it. */
static size_t number(const parser *p, size_t i, uint8_t *type) {
    *type = SJ_INT;
    if (i < p->len && p->s[i] == '-')
        i++;
    if (!digit(p, i))
        return FAIL;
    if (p->s[i] == '0')
        i++;
    else
        while (digit(p, i))
            i++;
    if (i < p->len && p->s[i] == '.') {
        *type = SJ_REAL;
        if (!digit(p, ++i))
            return FAIL;
        while (digit(p, i))
            i++;
    }
    if (i < p->len && (p->s[i] == 'e' || p->s[i] == 'E')) {
        *type = SJ_REAL;
        i++;
        if (i < p->len && (p->s[i] == '+' || p->s[i] == '-'))
            i++;
        if (!digit(p, i))
            return FAIL;
        while (digit(p, i))
            i++;
    }
    return i;
}

static size_t value(parser *p, size_t i, int depth);

/* An array or object opening at s[i]; the index after it. */
static size_t container(parser *p, size_t i, int depth, bool object) {
    size_t at = push(p, object ? SJ_OBJECT : SJ_ARRAY, i);
    if (at == FAIL)
        return FAIL;
    char close = object ? '}' : ']';
    i = skip_ws(p, i + 1);
    if (i < p->len && p->s[i] == close)
        goto done;
    for (;;) {
        if (object) {
            if (i >= p->len || p->s[i] != '"')
                return FAIL;
            bool esc;
            size_t k = push(p, SJ_STRING, i + 1);
            size_t end = k == FAIL ? FAIL : string(p, i, &esc);
            if (end == FAIL)
                return FAIL;
            p->d->nodes[k].escaped = esc;
            p->d->nodes[k].len = end - 1 - (i + 1);
            i = skip_ws(p, end);
            if (i >= p->len || p->s[i] != ':')
                return FAIL;
            i = skip_ws(p, i + 1);
        }
        i = value(p, i, depth + 1);
        if (i == FAIL)
            return FAIL;
        i = skip_ws(p, i);
        if (i < p->len && p->s[i] == ',') {
            i = skip_ws(p, i + 1);
            continue;
        }
        if (i < p->len && p->s[i] == close)
            break;
        return FAIL;
    }
done:
    p->d->nodes[at].len = i + 1 - p->d->nodes[at].start;
    p->d->nodes[at].next = p->d->n;
    return i + 1;
}

static size_t literal(parser *p, size_t i, const char *word, uint8_t type) {
    size_t n = strlen(word);
    if (p->len - i < n || memcmp(p->s + i, word, n) != 0)
        return FAIL;
    size_t k = push(p, type, i);
    if (k == FAIL)
        return FAIL;
    p->d->nodes[k].len = n;
    return i + n;
}

static size_t value(parser *p, size_t i, int depth) {
    if (i >= p->len || depth > SJ_MAX_DEPTH)
        return FAIL;
    switch (p->s[i]) {
    case '{':
        return container(p, i, depth, true);
    case '[':
        return container(p, i, depth, false);
    case '"': {
        bool esc;
        size_t k = push(p, SJ_STRING, i + 1);
        size_t end = k == FAIL ? FAIL : string(p, i, &esc);
        if (end == FAIL)
            return FAIL;
        p->d->nodes[k].escaped = esc;
        p->d->nodes[k].len = end - 1 - (i + 1);
        return end;
    }
    case 't':
        return literal(p, i, "true", SJ_TRUE);
    case 'f':
        return literal(p, i, "false", SJ_FALSE);
    case 'n':
        return literal(p, i, "null", SJ_NULL);
    default: {
        uint8_t type;
        size_t end = number(p, i, &type);
        size_t k = end == FAIL ? FAIL : push(p, type, i);
        if (k == FAIL)
            return FAIL;
        p->d->nodes[k].len = end - i;
        return end;
    }
    }
}

int sj_parse(sj_doc *d, const char *text, size_t len) {
    parser p = {d, text, len, false};
    d->text = text;
    d->n = 0;
    size_t i = value(&p, skip_ws(&p, 0), 0);
    if (i != FAIL && skip_ws(&p, i) == len)
        return 0;
    d->n = 0;
    return p.nomem ? -2 : -1;
}

void sj_free(sj_doc *d) {
    free(d->nodes);
    free(d->scratch);
    memset(d, 0, sizeof *d);
}

size_t sj_member(const sj_doc *d, size_t i, const char *key, size_t klen) {
    if (i >= d->n || d->nodes[i].type != SJ_OBJECT)
        return SIZE_MAX;
    size_t end = d->nodes[i].next;
    for (size_t k = i + 1; k < end; k = d->nodes[k + 1].next) {
        const sj_node *n = &d->nodes[k];
        /* the contract's keys have no escapes; a key with one never matches */
        if (!n->escaped && n->len == klen && memcmp(d->text + n->start, key, klen) == 0)
            return k + 1;
    }
    return SIZE_MAX;
}

size_t sj_element(const sj_doc *d, size_t i, size_t k) {
    if (i >= d->n || d->nodes[i].type != SJ_ARRAY)
        return SIZE_MAX;
    size_t end = d->nodes[i].next, at = i + 1;
    for (; at < end && k; k--)
        at = d->nodes[at].next;
    return at < end ? at : SIZE_MAX;
}

size_t sj_count(const sj_doc *d, size_t i) {
    if (i >= d->n || d->nodes[i].type != SJ_ARRAY)
        return 0;
    size_t n = 0;
    for (size_t at = i + 1, end = d->nodes[i].next; at < end; at = d->nodes[at].next)
        n++;
    return n;
}

/* UTF-8 of code point v into out; its length. */
static size_t put_utf8(char *out, unsigned v) {
    if (v < 0x80) {
        out[0] = (char)v;
        return 1;
    }
    if (v < 0x800) {
        out[0] = (char)(0xC0 | (v >> 6));
        out[1] = (char)(0x80 | (v & 0x3F));
        return 2;
    }
    if (v < 0x10000) {
        out[0] = (char)(0xE0 | (v >> 12));
        out[1] = (char)(0x80 | ((v >> 6) & 0x3F));
        out[2] = (char)(0x80 | (v & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (v >> 18));
    out[1] = (char)(0x80 | ((v >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((v >> 6) & 0x3F));
    out[3] = (char)(0x80 | (v & 0x3F));
    return 4;
}

const char *sj_string(sj_doc *d, size_t i, size_t *len) {
    const sj_node *n = &d->nodes[i];
    const char *s = d->text + n->start;
    if (!n->escaped) {
        *len = n->len;
        return s;
    }
    /* decoding never grows a string: \uXXXX (6 bytes) gives at most 3,
     * a pair (12) 4 */
    if (n->len + 1 > d->scratch_cap) {
        char *b = realloc(d->scratch, n->len + 1);
        if (!b)
            return NULL;
        d->scratch = b;
        d->scratch_cap = n->len + 1;
    }
    char *out = d->scratch;
    size_t o = 0;
    for (size_t k = 0; k < n->len; k++) {
        if (s[k] != '\\') {
            out[o++] = s[k];
            continue;
        }
        char c = s[++k]; /* sj_parse checked every escape */
        switch (c) {
        case 'b': out[o++] = '\b'; break;
        case 'f': out[o++] = '\f'; break;
        case 'n': out[o++] = '\n'; break;
        case 'r': out[o++] = '\r'; break;
        case 't': out[o++] = '\t'; break;
        case 'u': {
            unsigned v = (unsigned)hex4(s + k + 1);
            k += 4;
            if (v >= 0xD800 && v <= 0xDBFF) {
                unsigned lo = (unsigned)hex4(s + k + 3);
                v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
                k += 6;
            }
            o += put_utf8(out + o, v);
            break;
        }
        default: out[o++] = c; break; /* " \ / */
        }
    }
    out[o] = '\0';
    *len = o;
    return out;
}
