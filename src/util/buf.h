/* SPDX-License-Identifier: MIT
 *
 * buf.h - a growable byte buffer on the heap, for output and scratch text.
 */
#ifndef RASAD_BUF_H
#define RASAD_BUF_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "rasad.h"

typedef struct buf {
    char *data;           /* NUL-terminated when len < cap */
    size_t len, cap;
    const rasad_mem *mem;
    bool failed;          /* an allocation failed; later appends do nothing */
} buf;

void buf_init(buf *b, const rasad_mem *mem);
bool buf_reserve(buf *b, size_t extra);
/* The out-of-line halves of buf_append / buf_putc: grow, then copy. */
void buf_append_slow(buf *b, const char *s, size_t len);
void buf_putc_slow(buf *b, char c);

/* The JSON writer appends a few bytes at a time, millions of times per
 * corpus: when they fit, the append is inline (the buffer stays
 * NUL-terminated; a failed buffer has cap 0 or stops taking bytes in
 * buf_reserve, so the fast path never runs past a failure). */
static inline void buf_append(buf *b, const char *s, size_t len) {
    if (!b->failed && len < b->cap - b->len) { /* room for len bytes and the NUL */
        if (len)
            memcpy(b->data + b->len, s, len);
        b->len += len;
        b->data[b->len] = '\0';
        return;
    }
    buf_append_slow(b, s, len);
}

static inline void buf_putc(buf *b, char c) {
    if (!b->failed && b->cap - b->len >= 2) {
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
        return;
    }
    buf_putc_slow(b, c);
}

void buf_puts(buf *b, const char *s);
void buf_printf(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_clear(buf *b);
/* Gives up ownership of the data (NUL-terminated) to the caller. */
char *buf_detach(buf *b, size_t *len);
void buf_free(buf *b);

#endif
