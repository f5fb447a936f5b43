/* SPDX-License-Identifier: MIT
 *
 * jsonw.c - streaming JSON writer (see jsonw.h). RFC 8259 escaping; only
 * the characters JSON requires are escaped, so Arabic stays readable.
 */
#include "jsonw.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "util/utf8.h"

void jw_init(jsonw *w, buf *out) {
    w->out = out;
    w->depth = 0;
    w->need_comma[0] = false;
}

static void jw_sep(jsonw *w) {
    if (w->need_comma[w->depth])
        buf_putc(w->out, ',');
    w->need_comma[w->depth] = true;
}

static void jw_open(jsonw *w, char c) {
    jw_sep(w);
    buf_putc(w->out, c);
    if (w->depth < 63)
        w->depth++;
    w->need_comma[w->depth] = false;
}

static void jw_close(jsonw *w, char c) {
    if (w->depth > 0)
        w->depth--;
    buf_putc(w->out, c);
}

void jw_obj_begin(jsonw *w) { jw_open(w, '{'); }
void jw_obj_end(jsonw *w) { jw_close(w, '}'); }
void jw_arr_begin(jsonw *w) { jw_open(w, '['); }
void jw_arr_end(jsonw *w) { jw_close(w, ']'); }

/* Escapes s[0..len) as a JSON string. Runs that need no escaping (no
 * '"', '\\' or control character, and valid UTF-8: utf8_run_end) are
 * copied whole. */
static void jw_escaped(buf *o, const char *s, size_t len) {
    const uint8_t *p = (const uint8_t *)s;
    size_t i = utf8_run_end(p, len, 0, UTF8_STOP_JSON), run = 0;
    /* Nearly every string (all keys, most values) needs no escape: one
     * reserve and one copy, quotes included, instead of three appends. */
    if (i == len && buf_reserve(o, len + 2)) {
        char *d = o->data + o->len;
        d[0] = '"';
        memcpy(d + 1, s, len);
        d[len + 1] = '"';
        o->len += len + 2;
        o->data[o->len] = '\0';
        return;
    }
    buf_putc(o, '"');
    while (i < len) {
        uint8_t c = p[i];
        buf_append(o, s + run, i - run);
        if (c >= 0x80) {
            buf_append(o, "\xEF\xBF\xBD", 3); /* U+FFFD REPLACEMENT CHARACTER */
        } else if (c == '"') {
            buf_append(o, "\\\"", 2);
        } else if (c == '\\') {
            buf_append(o, "\\\\", 2);
        } else if (c == '\n') {
            buf_append(o, "\\n", 2);
        } else if (c == '\t') {
            buf_append(o, "\\t", 2);
        } else if (c == '\r') {
            buf_append(o, "\\r", 2);
        } else {
            static const char HEX[] = "0123456789abcdef";
            char u[6] = {'\\', 'u', '0', '0', HEX[c >> 4], HEX[c & 15]};
            buf_append(o, u, sizeof u);
        }
        i++;
        run = i;
        i = utf8_run_end(p, len, i, UTF8_STOP_JSON);
    }
    buf_append(o, s + run, len - run);
    buf_putc(o, '"');
}

/* Keys are the schema's short ASCII names, hundreds per article: copied
 * and checked in one pass, with no strlen, when the buffer has room for
 * KEY_FAST bytes; anything else (a long key, a byte to escape) takes the
 * general path, which writes the same bytes. */
#define KEY_FAST 48
void jw_key(jsonw *w, const char *key) {
    jw_sep(w);
    buf *o = w->out;
    if (!o->failed && o->cap - o->len > KEY_FAST + 3) {
        char *d = o->data + o->len;
        size_t k = 0;
        d[0] = '"';
        for (; k < KEY_FAST; k++) {
            unsigned char c = (unsigned char)key[k];
            if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\')
                break; /* the NUL, or a byte for the general path */
            d[k + 1] = (char)c;
        }
        if (k < KEY_FAST && key[k] == '\0') {
            d[k + 1] = '"';
            d[k + 2] = ':';
            o->len += k + 3;
            o->data[o->len] = '\0';
            w->need_comma[w->depth] = false;
            return;
        }
    }
    jw_escaped(o, key, strlen(key));
    buf_putc(o, ':');
    w->need_comma[w->depth] = false; /* the value follows without a comma */
}

static void jw_value_done(jsonw *w) { w->need_comma[w->depth] = true; }

void jw_str(jsonw *w, const char *s, size_t len) {
    jw_sep(w);
    jw_escaped(w->out, s, len);
    jw_value_done(w);
}

void jw_cstr(jsonw *w, const char *s) {
    if (!s)
        jw_null(w);
    else
        jw_str(w, s, strlen(s));
}

/* Decimal digits of v, as printf writes them with PRId64, without the
 * format parsing (offsets are most of the numbers in the output). */
static void put_int(buf *o, int64_t v) {
    char tmp[24];
    size_t n = sizeof tmp;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        tmp[--n] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        tmp[--n] = '-';
    buf_append(o, tmp + n, sizeof tmp - n);
}

void jw_int(jsonw *w, int64_t v) {
    jw_sep(w);
    put_int(w->out, v);
    jw_value_done(w);
}

/* "%.*f" of v without printf when that is safe to do exactly: v scaled
 * by 10^decimals is rounded to an integer, which printf would round the
 * same way unless the scaled value sits near a half (the product carries
 * a rounding error of its own, under 1.2e-7 while it stays below 1e9);
 * then, and for larger values, printf decides. Returns
 * false when it did not write. */
static bool put_fixed(buf *o, double v, int decimals) {
    static const double POW10[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    if (decimals < 0 || decimals > 9 || !(fabs(v) < 1e6))
        return false;
    double x = fabs(v) * POW10[decimals];
    if (!(x < 1e9))
        return false; /* beyond, the product's error nears the margin below */
    double r = floor(x + 0.5);
    double frac = x - floor(x);
    if (fabs(frac - 0.5) < 1e-6)
        return false;
    uint64_t u = (uint64_t)r;
    char tmp[40];
    size_t n = sizeof tmp;
    for (int k = 0; k < decimals; k++) {
        tmp[--n] = (char)('0' + u % 10);
        u /= 10;
    }
    if (decimals > 0)
        tmp[--n] = '.';
    do {
        tmp[--n] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (signbit(v))
        tmp[--n] = '-'; /* printf keeps the sign of -0.0 and of what rounds to 0 */
    buf_append(o, tmp + n, sizeof tmp - n);
    return true;
}

void jw_double(jsonw *w, double v, int decimals) {
    jw_sep(w);
    if (!isfinite(v))
        buf_puts(w->out, "null");
    else if (!put_fixed(w->out, v, decimals))
        buf_printf(w->out, "%.*f", decimals, v);
    jw_value_done(w);
}

void jw_bool(jsonw *w, bool v) {
    jw_sep(w);
    buf_puts(w->out, v ? "true" : "false");
    jw_value_done(w);
}

void jw_null(jsonw *w) {
    jw_sep(w);
    buf_puts(w->out, "null");
    jw_value_done(w);
}

void jw_kstr(jsonw *w, const char *key, const char *s, size_t len) {
    jw_key(w, key);
    jw_str(w, s, len);
}

void jw_kcstr(jsonw *w, const char *key, const char *s) {
    jw_key(w, key);
    jw_cstr(w, s);
}

void jw_kint(jsonw *w, const char *key, int64_t v) {
    jw_key(w, key);
    jw_int(w, v);
}

void jw_kbool(jsonw *w, const char *key, bool v) {
    jw_key(w, key);
    jw_bool(w, v);
}

void jw_knull(jsonw *w, const char *key) {
    jw_key(w, key);
    jw_null(w);
}

void jw_kymd(jsonw *w, const char *key, int y, int m, int d) {
    jw_key(w, key);
    if (y == 0) {
        jw_null(w);
        return;
    }
    char tmp[32];
    m = m ? m : 1;
    d = d ? d : 1;
    if (y >= 0 && y <= 9999 && m >= 0 && m <= 99 && d >= 0 && d <= 99) {
        /* the common case, without snprintf: YYYY-MM-DD */
        char *t = tmp;
        *t++ = (char)('0' + y / 1000);
        *t++ = (char)('0' + y / 100 % 10);
        *t++ = (char)('0' + y / 10 % 10);
        *t++ = (char)('0' + y % 10);
        *t++ = '-';
        *t++ = (char)('0' + m / 10);
        *t++ = (char)('0' + m % 10);
        *t++ = '-';
        *t++ = (char)('0' + d / 10);
        *t++ = (char)('0' + d % 10);
        jw_str(w, tmp, (size_t)(t - tmp));
        return;
    }
    snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y, m, d);
    jw_str(w, tmp, strlen(tmp));
}
