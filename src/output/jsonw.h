/* SPDX-License-Identifier: MIT
 *
 * jsonw.h - a small streaming JSON writer into a buf. Output is compact,
 * keys in the order written, strings always valid UTF-8: invalid bytes in
 * the input become U+FFFD so a span cut from a damaged article still
 * serializes (the offsets keep pointing at the original bytes).
 */
#ifndef RASAD_JSONW_H
#define RASAD_JSONW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

typedef struct jsonw {
    buf *out;
    int depth;
    bool need_comma[64]; /* per nesting level */
} jsonw;

void jw_init(jsonw *w, buf *out);
void jw_obj_begin(jsonw *w);
void jw_obj_end(jsonw *w);
void jw_arr_begin(jsonw *w);
void jw_arr_end(jsonw *w);
/* Writes "key": and leaves the writer expecting one value. */
void jw_key(jsonw *w, const char *key);
void jw_str(jsonw *w, const char *s, size_t len); /* a string value */
void jw_cstr(jsonw *w, const char *s);             /* NUL-terminated; NULL writes null */
void jw_int(jsonw *w, int64_t v);
void jw_double(jsonw *w, double v, int decimals);
void jw_bool(jsonw *w, bool v);
void jw_null(jsonw *w);

/* key + value shorthands */
void jw_kstr(jsonw *w, const char *key, const char *s, size_t len);
void jw_kcstr(jsonw *w, const char *key, const char *s);
void jw_kint(jsonw *w, const char *key, int64_t v);
void jw_kbool(jsonw *w, const char *key, bool v);
void jw_knull(jsonw *w, const char *key);
/* "key": "YYYY-MM-DD" or null when year is 0 */
void jw_kymd(jsonw *w, const char *key, int y, int m, int d);

#endif
