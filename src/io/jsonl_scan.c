/* SPDX-License-Identifier: MIT
 *
 * jsonl_scan.c - input stage: reads an article's fields from one JSONL
 * line without building a JSON tree (see jsonl_scan.h).
 *
 * Why: json_loadb allocated a json_t for every value of every line and
 * decoded every string, which was 10% of the instructions of `rasad
 * extract` over SaudiNewsNet; the article needs five fields, and the text
 * is one long string with few escapes, so a scan that copies the runs
 * between escapes is a few instructions a byte.
 *
 * The scanner accepts a strict subset of what jansson accepts and reads
 * it to the same values (RFC 8259 strings and literals; numbers only
 * where they cannot overflow jansson's integer or double: at most 18
 * integer digits and 2 exponent digits; nesting at most MAX_DEPTH). It
 * returns false for everything else, and the caller asks jansson, so any
 * line it does not read gets exactly the old result or error message.
 * fuzz/fuzz_jsonl_scan.c checks the two against each other.
 */
#include "io/jsonl_scan.h"

#include <string.h>

#include "util/utf8.h"

#define MAX_DEPTH 32

static const char *const FIELD_NAMES[JSONL__NFIELDS] = {"id", "published", "source", "title", "text"};

typedef struct scan {
    const char *p, *end; /* the unread rest of the line */
} scan;

/* JSON whitespace, as jansson skips it. */
static inline void skip_ws(scan *s) {
    while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
        s->p++;
}

static int hex4(const char *p) {
    int v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        int d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        else
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* A string body from s->p (after its opening quote) through the closing
 * quote. With out != NULL the decoded bytes are appended to it. */
static bool scan_string(scan *s, buf *out) {
    const char *p = s->p, *end = s->end, *run = p;
    for (;;) {
        while (end - p >= 8) {
            uint64_t v;
            memcpy(&v, p, 8);
            if (utf8_json_special8(v))
                break;
            p += 8;
        }
        if (p >= end)
            return false;
        unsigned char c = (unsigned char)*p;
        if (c == '"')
            break;
        if (c < 0x20)
            return false; /* jansson: control character */
        if (c != '\\') {
            p++;
            continue;
        }
        if (out)
            buf_append(out, run, (size_t)(p - run));
        if (end - p < 2)
            return false;
        char e = p[1], one;
        p += 2;
        switch (e) {
        case '"': one = '"'; break;
        case '\\': one = '\\'; break;
        case '/': one = '/'; break;
        case 'b': one = '\b'; break;
        case 'f': one = '\f'; break;
        case 'n': one = '\n'; break;
        case 'r': one = '\r'; break;
        case 't': one = '\t'; break;
        case 'u': {
            if (end - p < 4)
                return false;
            int32_t cp = hex4(p);
            if (cp < 0)
                return false;
            p += 4;
            if (cp >= 0xDC00 && cp <= 0xDFFF)
                return false; /* a lone low surrogate: jansson's error */
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
                    return false;
                int lo = hex4(p + 2);
                if (lo < 0xDC00 || lo > 0xDFFF)
                    return false;
                p += 6;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            }
            if (out) {
                char u[4];
                buf_append(out, u, utf8_encode(cp, u));
            }
            run = p;
            continue;
        }
        default: return false; /* jansson: invalid escape */
        }
        if (out)
            buf_putc(out, one);
        run = p;
    }
    if (out)
        buf_append(out, run, (size_t)(p - run));
    s->p = p + 1;
    return true;
}

static inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* A number jansson reads without overflow (see the top of the file). */
static bool scan_number(scan *s) {
    const char *p = s->p, *end = s->end;
    if (p < end && *p == '-')
        p++;
    if (p >= end || !is_digit(*p))
        return false;
    if (*p == '0') {
        p++;
        if (p < end && is_digit(*p))
            return false; /* jansson: invalid token */
    } else {
        const char *d = p;
        while (p < end && is_digit(*p))
            p++;
        if (p - d > 18)
            return false;
    }
    if (p < end && *p == '.') {
        p++;
        if (p >= end || !is_digit(*p))
            return false;
        while (p < end && is_digit(*p))
            p++;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        p++;
        if (p < end && (*p == '+' || *p == '-'))
            p++;
        const char *d = p;
        while (p < end && is_digit(*p))
            p++;
        if (p == d || p - d > 2)
            return false;
    }
    s->p = p;
    return true;
}

/* true, false or null, not followed by another letter (jansson reads a
 * whole run of letters as one token). */
static bool scan_literal(scan *s) {
    static const char *const LIT[] = {"true", "false", "null"};
    for (size_t k = 0; k < 3; k++) {
        size_t n = strlen(LIT[k]);
        if ((size_t)(s->end - s->p) >= n && memcmp(s->p, LIT[k], n) == 0) {
            const char *q = s->p + n;
            if (q < s->end && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z')))
                return false;
            s->p = q;
            return true;
        }
    }
    return false;
}

/* A key: a string without escapes (an escaped key could spell a field's
 * name or hold a NUL, which jansson rejects; those lines go to jansson). */
static bool scan_key(scan *s, const char **key, size_t *klen) {
    const char *p = s->p;
    while (p < s->end && *p != '"') {
        if (*p == '\\' || (unsigned char)*p < 0x20)
            return false;
        p++;
    }
    if (p >= s->end)
        return false;
    *key = s->p;
    *klen = (size_t)(p - s->p);
    s->p = p + 1;
    return true;
}

static bool scan_value(scan *s, int depth);

/* An object or array body after its opening bracket, through its close. */
static bool scan_container(scan *s, int depth, bool object) {
    char close = object ? '}' : ']';
    skip_ws(s);
    if (s->p < s->end && *s->p == close) {
        s->p++;
        return true;
    }
    for (;;) {
        if (object) {
            const char *k;
            size_t kl;
            if (s->p >= s->end || *s->p != '"')
                return false;
            s->p++;
            if (!scan_key(s, &k, &kl))
                return false;
            skip_ws(s);
            if (s->p >= s->end || *s->p != ':')
                return false;
            s->p++;
            skip_ws(s);
        }
        if (!scan_value(s, depth))
            return false;
        skip_ws(s);
        if (s->p >= s->end)
            return false;
        if (*s->p == close) {
            s->p++;
            return true;
        }
        if (*s->p != ',')
            return false;
        s->p++;
        skip_ws(s);
    }
}

/* Any value, only checked (nothing decoded). */
static bool scan_value(scan *s, int depth) {
    if (s->p >= s->end)
        return false;
    char c = *s->p;
    if (c == '"') {
        s->p++;
        return scan_string(s, NULL);
    }
    if (c == '{' || c == '[') {
        if (depth >= MAX_DEPTH)
            return false;
        s->p++;
        return scan_container(s, depth + 1, c == '{');
    }
    if (c == '-' || is_digit(c))
        return scan_number(s);
    return scan_literal(s);
}

static int field_of(const char *k, size_t kl) {
    for (int i = 0; i < JSONL__NFIELDS; i++)
        if (strlen(FIELD_NAMES[i]) == kl && memcmp(FIELD_NAMES[i], k, kl) == 0)
            return i;
    return -1;
}

bool jsonl_scan_fields(const char *line, size_t len, buf *dec, jsonl_fields *f) {
    memset(f, 0, sizeof *f);
    buf_clear(dec);
    scan s = {line, line + len};
    skip_ws(&s);
    if (s.p >= s.end || *s.p != '{')
        return false;
    s.p++;
    skip_ws(&s);
    if (s.p < s.end && *s.p == '}') {
        s.p++;
    } else {
        for (;;) {
            const char *k;
            size_t kl;
            if (s.p >= s.end || *s.p != '"')
                return false;
            s.p++;
            if (!scan_key(&s, &k, &kl))
                return false;
            skip_ws(&s);
            if (s.p >= s.end || *s.p != ':')
                return false;
            s.p++;
            skip_ws(&s);
            int fi = field_of(k, kl);
            if (fi >= 0 && s.p < s.end && *s.p == '"') {
                s.p++;
                size_t off = dec->len;
                if (!scan_string(&s, dec))
                    return false;
                f->kind[fi] = JSONL_STRING;
                f->off[fi] = off;
                f->len[fi] = dec->len - off;
                buf_putc(dec, '\0'); /* ends the C string; the next one starts after it */
            } else if (fi >= 0 && s.p < s.end && (*s.p == '-' || is_digit(*s.p))) {
                return false; /* an integer id is printed by the jansson path */
            } else {
                if (!scan_value(&s, 1))
                    return false;
                if (fi >= 0)
                    f->kind[fi] = JSONL_OTHER;
            }
            skip_ws(&s);
            if (s.p >= s.end)
                return false;
            if (*s.p == '}') {
                s.p++;
                break;
            }
            if (*s.p != ',')
                return false;
            s.p++;
            skip_ws(&s);
        }
    }
    skip_ws(&s);
    if (s.p != s.end)
        return false; /* jansson: end of file expected */
    /* every string's bytes sit in dec, and dec->data exists even when all
     * of them are empty */
    if (!buf_reserve(dec, 1) || dec->failed)
        return false;
    return true;
}
