/* SPDX-License-Identifier: MIT
 *
 * buf.c - growable byte buffer (see buf.h).
 */
#include "buf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

void buf_init(buf *b, const rasad_mem *mem) {
    memset(b, 0, sizeof *b);
    b->mem = mem ? mem : rasad_default_mem();
}

bool buf_reserve(buf *b, size_t extra) {
    if (b->failed)
        return false;
    if (extra > SIZE_MAX - b->len - 1) {
        b->failed = true;
        return false;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *p = b->mem->realloc(b->data, cap);
    if (!p) {
        b->failed = true;
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

void buf_append_slow(buf *b, const char *s, size_t len) {
    if (!buf_reserve(b, len))
        return;
    if (len)
        memcpy(b->data + b->len, s, len);
    b->len += len;
    b->data[b->len] = '\0';
}

void buf_puts(buf *b, const char *s) { buf_append(b, s, strlen(s)); }

void buf_putc_slow(buf *b, char c) { buf_append_slow(b, &c, 1); }

void buf_printf(buf *b, const char *fmt, ...) {
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        buf_append(b, small, (size_t)n);
        return;
    }
    if (!buf_reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void buf_clear(buf *b) {
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

char *buf_detach(buf *b, size_t *len) {
    if (!b->data && buf_reserve(b, 0))
        b->data[0] = '\0'; /* an empty result is still a C string */
    char *d = b->failed ? NULL : b->data;
    if (len)
        *len = d ? b->len : 0;
    if (!d)
        b->mem->free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    return d;
}

void buf_free(buf *b) {
    b->mem->free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}
