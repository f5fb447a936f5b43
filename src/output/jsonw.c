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

static void jw_escaped(buf *o, const char *s, size_t len) {
    const uint8_t *p = (const uint8_t *)s;
    size_t i = 0, run = 0;
    buf_putc(o, '"');
    while (i < len) {
        uint8_t c = p[i];
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            i++;
            continue;
        }
        if (c >= 0x80) {
            int32_t cp;
            size_t n = utf8_decode(p + i, len - i, &cp);
            if (cp != UTF8_INVALID) {
                i += n;
                continue;
            }
        }
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
            buf_printf(o, "\\u%04x", c);
        }
        i++;
        run = i;
    }
    buf_append(o, s + run, len - run);
    buf_putc(o, '"');
}

void jw_key(jsonw *w, const char *key) {
    jw_sep(w);
    jw_escaped(w->out, key, strlen(key));
    buf_putc(w->out, ':');
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

void jw_int(jsonw *w, int64_t v) {
    jw_sep(w);
    buf_printf(w->out, "%" PRId64, v);
    jw_value_done(w);
}

void jw_double(jsonw *w, double v, int decimals) {
    jw_sep(w);
    if (isfinite(v))
        buf_printf(w->out, "%.*f", decimals, v);
    else
        buf_puts(w->out, "null");
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
    snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y, m ? m : 1, d ? d : 1);
    jw_str(w, tmp, strlen(tmp));
}
